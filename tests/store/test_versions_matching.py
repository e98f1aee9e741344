"""Recognising a new version while the article's own file is excluded: the work each lookup
asks of the file does not grow with the file (issue 15: an import's parent process)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workbench.core.models import Article
from workbench.store import Store

BODY = "The council met on Monday and voted on the budget for the coming year. " * 5


@pytest.fixture
def store() -> Iterator[Store]:
    library = Store(None)
    yield library
    library.close()


def add(store: Store, number: int, **meta: str) -> int:
    article = Article(title=meta.pop("title", f"Story {number}"), source="Wire",
                      text=f"Report {number}. " + BODY, **meta)
    return store.documents.add_article(article).documents_added[0]


def statements(store: Store, article: Article, exclude: set[int]) -> list[str]:
    """The statements (with their parameters) one lookup sends to the file."""
    sent: list[str] = []
    store.db.conn.set_trace_callback(sent.append)
    try:
        store.versions.find_previous_version(article, exclude=exclude)
    finally:
        store.db.conn.set_trace_callback(None)
    return sent


def test_a_lookup_sends_the_same_statements_however_many_documents_are_excluded(
        store: Store) -> None:
    made = {add(store, n, url=f"https://news.example/story/{n}") for n in range(60)}
    article = Article(title="Something else", source="Wire", text="A different text. " * 9,
                      url="https://news.example/other")
    few = statements(store, article, {min(made)})
    many = statements(store, article, made)
    assert many == few  # no list of the file's ids in any statement
    assert sum(map(len, many)) < 1000


def test_an_excluded_match_is_passed_over_for_an_older_one(store: Store) -> None:
    url = "https://news.example/story/shared"
    older = add(store, 1, url=url)
    newer = add(store, 2, url=url)
    again = Article(title="Story 3", source="Wire", text="Report 3. " + BODY, url=url)
    assert store.versions.find_previous_version(again) == newer
    assert store.versions.find_previous_version(again, exclude={newer}) == older
    assert store.versions.find_previous_version(again, exclude={newer, older}) is None


def test_the_closest_same_story_is_found_among_those_not_excluded(store: Store) -> None:
    first = add(store, 1, title="Budget vote")
    second = add(store, 2, title="Budget vote")
    update = Article(title="Budget vote", source="Wire", text="Report 2. " + BODY)
    assert store.versions.find_previous_version(update) == second
    assert store.versions.find_previous_version(update, exclude={second}) == first
    assert store.versions.find_previous_version(update, exclude={first, second}) is None
