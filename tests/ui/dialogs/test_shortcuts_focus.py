"""Help → Keyboard Shortcuts opens without a focus frame on its first cell (round 4, item 3)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from workbench.ui.dialogs.standard import ShortcutsDialog


def test_the_shortcuts_dialog_opens_with_close_focused_not_a_cell(qtbot) -> None:
    dialog = ShortcutsDialog([("Find in Document", "Ctrl+F"), ("Zoom In", "Ctrl++")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert dialog.focusWidget() is close
    assert not dialog.table.hasFocus()
