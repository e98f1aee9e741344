"""Figures the model tags (counts, sums, shares) are dropped before any cleaning."""

from __future__ import annotations

import pytest
from spacy.language import Language

from workbench.nlp import entities

TEXT = "Acme Corp said on Monday that 3,000 workers in Ohio lost 40 percent of $2 million."


def test_figures_are_never_cleaned(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp(TEXT)
    figures = [e for e in doc.ents if e.label_ in entities.DROPPED_LABELS]
    assert figures  # the model does tag them
    cleaned: list[tuple[int, int]] = []
    name_span = entities._name_span

    def recording(text: str, start: int, end: int) -> tuple[int, int] | None:
        cleaned.append((start, end))
        return name_span(text, start, end)

    monkeypatch.setattr(entities, "_name_span", recording)
    mentions = entities.raw_mentions(doc)
    assert not any(f.start_char <= s < f.end_char for f in figures for s, _ in cleaned)
    assert {m.label for m in mentions}.isdisjoint(entities.DROPPED_LABELS)
    assert any(m.text == "Ohio" for m in mentions)
