"""The Batch Claim Search dialog: a labelled statements box, results that wrap without scrolling."""

from __future__ import annotations

from workbench.ui.dialogs.batch_search import BatchSearchDialog


def test_batch_search_labels_its_statements_box(qtbot) -> None:
    dialog = BatchSearchDialog(actions=None)
    qtbot.addWidget(dialog)
    dialog.statements_edit.setPlainText("Kim Jong Un arrived in Russia.")  # no placeholder now
    assert dialog.statements_label.buddy() is dialog.statements_edit
    assert "one per line" in dialog.statements_label.text()


def test_the_wrapping_results_pad_rows_only(qtbot) -> None:
    """A word-wrapped tree with cells wider than their column scrolls sideways (pad_rows' rule)."""
    dialog = BatchSearchDialog(actions=None)
    qtbot.addWidget(dialog)
    padding = dialog.results_tree.itemDelegate().padding
    assert dialog.results_tree.wordWrap() and padding.width() == 0 and padding.height() > 0
