"""Tab meets the notice bar above the library list where it is seen, its action before ×."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _tab_stops(qtbot, start, count: int) -> list:
    """The widgets Tab gives focus to, from ``start`` on."""
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    stops = []
    for _ in range(count):
        stops.append(QApplication.focusWidget())
        qtbot.keyClick(stops[-1], Qt.Key.Key_Tab)
    return stops


def test_tab_goes_filters_then_notice_then_table_then_reader(qtbot, library, make_document,
                                                            open_window) -> None:
    """The bar's buttons came after the inspector, and × before "Analyse Outdated Documents"."""
    make_document(library, "Summit", "Putin met Kim in Moscow.")
    window = open_window(library)
    window.activateWindow()
    qtbot.waitActive(window)
    bar = window.outdated.bar
    bar.show_message("2 documents were analysed by an older version.")
    pane = window.library
    stops = _tab_stops(qtbot, pane.table, 16)  # once round the window
    assert stops[1] is window.reader.view  # the table leads to the reader
    around = stops[stops.index(bar.button) - 1: stops.index(bar.button) + 3]
    assert around[1:] == [bar.button, bar.close_button, pane.table]
    assert pane.isAncestorOf(around[0]) and not bar.isAncestorOf(around[0])
