"""The Batch Claim Search dialog: a labelled statements box, results that wrap without scrolling."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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


LONG_MATCH = ("The discussions between Kim and Putin resulted in an agreement for North Korea to "
              "supply artillery shells and rockets to Russia for its war in Ukraine, officials "
              "said on Thursday after the talks in the Far East had ended.")


def test_a_long_match_grows_its_row_instead_of_eliding(qtbot) -> None:
    dialog = BatchSearchDialog(actions=None)
    qtbot.addWidget(dialog)
    dialog.resize(700, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    match = {"text": LONG_MATCH, "score": 0.34, "title": "Sanctions not ruled out",
             "document_id": 1, "start": 0, "end": 10}
    dialog.show_records([{"statement": "North Korea could supply Russia with weapons.",
                          "suggestions": [match], "more_documents": 0}])
    tree = dialog.results_tree
    item = tree.topLevelItem(0).child(0)
    line = tree.fontMetrics().lineSpacing()
    assert tree.fontMetrics().horizontalAdvance(LONG_MATCH) > tree.columnWidth(0)
    assert tree.visualItemRect(item).height() >= 2 * line
    one_line = tree.visualItemRect(tree.topLevelItem(0)).height()
    dialog.resize(1400, 500)  # wider: the rows shrink back
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() < 3 * line)
    assert tree.visualItemRect(tree.topLevelItem(0)).height() == one_line


def test_muted_rows_follow_a_live_theme_switch(qtbot) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from workbench.ui.theme.manager import ThemeManager

    theme = ThemeManager()
    theme.set_preference("light")
    dialog = BatchSearchDialog(actions=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_records([{"statement": "Zebras crossed the river.", "suggestions": [],
                          "more_documents": 0}])
    theme.set_preference("dark")
    dark = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    try:
        qtbot.waitUntil(lambda: dialog.results_tree.topLevelItem(0).foreground(2).color()
                        == dark)
    finally:
        theme.set_preference("light")


def test_tab_goes_from_the_statements_to_the_limit_and_search(qtbot) -> None:
    """Tab from the statements reached the (empty) results before the limit and Search."""
    dialog = BatchSearchDialog(actions=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.statements_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.statements_edit)
    reached = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[:2] == [dialog.limit_spin, dialog.run_button]
