"""Migration 0021: each document's title and source keyed in ``name_order`` beside it, indexed.

Before: ``ORDER BY name_order(d.title)`` keyed and sorted every title on each sort (333 ms at
10,000 accented titles, 24 ms on the key's index); a NOCASE index stood in only while every
title was plain ASCII. The keys are written by ``rows.with_derived`` on every insert and
update, undo and redo too, and filled by the migration for an older library.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from workbench.core.models import Article
from workbench.store import Store, name_sort_key, open_library_reader
from workbench.store.library import LibraryFilter
from workbench.store.rows import insert_row

# Names NOCASE or a careless key could misplace: case variants of one name (ties broken by
# id), punctuation either side of the letters, digits, empty names, accents, a NUL, NULL.
NAMES = ["apple", "Apple", "APPLE", "", "apple pie", "Apple-pie", "apple_pie", "[draft] memo",
         "_underscored", "`ticked", "Zulu", "zulu", "10 Downing St", "9 to 5", "~tilde",
         "{braced}", "O'Brien", "o'brien", "Émile Zola", "émile", "Ábel", "abel", "Zoë",
         "Straße", "strasse", "apple\x00b", "apple\x00a", "Łódź", "İstanbul"]


def _insert(store: Store, titles_and_sources: list[tuple[str, str | None]]) -> None:
    for n, (title, source) in enumerate(titles_and_sources):
        insert_row(store.db, "documents", {
            "content_hash": f"hash-{n}-{title}-{source}", "title": title, "source": source,
            "text": f"Body {n}.", "format": "text", "imported_at": "2026-01-01"})
    store.db.conn.commit()


def _by_name(store: Store, column: str, descending: bool) -> list[int]:
    """The order ``name_order`` defines: its key (NULL first), then the id, in Python."""
    rows = store.db.execute(f"SELECT id, {column} FROM documents").fetchall()
    ranked = sorted(rows, key=lambda row: (row[1] is not None, name_sort_key(row[1]) or "", row[0]))
    return [doc_id for doc_id, _name in (ranked[::-1] if descending else ranked)]


def _assert_name_order(store: Store, library) -> None:  # type: ignore[no-untyped-def]
    for column in ("title", "source"):
        for descending in (False, True):
            ids = library.library_ids(LibraryFilter(), order_by=column, descending=descending)
            assert ids == _by_name(store, column, descending), (column, descending)


def _keys_true(store: Store) -> bool:
    rows = store.db.execute(
        "SELECT title, title_order, source, source_order FROM documents").fetchall()
    return all(title_order == name_sort_key(title) and source_order == name_sort_key(source)
               for title, title_order, source, source_order in rows)


def test_titles_and_sources_sort_on_their_keys_in_name_order(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        _insert(store, [(name, None if n % 3 == 0 else NAMES[-1 - n])
                        for n, name in enumerate(NAMES)])
        assert _keys_true(store)
        _assert_name_order(store, store.library)
        reader = open_library_reader(path)  # the search thread's connection sorts alike
        try:
            _assert_name_order(store, reader.library)
        finally:
            reader.close()
        for column in ("title", "source"):
            sql, params = store.library._library_ids_sql(LibraryFilter(), column, False)
            plan = str(store.db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
            assert f"idx_documents_{column}_order" in plan and "TEMP B-TREE" not in plan


def test_the_keys_stay_true_through_a_new_version_undo_and_redo(tmp_path: Path) -> None:
    with Store(tmp_path / "library.sqlite") as store:
        doc = store.documents.add_article(
            Article(title="Zoë", text="First text.", source="Ábel Times"), analyze=False
        ).documents_added[0]
        store.versions.replace_document_text(doc, Article(title="Émile", text="Second text."))
        title_key = store.db.execute("SELECT title_order FROM documents").fetchone()[0]
        assert title_key == name_sort_key("Émile") and _keys_true(store)
        store.history.undo()
        assert store.documents.get_document(doc)["title"] == "Zoë" and _keys_true(store)
        store.history.redo()
        assert store.documents.get_document(doc)["title"] == "Émile" and _keys_true(store)


def test_the_migration_keys_an_older_library(tmp_path: Path) -> None:
    from workbench.store.schema import migrations

    path = tmp_path / "library.sqlite"
    db = Database(path)
    migrations.apply(db, stop_before="0021_document_sort_keys")
    db.conn.executemany(
        "INSERT INTO documents (id, content_hash, title, source, text, format, imported_at)"
        " VALUES (?, ?, ?, ?, 'Body.', 'text', '2024-01-01')",
        [(1, "h1", "Zoë", "Émile Times"), (2, "h2", "zebra", None), (3, "h3", "Ábel", "abc")])
    db.conn.commit()
    db.close()
    with Store(path) as store:
        assert _keys_true(store)
        ids = store.library.library_ids(LibraryFilter(), order_by="title")
        assert ids == [3, 2, 1]
        assert store.library.library_ids(LibraryFilter(), order_by="source") == [2, 3, 1]
