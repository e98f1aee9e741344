"""A note lists a speaker's report once, not again for the clause nested inside it.

"Police said they believe the fire was arson" yields two reported statements by
the same speaker, the second inside the first; a note listing both read as a
duplicate. Another speaker's statement inside a quote stays (it says who else spoke).
"""

from __future__ import annotations

from typing import Any

from workbench.export.markdown_links import NoteLinks
from workbench.export.markdown_notes import document_counts, render_note


def _quote(start: int, end: int, text: str, speaker: str) -> dict[str, Any]:
    return {"id": start, "start": start, "end": end, "text": text, "speaker": speaker,
            "speaker_text": speaker, "cue": "said", "kind": "indirect"}


def _record(quotes: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": 1, "title": "Warehouse fire", "source": None, "published": "2024-02-01",
            "url": None, "tags": [], "annotations": [], "claims": [], "entities": [],
            "quotes": quotes}


OUTER = _quote(12, 60, "they believe the fire was arson", "Police")
INNER = _quote(25, 60, "the fire was arson", "Police")


def test_a_nested_report_by_the_same_speaker_is_listed_once() -> None:
    record = _record([OUTER, INNER])
    note = render_note(record, NoteLinks({1: "Warehouse fire"}))
    assert "### Police (1)" in note
    assert "- they believe the fire was arson" in note
    assert "- the fire was arson" not in note
    assert document_counts(record)["quotes"] == 1


def test_another_speakers_statement_inside_a_quote_stays() -> None:
    other = _quote(25, 60, "the fire was arson", "The owner")
    note = render_note(_record([OUTER, other]), NoteLinks({1: "Warehouse fire"}))
    assert "### Police (1)" in note and "### The owner (1)" in note
