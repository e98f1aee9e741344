"""A passage opened from a list (a claim, a match, a quote) lands with its context in view."""

from __future__ import annotations

from workbench.ui.reader.page_geometry import CONTEXT_LINES, PASSAGE_AT, passage_scroll
from workbench.ui.reader.pane import ReaderPane

TARGET = "The minister resigned on Friday after the vote."
PARAGRAPH = ("Reporters waited outside the council chamber while members argued about the "
             "budget, the bridge and the harbour for most of the afternoon.")


def _reader(shown_reader) -> tuple[ReaderPane, int]:
    text = "\n\n".join([PARAGRAPH] * 30 + [TARGET] + [PARAGRAPH] * 30)
    return shown_reader("Council budget vote", text), text.index(TARGET)


def _top_of_selection(pane: ReaderPane) -> int:
    cursor = pane.view.textCursor()
    cursor.setPosition(cursor.selectionStart())
    return pane.view.cursorRect(cursor).top()


def test_a_passage_out_of_sight_lands_a_third_of_the_way_down(shown_reader) -> None:
    """``ensureCursorVisible`` left it on the reader's last line, nothing read after it."""
    pane, start = _reader(shown_reader)
    pane.view.show_store_span(start, start + len(TARGET))
    height = pane.view.viewport().height()
    top = _top_of_selection(pane)
    assert abs(top - height * PASSAGE_AT) <= pane.view.fontMetrics().lineSpacing()


def test_a_passage_already_in_view_does_not_move(shown_reader) -> None:
    pane, start = _reader(shown_reader)
    pane.view.show_store_span(start, start + len(TARGET))
    scrolled = pane.view.verticalScrollBar().value()
    pane.view.show_store_span(start + 4, start + 12)  # "minister", on the same screen
    assert pane.view.verticalScrollBar().value() == scrolled


def test_the_scroll_rule() -> None:
    line, height = 20, 600
    assert passage_scroll(300, 320, height, line) == 0  # in view, clear of the edges
    assert passage_scroll(590, 610, height, line) == 590 - int(height * PASSAGE_AT)
    assert passage_scroll(-500, -480, height, line) == -500 - int(height * PASSAGE_AT)
    # Taller than what a third leaves below: its first line near the top instead.
    assert passage_scroll(700, 1300, height, line) == 700 - line * CONTEXT_LINES
