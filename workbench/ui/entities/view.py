"""The Entities view: every entity with type, documents, mentions and aliases, and its page.

Why windowed: ``store.entities.entity_ids`` gives the ordered ids of the filter once,
and rows are fetched a page at a time by primary key (``entity_rows``), so
50,000 entities list instantly and scroll without loading them all — the
same design as the library table.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    SignalInstance,
)
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.models import Changes
from workbench.core.text import plural
from workbench.core.vocabulary import ENTITY_LABELS, entity_label_name
from workbench.store import Store
from workbench.ui.entities.controller import EntityController
from workbench.ui.entities.page import EntityPage
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.empty_hint import EmptyHint
from workbench.ui.widgets.flow_layout import filter_row
from workbench.ui.widgets.lazy_refresh import LazyRefreshWidget
from workbench.ui.widgets.padded_rows import NUMBER_GAP, gap_number_columns
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.stacking_splitter import StackingSplitter

PAGE_SIZE, MAX_PAGES = 200, 20
COLUMNS = (("name", "Entity", "name"), ("label", "Type", "label"),
           ("documents", "Docs", "documents"), ("mentions", "#", "mentions"),
           ("aliases", "Aliases", None))
# "Docs": the full word made a column of two-digit counts ~110 px wide at 1024 px
# while names beside it elided; "#" for mentions as in the inspector and on the entity
# page ("Mentions" kept a column of two-digit counts ~90 px wide). Tooltips say both whole.
COLUMN_TIPS = {"documents": "Documents that mention it", "mentions": "Mentions in all documents"}
COLUMN_KEYS = tuple(key for key, _title, _sort in COLUMNS)
ALIASES_COLUMN = COLUMN_KEYS.index("aliases")
AnyIndex = QModelIndex | QPersistentModelIndex
TABLE_SHARE = 0.6  # of the dock's width: the list is what an analyst scans
# Narrower than this the page goes below the list: side by side at 420 px the list
# got 183 px and names read "Unite…".
SIDE_BY_SIDE_FROM = 720
NAME_ROOM_CAP = 220  # px: the most a long name is given before aliases get a share
ALIASES_SHARE, MIN_ALIASES_WIDTH = 0.2, 70  # of the table's width: aliases elide, names do not
SAMPLE_ROWS = 100  # rows at each end of the list measured for the type and count columns
CELL_PADDING = 16  # px beside a measured text: the cell's and the header's margins
NUMBER_KEYS = ("documents", "mentions")  # right-aligned counts
NO_ENTITIES = "No entities yet: analysing a document finds its people, places and organisations."
NO_MATCHING_ENTITY = "No entity matches this type and name."


class EntityTableModel(QAbstractTableModel):
    """Entities matching a type and name filter, fetched a page at a time."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.label: str | None = None
        self.name = ""
        self.order_by, self.descending = "mentions", True
        self.ids: list[int] = []
        self.loaded = False
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMN_TIPS.get(COLUMNS[section][0])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_data(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = row.get(key)
            if key == "label" and value is not None:
                value = entity_label_name(str(value))  # "Country/city", never "GPE"
            text = "" if value is None else f"{value:,}" if isinstance(value, int) else str(value)
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            return plain_tooltip(_name_tooltip(row) if key == "name" else text)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBER_KEYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_key = COLUMNS[column][2]
        if sort_key is not None:
            self.order_by, self.descending = sort_key, order == Qt.SortOrder.DescendingOrder
            if self.loaded:
                self.reload()

    def set_filter(self, label: str | None, name: str) -> None:
        """Only entities of a type and/or whose name or alias contains ``name``."""
        self.label, self.name = label, name
        self.reload()

    def reload(self) -> None:
        """Re-read the ordered ids and drop cached pages."""
        self.beginResetModel()
        self.loaded = True
        self.ids = self.store.entities.entity_ids(label=self.label, name=self.name,
                                         order_by=self.order_by, descending=self.descending)
        self._pages.clear()
        self.endResetModel()

    def row_data(self, row: int) -> dict[str, Any] | None:
        """The entity row at ``row`` (fetching its page when needed)."""
        if not 0 <= row < len(self.ids):
            return None
        number = row // PAGE_SIZE
        if number not in self._pages:
            self._pages[number] = self.store.entities.entity_rows(
                self.ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE])
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        self._pages.move_to_end(number)
        page = self._pages[number]
        return page[row % PAGE_SIZE] if row % PAGE_SIZE < len(page) else None


def _name_tooltip(row: dict[str, Any]) -> str:
    """The name with its aliases: a narrow table hides the aliases column."""
    aliases = row.get("aliases")
    return f"{row.get('name') or ''}\nAlso: {aliases}" if aliases else str(row.get("name") or "")


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


class EntitiesView(LazyRefreshWidget):
    """Filter row, the entity table with curation buttons, and the selected entity's page."""

    def __init__(self, store: Store, theme: ThemeManager, curation: EntityController,
                 parent: QWidget | None = None, *,
                 changes_applied: SignalInstance | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EntitiesView")
        self.store, self.theme, self.curation = store, theme, curation
        self.stale = True
        self.model = EntityTableModel(store, self)
        self.type_combo = QComboBox()
        self.type_combo.addItem("Any type", None)  # as every other filter says it
        for label in ENTITY_LABELS:
            self.type_combo.addItem(theme.palette.label_name(label), label)
        self.name_edit = QLineEdit(placeholderText="Name or alias…", clearButtonEnabled=True)
        self.count_label = QLabel(objectName="MutedLabel")
        self.table = self._build_table()
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self.page = EntityPage(store, curation, theme)
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self.apply_filter)
        self._layout()
        self.type_combo.activated.connect(lambda _i: self.apply_filter())
        self.name_edit.textEdited.connect(lambda _t: self._filter_timer.start())
        self.name_edit.returnPressed.connect(self.apply_filter)
        self.page.entity_requested.connect(self.show_entity)
        self.follow(changes_applied)

    def _build_table(self) -> EntityTableView:
        table = EntityTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(True)
        table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        gap_number_columns(table, tuple(COLUMN_KEYS.index(key) for key in NUMBER_KEYS))
        table.configure_columns()
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.page.show_entity(self._id_at(current.row())))
        return table

    def _layout(self) -> None:
        filters = filter_row([self.type_combo, self.name_edit], self.count_label)
        buttons = QHBoxLayout()
        merge = QPushButton("Merge Selected…")
        merge.setToolTip("Fold the selected entities into one of them")
        merge.clicked.connect(lambda: self.curation.merge(self.selected_ids()))
        buttons.addWidget(merge)
        buttons.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(6, 6, 6, 6)  # the count label kept off the splitter
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        splitter = StackingSplitter(stack_below=SIDE_BY_SIDE_FROM)  # the page below when narrow
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(0, round(100 * TABLE_SHARE))
        splitter.setStretchFactor(1, round(100 * (1 - TABLE_SHARE)))
        splitter.setSizes([int(1000 * TABLE_SHARE), int(1000 * (1 - TABLE_SHARE))])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def apply_filter(self) -> None:
        """Run the type and name filter now."""
        self._filter_timer.stop()
        self.model.set_filter(self.type_combo.currentData(), self.name_edit.text())
        self.count_label.setText(plural(self.model.rowCount(), "entity", "entities"))
        self.empty_hint.refresh()

    def _empty_text(self) -> str:
        """Nothing, while an entity is listed; else whether the filter or the library is empty."""
        if self.model.rowCount():
            return ""
        if self.type_combo.currentIndex() > 0 or self.name_edit.text().strip():
            return NO_MATCHING_ENTITY
        return NO_ENTITIES

    def on_changes(self, changes: Changes) -> None:
        """Entities, their names and mentions changed: reload the list and the page (lazily)."""
        if changes.entities:
            self.mark_stale()

    def reload(self) -> None:
        """Re-read the list and the open page, keeping the selection when it survives."""
        self.stale = False
        kept = self.page.entity_id
        self.apply_filter()
        if kept is not None and kept in self.model.ids:
            self._select_row(self.model.ids.index(kept))
        self.page.refresh()

    def show_entity(self, entity_id: int) -> None:
        """Open an entity's page (and select its row when it is listed)."""
        if self.stale:
            self.reload()
        if entity_id in self.model.ids:
            self._select_row(self.model.ids.index(entity_id))
        self.page.show_entity(entity_id)

    def selected_ids(self) -> list[int]:
        """Entities selected in the table."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.ids[row] for row in rows if row < len(self.model.ids)]

    def stop(self) -> None:
        """Cancel a pending filter (window closing)."""
        self._filter_timer.stop()

    def _select_row(self, row: int) -> None:
        """Select ``row`` and bring it into view, now and once the dock is laid out.

        Why twice: a page opened from the reader shows this dock first; scrolled
        at once, the table had no height yet and its layout left the row out of sight.
        """
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows)
        self.table.scrollTo(index)
        QTimer.singleShot(0, self, self._reveal_current)

    def _reveal_current(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    def _id_at(self, row: int) -> int | None:
        return self.model.ids[row] if 0 <= row < len(self.model.ids) else None
