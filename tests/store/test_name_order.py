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
