"""Time values the whole analysis gives a sentence (one copy, not one per test file)."""

from __future__ import annotations

import datetime as dt

from workbench.nlp.pipeline import analyze_document


def time_values(nlp, text: str, anchor: dt.date) -> dict[str, str | None]:
    """Each DATE/TIME mention's text and value in ``text`` published on ``anchor``."""
    analysis = analyze_document("", text, nlp, published=anchor.isoformat())
    return {m.text: m.value for m in analysis.mentions
            if m.label in ("DATE", "TIME") and m.field == "text"}
