"""Every menu item, toolbar button and shortcut is connected to something that happens.

Why: View → ACH Matrices (Ctrl+Shift+A) was declared in the action table and
listed in Help → Keyboard Shortcuts but never connected: the menu item and its
shortcut did nothing.
"""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from workbench.ui.app.window_actions import ACTIONS, WindowActions
from workbench.ui.theme.manager import ThemeManager

TRIGGERED = SIGNAL("triggered(bool)")
TOGGLED = SIGNAL("toggled(bool)")


def _listeners(action: QAction) -> int:
    return action.receivers(TRIGGERED) + action.receivers(TOGGLED)


def test_every_declared_action_has_a_listener(qtbot, open_window, library) -> None:
    bare_window = QMainWindow()  # the same menus and toolbar, nothing connected
    qtbot.addWidget(bare_window)
    bare = WindowActions(bare_window, ThemeManager())
    bare.build()
    window = open_window(library)
    silent = [spec.key for spec in ACTIONS
              if _listeners(window.actions[spec.key]) <= _listeners(bare[spec.key])]
    assert silent == []
    window.close()


def test_view_ach_matrices_opens_its_dock(open_window, library) -> None:
    window = open_window(library)
    dock = window.workspace.docks["ach_view"]
    assert not dock.isVisible()
    window.actions["ach_view"].trigger()
    assert dock.isVisible()
    window.close()


def test_ctrl_equals_zooms_in_like_ctrl_plus(qtbot, open_window, library, make_document) -> None:
    """Ctrl++ needs Shift on most keyboards; Ctrl+= (the same key unshifted) did nothing."""
    make_document(library, "Zoom", "Some words to read.")
    window = open_window(library)
    window.activateWindow()
    window.reader.view.setFocus()
    qtbot.waitUntil(lambda: window.reader.view.hasFocus())
    before = window.reader.view.zoom_steps
    qtbot.keyClick(window.reader.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.view.zoom_steps == before + 1
    window.close()
