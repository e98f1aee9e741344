"""Hostile search input: huge repeated-term queries, lone surrogates, slow or failing queries.

Issue 22: advanced search for ``"the " * 300`` took 17 s on 36 documents (FTS5
ranking and snippets are quadratic in repeated terms) and the app ran it on
the UI thread, freezing the window; a lone surrogate raised UnicodeEncodeError
(568 of 100,000 random strings) because the library model caught only syntax
errors. Each test below failed on the code of that day.
"""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.conftest import isolated_settings, no_leaked_threads_or_timers  # noqa: F401
from workbench.core.models import Article
from workbench.store import Library, LibraryFilter, Store
from workbench.store import search as fts
from workbench.ui.library.model import SNIPPET_ROLE, LibraryModel

WORDS = "the cat sat on the mat and the dog ran to the park with the ball".split()
DEADLINE_S = 3.0


def _dense_library(store: Store, documents: int = 36, words: int = 400) -> Store:
    """Documents a third of whose words are "the" (the attack run's worst case)."""
    rng = random.Random(22)
    for number in range(documents):
        text = " ".join(rng.choice(WORDS) for _ in range(words))
        store.documents.add_article(Article(title=f"Story {number} the", text=text), analyze=False)
    return store


@pytest.fixture
def dense(store: Store) -> Iterator[Store]:
    """An in-memory dense library whose queries give up after DEADLINE_S (no 17 s failures)."""
    _dense_library(store)
    started = time.monotonic()
    store.db.conn.set_progress_handler(lambda: int(time.monotonic() - started > DEADLINE_S), 10_000)
    yield store


@pytest.fixture
def on_disk(tmp_path: Path) -> Iterator[Store]:
    store = _dense_library(Store(tmp_path / "library.sqlite"), documents=60, words=60)
    yield store
    store.close()


# -- bounded queries -------------------------------------------------------------------


def test_advanced_search_repeating_one_term_300_times_is_refused_with_the_reason(dense) -> None:
    started = time.monotonic()
    for query, reason in (("the " * 300, "at most 1,000 characters"),
                          ("the " * 33, "at most 32 terms")):
        with pytest.raises(fts.SearchQueryTooLarge, match=reason):
            dense.library.search(query, advanced=True)
        with pytest.raises(fts.SearchSyntaxError, match=reason):
            dense.library.library_ids(
                LibraryFilter(query=query, advanced=True), order_by="relevance"
            )
        assert "shorten it" in LibraryFilter(query=query, advanced=True).query_problem
    assert time.monotonic() - started < 1.0


def test_the_largest_allowed_repeated_query_ranks_and_snippets_quickly(dense) -> None:
    """32 copies of "the": snippets no longer grow with the copies (one OR of distinct terms)."""
    query = "the " * 32
    started = time.monotonic()
    search = LibraryFilter(query=query, advanced=True)
    ids = dense.library.library_ids(search, order_by="relevance", limit=25)
    rows = dense.library.library_rows(ids, search)
    hits = dense.library.search(query, advanced=True, limit=25)
    assert time.monotonic() - started < 1.5
    assert len(rows) == len(hits) == 25
    assert all(fts.SNIPPET_OPEN + "the" in row["snippet"].lower() for row in rows)
    assert all("[the]" in hit.snippet_text().lower() for hit in hits)


def test_simple_search_still_answers_a_pasted_paragraph(dense) -> None:
    assert dense.library.count_search("the cat " * 2_000) == dense.library.count_search("the cat")


def test_highlight_query_keeps_words_phrases_and_prefixes_but_no_operators() -> None:
    query = 'title: "Boris Johnson" OR sanc* NOT the the THE NEAR(oil gas, 5) {title text}: x'
    assert fts.highlight_query(query, advanced=True) == (
        '"Boris Johnson" OR "sanc"* OR "the" OR "oil" OR "gas" OR "5" OR "x"')
    assert fts.highlight_query("NEAR", advanced=True) == '"near"'  # a word, not NEAR(…)
    assert fts.highlight_query("oil NEAR gas", advanced=True) == '"oil" OR "near" OR "gas"'
    assert fts.highlight_query("a " * 100 + " ".join(f"w{n}" for n in range(40)), False).count(
        " OR ") == fts.SNIPPET_TERMS - 1


# -- lone surrogates and other failing queries ------------------------------------------------


@pytest.mark.parametrize("query", ["\ud800", "sanctions \udfff", "a\udc80b OR c", '"x\ud83d"'])
def test_a_lone_surrogate_is_a_space_in_either_mode(store: Store, query: str) -> None:
    store.documents.add_article(Article(title="Sanctions", text="New sanctions on oil. a b c x."))
    for advanced in (False, True):
        store.library.search(query, advanced=advanced)
        store.library.count_search(query, advanced=advanced)
        search = LibraryFilter(query=query, advanced=advanced)
        store.library.library_rows(store.library.library_ids(search), search)
    assert store.library.count_search("sanctions \udfff", advanced=True) == 1


def test_the_library_model_turns_any_query_error_into_a_message(qtbot, store: Store,
                                                                 monkeypatch) -> None:
    store.documents.add_article(Article(title="Sanctions", text="New sanctions on oil."))
    model = LibraryModel(store)
    failures: list[str] = []
    model.search_failed.connect(failures.append)
    model.set_filter(LibraryFilter(query="oil \ud800", advanced=True))
    assert model.rowCount() == 1 and failures == []
    model.set_filter(LibraryFilter(query="the " * 40, advanced=True))
    assert model.rowCount() == 0 and "at most 32 terms" in failures[-1]

    def broken(*_args: object, **_kwargs: object) -> list[int]:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(Library, "library_ids", broken)
    model.set_filter(LibraryFilter(query="sanctions"))
    assert model.rowCount() == 0
    assert failures[-1] == "database disk image is malformed"


# -- off the UI thread, newest query wins ---------------------------------------------------


def _record_threads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    calls: list[tuple[str, int]] = []
    for name in ("library_ids", "library_rows", "count_library"):
        original = getattr(Library, name)

        def recorded(self, *args, _name=name, _original=original, **kwargs):
            calls.append((_name, threading.get_ident()))
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(Library, name, recorded)
    return calls


def test_searches_rank_and_snippet_off_the_ui_thread(qtbot, on_disk: Store, monkeypatch) -> None:
    calls = _record_threads(monkeypatch)
    model = LibraryModel(on_disk)
    calls.clear()
    model.set_filter(LibraryFilter(query="park ball"))
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.searching_in_background)
    assert model.index(0, 1).data() and model.index(0, 1).data(SNIPPET_ROLE) is not None
    last = model.rowCount() - 1
    qtbot.waitUntil(lambda: model.index(last, 1).data() is not None)
    model.stop()
    searched = {name for name, _ident in calls}
    assert {"library_ids", "library_rows"} <= searched
    assert all(ident != threading.get_ident() for _name, ident in calls), calls


def test_a_slow_search_never_blocks_and_the_newest_search_wins(qtbot, on_disk: Store,
                                                             monkeypatch) -> None:
    """A query still running when the analyst types again is interrupted, not waited for."""
    original = Library.library_ids
    running = threading.Event()

    def maybe_slow(self, library_filter, **kwargs):
        if library_filter.query == "slow":  # ~10 s of SQL unless interrupted
            running.set()
            self.db.execute("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r"
                            " WHERE x < 200000000) SELECT count(*) FROM r").fetchall()
        return original(self, library_filter, **kwargs)

    monkeypatch.setattr(Library, "library_ids", maybe_slow)
    model = LibraryModel(on_disk)
    counts: list[int] = []
    model.count_changed.connect(counts.append)
    started = time.monotonic()
    model.set_filter(LibraryFilter(query="slow"))
    assert time.monotonic() - started < 0.5, "set_filter waited for the query"
    assert running.wait(2)
    model.set_filter(LibraryFilter(query="ball"))
    expected = on_disk.library.count_library(LibraryFilter(query="ball"))
    qtbot.waitUntil(lambda: not model.searching_in_background, timeout=3000)
    assert time.monotonic() - started < 3.0, "the stale search was not interrupted"
    assert model.rowCount() == expected and counts == [expected]
    model.stop()


def test_a_library_the_search_thread_cannot_open_is_searched_on_the_ui_thread(
        qtbot, on_disk: Store, monkeypatch) -> None:
    from workbench.ui.library import search_thread as library_search

    def refuse(path: Path, bad_values: object = None) -> None:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(library_search, "open_library_reader", refuse)
    model = LibraryModel(on_disk)
    model.set_filter(LibraryFilter(query="ball"))
    expected = on_disk.library.count_library(LibraryFilter(query="ball"))
    qtbot.waitUntil(lambda: model.rowCount() == expected > 0)
    model.set_filter(LibraryFilter(query="park"))
    assert model.rowCount() == on_disk.library.count_library(LibraryFilter(query="park"))
    model.stop()
