"""A click on a header measures the fitted columns once, not once per signal it causes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from workbench.ui.widgets import column_fit


def test_a_sort_by_header_measures_each_column_once(qtbot, monkeypatch) -> None:
    """The sort indicator and the sort's own layout change each measured every row."""
    model = QStandardItemModel(0, 3)
    for n in range(30):
        model.appendRow([QStandardItem(f"row {n}"), QStandardItem(str(n * 7)),
                         QStandardItem("wide " * (n % 4))])
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    qtbot.addWidget(table)
    column_fit.fit_columns(table, stretch=2)
    table.resize(500, 300)
    table.show()
    qtbot.waitExposed(table)
    qtbot.wait(5)
    measured: list[int] = []
    original = column_fit.widest_cell

    def counting(view, column, sample=None):
        measured.append(column)
        return original(view, column, sample)

    monkeypatch.setattr(column_fit, "widest_cell", counting)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: bool(measured))
    qtbot.wait(20)
    assert sorted(measured) == [0, 1]  # each fitted column once (2 stretches)
