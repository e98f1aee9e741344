"""The Timeline dock: filters and lane grouping above the painted axis, the undated list beside it.

It reads the library's timeline once per change (lazily: only while
visible), on the writer thread's bulk lane when the window has one, and
filters it in memory as the analyst changes a filter, so a filter change
costs a re-layout, not a query. A click on a mark or an
undated row asks the window to open the passage (``location_requested``);
a mark that lost its place when its document changed has no passage to open,
so a click on it asks for the mark itself (``orphan_requested``).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from workbench.core.models import Changes
from workbench.core.text import plural, shorten
from workbench.core.timeline import ORPHANED, ItemsCache, Timeline
from workbench.core.timeline_records import TimelineItem
from workbench.core.vocabulary import CLAIM_STATUSES
from workbench.operations.timeline import (
    ClaimLinks,
    TimelineFilter,
    claim_links,
    entity_names,
    filter_timeline,
    gather_timeline,
    story_in,
)
from workbench.store import Store, name_sort_key
from workbench.ui.tasks.runner import Task
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.timeline.canvas import TimelineCanvas
from workbench.ui.timeline.lanes import GROUPINGS, MARK_KEYS, build_lanes
from workbench.ui.timeline.undated import ITEM_ROLE, fill_undated, text_dates
from workbench.ui.widgets.flow_layout import FlowLayout, filter_row
from workbench.ui.widgets.lazy_refresh import LazyRefreshWidget, collection_paused
from workbench.ui.widgets.padded_rows import pad_rows
from workbench.ui.widgets.stacking_splitter import StackingSplitter
from workbench.ui.widgets.swatches import legend_key, swatch_icon

MAX_ENTITY_CHOICES = 300
STORY_TEXT = 60
#: What each colour of mark is, as the legend under the filters says it.
MARK_WORDS = {**{f"claim_{status}": status.capitalize() for status in CLAIM_STATUSES},
              "quote": "Quote", "highlight": "Highlight", "note": "Note",
              "sentence": "Dated sentence"}
REFRESH_GAP_S = 1.0
UNDATED_BELOW = 560  # px: a narrower view puts the Undated list under the plot
"""While changes keep coming (an import), re-read the timeline at most once a second."""


class TimelineView(LazyRefreshWidget):
    """Every dated item of the library on a zoomable axis, in lanes, with filters.

    Each re-read of a 10,000-item timeline costs a few hundred milliseconds:
    with ``reads`` (the window's ``StoreActions``) it runs as a slow read on
    the writer's bulk lane and only the refill and layout run on the UI thread;
    without (a test, a benchmark) it runs here. Throttled (``refresh_gap_s``)
    all the same, so an import does not queue a read per step; a single
    analyst action still shows at once.
    """

    location_requested = Signal(int, int, int)
    orphan_requested = Signal(int, int, str)  # document id, the orphaned mark's id, its kind
    refresh_gap_s = REFRESH_GAP_S

    def __init__(self, store: Store, theme: ThemeManager, parent: QWidget | None = None, *,
                 changes_applied: SignalInstance | None = None,
                 reads: StoreActions | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TimelineView")
        self.store, self.theme, self.reads = store, theme, reads
        self._reading: Task | None = None
        self._read_number = 0  # which read's result may still be shown: the latest asked for
        self.timeline, self.shown = Timeline(), Timeline()
        self.names: dict[int, str] = {}
        self.text_dates: dict[int, str] = {}  # document id → its publication date in words
        self._links: ClaimLinks | None = None
        self.items_cache = ItemsCache()
        self.canvas = TimelineCanvas(theme)
        self.group_combo = QComboBox(accessibleName="Group lanes by")
        for key, label in GROUPINGS:
            self.group_combo.addItem(f"Lanes: {label}", key)
        self.entity_combo, self.tag_combo, self.story_combo, self.status_combo = (
            QComboBox(accessibleName=f"{what} filter") for what in
            ("Entity", "Tag", "Story", "Claim status"))
        self.status_combo.addItem("Any status", None)
        for status in CLAIM_STATUSES:
            self.status_combo.addItem(status.capitalize(), status)
        # The lanes combo fits its longest choice: at 1024 px it read "Lanes: Documen".
        lanes_width = max(len(self.group_combo.itemText(i)) for i in range(len(GROUPINGS)))
        for combo, width in ((self.entity_combo, 16), (self.tag_combo, 12),
                             (self.story_combo, 16), (self.group_combo, lanes_width),
                             (self.status_combo, 10)):
            # Long entity names and claim texts must not push the toolbar wider than the dock.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(width)
        self.fit_button = QPushButton("Fit")
        self.fit_button.setToolTip(FIT_TIP)
        self.count_label = QLabel(objectName="MutedLabel")
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical)
        self.undated_label = QLabel("Undated (0)")
        self.undated_list = QListWidget(accessibleName="Undated items")
        # Wrapped in the side column: one long line scrolled sideways and showed
        # "document: US State Department: Sanct" at 1024 px. Rows are NOT uniform:
        # a uniform list sizes every row like the first, cutting a wrapped row to one line.
        self.undated_list.setUniformItemSizes(False)
        self.undated_list.setWordWrap(True)
        self.undated_list.setResizeMode(QListView.ResizeMode.Adjust)
        # Wrapped rows are measured one by one: lay thousands out in batches, not at once.
        self.undated_list.setLayoutMode(QListView.LayoutMode.Batched)
        self.undated_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        pad_rows(self.undated_list, QSize(0, 6))
        # Grey and blue bars meant nothing to a first-time reader: say what each colour is.
        self.legend_row = QWidget()
        self.legend = FlowLayout(self.legend_row)
        self.legend.setContentsMargins(0, 0, 0, 0)
        self._layout()
        self._connect()
        self._build_legend()
        self.follow(changes_applied)
        theme.theme_changed.connect(lambda _t: self._recolour())

    def _layout(self) -> None:
        bar = filter_row([self.group_combo, self.entity_combo, self.tag_combo,
                          self.story_combo, self.status_combo, self.fit_button], self.count_label)
        plot = QWidget()
        plot_layout = QHBoxLayout(plot)
        plot_layout.setContentsMargins(0, 0, 0, 0)
        plot_layout.setSpacing(0)
        plot_layout.addWidget(self.canvas, 1)
        plot_layout.addWidget(self.scrollbar)
        side = self.undated_side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.undated_label)
        side_layout.addWidget(self.undated_list, 1)
        # Stacked in a narrow dock: side by side, the two made the Timeline dock 417 px wide
        # at least, and moved beside the reader at 1024 px it pushed the window off screen.
        splitter = StackingSplitter(stack_below=UNDATED_BELOW)
        splitter.addWidget(plot)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.legend_row)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        for combo in (self.group_combo, self.entity_combo, self.tag_combo, self.story_combo,
                      self.status_combo):
            combo.activated.connect(lambda _i: self.apply_filters())
        self.fit_button.clicked.connect(self.canvas.fit_all)
        self.canvas.item_clicked.connect(self.open_item)
        self.canvas.view_changed.connect(self._update_scrollbar)
        self.scrollbar.valueChanged.connect(self.canvas.set_y_offset)
        self.undated_list.itemActivated.connect(lambda row: self.open_item(row.data(ITEM_ROLE)))
        self.undated_list.itemClicked.connect(lambda row: self.open_item(row.data(ITEM_ROLE)))

    def _recolour(self) -> None:
        self.canvas.refresh_colors()
        self._build_legend()

    def _build_legend(self) -> None:
        """A swatch and its words per kind of mark, in the canvas's colours of the theme."""
        while (item := self.legend.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.setParent(None)  # out of the row now; deleted once control returns
                old.deleteLater()
        self.legend.addWidget(QLabel("Claim status:", objectName="MutedLabel"))
        colors = self.canvas.mark_colors()
        for key in MARK_KEYS:
            if key == "quote":
                self.legend.addWidget(QLabel("   Other marks:", objectName="MutedLabel"))
            self.legend.addWidget(legend_key(swatch_icon(colors[key].name()), MARK_WORDS[key]))

    def on_changes(self, changes: Changes) -> None:
        """Documents, their analysis, claims, marks, tags or entities: re-read (lazily)."""
        if (changes.touched_documents or changes.claims or changes.annotations or changes.tags
                or changes.entities):
            self.mark_stale()

    def reload(self) -> None:
        """Read the library's timeline (off the UI thread when there is a writer), then show it.

        A newer reload supersedes a read still queued or running: that one is
        cancelled, and its result, should it arrive anyway, is dropped, as it
        shows the library before the change that asked for this one.
        """
        self.stale = False
        self._read_number += 1
        number = self._read_number
        if self._reading is not None:
            self._reading.cancel()
        cache = self.items_cache
        if self.reads is None:
            self._show_read(number, read_timeline(self.store, cache))
            return
        self._reading = self.reads.read(
            "Read the timeline", lambda store, _progress: read_timeline(store, cache),
            lambda result: self._show_read(number, result), context=self)

    def _show_read(self, number: int, read: TimelineRead | None) -> None:
        """Show read ``number`` unless a newer one was asked for; None: it was cancelled."""
        if number != self._read_number:
            return
        self._reading = None
        if read is None:  # cancelled with the work around it (an import's Cancel): what that
            self.mark_stale()  # work already saved is shown once the refresh gap allows
            return
        self._links = None  # the library changed: links are read again when a story is chosen
        self.timeline, self.names, self.text_dates = read
        with collection_paused():
            self._refill_choices()
            self.apply_filters()

    def _refill_choices(self) -> None:
        everything = (*self.timeline.items, *self.timeline.undated)
        counts = Counter(e for item in everything for e in item.entity_ids)
        entities = sorted((e for e, _n in counts.most_common(MAX_ENTITY_CHOICES)
                           if e in self.names), key=lambda e: name_sort_key(self.names[e]))
        _refill(self.entity_combo, "Any entity", [(self.names[e], e) for e in entities])
        tags = sorted({t for item in everything for t in item.tags}, key=name_sort_key)
        _refill(self.tag_combo, "Any tag", [(t, t) for t in tags])
        stories = [(f"Story: {shorten(i.text, STORY_TEXT)}", i.claim_id) for i in everything
                   if i.claim_id is not None and i.linked_claim_ids]
        _refill(self.story_combo, "Any story", stories)

    def current_filter(self) -> TimelineFilter:
        """The filter the combos describe."""
        entity, story = self.entity_combo.currentData(), self.story_combo.currentData()
        return TimelineFilter(
            entity_ids=frozenset({entity}) if entity is not None else None,
            tag=self.tag_combo.currentData(),
            story=self._story(story) if story is not None else None,
            status=self.status_combo.currentData(),
        )

    def _story(self, claim_id: int) -> frozenset[int]:
        """The story of a claim, from the links read once per library change."""
        if not any(item.claim_id == claim_id
                   for item in (*self.timeline.items, *self.timeline.undated)):
            raise LookupError(f"claim {claim_id} is not in the timeline")
        if self._links is None:
            self._links = claim_links(self.store)
        return story_in(self._links, claim_id)

    def apply_filters(self) -> None:
        """Filter the loaded timeline, lay it out in lanes and fit it into view."""
        try:
            wanted = self.current_filter()
        except LookupError:  # the story's claim was deleted since the choices were filled
            self.story_combo.setCurrentIndex(0)
            wanted = self.current_filter()
        self.shown = filter_timeline(self.timeline, wanted)
        lanes = build_lanes(self.shown.items, self.group_combo.currentData(), self.names)
        self.canvas.empty_text = empty_text(bool(self.timeline.items))
        self.canvas.set_lanes(lanes)
        self._enable_controls()
        self._fill_undated(self.shown.undated)
        count = len(self.shown.items)
        self.count_label.setText(plural(count, "item"))
        self._update_scrollbar()

    def _enable_controls(self) -> None:
        """Filters only when there is something to filter, Fit only when marks are drawn.

        Why: in an empty library they stayed on and did nothing, so the dock
        looked broken; the canvas says what to do instead.
        """
        anything = bool(self.timeline.items or self.timeline.undated)
        for combo in (self.group_combo, self.entity_combo, self.tag_combo,
                      self.story_combo, self.status_combo):
            combo.setEnabled(anything)
            combo.setToolTip("" if anything else NOTHING_TO_FILTER)
        self.fit_button.setEnabled(bool(self.shown.items))
        self.fit_button.setToolTip(FIT_TIP if self.shown.items else NOTHING_TO_FIT)

    def _fill_undated(self, undated: tuple[TimelineItem, ...]) -> None:
        # An empty "Undated (0)" column took a quarter of the dock from the axis.
        self.undated_side.setVisible(bool(undated))
        self.undated_label.setText(f"Undated ({len(undated):,})")
        fill_undated(self.undated_list, undated, self.text_dates)

    def _update_scrollbar(self) -> None:
        canvas = self.canvas
        hidden = max(0, canvas.lanes_height() - (canvas.height() - canvas.lane_height))
        self.scrollbar.setRange(0, hidden)
        self.scrollbar.setPageStep(max(1, self.canvas.height()))
        self.scrollbar.setSingleStep(self.canvas.lane_height)
        self.scrollbar.setVisible(hidden > 0)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_scrollbar()

    def open_item(self, item: TimelineItem | None) -> None:
        """Ask the window to show the item's passage (a sentence item: its sentence).

        An orphaned mark's offsets point nowhere in the changed text (the
        timeline gives it 0, 0): opening them jumped to the top of the
        document, so the window is asked for the mark instead.
        """
        if item is None:
            return
        if item.reason == ORPHANED and item.item_id is not None:
            self.orphan_requested.emit(item.document_id, item.item_id, item.kind)
        else:
            self.location_requested.emit(item.document_id, item.start, item.end)


NOTHING_DATED = ("Nothing dated yet. Analysed documents place their dates here, with the "
                 "claims and highlights near them; work without a date is listed under Undated.")
NO_MATCH = "No dated item matches these filters."
FIT_TIP = "Zoom to show every item (Home on the timeline; + and − zoom, ← and → move)"
NOTHING_TO_FIT = "Nothing to fit: no dated item is shown"
NOTHING_TO_FILTER = "Nothing to filter yet: import and analyse articles first"


def empty_text(anything_dated: bool) -> str:
    """What the empty canvas says: nothing is dated at all, or the filters hide it all."""
    return NO_MATCH if anything_dated else NOTHING_DATED


TimelineRead = tuple[Timeline, dict[int, str], dict[int, str]]


def read_timeline(store: Store, cache: ItemsCache) -> TimelineRead:
    """The library's timeline, its entities' names and its text dates: the slow half of a reload.

    Touches no widget: it runs on the writer thread (``cache`` is only ever
    used by one read at a time, as the writer runs them one after another).
    """
    with collection_paused():
        timeline = gather_timeline(store, cache=cache)
        return (timeline, entity_names(store, (*timeline.items, *timeline.undated)),
                text_dates(store, timeline.undated))


def _refill(combo: QComboBox, everything: str, choices: list[tuple[str, object]]) -> None:
    """Replace a combo's choices, keeping the current one when it is still offered."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(everything, None)
    for label, data in choices:
        combo.addItem(label, data)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
