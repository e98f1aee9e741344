"""What an entity's page lists, read in one go off the UI thread (no Qt here).

Why a read of its own: the four tabs take five queries, ~30 ms on a big
library, which held the UI thread at each click in the Entities table. The
page hands ``read_evidence`` to ``StoreActions.read`` (the writer's bulk lane)
and shows the result only if it is still the entity on show.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.store import Store

# How many rows a tab lists, newest first. Why a cap: each document row reads a
# snippet, and an entity of the whole library (a country) is in thousands of
# documents; a list that long is searched, not read. A tab whose list stops
# short says so in its count ("200 of 3,000", "500+"), never the rows alone.
DOCUMENTS_LISTED = 200
QUOTES_LISTED = 500
PARTNERS_LISTED = 15  # "Appears with": the entities sharing the most documents

Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class EntityEvidence:
    """The rows of each of the page's four tabs, with the count each tab shows."""

    entity_id: int
    documents: Rows
    documents_count: int | str
    partners: Rows
    partners_count: int | str
    quotes_by: Rows
    quotes_by_count: int | str
    quotes_about: Rows
    quotes_about_count: int | str


def read_evidence(store: Store, entity_id: int) -> EntityEvidence:
    """Read the four tabs of ``entity_id``'s page (a task function: it never touches widgets)."""
    entities, quotes = store.entities, store.analysis
    documents = entities.entity_documents(entity_id, limit=DOCUMENTS_LISTED)
    total = (entities.entity_document_counts([entity_id])[entity_id]  # only when cut: a
             if len(documents) == DOCUMENTS_LISTED else len(documents))  # count costs a scan
    partners, partners_count = capped(entities.co_occurring_entities(
        entity_id, limit=PARTNERS_LISTED + 1), PARTNERS_LISTED)
    said, said_count = capped(quotes.list_quotes(speaker_id=entity_id, limit=QUOTES_LISTED + 1),
                              QUOTES_LISTED)
    about, about_count = capped(quotes.quotes_mentioning(entity_id, limit=QUOTES_LISTED + 1),
                                QUOTES_LISTED)
    return EntityEvidence(entity_id, documents, count_of(len(documents), total),
                          partners, partners_count, said, said_count, about, about_count)


def count_of(listed: int, total: int) -> int | str:
    """A tab's count: its rows, or "200 of 3,000" when the list stops short of all of them."""
    return listed if total <= listed else f"{listed:,} of {total:,}"


def capped(rows: Rows, cap: int) -> tuple[Rows, int | str]:
    """The first ``cap`` of rows read one past the cap, and their count ("500+": there are more).

    Why one past: it tells "exactly 500" from "more", without a second query to count them.
    """
    return rows[:cap], (f"{cap:,}+" if len(rows) > cap else len(rows))
