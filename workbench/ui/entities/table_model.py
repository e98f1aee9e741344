"""The Entities table's model: entities matching a type and name, fetched a page at a time.

Why windowed: ``store.entities.entity_ids`` gives the ordered ids of the filter once,
and rows are fetched a page at a time by primary key (``entity_rows``), so
50,000 entities list instantly and scroll without loading them all — the
same design as the library table.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workbench.core.text import distinct_aliases
from workbench.core.vocabulary import DURATION_NAME, entity_label_name
from workbench.store import Store
from workbench.ui.widgets.plain_text import plain_tooltip

PAGE_SIZE, MAX_PAGES = 200, 20
COLUMNS = (("name", "Entity", "name"), ("label", "Type", "label"),
           ("documents", "Docs", "documents"), ("mentions", "#", "mentions"),
           ("aliases", "Aliases", None))
# "Docs": the full word made a column of two-digit counts ~110 px wide at 1024 px
# while names beside it elided; "#" for mentions as in the inspector and on the entity
# page ("Mentions" kept a column of two-digit counts ~90 px wide). Tooltips say both whole.
COLUMN_TIPS = {"documents": "Documents that mention it",
               "mentions": "Mentions in the whole library"}
COLUMN_KEYS = tuple(key for key, _title, _sort in COLUMNS)
NUMBER_KEYS = ("documents", "mentions")  # right-aligned counts
AnyIndex = QModelIndex | QPersistentModelIndex
ALIAS_JOINER = " · "  # how ``entity_rows`` joins an entity's aliases


class EntityTableModel(QAbstractTableModel):
    """Entities matching a type and name filter, fetched a page at a time."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.label: str | None = None
        self.name = ""
        self.dates_and_numbers: bool | None = None
        self.durations: bool | None = None
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
                # "Country/city", never "GPE"; "five years" a Duration, not a Date
                value = DURATION_NAME if row.get("duration") else entity_label_name(str(value))
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

    def set_filter(self, label: str | None, name: str, dates_and_numbers: bool | None = None,
                   durations: bool | None = None) -> None:
        """Only entities of a type and/or whose name or alias contains ``name``;
        ``dates_and_numbers`` True or False: only those, or only names; ``durations``
        True or False: only lengths of time, or all but them."""
        self.label, self.name, self.dates_and_numbers = label, name, dates_and_numbers
        self.durations = durations
        self.reload()

    def reload(self) -> None:
        """Re-read the ordered ids and drop cached pages."""
        self.beginResetModel()
        self.loaded = True
        self.ids = self.store.entities.entity_ids(
            label=self.label, name=self.name, dates_and_numbers=self.dates_and_numbers,
            durations=self.durations, order_by=self.order_by, descending=self.descending)
        self._pages.clear()
        self.endResetModel()

    def row_data(self, row: int) -> dict[str, Any] | None:
        """The entity row at ``row`` (fetching its page when needed)."""
        if not 0 <= row < len(self.ids):
            return None
        number = row // PAGE_SIZE
        if number not in self._pages:
            self._pages[number] = [_shown_aliases(row) for row in self.store.entities.entity_rows(
                self.ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE])]
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        self._pages.move_to_end(number)
        page = self._pages[number]
        return page[row % PAGE_SIZE] if row % PAGE_SIZE < len(page) else None


def _shown_aliases(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with its aliases as listed: case variants of the name or of each other once."""
    joined = row.get("aliases")
    if joined:
        shown = distinct_aliases(str(row.get("name") or ""), str(joined).split(ALIAS_JOINER))
        row = {**row, "aliases": ALIAS_JOINER.join(shown) or None}
    return row


def _name_tooltip(row: dict[str, Any]) -> str:
    """The name with its aliases: a narrow table hides the aliases column."""
    aliases = row.get("aliases")
    return f"{row.get('name') or ''}\nAlso: {aliases}" if aliases else str(row.get("name") or "")
