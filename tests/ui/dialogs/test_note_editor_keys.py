"""The note editor can be left and saved from the keyboard (Tab typed a tab, Return a line)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from workbench.ui.dialogs.note_editor import NoteEditorDialog


def _shown(qtbot) -> NoteEditorDialog:
    dialog = NoteEditorDialog("the bridge closed", "Check the date.")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.editor)
    return dialog


def test_tab_leaves_the_markdown_box_without_typing_a_tab(qtbot) -> None:
    dialog = _shown(qtbot)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Tab)
    assert dialog.markdown == "Check the date."
    assert QApplication.focusWidget() is not dialog.editor


def test_ctrl_return_saves_the_note(qtbot) -> None:
    dialog = _shown(qtbot)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.markdown == "Check the date."
