"""The Batch Claim Search box says what it is for once text replaces its placeholder."""

from __future__ import annotations

from workbench.ui.dialogs.batch_search import BatchSearchDialog


def test_batch_search_labels_its_statements_box(qtbot) -> None:
    dialog = BatchSearchDialog(actions=None)
    qtbot.addWidget(dialog)
    dialog.statements_edit.setPlainText("Kim Jong Un arrived in Russia.")  # no placeholder now
    assert dialog.statements_label.buddy() is dialog.statements_edit
    assert "one per line" in dialog.statements_label.text()
