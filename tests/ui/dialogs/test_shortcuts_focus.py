"""Help → Keyboard Shortcuts opens without a focus frame on its first cell (round 4, item 3):
the filter has the keyboard, so typing narrows the list at once."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from workbench.ui.dialogs.shortcuts import ShortcutsDialog


def test_the_shortcuts_dialog_opens_with_the_filter_focused_not_a_cell(qtbot) -> None:
    dialog = ShortcutsDialog([("Edit", [("Find in Document", "Ctrl+F")]),
                              ("View", [("Zoom In", "Ctrl++")])])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is dialog.filter_edit
    assert not dialog.tree.hasFocus()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.isDefault() or close.autoDefault()  # Enter still closes
