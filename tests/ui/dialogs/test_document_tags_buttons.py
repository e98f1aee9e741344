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
