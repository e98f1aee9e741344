"""When the library table must re-read its listing, and which rows a re-read changed.

Why a module of its own: the model decides per ``Changes`` between three
costs. A highlight, claim or undo changes one document's "Marks" count, so
re-reading that one row is enough (about 1 ms) where re-reading the listing
and repainting every visible row cost the UI thread 20–40 ms per action
during an import, CPU the extraction workers then lacked. A bulk job (import,
analysis) changes rows continuously, so its refreshes are spaced out instead.
"""

from __future__ import annotations

from typing import Any

from workbench.core.models import Changes
from workbench.store import Library
from workbench.ui.library.search_thread import LibraryQuery

# Sort keys whose order an annotation or claim can change.
CURATION_ORDERS = frozenset({"annotation_count", "tag_count"})
ACTION_REFRESH_MS = 250  # an analyst's change the rows alone cannot show
BULK_REFRESH_MS = 1_000  # at most one listing re-read a second while a bulk job reports


def rows_alone_show(changes: Changes, query: LibraryQuery) -> bool:
    """Whether re-reading the named documents' rows shows ``changes`` fully.

    True for an analyst's highlight, note, claim (or its undo): it names its
    document and changes only that row's counts. Not for tags (a tag filter's
    membership, tags on many documents), entity curation (every document's
    entity count), documents added or removed, or an order by those counts.
    """
    return (changes.is_analyst_action and not changes.tags and not changes.entities
            and not changes.documents_added and not changes.documents_removed
            and query.order_by not in CURATION_ORDERS)


def changed_rows(before: list[dict[str, Any]], after: list[dict[str, Any]],
                 first_row: int) -> tuple[int, int] | None:
    """The first and last model row where two reads of one page differ (None: same)."""
    longest = max(len(before), len(after))
    changed = [offset for offset in range(longest)
               if offset >= len(before) or offset >= len(after) or before[offset] != after[offset]]
    if not changed:
        return None
    return first_row + changed[0], first_row + changed[-1]


def delay_ms(bulk: bool, since_last_ms: float) -> int:
    """How long to wait before the next listing re-read.

    An analyst's change waits the usual 250 ms (bursts coalesce). A bulk
    change waits at least that long and until a second has passed since the
    last re-read, so an import refreshes the table about once a second.
    """
    if not bulk:
        return ACTION_REFRESH_MS
    return int(max(ACTION_REFRESH_MS, BULK_REFRESH_MS - since_last_ms))


def reread_rows(library: Library, pages: dict[int, list[dict[str, Any]]],
                doc_ids: tuple[int, ...], query: LibraryQuery) -> list[int] | None:
    """Re-read the cached rows of ``doc_ids`` in place; their model row numbers.

    Documents on no cached page are left alone (their page is read fresh when
    shown). None when a named document is gone: only a full refresh shows that.
    """
    wanted = set(doc_ids)
    places = [(number, offset) for number, rows in pages.items()
              for offset, row in enumerate(rows) if row["id"] in wanted]
    if not places:
        return []
    ids = sorted({pages[number][offset]["id"] for number, offset in places})
    fresh = {row["id"]: row for row in library.library_rows(ids, query.library_filter)}
    if len(fresh) < len(ids):
        return None
    for number, offset in places:
        pages[number][offset] = fresh[pages[number][offset]["id"]]
    return [number * query.page_size + offset for number, offset in places]
