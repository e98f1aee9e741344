"""The matrix's foot row (each hypothesis's weighted inconsistency) pinned under the table.

Why: the scores were the table's last row, so with a dozen pieces of evidence at
1024×640 the row the analyst reads the matrix for scrolled out of view behind
the hypotheses line below it. A one-row view of the same model sits under the
table instead, as a spreadsheet's frozen row: its columns follow the table's
widths and horizontal scroll, and the table hides the row it shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from workbench.ui.ach.model import AchMatrixModel


class ScoreFooter(QTableView):
    """The foot row of ``table``'s matrix, always in view; read-only, out of the Tab order."""

    def __init__(self, table: QTableView, model: AchMatrixModel) -> None:
        super().__init__(table.parentWidget())
        self.table, self.matrix = table, model
        self.setModel(model)
        self.setObjectName("AchScores")
        self.setAccessibleName("Weighted inconsistency")
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # scores are read, not rated
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().sectionResized.connect(
            lambda column, _old, width: self.setColumnWidth(column, width))
        table.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        model.modelReset.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        """Show only the foot row here, hide it in the table, and match the table's columns."""
        rows = self.matrix.rowCount()
        for row in range(rows):
            scores = self.matrix.is_score_row(row)
            self.setRowHidden(row, not scores)
            self.table.setRowHidden(row, scores)
        for column in range(self.matrix.columnCount()):
            self.setColumnWidth(column, self.table.columnWidth(column))
        self.setVisible(rows > 0)
        if rows:
            self.resizeRowToContents(rows - 1)
            self.setFixedHeight(self.rowHeight(rows - 1) + 2 * self.frameWidth())
