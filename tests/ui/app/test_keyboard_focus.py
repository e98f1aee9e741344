"""Keyboard focus: Tab moves between the window's parts, not through unseen cells."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.probes import shortcut_rows


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


def test_every_menu_command_with_a_shortcut_has_a_key_here(qtbot, library, open_window) -> None:
    """A standard key this platform leaves unbound (Quit on Windows) falls back to a real one."""
    from workbench.ui.app.window_actions import ACTIONS

    window = open_window(library)
    unbound = [spec.key for spec in ACTIONS
               if spec.shortcut is not None and window.actions[spec.key].shortcut().isEmpty()]
    assert unbound == []
    assert any(command == "Quit" for command, _keys in shortcut_rows(window))
