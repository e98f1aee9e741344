"""The Entities view: the entity table with its filters and buttons, and the selected entity's page.

The table's model (paged) is ``table_model.py``, its column widths ``table_view.py``;
the page is ``page.py``. Names are listed by default, dates and numbers one
choice away in the type filter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.models import Changes
from workbench.core.text import plural
from workbench.core.vocabulary import DATE_AND_NUMBER_LABELS, ENTITY_LABELS
from workbench.store import Store
from workbench.ui.entities.controller import EntityController
from workbench.ui.entities.page import EntityPage
from workbench.ui.entities.table_model import COLUMN_KEYS, NUMBER_KEYS, EntityTableModel
from workbench.ui.entities.table_view import EntityTableView
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.empty_hint import EmptyHint
from workbench.ui.widgets.flow_layout import filter_row
from workbench.ui.widgets.lazy_refresh import LazyRefreshWidget
from workbench.ui.widgets.padded_rows import gap_number_columns
from workbench.ui.widgets.stacking_splitter import StackingSplitter

TABLE_SHARE = 0.6  # of the dock's width: the list is what an analyst scans
# Narrower than this the page goes below the list: side by side at 420 px the list
# got 183 px and names read "Unite…".
SIDE_BY_SIDE_FROM = 720
# The type filter's first choices: names by default, dates and numbers one click away,
# durations apart. Why: "Monday", "2019" and "three" stood in the list among people and
# organisations, and a date's own place is the timeline; "five years" stood among the
# dates as if it were one, though the timeline leaves it out. The values are the
# model's filter (``EntityTableModel.set_filter``).
TYPE_GROUPS: dict[str, dict[str, bool]] = {
    "names": {"dates_and_numbers": False},
    "dates_and_numbers": {"dates_and_numbers": True, "durations": False},
    "durations": {"durations": True},
}
TIMED_LABELS = ("DATE", "TIME")  # the labels a duration has: their own entries leave it out
NO_NAMES = ("No names yet: dates and numbers are listed under “Dates and numbers”, lengths"
            " of time under “Durations”.")
NO_ENTITIES = "No entities yet: analysing a document finds its people, places and organisations."
NO_MATCHING_ENTITY = "No entity matches this type and name."
MERGE_LEAST = 2
MERGE_TIP = "Fold the selected entities into one of them"
MERGE_NEEDS = "Select two or more entities (Ctrl+click or Shift+click) to merge them"


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
        self.type_combo.addItem("Names", "names")
        self.type_combo.addItem("Dates and numbers", "dates_and_numbers")
        self.type_combo.addItem("Durations", "durations")
        self.type_combo.addItem("Any type", None)  # as every other filter says it
        for label in ENTITY_LABELS:
            self.type_combo.addItem(theme.palette.label_name(label), label)
        self.name_edit = QLineEdit(placeholderText="Name or alias…", clearButtonEnabled=True)
        self.count_label = QLabel(objectName="MutedLabel")
        self.table = self._build_table()
        self.merge_button = self._merge_button()
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

    def _merge_button(self) -> QPushButton:
        """Merge Selected…, enabled while two or more rows are selected.

        Why: always enabled, a click with one row (or none) only said "Select two or
        more entities to merge" in the status bar, a step that did nothing.
        """
        merge = QPushButton("Merge Selected…")
        merge.clicked.connect(lambda: self.curation.merge(self.selected_ids()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._merge_state())
        self.model.modelReset.connect(self._merge_state)
        self._merge_state(merge)
        return merge

    def _merge_state(self, merge: QPushButton | None = None) -> None:
        merge = merge or self.merge_button
        ready = len(self.selected_ids()) >= MERGE_LEAST
        merge.setEnabled(ready)
        merge.setToolTip(MERGE_TIP if ready else MERGE_NEEDS)

    def _layout(self) -> None:
        filters = filter_row([self.type_combo, self.name_edit], self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
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
        choice = self.type_combo.currentData()
        if choice in TYPE_GROUPS:
            self.model.set_filter(None, self.name_edit.text(), **TYPE_GROUPS[choice])
        else:
            durations = False if choice in TIMED_LABELS else None  # "Date": no "five years"
            self.model.set_filter(choice, self.name_edit.text(), durations=durations)
        self.count_label.setText(plural(self.model.rowCount(), "entity", "entities"))
        self.empty_hint.refresh()

    def _empty_text(self) -> str:
        """Nothing, while an entity is listed; else whether the filter or the library is empty."""
        if self.model.rowCount():
            return ""
        if self.type_combo.currentIndex() > 0 or self.name_edit.text().strip():
            return NO_MATCHING_ENTITY
        # ordered by name: no per-entity document count just to learn whether any exist
        dates = self.store.entities.entity_ids(dates_and_numbers=True, order_by="name")
        return NO_NAMES if dates else NO_ENTITIES

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
        if entity_id not in self.model.ids:
            self._list_the_type_of(entity_id)
        if entity_id in self.model.ids:
            self._select_row(self.model.ids.index(entity_id))
        self.page.show_entity(entity_id)

    def _list_the_type_of(self, entity_id: int) -> None:
        """Switch the type filter to the group that lists ``entity_id`` (a date opened from
        the reader is under "Dates and numbers", "five years" under "Durations"), unless a
        type or name was chosen."""
        if self.type_combo.currentData() not in TYPE_GROUPS or self.name_edit.text().strip():
            return
        rows = self.store.entities.entity_rows([entity_id])
        if not rows:
            return
        label = rows[0]["label"]
        group = ("durations" if rows[0]["duration"] else
                 "dates_and_numbers" if label in DATE_AND_NUMBER_LABELS else "names")
        if self.type_combo.currentData() != group:
            self.type_combo.setCurrentIndex(self.type_combo.findData(group))
            self.apply_filter()

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
