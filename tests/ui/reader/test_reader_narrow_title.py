"""A narrow reader breaks its lines between words only, and keeps a minimum width beside docks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QApplication

from workbench.ui.app.pane_layout import READER_MIN_WIDTH
from workbench.ui.reader.page_geometry import (
    NARROW_MARGIN,
    PAGE_MARGIN,
    measure_width,
    page_margin,
)
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.reader.view import ReaderView
from workbench.ui.theme.manager import ThemeManager

TITLE = "US State Department: Sanctions Against Russia and North Korea Not Ruled Out"
TEXT = "Washington - On Wednesday, the US State Department issued a stern warning."


def _line_starts(block) -> list[int]:
    layout = block.layout()
    return [layout.lineAt(n).textStart() for n in range(layout.lineCount())]


def test_a_narrow_reader_breaks_its_title_between_words(qtbot, library, make_document) -> None:
    """At ~190 px the title read "Departm" / "ent:": Qt broke inside a word too wide."""
    doc = make_document(library, TITLE, TEXT)
    pane = ReaderPane(library, ThemeManager())
    qtbot.addWidget(pane)
    pane.show_document(doc)
    document = pane.view.document()
    assert document.defaultTextOption().wrapMode() == QTextOption.WrapMode.WordWrap
    title = document.begin()
    for width in range(150, 400, 10):
        document.setTextWidth(width)
        document.documentLayout().documentSize()
        starts = _line_starts(title)
        assert len(starts) > 1, width
        assert all(start == 0 or title.text()[start - 1] == " " for start in starts), width


def test_a_new_document_in_a_narrow_reader_keeps_the_narrow_margin(
        qtbot, library, make_document) -> None:
    first, second = (make_document(library, f"{TITLE} {n}", f"{TEXT} ({n})") for n in (1, 2))
    pane = ReaderPane(library, ThemeManager())
    qtbot.addWidget(pane)
    pane.resize(240, 500)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_document(first)
    pane.show_document(second)
    assert pane.view.document().documentMargin() == NARROW_MARGIN
    assert page_margin(800, pane.view.font()) == PAGE_MARGIN


def test_a_new_view_starts_with_the_margin_of_its_font_and_width(qtbot) -> None:
    """Before its first resize the view took the wide margin from its width alone."""
    view = ReaderView(ThemeManager().palette)
    qtbot.addWidget(view)
    assert view.width() < measure_width(view.font())  # less room than the measure
    assert view.page_margin == page_margin(view.width(), view.font()) < PAGE_MARGIN


def test_a_dock_beside_the_reader_leaves_it_its_minimum_width(
        qtbot, library, make_document, open_window) -> None:
    """A 1024 px window with a 420 px dock left the reader 198 px; library and inspector
    give way first (a dock that cannot shrink would grow the window)."""
    doc = make_document(library, TITLE, TEXT)
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    dock = window.workspace.show_dock("entities_view")
    window.removeDockWidget(dock)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.show()
    window.resizeDocks([dock], [420], Qt.Orientation.Horizontal)
    for _ in range(5):
        QApplication.processEvents()
    assert window.width() == 1024
    assert window.reader.width() >= READER_MIN_WIDTH


@pytest.mark.parametrize("width", [1024, 1440])
def test_the_reader_minimum_leaves_a_plain_window_as_it_was(qtbot, library, make_document,
                                                            open_window, width) -> None:
    window = open_window(library)
    window.resize(width, 640)
    for _ in range(3):
        QApplication.processEvents()
    assert window.width() == width and window.reader.width() > READER_MIN_WIDTH
