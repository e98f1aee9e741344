"""One way to fit columns: ``widgets/column_fit`` for every list and table, never Qt's
ResizeToContents (which re-measured every row on each style change, never gave way in a
narrow view and undid a width the analyst dragged)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

import workbench.ui
from workbench.ui.widgets.column_fit import end_rows, fit_columns, measure_columns

UI = Path(workbench.ui.__file__).parent
QT_FITTING = re.compile(r"ResizeMode\.ResizeToContents|resizeColumnToContents|"
                        r"resizeColumnsToContents")


def _fits_columns_by_qt(source: str) -> bool:
    """A line asking Qt to fit to contents, unless it sizes rows (a vertical header's)."""
    return any(QT_FITTING.search(line) and "verticalHeader()" not in line
               for line in source.splitlines())


def test_no_ui_module_fits_columns_by_qts_resize_to_contents() -> None:
    offenders = [str(path.relative_to(UI)) for path in UI.rglob("*.py")
                 if _fits_columns_by_qt(path.read_text(encoding="utf-8"))]
    assert offenders == []
    assert _fits_columns_by_qt(
        "header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)")
    assert not _fits_columns_by_qt(
        "view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)")


def _tree(qtbot, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    qtbot.addWidget(tree)
    fit_columns(tree, stretch=0)
    tree.resize(500, 200)
    tree.show()
    qtbot.waitExposed(tree)
    return tree


def test_columns_follow_their_rows_and_keep_a_dragged_width(qtbot) -> None:
    tree = _tree(qtbot, ["Name", "#", "Kind"])
    metrics = tree.fontMetrics()
    tree.addTopLevelItem(QTreeWidgetItem(["Kim Jong Un", "7", "person"]))
    measure_columns(tree)
    narrow = tree.columnWidth(2)
    assert metrics.horizontalAdvance("person") <= narrow < 120
    parent = QTreeWidgetItem(["Groups", "1", "x"])
    parent.addChild(QTreeWidgetItem(["Child", "2", "an organisation of states"]))
    tree.addTopLevelItem(parent)  # a child row counts too; measured on the next loop turn
    qtbot.waitUntil(lambda: tree.columnWidth(2) > narrow)
    assert tree.columnWidth(2) >= metrics.horizontalAdvance("an organisation of states")
    tree.header().resizeSection(1, 150)  # what a drag on the header does
    tree.addTopLevelItem(QTreeWidgetItem(["Putin", "12345", "person"]))
    measure_columns(tree)
    tree.resize(700, 200)
    qtbot.wait(1)
    assert tree.columnWidth(1) == 150


def test_columns_give_way_to_the_stretching_one_in_a_narrow_view(qtbot) -> None:
    tree = _tree(qtbot, ["Name", "Note"])
    tree.addTopLevelItem(QTreeWidgetItem(["Kim", "a very long note " * 20]))
    measure_columns(tree)
    assert tree.columnWidth(1) <= tree.viewport().width()  # no sideways scrolling


def test_a_sample_takes_each_end_row_once_in_order() -> None:
    """Both ends of a sorted list, no row twice when the ends overlap (fitter and names)."""
    assert end_rows(10, 2) == [0, 1, 8, 9]
    assert end_rows(3, 2) == [0, 1, 2]
    assert end_rows(0, 2) == []
