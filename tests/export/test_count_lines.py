"""Count lines in Markdown exports leave out what is not there and say "nothing yet" once."""

from __future__ import annotations

from workbench.export.count_words import NOTHING_YET, count_line
from workbench.export.markdown_index import NoteSummary, render_index
from workbench.export.markdown_links import NoteLinks


def _summary(doc_id: int, title: str, counts: dict[str, int]) -> NoteSummary:
    return NoteSummary(doc_id=doc_id, title=title, source=None, published=None, counts=counts,
                       link_ids=frozenset(), entities=frozenset(), tags=(), span_tags=())


def test_zero_counts_are_left_out() -> None:
    line = count_line({"highlights": 2, "notes": 0, "claims": 1, "links": 0, "quotes": 3,
                       "entities": 0})
    assert line == "2 highlights · 1 claim · 3 quotes"


def test_a_document_without_the_analysts_work_says_so_once() -> None:
    assert count_line({"highlights": 0, "notes": 0, "quotes": 1, "entities": 4}) == (
        f"{NOTHING_YET} · 1 quote · 4 entities")
    assert count_line({}) == NOTHING_YET


def test_index_document_lines_hold_no_zero_counts() -> None:
    fresh = _summary(1, "Fresh", {"highlights": 0, "notes": 0, "claims": 0, "links": 0,
                                  "quotes": 2, "entities": 5})
    worked = _summary(2, "Worked", {"highlights": 1, "notes": 1, "claims": 0, "links": 0,
                                    "quotes": 0, "entities": 1_204})
    index = render_index([fresh, worked], NoteLinks({1: "Fresh", 2: "Worked"}))
    assert "0 " not in index.replace("1,204", "")
    assert f"[Fresh](Fresh.md) — {NOTHING_YET} · 2 quotes · 5 entities" in index
    assert "[Worked](Worked.md) — 1 highlight · 1 note · 1,204 entities" in index
    assert index.count(NOTHING_YET) == 1
