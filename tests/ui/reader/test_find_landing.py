"""A find match stepped to (Enter, F3) lands with lines around it, as a passage does.

Why: ``ensureCursorVisible`` scrolled only as far as needed, so in a long
article each next match sat on the reader's last line with nothing read after
it, and stepping back put it on the first.
"""

from __future__ import annotations

from workbench.ui.reader.page_geometry import CONTEXT_LINES
from workbench.ui.reader.pane import ReaderPane

PARAGRAPH = ("Reporters waited outside the council chamber while members argued about the "
             "budget, the bridge and the harbour for most of the afternoon.")
MATCH = "The ferry timetable was published on Friday."


def _reader(shown_reader) -> ReaderPane:
    text = "\n\n".join(([PARAGRAPH] * 12 + [MATCH]) * 4 + [PARAGRAPH] * 12)
    return shown_reader("Council budget vote", text)


def _selection_rows(pane: ReaderPane) -> tuple[int, int]:
    view = pane.view
    cursor, end = view.textCursor(), view.textCursor()
    cursor.setPosition(cursor.selectionStart())
    end.setPosition(view.textCursor().selectionEnd())
    return view.cursorRect(cursor).top(), view.cursorRect(end).bottom()


def _clear_of_the_edges(pane: ReaderPane) -> None:
    top, bottom = _selection_rows(pane)
    line = pane.view.fontMetrics().lineSpacing()
    height = pane.view.viewport().height()
    assert top >= line * CONTEXT_LINES - 1, (top, height)
    assert bottom <= height - line * CONTEXT_LINES + 1, (bottom, height)


def test_each_match_stepped_to_keeps_lines_around_it(shown_reader) -> None:
    pane = _reader(shown_reader)
    bar = pane.find_bar
    bar.open_bar()
    bar.edit.setText("ferry timetable")
    bar.search("ferry timetable")
    _clear_of_the_edges(pane)
    for _ in range(3):
        bar.step(1)
        _clear_of_the_edges(pane)
    for _ in range(3):
        bar.step(-1)
        _clear_of_the_edges(pane)
