"""Read the library table's rows for a query, on the UI thread or on a search thread.

Why a thread: ranking and snippets are FTS5 work whose cost the analyst's
query decides (an advanced ``"the " * 300`` once froze the window for 17 s).
``SearchThread`` answers ``SearchRequest``s on a read-only connection of its
own (the store's ``open_library_reader``); the newest request wins: older
ones still queued are dropped, a running one is stopped by the connection's
progress handler (which aborts any statement of a request that is no longer
the newest, including statements it starts later), and the model ignores
any answer not for its newest request.
Plain listings (no full-text search) stay on the UI thread: they are indexed
reads of one page.

``answer`` is the one reading function for both paths, and it never raises:
any failure of the query (bad syntax, a refused query, a string SQLite cannot
take) comes back as ``SearchAnswer.error``, a one-line message to show.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from workbench.store import (
    BadValue,
    Library,
    LibraryFilter,
    LibraryReader,
    is_interruption,
    open_library_reader,
)

_log = logging.getLogger(__name__)
PAGE_SIZE = 200
# While searching, pages are smaller: each row carries a snippet (~55 µs each),
# and the first page is what the analyst waits for after typing. 25 rows of
# 44 px fill a 1,100 px high table; scrolling fetches the next page.
SEARCH_PAGE_SIZE = 25
STOP_TIMEOUT_MS = 5_000
# SQLite calls the progress handler every this many virtual-machine steps (~0.1 ms).
PROGRESS_STEPS = 2_000


@dataclass(frozen=True)
class LibraryQuery:
    """What the table lists: a filter and an order."""

    library_filter: LibraryFilter
    order_by: str
    descending: bool

    @property
    def page_size(self) -> int:
        """Rows per page: fewer while searching, as each row carries a snippet."""
        return SEARCH_PAGE_SIZE if self.library_filter.searching else PAGE_SIZE


@dataclass(frozen=True)
class SearchRequest:
    """One read for the model: a whole listing ("reset", "refresh") or one "page" of it.

    A page names its ids (``page_ids``) when they are known, or asks for all
    ids to be read first (``load_all_ids``, a search past its first page).
    """

    generation: int
    kind: str
    query: LibraryQuery
    page: int = 0
    page_ids: tuple[int, ...] = ()
    load_all_ids: bool = False
    with_rows: bool = True


@dataclass
class SearchAnswer:
    """What a request read; ``error`` is a one-line message when the query failed."""

    request: SearchRequest
    ids: list[int] | None = None
    count: int = 0
    all_ids: bool = True
    rows: list[dict[str, Any]] | None = field(default=None)
    error: str | None = None


def answer(reader: Library, request: SearchRequest) -> SearchAnswer:
    """Read what ``request`` asks for; query failures become ``error``, never exceptions.

    Only an interruption (a newer search won) is raised, for the search thread.
    """
    try:
        if request.kind == "page":
            return _answer_page(reader, request)
        ids, count, all_ids = read_ids(reader, request.query)
        rows = None
        if request.with_rows:
            rows = read_rows(reader, request.query, ids[: request.query.page_size])
        return SearchAnswer(request, ids, count, all_ids, rows)
    except sqlite3.OperationalError as error:
        if is_interruption(error):
            raise
        return _failed(request, error)
    except (sqlite3.Error, ValueError) as error:  # refused or unencodable queries, too
        return _failed(request, error)


def _answer_page(reader: Library, request: SearchRequest) -> SearchAnswer:
    ids = None
    page_ids: list[int] = list(request.page_ids)
    if request.load_all_ids:
        ids = read_all_ids(reader, request.query)
        size = request.query.page_size
        page_ids = ids[request.page * size : (request.page + 1) * size]
    rows = read_rows(reader, request.query, page_ids)
    return SearchAnswer(request, ids, len(ids) if ids is not None else 0, True, rows)


def _failed(request: SearchRequest, error: Exception) -> SearchAnswer:
    message = " ".join(str(error).split()) or type(error).__name__
    if isinstance(error, UnicodeError):
        message = f"this search cannot be run: {message}"
    return SearchAnswer(request, [], 0, True, [], message)


def read_ids(reader: Library, query: LibraryQuery) -> tuple[list[int], int, bool]:
    """(ids read, row count, whether those are all the ids): a search reads one page.

    Why: ranking every match of a common word in 100,000 documents costs
    ~100 ms; the top page and the count take a fraction of that. Used by
    resets and refreshes alike, so an import running while the analyst
    searches does not re-rank every match four times a second.
    """
    if not query.library_filter.searching:
        ids = read_all_ids(reader, query)
        return ids, len(ids), True
    size = query.page_size
    ids = reader.library_ids(query.library_filter, order_by=query.order_by,
                             descending=query.descending, limit=size)
    if len(ids) < size:
        return ids, len(ids), True
    return ids, reader.count_library(query.library_filter), False


def read_all_ids(reader: Library, query: LibraryQuery) -> list[int]:
    """Every id of the listing, in its order."""
    return reader.library_ids(query.library_filter, order_by=query.order_by,
                              descending=query.descending)


def read_rows(reader: Library, query: LibraryQuery, ids: list[int]) -> list[dict[str, Any]]:
    """Table rows (with snippets while searching) for ``ids``, in that order."""
    return reader.library_rows(ids, query.library_filter)


class SearchThread(QThread):
    """Answers search requests off the UI thread; the newest request wins.

    ``answered`` and ``unavailable`` are emitted on this thread and queued to
    receivers on the UI thread. ``unavailable`` means the library could not
    be opened for reading here; the model then searches on the UI thread.

    Why a progress handler and not ``Connection.interrupt``: an interrupt
    only stops the statement running at that instant; one that arrives just
    before a statement starts, or between the count and the rows of one
    request, is lost, and the stale search runs on.
    """

    answered = Signal(object)
    unavailable = Signal(str)

    def __init__(self, db_path: Path, parent: QObject | None = None,
                 bad_values: list[BadValue] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workbench-search")
        self._db_path = db_path
        # What the window's Store found (``Store.bad_values``): not scanned again here.
        self._bad_values = bad_values
        self._condition = threading.Condition()
        self._pending: list[SearchRequest] = []
        self._running: SearchRequest | None = None
        self._newest = 0
        self._stopping = False

    def submit(self, request: SearchRequest) -> None:
        """Queue ``request``; anything older is dropped (and stopped when running)."""
        with self._condition:
            self._newest = max(self._newest, request.generation)
            self._pending = [r for r in self._pending if r.generation >= self._newest]
            if request.generation >= self._newest:
                self._pending.append(request)
            self._condition.notify()

    def stop(self) -> None:
        """Stop the running search and end the thread (waits for it)."""
        with self._condition:
            self._stopping = True
            self._pending.clear()
            self._condition.notify()
        if self.isRunning() and not self.wait(STOP_TIMEOUT_MS):
            _log.warning("the search thread did not stop within %d ms", STOP_TIMEOUT_MS)

    def run(self) -> None:
        """Open the read connection here, then answer requests until stopped."""
        try:
            reader = open_library_reader(self._db_path, self._bad_values)
        except (sqlite3.Error, OSError, ValueError) as error:
            self.unavailable.emit(str(error))
            return
        reader.stop_when(self._overtaken, PROGRESS_STEPS)
        try:
            while (request := self._next()) is not None:
                result = self._answer(reader, request)
                if result is not None:
                    self.answered.emit(result)
        finally:
            reader.close()

    def _overtaken(self) -> int:
        """Progress handler: non-zero (abort the statement) once the running request is stale.

        Plain attribute reads, no lock: it runs every few thousand SQLite steps.
        """
        running = self._running
        return int(self._stopping or (running is not None and running.generation < self._newest))

    def _next(self) -> SearchRequest | None:
        with self._condition:
            while not self._pending and not self._stopping:
                self._condition.wait()
            if self._stopping:
                return None
            self._running = self._pending.pop(0)
            return self._running

    def _answer(self, reader: LibraryReader, request: SearchRequest) -> SearchAnswer | None:
        """The answer, or None when a newer request overtook it (or the thread is stopping)."""
        try:
            result = answer(reader.library, request)
        except sqlite3.OperationalError as error:  # the progress handler stopped it
            result = _failed(request, error)
        with self._condition:
            self._running = None
            stale = self._stopping or request.generation < self._newest
        return None if stale else result
