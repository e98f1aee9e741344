"""Document Tags: Add and Remove are live only when they would do something.

Why: on a document without tags, Add (with nothing typed) and Remove (with no
tag chosen) looked ready and did nothing when clicked.
"""

from __future__ import annotations

from workbench.ui.dialogs.tags import DocumentTagsDialog


def test_add_needs_a_typed_tag_and_remove_a_chosen_one(qtbot) -> None:
    removed: list[str] = []
    dialog = DocumentTagsDialog("Bridge", ["topic/roads", "place/bern"], ["topic/roads"],
                                lambda _path: None, removed.append)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()
    dialog.edit.setText("   ")
    assert not dialog.add_button.isEnabled()
    dialog.edit.setText("topic/bridges")
    assert dialog.add_button.isEnabled()
    assert not dialog.remove_button.isEnabled()
    dialog.tag_list.setCurrentRow(1)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert removed == ["place/bern"]
    dialog.set_tags(["topic/roads"])  # the list is rebuilt: nothing chosen any more
    assert not dialog.remove_button.isEnabled()


def _dialog(qtbot, added: list[str]) -> DocumentTagsDialog:
    dialog = DocumentTagsDialog("Bridge", ["topic/roads"], ["topic/roads"], added.append,
                                lambda _path: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_close_and_esc_add_a_tag_typed_but_not_added(qtbot) -> None:
    """A tag typed without pressing Add was dropped without a word on Close."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    added: list[str] = []
    dialog = _dialog(qtbot, added)
    dialog.edit.setText(" Topic / Bridges ")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    assert added == ["Topic/Bridges"]
    assert not dialog.isVisible()
    dialog = _dialog(qtbot, added)
    dialog.edit.setText("place/bern")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert added == ["Topic/Bridges", "place/bern"]
    assert not dialog.isVisible()


def test_closing_adds_nothing_when_the_line_is_empty_or_already_a_tag(qtbot) -> None:
    added: list[str] = []
    for typed in ("", "  ", "topic/roads"):
        dialog = _dialog(qtbot, added)
        dialog.edit.setText(typed)
        dialog.reject()
        assert not dialog.isVisible()
    assert added == []
