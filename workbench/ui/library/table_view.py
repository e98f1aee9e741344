"""The library's document table: whole rows, whole top row, a Ctrl+click that keeps the row.

Rows select as a list's do (Ctrl+click and Shift+click add rows: two selected are
compared, the pane's Compare Documents…); the reader follows the current row.

Split from ``pane.py`` (the search, filters and their wiring), which had grown past
the size a module keeps: the table's own behaviour is Qt overrides on one view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from workbench.ui.library.date_column import DateColumnFitter
from workbench.ui.library.model import COLUMN_INDEX, COLUMNS
from workbench.ui.library.snippet_delegate import SNIPPET_LINES, TITLE_LINES

ROW_PADDING = 8


def title_row_height(widget: QWidget) -> int:
    """A row holds a title on two lines (the delegate wraps it; see ``title_lines``)."""
    return widget.fontMetrics().lineSpacing() * TITLE_LINES + ROW_PADDING


def search_row_height(widget: QWidget) -> int:
    """A search hit holds its title on two lines and two snippet lines (``search_hit_lines``)."""
    return widget.fontMetrics().lineSpacing() * (TITLE_LINES + SNIPPET_LINES) + ROW_PADDING


class LibraryTableView(QTableView):
    """The document table: one row per document, whole-row selection, store-side sorting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LibraryTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)  # whole rows: Tab leaves the table, not an unseen cell
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "US State Dep…Arms Agreement"
        self.setSortingEnabled(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(title_row_height(self))
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

        date = COLUMN_INDEX["published"]
        self.date_fitter = DateColumnFitter(self, date, COLUMN_INDEX["title"],
                                            COLUMNS[date].header)

    def fit_date_column(self) -> None:
        """Give the date what the title can spare (``date_column``); call after a resize."""
        self.date_fitter.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A narrower table shortens the date before the title (see ``date_column``)."""
        super().resizeEvent(event)
        self.fit_date_column()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        super().scrollContentsBy(dx, dy)
        self._whole_top_row()

    def selectionCommand(self, index: QModelIndex,  # noqa: N802 - Qt override
                         event: QEvent | None = None) -> QItemSelectionModel.SelectionFlag:
        """A Ctrl+click on a selected row keeps it selected, as the reader keeps showing it.

        Why: Qt toggles a row on Ctrl+click, which left the reader's document (the
        clicked row becomes the current one) unselected and only a focus frame round
        its title cell. A plain click goes back to one row, and so does Ctrl+Up or
        Ctrl+Down, which in a list's selection moves the current row alone.
        """
        command = super().selectionCommand(index, event)
        if (event is not None and event.type() == QEvent.Type.KeyPress
                and command == QItemSelectionModel.SelectionFlag.NoUpdate):
            # Ctrl+Up/Down moved the current row (the reader's) without selecting it.
            return (QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        unselects = (QItemSelectionModel.SelectionFlag.Deselect
                     | QItemSelectionModel.SelectionFlag.Toggle)
        if (command & unselects
                and self.selectionModel().isRowSelected(index.row(), QModelIndex())):
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return command

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override
        super().updateGeometries()
        self._whole_top_row()

    def _whole_top_row(self) -> None:
        """At the end of the list, start the view at a row, not at the last row's bottom.

        Why: scrolled by rows to its maximum (selecting the last document
        scrolls there), Qt aligns the last row with the viewport's bottom, so
        the top row showed cut in half. The maximum is the first row from
        which every row to the end fits: shown from it, all rows are whole and
        less than a row of space stays blank below.
        """
        bar = self.verticalScrollBar()
        if (self.verticalScrollMode() != QAbstractItemView.ScrollMode.ScrollPerItem
                or bar.maximum() <= 0 or bar.value() != bar.maximum()):
            return
        header = self.verticalHeader()
        top = header.sectionPosition(header.logicalIndex(bar.value()))
        if header.offset() != top:
            header.setOffset(top)
            self.viewport().update()

    def _column_menu(self, point: QPoint) -> None:
        """Right-click on the header: show or hide any column but the title."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        for number, column in enumerate(COLUMNS):
            if column.key == "title":
                continue
            action = menu.addAction(column.header or column.tip)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda shown, n=number: self._show_column(n, shown))
        menu.exec(header.mapToGlobal(point))

    def _show_column(self, number: int, shown: bool) -> None:
        self.setColumnHidden(number, not shown)
        self.fit_date_column()
