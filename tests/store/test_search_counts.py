"""Counting search matches reads the search index alone, and counts what a search finds.

Why: every status-bar count and every suggestion word weight (thousands of words
per batch) joined each match to its documents row, a lookup per match that
changes no count: an external-content FTS5 index has one row per document.
"""

from __future__ import annotations

import pytest

from workbench.core.models import Article
from workbench.store import LibraryFilter, Store

TEXTS = (
    "The fans lit flares 🔥🔥 as the final whistle blew in Kyiv.",
    "The deal is worth €5bn, the ministry said on Monday.",
    "Reactions ranged from 👍🔥 to outright anger over the deal.",
    "The council met on Monday to discuss the fire service budget.",
    "Nothing here but rain over the hills.",
)
QUERIES = ("monday", "deal", "🔥", "deal 🔥", "fire", "€5bn", "absent", "the", "👍 monday")


@pytest.fixture
def library(store: Store) -> Store:
    for number, text in enumerate(TEXTS):
        store.documents.add_article(Article(title=f"Story {number}", text=text), analyze=False)
    return store


@pytest.mark.parametrize("query", QUERIES)
def test_a_count_is_the_number_of_documents_the_search_finds(library: Store, query: str) -> None:
    found = {hit.document_id for hit in library.library.search(query, limit=100)}
    assert library.library.count_search(query) == len(found)
    assert library.library.count_library(LibraryFilter(query=query)) == len(found)


def test_advanced_counts_agree_too(library: Store) -> None:
    for query in ("monday OR rain", "deal NOT ministry", '"final whistle"'):
        found = {hit.document_id for hit in library.library.search(query, advanced=True)}
        assert library.library.count_search(query, advanced=True) == len(found)


@pytest.mark.parametrize("query", ["monday", "🔥", "deal 🔥"])
def test_a_count_does_not_read_the_documents_table(library: Store, query: str) -> None:
    statements: list[str] = []
    library.db.conn.set_trace_callback(statements.append)
    try:
        library.library.count_search(query)
    finally:
        library.db.conn.set_trace_callback(None)
    counts = [sql for sql in statements if "count(*)" in sql]
    assert counts and not any("documents d" in sql for sql in counts)
