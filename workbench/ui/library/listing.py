"""What the library table shows: the newest answer's query, its ordered ids, count and pages.

Why apart from the model: ``LibraryModel`` answers Qt and decides when and
where to read (here or on the search thread); which listing is on screen,
which of its ids are read so far, the row of a document and the ids of a
page are bookkeeping of their own, and each reset takes a whole answer at
once so the ids, count and pages can never belong to two answers.
"""

from __future__ import annotations

from typing import Any

from workbench.ui.library.page_cache import PageCache
from workbench.ui.library.search_thread import LibraryQuery, SearchAnswer


class ShownListing:
    """The listing on screen: a query and its generation, ids, count and cached row pages.

    ``all_ids`` is False while a background search has read only its first
    ids; ``count`` is exact from the start either way.
    """

    def __init__(self, query: LibraryQuery) -> None:
        self.query = query
        self.generation = 0
        self.ids: list[int] = []
        self.count = 0
        self.all_ids = True
        self.pages = PageCache()
        self._rows_by_id: dict[int, int] | None = None

    @property
    def page_size(self) -> int:
        """Rows per page of the shown query (a search reads smaller pages)."""
        return self.query.page_size

    def take(self, result: SearchAnswer) -> None:
        """Show ``result`` instead: its query, ids, count and first page (when it read one)."""
        self.query, self.generation = result.request.query, result.request.generation
        self.pages.clear()
        self.ids, self.count = list(result.ids or []), result.count
        self.all_ids, self._rows_by_id = result.all_ids, None
        if result.rows is not None:
            self.pages.keep(0, result.rows)

    def take_all_ids(self, ids: list[int], count: int | None = None) -> None:
        """Every id of the shown listing, read at last (``count`` when it changed too)."""
        self.ids, self.all_ids, self._rows_by_id = ids, True, None
        if count is not None:
            self.count = count

    def row_of(self, doc_id: int) -> int | None:
        """The row of ``doc_id`` among the ids read so far, else None."""
        if self._rows_by_id is None:
            self._rows_by_id = {value: row for row, value in enumerate(self.ids)}
        return self._rows_by_id.get(doc_id)

    def lacks_ids_of(self, page: int) -> bool:
        """Whether page ``page`` reaches past the ids read so far."""
        return (page + 1) * self.page_size > len(self.ids)

    def page_ids(self, page: int) -> tuple[int, ...]:
        """The ids shown on page ``page`` (of those read so far)."""
        size = self.page_size
        return tuple(self.ids[page * size : (page + 1) * size])

    def page_rows(self, page: int) -> tuple[int, int]:
        """The first and last row of page ``page`` (last < first when it is past the end)."""
        size = self.page_size
        return page * size, min((page + 1) * size, self.count) - 1

    def row(self, row: int, page: list[dict[str, Any]] | None) -> dict[str, Any] | None:
        """Row ``row`` from its page's rows (None while the page is read)."""
        offset = row % self.page_size
        return page[offset] if page is not None and offset < len(page) else None
