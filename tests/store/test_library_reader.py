"""A worker thread's read-only library: opened through the store, proven readable at once."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.core.models import Article
from workbench.store import Store, open_library_reader
from workbench.store.library import LibraryFilter


def test_a_reader_searches_what_the_store_wrote(tmp_path):
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Summit", text="The summit met in Vladivostok."))
    reader = open_library_reader(path)
    try:
        assert reader.library.count_library(LibraryFilter(query="Vladivostok")) == 1
    finally:
        reader.close()


def test_a_file_that_is_no_library_is_refused_when_opened(tmp_path):
    """Not at the first search: the thread then falls back to the UI thread's store."""
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    with pytest.raises(sqlite3.OperationalError, match="documents_fts"):
        open_library_reader(path)


def test_a_missing_file_is_not_created(tmp_path):
    path = tmp_path / "missing.sqlite"
    with pytest.raises(sqlite3.Error):
        open_library_reader(path)
    assert not path.exists()


def test_a_stopped_statement_is_interrupted(tmp_path):
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Summit", text="The summit met."))
    reader = open_library_reader(path)
    try:
        reader.stop_when(lambda: 1, 1)
        with pytest.raises(sqlite3.OperationalError, match="interrupt"):
            reader.library.count_library(LibraryFilter(query="summit"))
    finally:
        reader.close()
