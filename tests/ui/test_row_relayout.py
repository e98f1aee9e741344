"""Rows measured at a column's width take new heights when the column is resized."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from workbench.ui.widgets.wrapped_rows import wrap_rows

LONG = "The discussions between Kim and Putin resulted in a joint statement on rail links"


def test_narrowing_a_column_makes_its_wrapped_row_taller(qtbot) -> None:
    tree = QTreeWidget()
    tree.setColumnCount(2)
    tree.setRootIsDecorated(False)
    tree.addTopLevelItem(QTreeWidgetItem([LONG, "x"]))
    wrap_rows(tree)
    tree.resize(900, 300)
    tree.setColumnWidth(0, 800)
    qtbot.addWidget(tree)
    tree.show()
    qtbot.waitExposed(tree)
    item = tree.topLevelItem(0)
    wide = tree.visualItemRect(item).height()
    tree.setColumnWidth(0, 120)  # a drag's last move: nothing else asks for a relayout
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() > 2 * wide)
