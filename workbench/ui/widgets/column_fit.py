"""Columns sized to their content up to a cap, one stretching column keeping its share.

Why: fixed starting widths suited one window size only. In the Claims table
at 1440 px the claim took ~600 px of spare room while claimant and document
were cut at 130 and 180 px ("The German gove…"); at 1024 px wider fixed
columns left the claim itself ~190 px. Here each other column asks for its
widest text (capped), and when they ask for more than the stretching column
can spare, the widest give way first, down to their header's width.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QHeaderView


def shrink_to_fit(wanted: Mapping[int, int], floors: Mapping[int, int],
                  room: int) -> dict[int, int]:
    """Widths for ``wanted`` that sum to at most ``room``: the widest shrink first.

    A column never goes below its floor (nor above what it wanted); when even
    the floors do not fit, the floors are returned and the view scrolls.
    """
    widths = dict(wanted)
    excess = sum(widths.values()) - room
    while excess > 0:
        shrinkable = [c for c in widths if widths[c] > floors.get(c, 0)]
        if not shrinkable:
            break
        widest = max(widths[c] for c in shrinkable)
        level = max((widths[c] for c in shrinkable if widths[c] < widest), default=0)
        tops = [c for c in shrinkable if widths[c] == widest]
        # Bring the widest down to the next level (or their floors), no further than needed.
        step = min(widest - level, -(-excess // len(tops)))
        for column in tops:
            cut = min(step, widths[column] - floors.get(column, 0), excess)
            widths[column] -= cut
            excess -= cut
    return widths


class ColumnFitter:
    """Sizes a header's columns to their content; a column the analyst dragged keeps its width.

    ``measure(column)`` gives the width a column's widest cell needs; ``caps``
    bound the columns that may run long (names, titles); ``stretch`` is the
    column that takes what is left, and keeps at least ``stretch_share`` of
    the viewport. Call ``fit()`` after a refill and on a resize.
    """

    def __init__(self, header: QHeaderView, measure: Callable[[int], int], *, stretch: int,
                 caps: Mapping[int, int], stretch_share: float) -> None:
        self.header, self.measure, self.stretch = header, measure, stretch
        self.caps, self.stretch_share = dict(caps), stretch_share
        self.user_sized: set[int] = set()
        self._fitting = False
        self._wanted: dict[int, int] = {}
        header.setStretchLastSection(False)
        for column in range(header.count()):
            mode = QHeaderView.ResizeMode.Stretch if column == stretch \
                else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
        header.sectionResized.connect(self._note_user_resize)

    def measure_content(self) -> None:
        """Measure every column again (after the rows changed), then fit."""
        self._wanted = {}
        for column in self._fitted_columns():
            floor = self.header.sectionSizeHint(column)
            width = max(self.measure(column), floor)
            cap = self.caps.get(column)
            self._wanted[column] = width if cap is None else max(floor, min(width, cap))
        self.fit()

    def fit(self) -> None:
        """Share the viewport out: content widths, shrunk where the stretch column needs room."""
        wanted = {c: w for c, w in self._wanted.items() if c not in self.user_sized}
        if not wanted:
            return
        fixed = sum(self.header.sectionSize(c) for c in self.user_sized)
        viewport = self.header.viewport().width() if self.header.viewport() else self.header.width()
        room = viewport - fixed - round(viewport * self.stretch_share)
        floors = {c: self.header.sectionSizeHint(c) for c in wanted}
        self._fitting = True
        try:
            for column, width in shrink_to_fit(wanted, floors, room).items():
                self.header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _fitted_columns(self) -> list[int]:
        return [c for c in range(self.header.count())
                if c != self.stretch and c not in self.user_sized]

    def _note_user_resize(self, index: int, _old: int, _new: int) -> None:
        """A width the analyst dragged stays: later fills and resizes leave it alone."""
        if not self._fitting and index != self.stretch:
            self.user_sized.add(index)
