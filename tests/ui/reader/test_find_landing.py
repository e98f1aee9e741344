"""A find match stepped to (Enter, F3) lands with lines around it, as a passage does.

Why: ``ensureCursorVisible`` scrolled only as far as needed, so in a long
article each next match sat on the reader's last line with nothing read after
it, and stepping back put it on the first.
"""

from __future__ import annotations

import pytest

from tests.ui.probes import wait_for_scan
from tests.ui.test_reader_paging import MENTIONS, QUOTES, RARE, paged_text
from workbench.ui.reader.page_geometry import CONTEXT_LINES
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager

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


@pytest.fixture
def long_document(library, make_document):
    """(store, doc id) of test_reader_paging's three-page document."""
    text, _marks = paged_text()
    return library, make_document(library, "The harbour log", text, mentions=MENTIONS,
                                  quotes=QUOTES)


def test_a_match_on_another_page_lands_with_lines_around_it(qtbot, long_document) -> None:
    """A long document's find (``paged_find``) turns the page, then places the match alike."""
    store, doc_id = long_document
    pane = ReaderPane(store, ThemeManager())
    qtbot.addWidget(pane)
    pane.resize(800, 600)
    pane.show()
    pane.show_document(doc_id)
    pane.show_page(1)
    bar = pane.find_bar
    bar.open_bar()
    bar.edit.setText(RARE)
    qtbot.waitUntil(lambda: bar.searched is not None, timeout=3000)
    wait_for_scan(bar)
    assert pane.view.verticalScrollBar().value() > 0  # far down its page
    _clear_of_the_edges(pane)
