"""No statement of an import's writer reads a whole table (issue 15): what saving one more
article asks of the file must not grow with the library, or a 1,000-article import's
parent process grows with the square of it. Checked on each statement's query plan."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.store import Store

GROWING = ("documents", "mentions", "entities", "entity_aliases", "quotes", "entity_rules",
           "mention_overrides", "annotations")
TEXT = "Ann Lee met Bo Ek in Oslo. \u201cWe agree,\u201d Lee said of the Oslo Accord."


@pytest.fixture
def library() -> Iterator[Store]:
    store = Store(None)
    for number in range(5):
        add(store, number)
    yield store
    store.close()


def add(store: Store, number: int) -> tuple[int, Analysis]:
    text = f"Report {number}. {TEXT}"
    article = Article(title=f"Story {number}", source="Wire", text=text,
                      url=f"https://news.example/story/{number}")
    doc_id = store.documents.add_article(article).documents_added[0]
    mentions = tuple(Mention(text.index(surface), text.index(surface) + len(surface), surface,
                             label, name)
                     for surface, label, name in (("Ann Lee", "PERSON", "Ann Lee"),
                                                  ("Bo Ek", "PERSON", "Bo Ek"),
                                                  ("Oslo", "GPE", "Oslo"),
                                                  ("Lee", "PERSON", "Ann Lee")))
    quote_start = text.index("\u201c")
    analysis = Analysis(mentions=mentions, quotes=(
        Quote(quote_start, quote_start + 11, "We agree,", speaker="Ann Lee"),))
    store.analysis.save_analysis(doc_id, analysis)
    return doc_id, analysis


def full_scans(store: Store, statements: list[str]) -> list[str]:
    """The statements whose plan reads a library table from end to end."""
    found = []
    for statement in statements:
        if not statement.lstrip().upper().startswith(("SELECT", "INSERT", "UPDATE", "DELETE")):
            continue
        plan = store.db.conn.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
        if any(str(row[-1]).startswith(f"SCAN {table}") and
               str(row[-1]).split()[1] == table for row in plan for table in GROWING):
            found.append(statement)
    return found


def traced(store: Store, work) -> list[str]:  # noqa: ANN001 - a test's callable
    sent: list[str] = []
    store.db.conn.set_trace_callback(sent.append)
    try:
        work()
    finally:
        store.db.conn.set_trace_callback(None)
    return sent


def test_importing_and_saving_an_article_scans_no_table(library: Store) -> None:
    article = Article(title="Story 9", source="Wire", text="Something new. " * 20,
                      url="https://news.example/story/9")
    statements = traced(library, lambda: (
        library.versions.find_previous_version(article, exclude={1, 2}), add(library, 9)))
    assert len(statements) > 10
    assert full_scans(library, statements) == []


def test_the_check_finds_a_scan() -> None:
    store = Store(None)
    try:
        assert full_scans(store, ["SELECT id FROM mentions WHERE text = 'Lee'"])
        assert not full_scans(store, ["SELECT id FROM mentions WHERE document_id = 1"])
    finally:
        store.close()
