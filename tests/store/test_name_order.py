"""Lists sorted by name put "Ábel" beside "Abel" and "état" among the e's, not after "z"."""

from __future__ import annotations

from workbench.core.models import Article
from workbench.store import Store, name_sort_key, open_library_reader
from workbench.store.library import LibraryFilter

NAMES = ["Zoë Baird", "zebra crossing", "Ábel Tasman", "Abel Prize", "état de droit",
         "Euro summit", "Émile Zola", "Straße", "Apple"]
IN_ORDER = ["Abel Prize", "Ábel Tasman", "Apple", "Émile Zola", "état de droit", "Euro summit",
            "Straße", "zebra crossing", "Zoë Baird"]


def test_the_key_sets_case_and_accents_aside_and_keeps_the_bare_name_first() -> None:
    assert sorted(NAMES, key=name_sort_key) == IN_ORDER
    assert sorted(["Ábel", "abel", "Abel"], key=name_sort_key)[-1] == "Ábel"
    assert name_sort_key("Straße") == name_sort_key("STRASSE")  # casefold: ß is ss
    assert name_sort_key(None) is None


def _library(path) -> None:
    with Store(path) as store:
        for name in NAMES:
            store.documents.add_article(Article(title=name, text=f"About {name}.", source=name))
            store.tags.tag_document(1, f"people/{name}")


def _titles(library, ids) -> list[str]:
    return [row["title"] for row in library.library_rows(ids)]


def test_the_library_sorts_titles_and_sources_as_names(tmp_path) -> None:
    path = tmp_path / "library.sqlite"
    _library(path)
    with Store(path) as store:
        library = store.library
        assert _titles(library, library.library_ids(LibraryFilter(), order_by="title")) == IN_ORDER
        by_source = library.library_ids(LibraryFilter(), order_by="source", descending=True)
        assert _titles(library, by_source) == IN_ORDER[::-1]
        tags = ["people"] + [f"people/{name}" for name in IN_ORDER]  # the parent first
        assert [tag.path for tag in store.tags.list_tags()] == tags
        assert store.library.library_tags() == tags
        assert store.tags.document_tags(1) == tags[1:]
        assert store.grades.source_names() == IN_ORDER
        assert [name for name, _count in library.library_sources()] == IN_ORDER  # one each


def test_a_search_threads_reader_sorts_as_the_store_does(tmp_path) -> None:
    path = tmp_path / "library.sqlite"
    _library(path)
    reader = open_library_reader(path)
    try:
        ids = reader.library.library_ids(LibraryFilter(), order_by="title")
        assert _titles(reader.library, ids) == IN_ORDER
    finally:
        reader.close()


def test_nothing_stored_depends_on_the_sort_function(tmp_path) -> None:
    """An older build (no ``name_order``) must open, check and write a library this one made:
    an index, view or trigger calling it would make SQLite refuse ("no such function")."""
    import sqlite3
    from contextlib import closing

    path = tmp_path / "library.sqlite"
    _library(path)
    with closing(sqlite3.connect(path)) as older:
        stored = [sql for (sql,) in older.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")]
        assert stored and not [sql for sql in stored if "name_order" in sql.lower()]
        assert older.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        older.execute("UPDATE documents SET title = title || '.' WHERE id = 1")
        older.commit()


# ASCII names NOCASE could misplace if it differed from ``name_order``: case variants of one
# name (ties broken by id), punctuation either side of the letters ("[", "_", "`" lie between
# "Z" and "a"), digits, prefixes, empty names; NULL sources.
PLAIN = ["apple", "Apple", "APPLE", "", "apple pie", "Apple-pie", "apple_pie", "[draft] memo",
         "_underscored", "`ticked", "Zulu", "zulu", "10 Downing St", "9 to 5", "2nd round",
         "~tilde", "", "{braced}", "a", "A", "Ab", "aB", "  spaced", "O'Brien", "o'brien", "Zulu"]


def _insert(store, titles_and_sources) -> None:
    store.db.conn.executemany(
        "INSERT INTO documents (content_hash, title, source, text, format, imported_at)"
        " VALUES (?, ?, ?, 'Body.', 'text', '2026-01-01')",
        [(f"hash-{title}-{n}-{source}", title, source)
         for n, (title, source) in enumerate(titles_and_sources)])
    store.db.conn.commit()


def _by_name(store, column: str, descending: bool) -> list[int]:
    """The order ``name_order`` defines: its key (NULL first), then the id, in Python."""
    rows = store.db.execute(f"SELECT id, {column} FROM documents").fetchall()
    ranked = sorted(rows, key=lambda row: (row[1] is not None, name_sort_key(row[1]) or "", row[0]))
    return [doc_id for doc_id, _name in (ranked[::-1] if descending else ranked)]


def _assert_name_order(store, library) -> None:
    for column in ("title", "source"):
        for descending in (False, True):
            ids = library.library_ids(LibraryFilter(), order_by=column, descending=descending)
            assert ids == _by_name(store, column, descending), (column, descending)


def test_plain_ascii_names_sort_on_the_index_in_name_order(tmp_path) -> None:
    with Store(tmp_path / "library.sqlite") as store:
        _insert(store, [(title, None if n % 3 == 0 else PLAIN[-1 - n])
                        for n, title in enumerate(PLAIN)])
        names = store.library.plain_names
        assert names.sort_sql("title") == "d.title COLLATE NOCASE"
        assert names.sort_sql("source") == "d.source COLLATE NOCASE"
        _assert_name_order(store, store.library)
        plan = store.db.execute("EXPLAIN QUERY PLAN SELECT d.id FROM documents d ORDER BY "
                                f"{names.sort_sql('title')}, d.id").fetchall()
        assert "idx_documents_title" in str(plan) and "TEMP B-TREE" not in str(plan)


def test_one_accented_or_nul_name_switches_back_to_the_collation(tmp_path) -> None:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        _insert(store, [(title, title) for title in PLAIN])
        reader = open_library_reader(path)
        try:
            assert reader.library.plain_names.sort_sql("title") == "d.title COLLATE NOCASE"
            _insert(store, [("Émile Zola", "Zoë"), ("Ábel", None), ("abel", "zoe")])
            assert store.library.plain_names.sort_sql("title") == "name_order(d.title)"
            # another connection's change is seen too (``PRAGMA data_version``)
            assert reader.library.plain_names.sort_sql("source") == "name_order(d.source)"
            _assert_name_order(store, store.library)
            _assert_name_order(store, reader.library)
        finally:
            reader.close()
        store.db.execute("DELETE FROM documents WHERE title GLOB '*[^ -~]*'")
        store.db.conn.commit()
        assert store.library.plain_names.sort_sql("title") == "d.title COLLATE NOCASE"
        _insert(store, [("apple\x00b", "x"), ("apple\x00a", "y")])  # NOCASE stops at a NUL
        assert store.library.plain_names.sort_sql("title") == "name_order(d.title)"
        _assert_name_order(store, store.library)
