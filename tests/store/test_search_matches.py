"""The spans of one text a library search matched, as its index matches them."""

from __future__ import annotations

import pytest

from workbench.store import matched_spans
from workbench.store.search import highlight_query
from workbench.store.search_matches import _ROW_CHARS, _rows

TEXT = ("The courts ruled. A Court said the court's ruling was courteous; the Café and a cafe"
        " of the European  Union agreed.")


def _words(query: str, advanced: bool = False, text: str = TEXT) -> list[str]:
    return [text[start:end] for start, end in
            matched_spans(text, highlight_query(query, advanced), 1_000)]


@pytest.mark.parametrize(("query", "advanced", "words"), [
    ("court", False, ["courts", "Court", "court"]),  # stemmed as the index stems
    ("cafe", False, ["Café", "cafe"]),  # diacritics removed as the index removes them
    ('"european union"', True, ["European  Union"]),  # a phrase marked whole
    ("cour*", True, ["courts", "Court", "court", "courteous"]),
    ("union european", False, ["European", "Union"]),
])
def test_the_words_the_index_matched_are_the_spans(query: str, advanced: bool,
                                                   words: list[str]) -> None:
    assert _words(query, advanced) == words


def test_offsets_are_code_points_and_the_private_marks_in_a_text_do_not_shift_them() -> None:
    text = "🙂 \ue000 courts \ue001 and 🙂 court"
    assert _words("court", text=text) == ["courts", "court"]


def test_a_nul_or_a_line_break_in_the_text_does_not_shift_the_marks_after_it() -> None:
    assert _words("court", text="A note\x00 then\r\nthe courts 🙂 court.") == ["courts", "court"]


def test_a_symbol_the_word_index_drops_is_still_marked_by_its_letters() -> None:
    assert _words('"🙂"', advanced=True, text="a 🙂 here") == ["🙂"]


def test_the_spans_stop_at_the_limit_and_nothing_matched_is_none() -> None:
    highlight = highlight_query("court", False)
    assert matched_spans(TEXT, highlight, 2) == [(4, 10), (20, 25)]
    assert matched_spans(TEXT, highlight_query("tribunal", False), 10) == []
    assert matched_spans(TEXT, "", 10) == []


def test_a_long_text_is_indexed_in_short_rows_cut_at_lines_or_spaces() -> None:
    """One FTS5 row of a whole 240,000-word text with 20,000 matches took 2.7 s to mark
    (``highlight()`` copies its output at every match); rows keep it linear."""
    text = ("The ruling said that the court was right.\n" * 500) + " ".join(["word"] * 3_000)
    rows = list(_rows(text))
    assert "".join(piece for _, piece in rows) == text
    assert all(text.startswith(piece, offset) for offset, piece in rows)
    assert all(len(piece) <= _ROW_CHARS for _, piece in rows)
    assert all(piece.endswith(("\n", " ")) for _, piece in rows[:-1])
    assert len(matched_spans(text, highlight_query("courts", False), 1_000)) == 500
