"""The Entities table's view: names take the spare width, aliases a share, counts their content.

Every column is fitted by the app's one ``fit_columns``, measured on a sample of
rows at both ends of the sorted list (the model is paged: 50,000 entities); the
aliases column is a ``Share``: its content up to a fifth of the table, of what
names leave, hidden when none is left.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget

from workbench.ui.entities.table_model import COLUMN_KEYS
from workbench.ui.widgets.column_fit import ColumnFitter, Share, fit_columns

NAME_COLUMN = COLUMN_KEYS.index("name")
ALIASES_COLUMN = COLUMN_KEYS.index("aliases")
NAME_ROOM_CAP = 220  # px: the most a long name is given before aliases get a share
ALIASES_SHARE = 0.2  # of the table's width: aliases elide, names do not
SAMPLE_ROWS = 100  # rows at each end of the list measured for every column


class EntityTableView(QTableView):
    """The entity table: the name column takes the spare width, aliases at most a fifth of it.

    Why not an equal split: at 1024 px names and aliases each got ~90 px, so
    "US State Department" read "US State …" beside an empty Aliases cell; a
    name is what an analyst scans, aliases are a hint (elided, full in the
    hover text). Why names first: a fifth of a 400 px table for aliases left
    names 54 px; the name's tooltip lists the aliases when their column is hidden.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fitter: ColumnFitter | None = None
        self.setTabKeyNavigation(False)  # whole rows: Tab leaves the table, not an unseen cell

    def configure_columns(self) -> None:
        """Name stretches; type and counts follow their sampled content; aliases take a share.

        Why not ResizeToContents: Qt then re-measures up to a thousand rows per
        column on every style change, so a live theme switch made 216,385
        data() calls (1.57 s of CPU) and opening the dock 0.73 s.
        """
        self.fitter = fit_columns(
            self, stretch=NAME_COLUMN, sample=SAMPLE_ROWS,
            shares={ALIASES_COLUMN: Share(ALIASES_SHARE, stretch_room=NAME_ROOM_CAP,
                                          hide_when_squeezed=True)})
