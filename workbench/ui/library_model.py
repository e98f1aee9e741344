"""The library table's item model: ordered ids, and a windowed cache of row pages.

Why windowed rather than fetchMore: the ordered ids of the current filter are
read once (``store.library.library_ids``), so the row count is exact, the scroll bar
is honest from the start, and jumping to the middle of 100,000 documents
fetches just the page under the viewport by primary key
(``store.library.library_rows``). Pages are evicted least-recently-used, so memory
stays bounded (a few bytes per id plus MAX_PAGES pages of rows).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon

from workbench.core.models import Changes
from workbench.store import SNIPPET_CLOSE, SNIPPET_OPEN, LibraryFilter, SearchSyntaxError, Store
from workbench.ui.plain_text import plain_tooltip

PAGE_SIZE = 200
# While searching, pages are smaller: each row carries a snippet (~55 µs each),
# and the first page is what the analyst waits for after typing. 25 rows of
# 44 px fill a 1,100 px high table; scrolling fetches the next page.
SEARCH_PAGE_SIZE = 25
MAX_PAGES = 24
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
ANSWERED_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole, SNIPPET_ROLE,
    DOCUMENT_ID_ROLE,
})
DEFAULT_ORDER = ("published", True)
STATUS_TEXT = {
    "pending": "Waiting for analysis",
    "analyzed": "Analysed: entities and quotes are highlighted",
    "failed": "Analysis failed; the text is still readable",
    "unanalyzed": "Imported without analysis",
}

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LibraryColumn:
    """One column: the row key it shows, its header and the store sort key."""

    key: str
    header: str
    sort_key: str
    numeric: bool = False


COLUMNS = (
    LibraryColumn("status", "", "status"),
    LibraryColumn("title", "Title", "title"),
    LibraryColumn("source", "Source", "source"),
    LibraryColumn("published", "Published", "published"),
    LibraryColumn("word_count", "Words", "word_count", numeric=True),
    LibraryColumn("entity_count", "Entities", "entity_count", numeric=True),
    LibraryColumn("annotation_count", "Notes", "annotation_count", numeric=True),
    LibraryColumn("tag_count", "Tags", "tag_count", numeric=True),
)
COLUMN_INDEX = {column.key: number for number, column in enumerate(COLUMNS)}


class LibraryModel(QAbstractTableModel):
    """Documents matching the current filter, in the current order, one page at a time."""

    search_failed = Signal(str)
    count_changed = Signal(int)

    def __init__(self, store: Store, icon_for_status: Callable[[str], QIcon] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.icon_for_status = icon_for_status
        self.muted_color: QColor | None = None
        self.library_filter = LibraryFilter()
        self.order_by, self.descending = DEFAULT_ORDER
        self._ids: list[int] = []
        self._count = 0
        self._all_ids = True
        self._rows_by_id: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        self._recount()

    # -- Qt model interface ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "status":
            return "Analysis status"
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None  # the view asks ~8 roles per cell per paint; most have no answer
        row = self.row_data(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(column, row)
        if role == DOCUMENT_ID_ROLE:
            return row["id"]
        return self._decoration(column, row, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column (header click); the store sorts, so every row takes part."""
        if not 0 <= column < len(COLUMNS):
            return
        self.set_order(COLUMNS[column].sort_key, order == Qt.SortOrder.DescendingOrder)

    # -- public API --------------------------------------------------------------

    def set_order(self, order_by: str, descending: bool) -> None:
        """Order rows by a store sort key and reload."""
        self.order_by, self.descending = order_by, descending
        self.reload()

    def set_filter(self, library_filter: LibraryFilter) -> None:
        """Show only documents passing ``library_filter``; a new search ranks by relevance."""
        starts_search = library_filter.searching and (
            library_filter.fts_query != self.library_filter.fts_query
        )
        if starts_search:
            self.order_by, self.descending = "relevance", False
        elif not library_filter.searching and self.order_by == "relevance":
            self.order_by, self.descending = DEFAULT_ORDER
        self.library_filter = library_filter
        self.reload()

    def reload(self) -> None:
        """Drop every cached page and recount (a full reset: filter or order changed)."""
        self.beginResetModel()
        self._pages.clear()
        self._recount()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read rows in place after the library changed, keeping the view's scroll position."""
        self._refresh_timer.stop()
        old = self._count
        ids, new, all_ids = self._read_ids()
        self._pages.clear()
        self._rows_by_id = None
        self._all_ids = all_ids
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._ids, self._count = ids, new
            self.endInsertRows()
        elif new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self._ids, self._count = ids, new
            self.endRemoveRows()
        self._ids, self._count = ids, new
        if new:
            self.dataChanged.emit(self.index(0, 0), self.index(new - 1, len(COLUMNS) - 1))
        self.count_changed.emit(new)

    def on_changes(self, changes: Changes) -> None:
        """Schedule one refresh for a burst of changes (imports report per document)."""
        if changes.touched_documents or changes.entities or changes.tags or changes.annotations:
            if not self._refresh_timer.isActive():
                self._refresh_timer.start()

    def stop(self) -> None:
        """Cancel a scheduled refresh (the window is closing)."""
        self._refresh_timer.stop()

    @property
    def refresh_pending(self) -> bool:
        """Whether a change is waiting to be shown."""
        return self._refresh_timer.isActive()

    def find_row(self, doc_id: int, load: bool = True) -> int | None:
        """Row of ``doc_id`` in the current order, or None when it is filtered out.

        With ``load=False`` a search whose ids are not all read yet looks only
        at the rows read so far (no ranking of every match).
        """
        if load:
            self._load_all_ids()
        if self._rows_by_id is None:
            self._rows_by_id = {value: row for row, value in enumerate(self._ids)}
        return self._rows_by_id.get(doc_id)

    def document_id(self, row: int) -> int | None:
        """Id of the document shown in ``row`` (no query once the ids are loaded)."""
        if row >= len(self._ids):
            self._load_all_ids()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_data(self, row: int) -> dict[str, Any] | None:
        """The store row at ``row`` (fetching its page when needed)."""
        if not 0 <= row < self._count:
            return None
        size = self._page_size
        page = self._page(row // size)
        offset = row % size
        return page[offset] if offset < len(page) else None

    # -- internals ---------------------------------------------------------------

    @property
    def _page_size(self) -> int:
        return SEARCH_PAGE_SIZE if self.library_filter.searching else PAGE_SIZE

    def _page(self, number: int) -> list[dict[str, Any]]:
        if number in self._pages:
            self._pages.move_to_end(number)
            return self._pages[number]
        size = self._page_size
        if (number + 1) * size > len(self._ids):
            self._load_all_ids()
        ids = self._ids[number * size : (number + 1) * size]
        try:
            rows = self.store.library.library_rows(ids, self.library_filter)
        except SearchSyntaxError:
            rows = []
        self._pages[number] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _recount(self) -> None:
        """Read the ids in display order; a search reads its count and first page only.

        Why: ranking every match of a common word in 100,000 documents costs
        ~100 ms; the top page and the count take a fraction of that. The rest
        of the ids load when a row past the first page is needed.
        """
        self._rows_by_id = None
        self._ids, self._count, self._all_ids = self._read_ids()
        self.count_changed.emit(self._count)

    def _read_ids(self) -> tuple[list[int], int, bool]:
        """(ids read, row count, whether those are all the ids): a search reads one page.

        Used by resets and by refreshes alike, so an import running while the
        analyst searches does not re-rank every match four times a second.
        """
        if not self.library_filter.searching:
            ids = self._safe_ids()
            return ids, len(ids), True
        ids = self._safe_ids(limit=self._page_size)
        if len(ids) < self._page_size:
            return ids, len(ids), True
        return ids, self._safe_count(), False

    def _load_all_ids(self) -> None:
        if not self._all_ids:
            self._ids = self._safe_ids()
            self._count, self._all_ids = len(self._ids), True
            self._rows_by_id = None

    def _safe_ids(self, limit: int | None = None) -> list[int]:
        try:
            return self.store.library.library_ids(self.library_filter, order_by=self.order_by,
                                          descending=self.descending, limit=limit)
        except SearchSyntaxError as error:
            self.search_failed.emit(str(error))
            return []

    def _safe_count(self) -> int:
        try:
            return self.store.library.count_library(self.library_filter)
        except SearchSyntaxError:
            return 0

    def _decoration(self, column: LibraryColumn, row: dict[str, Any], role: int) -> Any:
        status = row["status"]
        if role == Qt.ItemDataRole.DecorationRole and column.key == "status":
            return self.icon_for_status(status) if self.icon_for_status else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(column, row)
        if role == Qt.ItemDataRole.ForegroundRole and status == "pending" and column.key == "title":
            return self.muted_color
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SNIPPET_ROLE and column.key == "title":
            return row.get("snippet")
        return None


def _display(column: LibraryColumn, row: dict[str, Any]) -> Any:
    value = row.get(column.key)
    if column.key == "status":
        return None
    if column.key == "published":
        return (value or "")[:10]
    if column.numeric:
        return f"{value:,}" if value else ("0" if value == 0 else "")
    return value or ""


def _tooltip(column: LibraryColumn, row: dict[str, Any]) -> str | None:
    if column.key == "status":
        return STATUS_TEXT.get(row["status"], row["status"])
    if column.key == "title" and row.get("snippet"):
        return plain_tooltip(f"{row['title']}\n\n…{plain_snippet(row['snippet'])}…")
    if column.key == "title":
        return plain_tooltip(row["title"])
    return None


def plain_snippet(snippet: str | None) -> str:
    """A search snippet without its match markers."""
    return (snippet or "").replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, "")

