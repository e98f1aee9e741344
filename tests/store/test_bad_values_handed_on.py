"""A second open of a library takes the first one's wrong-typed values instead of scanning.

At app start the window's Store, the writer thread's Store and the search thread's
reader each scanned the watched tables (0.6 s each at 200,000 highlights); the window's
finding is now handed to the other two (``Store(bad_values=)``,
``open_library_reader(path, bad_values)``), which read the bad values as missing all the same.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from workbench.core.models import Article
from workbench.store import Store, open_library_reader
from workbench.store import store as store_module
from workbench.store.files import value_checks


@pytest.fixture
def scans(monkeypatch) -> list[int]:
    """Counts every call of ``find_bad_values``, however it is reached."""
    counted: list[int] = []
    real = value_checks.find_bad_values

    def counting(db):
        counted.append(1)
        return real(db)

    monkeypatch.setattr(value_checks, "find_bad_values", counting)
    monkeypatch.setattr(store_module, "find_bad_values", counting)
    return counted


@pytest.fixture
def tampered(library_path):
    store = Store(library_path)
    store.documents.add_article(Article("Bridge report", "The council closed the bridge."),
                                analyze=False)
    store.close()
    with closing(sqlite3.connect(library_path)) as conn:
        conn.execute("UPDATE documents SET title = x'ff' WHERE id = 1")
        conn.commit()
    return library_path


def test_three_opens_scan_once_and_all_read_the_bad_value_as_missing(tampered, scans) -> None:
    window = Store(tampered)
    writer = Store(tampered, bad_values=window.bad_values)
    reader = open_library_reader(tampered, window.bad_values)
    try:
        titles = [writer.documents.get_document(1)["title"],
                  reader.library.search("council")[0].title]
        assert len(scans) == 1
        assert writer.bad_values == window.bad_values != []
        assert titles == ["", ""]
    finally:
        reader.close()
        writer.close()
        window.close()


def test_an_open_told_nothing_still_scans(tampered, scans) -> None:
    with Store(tampered) as store:
        assert len(scans) == 1 and store.bad_values
    reader = open_library_reader(tampered)
    reader.close()
    assert len(scans) == 2
