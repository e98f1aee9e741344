"""The reader shows no horizontal scroll bar for a line a fraction of a pixel too wide."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.ui.reader.page_geometry import SUBPIXEL_OVERFLOW
from workbench.ui.reader.pane import ReaderPane

TEXT = "The chess federation announced its decision on Monday.\n\nShe did not play for Iran."


def _reader(shown_reader) -> ReaderPane:
    return shown_reader("Chess federation bans players", TEXT)


def test_a_one_pixel_overflow_brings_no_scroll_bar(qtbot, shown_reader) -> None:
    """An interview line measured 628.5 px in a 628 px column: Qt made a 1 px scroll range
    and a scroll bar took a line of the reader."""
    view = _reader(shown_reader).view
    bar = view.horizontalScrollBar()
    bar.setRange(0, 1)  # what the layout's rounding gave
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert bar.maximum() == 0


def test_a_one_pixel_overflow_does_not_shift_the_page(qtbot, shown_reader) -> None:
    """A hidden bar with its range kept still moved the text by the pixel on a sideways
    swipe, or with the cursor at the line's end."""
    view = _reader(shown_reader).view
    bar = view.horizontalScrollBar()
    bar.setRange(0, 1)
    bar.setValue(1)
    assert bar.value() == 0


def test_a_really_wide_line_keeps_its_scroll_bar(qtbot, store, make_document,
                                                 shown_reader) -> None:
    """A word too long to break between words must still be reachable."""
    doc_id = make_document(store, "Archive link", "See " + "x" * 400 + " for the archive.")
    pane = _reader(shown_reader)
    pane.show_document(doc_id)
    bar = pane.view.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > SUBPIXEL_OVERFLOW)
    assert pane.view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    qtbot.waitUntil(bar.isVisible)
