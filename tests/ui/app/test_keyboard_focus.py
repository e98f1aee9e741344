"""Keyboard focus: Tab moves between the window's parts, not through unseen cells."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_tab_leaves_the_library_table_at_once(qtbot, library, open_window,
                                              make_document) -> None:
    """Rows are selected whole: Tab moved through three unseen cells before leaving."""
    make_document(library, "Sanctions", "The State Department warned Moscow.")
    window = open_window(library)
    window.activateWindow()
    table = window.library.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
