"""The library table's item model: ordered ids, and a windowed cache of row pages.

Why windowed rather than fetchMore: the ordered ids of the current filter are
read once (``store.library.library_ids``), so the row count is exact, the scroll bar
is honest from the start, and jumping to the middle of 100,000 documents
fetches just the page under the viewport by primary key
(``store.library.library_rows``). Pages are kept in a ``PageCache``
(``library.page_cache``) that drops the least recently used, so memory stays
bounded (a few bytes per id plus ``MAX_PAGES`` pages of rows); the listing on
screen, its ids, count and pages, is a ``library.listing.ShownListing``.

A full-text search is read off the UI thread (``library_search.SearchThread``)
when the library is a file: the table keeps showing what it showed until the
newest search's first page is ready, later pages fill in when they arrive,
and an answer to anything but the newest request is dropped. Every failure
of a query (bad syntax, a refused query, a string SQLite cannot take) is a
``search_failed`` message, never an exception.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import replace
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
from workbench.store import LibraryFilter, SearchSyntaxError, Store
from workbench.ui.library.columns import (  # noqa: F401 - re-exported for views and tests
    COLUMN_INDEX,
    COLUMNS,
    DOCUMENT_ID_ROLE,
    SNIPPET_ROLE,
    STATUS_TEXT,
    LibraryColumn,
    cell_decoration,
    display_text,
    plain_snippet,
    tooltip_text,
)
from workbench.ui.library.listing import ShownListing
from workbench.ui.library.repaint import rows_to_repaint
from workbench.ui.library.row_refresh import changed_rows, delay_ms, reread_rows, rows_alone_show
from workbench.ui.library.search_thread import (  # noqa: F401 - re-exported for views and tests
    PAGE_SIZE,
    SEARCH_PAGE_SIZE,
    LibraryQuery,
    SearchAnswer,
    SearchRequest,
    SearchThread,
    answer,
    read_all_ids,
)

_log = logging.getLogger(__name__)
ANSWERED_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole, SNIPPET_ROLE,
    DOCUMENT_ID_ROLE,
})
DEFAULT_ORDER = ("published", True)

AnyIndex = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractTableModel):
    """Documents matching the current filter, in the current order, one page at a time.

    ``library_filter``, ``order_by`` and ``descending`` are what was asked
    for; the rows shown belong to the newest answer, which for a search on a
    library file may still be on its way (``searching_in_background``).
    """

    search_failed = Signal(str)
    count_changed = Signal(int)
    busy_changed = Signal(bool)

    def __init__(self, store: Store, icon_for_status: Callable[[str], QIcon] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.icon_for_status = icon_for_status
        self.muted_color: QColor | None = None
        self.library_filter = LibraryFilter()
        self.order_by, self.descending = DEFAULT_ORDER
        self.listing = ShownListing(self._requested())  # what the rows show (``listing``)
        self._generation = 0
        self._busy = False
        # An in-memory library cannot be opened by a second connection: it searches here.
        self._background = store.path is not None
        self._searcher: SearchThread | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refreshed_at = 0.0
        self.refresh_count = self.rows_refreshed = 0  # how often each path ran (tests, bench)
        self.reload()

    # -- Qt model interface ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.listing.count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return column.tip
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None  # the view asks ~8 roles per cell per paint; most have no answer
        row = self.row_data(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(column, row)
        if role == DOCUMENT_ID_ROLE:
            return row["id"]
        return cell_decoration(column, row, role, self.icon_for_status, self.muted_color)

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
        asked, shown = library_filter, self.library_filter
        starts_search = asked.searching and (asked.fts_query, asked.symbols) != (
            shown.fts_query, shown.symbols)
        if starts_search:
            self.order_by, self.descending = "relevance", False
        elif not library_filter.searching and self.order_by == "relevance":
            self.order_by, self.descending = DEFAULT_ORDER
        self.library_filter = library_filter
        self.reload()

    def reload(self) -> None:
        """Read the listing afresh (filter or order changed): a full reset when it is read."""
        self._generation += 1
        self._ask(SearchRequest(self._generation, "reset", self._requested()))

    def refresh(self) -> None:
        """Re-read rows in place after the library changed, keeping the view's scroll position."""
        self._refresh_timer.stop()
        self._refreshed_at = time.monotonic()
        self.refresh_count += 1
        self._generation += 1
        query = self._requested()
        kind = "refresh" if query == self.listing.query else "reset"
        self._ask(SearchRequest(self._generation, kind, query))

    def on_changes(self, changes: Changes) -> None:
        """Show a change: an analyst's in its rows at once, others by a spaced-out refresh."""
        if not (changes.touched_documents or changes.entities or changes.tags
                or changes.annotations):
            return
        if rows_alone_show(changes, self.listing.query) \
                and self.refresh_rows(changes.documents_changed):
            return
        if not self.refresh_pending:
            since_ms = (time.monotonic() - self._refreshed_at) * 1000
            self._refresh_timer.start(delay_ms(not changes.is_analyst_action, since_ms))

    def refresh_rows(self, doc_ids: tuple[int, ...]) -> bool:
        """Re-read the cached rows of ``doc_ids`` and repaint just those; False if one is gone."""
        listing = self.listing
        rows = reread_rows(self.store.library, listing.pages.pages, doc_ids, listing.query)
        for row in rows or []:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.rows_refreshed += len(rows or [])
        return rows is not None

    def stop(self) -> None:
        """Cancel a scheduled refresh and end the search thread (the window is closing)."""
        self._refresh_timer.stop()
        self._generation += 1  # whatever is still on its way is dropped
        if self._searcher is not None:
            self._searcher.stop()
            self._searcher = None
        self._set_busy(False)

    @property
    def refresh_pending(self) -> bool:
        """Whether a change is waiting to be shown."""
        return self._refresh_timer.isActive()

    @property
    def searching_in_background(self) -> bool:
        """Whether the newest listing is still being read on the search thread."""
        return self._busy

    def find_row(self, doc_id: int, load: bool = True) -> int | None:
        """Row of ``doc_id`` in the current order, or None when it is filtered out.

        With ``load=False`` a search whose ids are not all read yet looks only
        at the rows read so far (no ranking of every match); a background
        search never ranks every match on the UI thread.
        """
        if load and not self._in_background(self.listing.query):
            self._load_all_ids()
        return self.listing.row_of(doc_id)

    def document_id(self, row: int) -> int | None:
        """Id of the document shown in ``row`` (no query once the ids are loaded)."""
        ids = self.listing.ids
        if row >= len(ids) and 0 <= row < self.listing.count:
            if self._in_background(self.listing.query):
                self._ask_page(row // self.listing.page_size)
                return None
            self._load_all_ids()
            ids = self.listing.ids
        return ids[row] if 0 <= row < len(ids) else None

    def row_data(self, row: int) -> dict[str, Any] | None:
        """The store row at ``row`` (fetching its page when needed; None while it is read)."""
        if not 0 <= row < self.listing.count:
            return None
        return self.listing.row(row, self._page(row // self.listing.page_size))

    # -- asking and answering ----------------------------------------------------

    def _requested(self) -> LibraryQuery:
        return LibraryQuery(self.library_filter, self.order_by, self.descending)

    def _in_background(self, query: LibraryQuery) -> bool:
        return self._background and query.library_filter.searching

    def _ask(self, request: SearchRequest) -> None:
        """Read on the search thread (a search on a library file) or here, at once."""
        if self._in_background(request.query):
            self._search_thread().submit(request)
            self._set_busy(True)
            return
        self._set_busy(False)
        self._apply(answer(self.store.library, replace(request, with_rows=False)))

    def _search_thread(self) -> SearchThread:
        if self._searcher is None:
            assert self.store.path is not None
            self._searcher = SearchThread(self.store.path, self, self.store.bad_values)
            self._searcher.answered.connect(self._on_answer)
            self._searcher.unavailable.connect(self._on_unavailable)
            self._searcher.start()
        return self._searcher

    def _on_answer(self, result: SearchAnswer) -> None:
        if result.request.kind == "page":
            self._apply_page(result)
        elif result.request.generation == self._generation:
            self._set_busy(False)
            self._apply(result)

    def _on_unavailable(self, message: str) -> None:
        """The search thread could not open the library: search on the UI thread instead."""
        _log.warning("searching on the UI thread: %s", message)
        self._background = False
        if self._searcher is not None:
            self._searcher.wait()
            self._searcher = None
        self.reload()

    def _apply(self, result: SearchAnswer) -> None:
        """Show the newest listing: a reset, or rows inserted/removed in place (refresh)."""
        if result.request.generation != self._generation:
            return
        if result.error is not None:
            self.search_failed.emit(result.error)
        if result.request.kind == "refresh":
            self._apply_refresh(result)
        else:
            self.beginResetModel()
            self.listing.take(result)
            self.endResetModel()
        self.count_changed.emit(self.listing.count)

    def _apply_refresh(self, result: SearchAnswer) -> None:
        listing = self.listing
        old, new = listing.count, result.count
        before = listing.pages.peek(0)
        recent = listing.pages.recent()
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            listing.take(result)
            self.endInsertRows()
        elif new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            listing.take(result)
            self.endRemoveRows()
        else:
            listing.take(result)
        size = listing.page_size
        if result.rows is None and recent:  # read here: re-read the pages in use, compare
            spans = [changed_rows(rows, self._page(number) or [], number * size)
                     for number, rows in recent.items() if number * size < listing.count]
        else:
            spans = [rows_to_repaint(before, listing.pages.peek(0), new)]
        for first, last in (span for span in spans if span and span[0] <= span[1]):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _apply_page(self, result: SearchAnswer) -> None:
        """A page read in the background arrived: keep it and repaint its rows."""
        request, listing = result.request, self.listing
        if request.generation != listing.generation:
            return
        listing.pages.answered(request.page)
        if result.error is not None:
            self.search_failed.emit(result.error)
        if result.ids is not None:
            listing.take_all_ids(result.ids)
        listing.pages.keep(request.page, result.rows or [])
        first, last = listing.page_rows(request.page)
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    # -- pages ---------------------------------------------------------------------

    def _page(self, number: int) -> list[dict[str, Any]] | None:
        listing = self.listing
        if number in listing.pages:
            return listing.pages.get(number)
        if self._in_background(listing.query):
            self._ask_page(number)
            return None
        if listing.lacks_ids_of(number):
            self._load_all_ids()
        request = SearchRequest(listing.generation, "page", listing.query, number,
                                listing.page_ids(number))
        return listing.pages.keep(number, answer(self.store.library, request).rows or [])

    def _ask_page(self, number: int) -> None:
        """Ask the search thread for a page (once), reading every id first when needed."""
        listing = self.listing
        if not listing.pages.ask_once(number):
            return
        load_all = not listing.all_ids and listing.lacks_ids_of(number)
        ids = () if load_all else listing.page_ids(number)
        self._search_thread().submit(SearchRequest(
            listing.generation, "page", listing.query, number, ids, load_all_ids=load_all))

    def _load_all_ids(self) -> None:
        """Read every id of the shown listing here (UI-thread listings only)."""
        if self.listing.all_ids:
            return
        try:
            ids = read_all_ids(self.store.library, self.listing.query)
        except (SearchSyntaxError, sqlite3.Error, ValueError) as error:
            self.search_failed.emit(" ".join(str(error).split()))
            ids = []
        self.listing.take_all_ids(ids, len(ids))

