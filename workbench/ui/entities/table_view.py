"""The Entities table's view: names take the spare width, aliases a share, counts their content.

Type and count columns are fitted by the app's one ``fit_columns``, measured on
a sample of rows at both ends of the sorted list (the model is paged: 50,000
entities); the aliases column, which the fitter leaves alone, takes a share of
what names leave and is hidden when none is left.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTableView, QWidget

from workbench.ui.entities.table_model import COLUMN_KEYS
from workbench.ui.widgets.column_fit import ColumnFitter, end_rows, fit_columns

NAME_COLUMN = COLUMN_KEYS.index("name")
ALIASES_COLUMN = COLUMN_KEYS.index("aliases")
NAME_ROOM_CAP = 220  # px: the most a long name is given before aliases get a share
ALIASES_SHARE, MIN_ALIASES_WIDTH = 0.2, 70  # of the table's width: aliases elide, names do not
SAMPLE_ROWS = 100  # rows at each end of the list measured for the type and count columns
CELL_PADDING = 16  # px beside a measured name: the cell's margins


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
        self.fitter: ColumnFitter | None = None
        self.name_room = 0  # px the widest sampled name wants (capped): aliases give way to it
        self.user_sized: set[int] = set()  # the aliases column once the analyst dragged it
        self.setTabKeyNavigation(False)  # whole rows: Tab leaves the table, not an unseen cell
        self.horizontalHeader().sectionResized.connect(self._note_user_resize)

    def configure_columns(self) -> None:
        """Name stretches; type and counts follow their sampled content; aliases take a share.

        Why not ResizeToContents: Qt then re-measures up to a thousand rows per
        column on every style change, so a live theme switch made 216,385
        data() calls (1.57 s of CPU) and opening the dock 0.73 s.
        """
        self.fitter = fit_columns(self, stretch=NAME_COLUMN, left_alone=(ALIASES_COLUMN,),
                                  sample=SAMPLE_ROWS)
        self.model().modelReset.connect(self.measure_names)
        self.measure_names()

    def measure_names(self) -> None:
        """The room the sampled names want (capped), then the aliases' share of the rest."""
        model = self.model()
        metrics = self.fontMetrics()
        names = (metrics.horizontalAdvance(str(model.index(row, NAME_COLUMN).data() or ""))
                 for row in end_rows(model.rowCount(), SAMPLE_ROWS))
        self.name_room = min(NAME_ROOM_CAP, max(names, default=0) + CELL_PADDING)
        if ALIASES_COLUMN not in self.user_sized:
            self.fit_aliases_column()

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
        """An aliases width the analyst dragged stays (the fitter keeps the other columns');
        a type or count column refitted or dragged changes what names leave aliases."""
        if index == ALIASES_COLUMN:
            if not self._fitting:
                self.user_sized.add(index)
        elif index != NAME_COLUMN and ALIASES_COLUMN not in self.user_sized:
            self.fit_aliases_column()
