"""Emoji and other symbols are searchable (the symbol index), and upgraded libraries find them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from workbench.core.models import Article
from workbench.store import (
    LibraryFilter,
    Store,
    schema_first_wave,
    schema_second_wave,
    schema_third_wave,
)
from workbench.store.schema import MIGRATION_SET, register_in_order
from workbench.store.search_symbols import symbol_runs

TEXTS = {
    "fire": "The fans lit flares 🔥🔥 as the final whistle blew.",
    "euro": "The deal is worth €5bn, the ministry said.",
    "thumbs": "Reactions ranged from 👍🔥 to outright anger.",
    "plain": "The council met on Monday to discuss the fire service budget.",
}


@pytest.fixture
def library(store: Store) -> dict[str, int]:
    added = {key: store.documents.add_article(Article(title=f"Story {key[0]}", text=text))
             for key, text in TEXTS.items()}
    return {key: changes.documents_added[0] for key, changes in added.items()}


def _found(store: Store, query: str) -> set[int]:
    return {hit.document_id for hit in store.library.search(query)}


@pytest.mark.parametrize(("query", "keys"), [
    ("🔥", {"fire", "thumbs"}),  # alone, in a run of two, and after another emoji
    ("€", {"euro"}),
    ("🔥🔥", {"fire"}),
    ("🔥 fans", {"fire"}),  # words and symbols together: both must be there
    ("fire", {"plain"}),  # the word index is unchanged: "flares 🔥" is no "fire"
    ("5bn", {"euro"}),  # "€5bn" is still found by its word
    ("💯", set()),
])
def test_a_symbol_finds_the_documents_holding_it(
        store: Store, library: dict[str, int], query: str, keys: set[str]) -> None:
    assert _found(store, query) == {library[key] for key in keys}
    assert store.library.count_search(query) == len(keys)


def test_the_library_table_filters_counts_and_marks_a_symbol(
        store: Store, library: dict[str, int]) -> None:
    symbol = LibraryFilter(query="€")
    assert symbol.searching
    ids = store.library.library_ids(symbol, order_by="relevance")
    assert ids == [library["euro"]]
    assert store.library.count_library(symbol) == 1
    assert store.library.library_ids(symbol, order_by="title") == ids
    row, = store.library.library_rows(ids, symbol)
    assert "\x02€\x035bn" in row["snippet"]  # marked where it stands, glued to its word
    narrowed = LibraryFilter(query="🔥", source="nowhere")
    assert store.library.library_ids(narrowed, order_by="relevance") == []


def test_an_edited_or_deleted_document_leaves_the_symbol_index(store: Store) -> None:
    doc = store.documents.add_article(Article(title="t", text="Up ⬆ today.")).documents_added[0]
    assert _found(store, "⬆") == {doc}
    store.db.execute("UPDATE documents SET text = 'Down ⬇ today.' WHERE id = ?", [doc])
    assert _found(store, "⬆") == set() and _found(store, "⬇") == {doc}
    store.db.execute("DELETE FROM documents WHERE id = ?", [doc])
    assert _found(store, "⬇") == set()


def test_a_library_made_before_the_symbol_index_finds_its_symbols_after_the_upgrade(
        tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Migrations(MIGRATION_SET)
    before = [step for step in schema_third_wave.STEPS if step[0] < "0016"]
    register_in_order(old, (*schema_first_wave.STEPS, *schema_second_wave.STEPS, *before))
    db = Database(path)
    old.apply(db)
    db.execute(
        "INSERT INTO documents (title, text, format, content_hash, imported_at, status) "
        "VALUES ('Rally', 'Crowds waved 🇺🇦 flags.', 'text', 'h1', '2026-01-01', 'analyzed')")
    db.conn.commit()
    db.close()
    with Store(path) as store:
        assert "0016_symbol_index" in store.applied_migrations
        assert _found(store, "🇺🇦") == {1}
        assert _found(store, "flags") == {1}  # nothing lost on the way


def test_symbol_runs_are_cut_as_the_index_cuts_them() -> None:
    assert symbol_runs("a🔥🔥 b €, c 🔥🔥 ✔+ ok") == ("🔥🔥", "€", "✔+")
    assert symbol_runs("🔥 + €") == ("🔥", "+", "€")  # no words: every sign is asked for


def test_ascii_signs_beside_words_are_punctuation_of_the_query(
    store: Store, library: dict[str, int]
) -> None:
    """"profits + 5" and "fire | flares" found nothing: the signs were required symbols."""
    assert symbol_runs("council + budget") == ()
    assert symbol_runs("deal > €5bn") == ("€",)
    assert _found(store, "council + budget") == {library["plain"]}
    assert _found(store, "fans | flares") == {library["fire"]}
    store.documents.add_article(Article(title="Prices", text="Fares rose to $5 on Monday."))
    assert len(_found(store, "$")) == 1  # alone, a sign is searched


@pytest.mark.parametrize(("query", "marked"), [
    ("👍", "\x02👍🏽\x03"),  # the skin tone is the emoji's, not text after the mark
    ("👍🏽", "\x02👍🏽\x03"),
    ("👩", "\x02👩\u200d👩\u200d👧\x03"),  # a family is one character to the reader
    ("👧", "\x02👩\u200d👩\u200d👧\x03"),  # its last member too: the mark opens before it
])
def test_a_marked_symbol_takes_in_the_whole_character(
        store: Store, query: str, marked: str) -> None:
    text = "Readers answered 👍🏽 and 👩\u200d👩\u200d👧 under the report."
    added = store.documents.add_article(Article(title="Replies", text=text))
    filtered = LibraryFilter(query=query)
    row, = store.library.library_rows(added.documents_added, filtered)
    assert marked in row["snippet"]
