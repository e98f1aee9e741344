"""The library table's pages of rows: kept least-recently-used, each asked for once.

Why its own module: the model answers Qt and decides when to read; how many
pages of rows it may hold, which one to drop, which ones are on screen (the
most recently used) and which ones were already asked of the search thread
is bookkeeping of its own. Memory stays bounded: at most ``MAX_PAGES`` pages
of ``PAGE_SIZE`` rows, whatever the size of the library.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

MAX_PAGES = 24
REREAD_PAGES = 2  # a refresh re-reads the pages used last (the rows on screen) and compares

Rows = list[dict[str, Any]]


class PageCache:
    """Pages of store rows by page number, the least recently used dropped first."""

    def __init__(self, max_pages: int = MAX_PAGES) -> None:
        self.max_pages = max_pages
        self.pages: OrderedDict[int, Rows] = OrderedDict()
        self._asked: set[int] = set()

    def __len__(self) -> int:
        return len(self.pages)

    def __contains__(self, number: object) -> bool:
        return number in self.pages

    def get(self, number: int) -> Rows | None:
        """Page ``number`` if kept (now the most recently used), else None."""
        if number not in self.pages:
            return None
        self.pages.move_to_end(number)
        return self.pages[number]

    def peek(self, number: int) -> Rows | None:
        """Page ``number`` if kept, without counting it as used."""
        return self.pages.get(number)

    def keep(self, number: int, rows: Rows) -> Rows:
        """Keep ``rows`` as page ``number``, dropping the least recently used beyond the limit.

        A page kept again keeps its place in the order: only reading it (``get``) counts as use.
        """
        self.pages[number] = rows
        while len(self.pages) > self.max_pages:
            self.pages.popitem(last=False)
        return rows

    def recent(self, count: int = REREAD_PAGES) -> dict[int, Rows]:
        """The ``count`` pages used last: the rows on screen, worth re-reading after a change."""
        return dict(list(self.pages.items())[-count:])

    def clear(self) -> None:
        """Forget every page and every question asked (a new listing is shown)."""
        self.pages.clear()
        self._asked.clear()

    def ask_once(self, number: int) -> bool:
        """Whether page ``number`` should be asked for now (False: already on its way)."""
        if number in self._asked:
            return False
        self._asked.add(number)
        return True

    def answered(self, number: int) -> None:
        """Page ``number`` arrived (or failed): it may be asked for again once dropped."""
        self._asked.discard(number)
