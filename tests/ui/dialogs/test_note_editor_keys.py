"""The note editor can be left and saved from the keyboard (Tab typed a tab, Return a line)."""

from __future__ import annotations

import pytest
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


def test_esc_on_an_untouched_note_closes_at_once(qtbot, monkeypatch) -> None:
    from workbench.ui.dialogs import note_editor

    monkeypatch.setattr(note_editor, "ask_yes_no", lambda *a, **k: pytest.fail("asked"))
    dialog = _shown(qtbot)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("discard", [False, True])
def test_esc_asks_before_it_throws_away_what_was_written(qtbot, monkeypatch,
                                                         discard: bool) -> None:
    """One Esc threw away a paragraph of writing without a word."""
    from workbench.ui.dialogs import note_editor

    asked: list[dict] = []
    monkeypatch.setattr(note_editor, "ask_yes_no",
                        lambda *a, **k: asked.append(k) is None and discard)
    dialog = _shown(qtbot)
    qtbot.keyClicks(dialog.editor, " Call the harbour office.")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert asked == [{"action": "Discard"}]
    assert dialog.isVisible() is not discard
    if not discard:
        assert QApplication.focusWidget() is dialog.editor
        assert "Call the harbour office." in dialog.markdown
