"""The Entities table's view: names take the spare width, aliases a share, counts their content.

Why its own fitting rather than ``widgets/column_fit``'s measure of every row:
the model is paged (50,000 entities), so the type and count columns are
measured on a sample of rows at both ends of the sorted list, and the aliases
column takes a share of what names leave, hidden when none is left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from workbench.ui.entities.table_model import COLUMN_KEYS, NUMBER_KEYS
from workbench.ui.widgets.padded_rows import NUMBER_GAP

ALIASES_COLUMN = COLUMN_KEYS.index("aliases")
NAME_ROOM_CAP = 220  # px: the most a long name is given before aliases get a share
ALIASES_SHARE, MIN_ALIASES_WIDTH = 0.2, 70  # of the table's width: aliases elide, names do not
SAMPLE_ROWS = 100  # rows at each end of the list measured for the type and count columns
CELL_PADDING = 16  # px beside a measured text: the cell's and the header's margins


class EntityTableView(QTableView):
    """The entity table: the name column takes the spare width, aliases a fifth of it.

    Why not an equal split: at 1024 px names and aliases each got ~90 px, so
    "US State Department" read "US State …" beside an empty Aliases cell; a
    name is what an analyst scans, aliases are a hint (elided, full in the
    hover text).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = False
        self.name_room = 0  # px the widest sampled name wants (capped): aliases give way to it
        self.user_sized: set[int] = set()  # columns the analyst dragged: never refitted
        self.setTabKeyNavigation(False)  # whole rows: Tab leaves the table, not an unseen cell
        self.horizontalHeader().sectionResized.connect(self._note_user_resize)

    def configure_columns(self) -> None:
        """Name stretches, the rest are Interactive and sized from a sample after each reset.

        Why not ResizeToContents: Qt then re-measures up to a thousand rows per
        column on every style change, so a live theme switch made 216,385
        data() calls (1.57 s of CPU) and opening the dock 0.73 s.
        """
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for number, key in enumerate(COLUMN_KEYS):
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch if key == "name"
                                        else QHeaderView.ResizeMode.Interactive)
        self.model().modelReset.connect(self.fit_content_columns)
        self.fit_content_columns()

    def fit_content_columns(self) -> None:
        """Size type and count columns to the rows at both ends of the list, and their label.

        The list is sorted, so its widest count is at one end; types come from a
        short vocabulary that the sample almost always shows in full. A header
        asks only for its label's room: its sort arrow's too only while the list
        is sorted by it (Qt's size hint always kept room for one).
        """
        model, header = self.model(), self.horizontalHeader()
        rows = model.rowCount()
        sample = sorted(set(range(min(rows, SAMPLE_ROWS))) | set(range(max(0, rows - SAMPLE_ROWS),
                                                                         rows)))
        metrics = self.fontMetrics()  # a sort by another column resets the model: refitted
        names = (metrics.horizontalAdvance(str(model.index(row, 0).data() or "")) for row in sample)
        self.name_room = min(NAME_ROOM_CAP, max(names, default=0) + CELL_PADDING)
        self._fitting = True
        try:
            for column, key in enumerate(COLUMN_KEYS):
                if key in ("name", "aliases") or column in self.user_sized:
                    continue
                cells = max((metrics.horizontalAdvance(str(model.index(row, column).data() or ""))
                             for row in sample), default=0)
                gap = NUMBER_GAP if key in NUMBER_KEYS else 0
                header.resizeSection(column, max(cells + CELL_PADDING + gap,
                                                 self._label_width(column)))
        finally:
            self._fitting = False
        if ALIASES_COLUMN not in self.user_sized:
            self.fit_aliases_column()

    def _label_width(self, column: int) -> int:
        header = self.horizontalHeader()
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            return header.sectionSizeHint(column)
        label = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        bold = QFont(header.font())  # a selected row's sections are drawn bold
        bold.setBold(True)
        return QFontMetrics(bold).horizontalAdvance(label) + CELL_PADDING

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if ALIASES_COLUMN not in self.user_sized:
            self.fit_aliases_column()

    def fit_aliases_column(self) -> None:
        """Give the aliases column its share of the width names leave; hide it when none is left.

        Why names first: a fifth of a 400 px table for aliases left names 54 px;
        the name's tooltip lists the aliases when their column is hidden.
        """
        header = self.horizontalHeader()
        others = sum(header.sectionSize(column) for column, key in enumerate(COLUMN_KEYS)
                     if key not in ("name", "aliases") and not header.isSectionHidden(column))
        spare = self.viewport().width() - others - self.name_room
        width = min(max(MIN_ALIASES_WIDTH, round(self.viewport().width() * ALIASES_SHARE)), spare)
        self._fitting = True
        try:
            header.setSectionHidden(ALIASES_COLUMN, width < MIN_ALIASES_WIDTH)
            if width >= MIN_ALIASES_WIDTH:
                header.resizeSection(ALIASES_COLUMN, width)
        finally:
            self._fitting = False

    def _note_user_resize(self, index: int, _old: int, _new: int) -> None:
        """A width the analyst dragged stays: later window resizes no longer refit it."""
        if self._fitting or COLUMN_KEYS[index] == "name":
            return
        self.user_sized.add(index)
