"""Columns sized to their content up to a cap, the stretching ones taking what is left.

Why: fixed starting widths suited one window size only. In the Claims table
at 1440 px the claim took ~600 px of spare room while claimant and document
were cut at 130 and 180 px ("The German gove…"); at 1024 px wider fixed
columns left the claim itself ~190 px. Here each other column asks for its
widest text (capped), and when they ask for more than the stretching column
can spare, the widest give way first, down to their header's width.

The one way the app fits columns: ``fit_columns`` sets it up for any list or
table, following its rows and its width. Qt's ResizeToContents is not used: it
re-measures every row of every such column on each style change (a theme
switch made 216,385 ``data()`` calls in the Entities table), never gives way
when the view is narrow, and ignores a width the analyst dragged. Nor is Qt's
Stretch: a stretched section cannot be dragged (the Claims table's document title
could not be widened), so the fitter sizes the stretching columns itself and every
column stays draggable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
)

from workbench.ui.widgets.width_shares import share_out, shrink_to_fit


@dataclass(frozen=True)
class Share:
    """A column that is a hint beside the stretching one: its content, up to ``share`` of the view.

    Why: a column of long, secondary text (a duplicate pair's reason, an
    entity's aliases) sized to its content took the room of the names an
    analyst scans; stretched beside them it split the width evenly. It takes
    its content's width up to ``share`` of the viewport, after the other
    fitted columns, and leaves the stretching columns up to ``stretch_room``
    px of their own content first. ``hide_when_squeezed``: hidden when less
    than its header's width is left (its cells say it elsewhere, a tooltip);
    else it never goes below its header.
    """

    share: float
    stretch_room: int = 0
    hide_when_squeezed: bool = False


class ColumnFitter:
    """Sizes a header's columns to their content; a column the analyst dragged keeps its width.

    ``measure(column)`` gives the width a column's widest cell needs; ``caps``
    bound the columns that may run long (names, titles); ``stretch`` is the
    column (or columns) that take what is left, and keep at least
    ``stretch_share`` of the viewport; ``shares`` are the columns fitted after
    the others, each to a share of the viewport (``Share``); ``left_alone``
    columns are the caller's (a fixed starting width, say). Call
    ``measure_content()`` after a refill and ``fit()`` on a resize
    (``fit_columns`` does both).
    """

    def __init__(self, header: QHeaderView, measure: Callable[[int], int], *,
                 stretch: int | tuple[int, ...], caps: Mapping[int, int] | None = None,
                 stretch_share: float = 0.0, left_alone: Iterable[int] = (),
                 shares: Mapping[int, Share] | None = None) -> None:
        self.header, self.measure = header, measure
        self.stretched = (stretch,) if isinstance(stretch, int) else tuple(stretch)
        self.caps, self.stretch_share = dict(caps or {}), stretch_share
        self.left_alone = frozenset(left_alone)
        self.shares = dict(shares or {})
        self.user_sized: set[int] = set()
        self._fitting = False
        self._wanted: dict[int, int] = {}
        self._shared_wanted: dict[int, int] = {}
        self._stretch_content = 0  # px the stretching columns' content wants (when shares ask)
        self._stretch_wanted: dict[int, int | None] = {}  # each one's content (None: unmeasured)
        header.setStretchLastSection(False)
        self._set_modes()
        # Who measures after a sort: at once alone, on the next turn under ``fit_columns``,
        # where the sort's own reset asks too (a header click measured every row twice).
        self.measure_soon: Callable[[], None] = self.measure_content
        header.sectionResized.connect(self._note_user_resize)
        header.sortIndicatorChanged.connect(lambda _column, _order: self.measure_soon())

    def _set_modes(self) -> None:
        """Interactive (draggable) for every column, the stretching ones too (``fit`` sizes them).

        Again on each measure: a model's columns may come and go (the ACH
        matrix has one per hypothesis).
        """
        for column in range(self.header.count()):
            if self.header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
                self.header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

    def measure_content(self) -> None:
        """Measure every column again (after the rows changed), then fit."""
        self._set_modes()
        self._wanted = {}
        for column in self._fitted_columns():
            floor = self.floor(column)
            width = max(self.measure(column), floor)
            cap = self.caps.get(column)
            self._wanted[column] = width if cap is None else max(floor, min(width, cap))
        self._shared_wanted = {c: max(self.measure(c), self.floor(c)) for c in self.shares
                               if c not in self.user_sized and c < self.header.count()}
        asked = any(share.stretch_room for share in self.shares.values())
        self._stretch_content = sum(self.measure(c) for c in self.stretched) if asked else 0
        # Only several stretching columns share by content; one alone takes all that is left.
        several = len(self._free_stretched()) > 1
        self._stretch_wanted = {c: self.measure(c) if several else None for c in self.stretched}
        self.fit()

    def fit(self) -> None:
        """Share the viewport out: content widths, shrunk where the stretch column needs room."""
        wanted = {c: w for c, w in self._wanted.items() if c not in self.user_sized}
        shared = {c: w for c, w in self._shared_wanted.items() if c not in self.user_sized}
        fixed = {c: self.header.sectionSize(c) for c in self.user_sized | self.left_alone
                 if not self.header.isSectionHidden(c)}
        viewport = self.viewport_width()
        # A stretching column dragged wide holds part of the stretch's share already.
        dragged = sum(width for c, width in fixed.items() if c in self.stretched)
        room = viewport - sum(fixed.values()) - max(
            0, round(viewport * self.stretch_share) - dragged)
        floors = {c: self.floor(c) for c in wanted}
        self._fitting = True
        try:
            widths = shrink_to_fit(wanted, floors, room)
            for column, width in widths.items():
                self.header.resizeSection(column, width)
            self._fit_shares(shared, viewport, room - sum(widths.values()))
            self._fill_stretched(viewport)
        finally:
            self._fitting = False

    def _free_stretched(self) -> list[int]:
        """The stretching columns the analyst has not dragged (shown ones)."""
        return [c for c in self.stretched if c < self.header.count()
                and c not in self.user_sized and not self.header.isSectionHidden(c)]

    def _fill_stretched(self, viewport: int) -> None:
        """Give the undragged stretching columns what the others leave (``share_out``)."""
        free = self._free_stretched()
        if not free:
            return
        used = sum(self.header.sectionSize(c) for c in range(self.header.count())
                   if c not in free and not self.header.isSectionHidden(c))
        wanted = {c: self._stretch_wanted.get(c) for c in free}
        widths = share_out(viewport - used, wanted, {c: self.floor(c) for c in free})
        for column, width in widths.items():
            if self.header.sectionSize(column) != width:
                self.header.resizeSection(column, width)

    def viewport_width(self) -> int:
        """The width the columns share: the view's viewport, else the header's.

        Why the view's: on a resize the view's viewport has its new width while
        its header is laid out after it; a share taken of the header's old width
        hid the Entities' aliases (and cut the Duplicates' "Reason" to "…").
        """
        view = self.header.parentWidget()
        if isinstance(view, QAbstractItemView):
            return view.viewport().width()
        return self.header.viewport().width() if self.header.viewport() else self.header.width()

    def _fit_shares(self, wanted: Mapping[int, int], viewport: int, left: int) -> None:
        """Each shared column: its content, at most its share, of what the stretch's room leaves."""
        for column, width in wanted.items():
            share, floor = self.shares[column], self.floor(column)
            spare = left - min(self._stretch_content, share.stretch_room)
            width = min(width, round(viewport * share.share), spare)
            hide = share.hide_when_squeezed and width < floor
            if self.header.isSectionHidden(column) != hide:
                self.header.setSectionHidden(column, hide)
            if not hide:
                self.header.resizeSection(column, max(width, floor))
                left -= max(width, floor)

    def floor(self, column: int) -> int:
        """The narrowest ``column`` goes: its header's title, and the sort arrow if it has it.

        Why: Qt's header hint keeps room for the sort arrow in every column, though
        only the sorted one draws it: a count column ("Links", "1") took 73 px for
        31 px of title while the Claims table's Document column was cut at 1024 px.
        The sorted column changes with a click on a header: then the fitter refits.
        """
        hint = self.header.sectionSizeHint(column)
        if not self.header.isSortIndicatorShown() or column == self.header.sortIndicatorSection():
            return hint
        # QHeaderView::sectionSizeFromContents adds the arrow as the section's height + margin.
        option = QStyleOptionHeader()
        self.header.initStyleOption(option)
        option.section = column
        option.text = str(self.header.model().headerData(
            column, Qt.Orientation.Horizontal) or "") if self.header.model() else ""
        style = self.header.style()
        height = style.sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option,
                                        QSize(), self.header).height()
        # Its margin stays: styles elide a title that fills its section to the pixel ("Gra…").
        return max(hint - height, self._label_room(option), 0)

    def _label_room(self, option: QStyleOptionHeader) -> int:
        """The section width whose label area holds ``option.text`` as drawn.

        Why: a table that highlights the sections of a selected row draws their
        titles bold, wider than Qt's hint less the arrow: the Entities table's
        "Docs" read "D…" once a row was selected.
        """
        probe = 400  # any width: the label area is the section less the style's chrome
        option.rect = QRect(0, 0, probe, max(1, self.header.height()))
        label = self.header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option,
                                                   self.header)
        font = QFont(self.header.font())
        font.setBold(font.bold() or self.header.highlightSections())
        return QFontMetrics(font).horizontalAdvance(option.text) + probe - label.width() + 1

    def _fitted_columns(self) -> list[int]:
        return [c for c in range(self.header.count())
                if c not in self.stretched and c not in self.left_alone
                and c not in self.shares and c not in self.user_sized]

    def _note_user_resize(self, index: int, _old: int, _new: int) -> None:
        """A width the analyst dragged stays: later fills and resizes leave it alone.

        A hidden section is not a drag: Qt reports a hidden share's new width of 0
        when it next lays the header out, after ``fit`` has returned. A drag of
        another column refits the shares: theirs is of what the others leave (the
        Entities' aliases gave way to names when the Type column was widened), and
        the stretching columns not dragged take up the difference, as Qt's Stretch did.
        """
        if self._fitting or self.header.isSectionHidden(index):
            return
        self.user_sized.add(index)
        shares_follow = index not in self.shares and any(c not in self.user_sized
                                                         for c in self.shares)
        if shares_follow or self._free_stretched():
            self.fit()


class _Follower(QObject):
    """Re-measures after the rows change (once per turn of the event loop) and refits on resize.

    Why once per turn: a list filled row by row would otherwise be measured
    after every row.
    """

    def __init__(self, view: QAbstractItemView, fitter: ColumnFitter) -> None:
        super().__init__(view)
        self.view, self.fitter = view, fitter
        self.timer = QTimer(self, singleShot=True, interval=0)
        self.timer.timeout.connect(fitter.measure_content)
        self.model: QAbstractItemModel | None = None
        view.viewport().installEventFilter(self)

    def follow(self, model: QAbstractItemModel) -> None:
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged, model.layoutChanged, model.columnsInserted,
                       model.columnsRemoved):
            signal.connect(self.remeasure)
        self.model = model

    def remeasure(self, *_changed: object) -> None:
        """Measure on the next turn of the event loop (whatever changed in the rows)."""
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            if self.view.model() is not self.model:  # a model set after fit_columns
                self.follow(self.view.model())
            if self.timer.isActive():  # shown (or resized) right after a refill: measure now
                self.timer.stop()
                self.fitter.measure_content()
            else:
                self.fitter.fit()
        return False


def fit_columns(view: QAbstractItemView, *, stretch: int | tuple[int, ...],
                caps: Mapping[int, int] | None = None, stretch_share: float = 0.0,
                left_alone: Iterable[int] = (), sample: int | None = None,
                shares: Mapping[int, Share] | None = None) -> ColumnFitter:
    """Fit ``view``'s columns to their content from now on: as rows change and as it resizes.

    The list or table keeps the fitter (it lives as long as the view). Rows
    changed are measured on the next turn of the event loop, or at the next
    resize if sooner; a caller that fills a shown list and reads its layout at
    once calls ``measure_columns`` after it. ``sample``: measure only that many
    rows at each end of a flat list (a paged model of 50,000 rows, sorted, has
    its widest count at one end; measuring every row would fetch every page).
    ``shares``: see ``Share``.
    """
    header = view.horizontalHeader() if isinstance(view, QTableView) \
        else view.header()  # type: ignore[attr-defined]
    fitter = ColumnFitter(header, lambda column: widest_cell(view, column, sample),
                          stretch=stretch, caps=caps, stretch_share=stretch_share,
                          left_alone=left_alone, shares=shares)
    follower = _Follower(view, fitter)
    follower.follow(view.model())
    follower.timer.start()
    fitter.measure_soon = follower.remeasure
    return fitter


def measure_columns(view: QAbstractItemView) -> None:
    """Measure ``view``'s fitted columns now: it was refilled and its layout is read at once.

    Why not always at once: a list filled row by row would be measured after
    every row; the one measure after the fill is the filler's to ask for.
    """
    follower = view.findChild(_Follower)
    if follower is not None:
        follower.timer.stop()
        follower.fitter.measure_content()


def widest_cell(view: QAbstractItemView, column: int, sample: int | None = None) -> int:
    """The width ``column``'s widest text needs in its cell (icon and padding included).

    Each distinct text is measured once, by the view's own delegate: the
    cells of a column repeat (kinds, counts, dates). ``sample``: only that
    many top-level rows at each end.
    """
    model = view.model()
    cells = _cells(model, column, QModelIndex()) if sample is None \
        else _end_cells(model, column, sample)
    first_with: dict[str, QModelIndex] = {}
    for index in cells:
        first_with.setdefault(str(index.data() or ""), index)
    if not first_with:
        return 0
    widest = first_with[max(first_with, key=view.fontMetrics().horizontalAdvance)]
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    return view.itemDelegateForIndex(widest).sizeHint(option, widest).width()


def _cells(model: QAbstractItemModel, column: int, parent: QModelIndex) -> Iterator[QModelIndex]:
    """Every cell of ``column`` under ``parent``, the rows' children too (a tree's)."""
    for row in range(model.rowCount(parent)):
        index = model.index(row, column, parent)
        yield index
        first = model.index(row, 0, parent)
        if model.rowCount(first):
            yield from _cells(model, column, first)


def _end_cells(model: QAbstractItemModel, column: int, count: int) -> Iterator[QModelIndex]:
    """The cells of ``column`` in the first and last ``count`` top-level rows."""
    for row in end_rows(model.rowCount(), count):
        yield model.index(row, column)


def end_rows(rows: int, count: int) -> list[int]:
    """The first and last ``count`` of ``rows`` row numbers, in order, each once.

    Why the ends: a list sorted by a column has its widest values at one end
    (the longest counts, say), so they stand for the whole list when measuring.
    """
    return sorted(set(range(min(rows, count))) | set(range(max(0, rows - count), rows)))
