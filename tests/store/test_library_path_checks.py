"""``starts_as_sqlite``: the one SQLite header check behind merging and opening a library."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from workbench.store import starts_as_sqlite


def test_a_database_starts_as_sqlite_and_a_page_or_a_short_file_does_not(tmp_path: Path) -> None:
    database, page, short = tmp_path / "a.sqlite", tmp_path / "a.html", tmp_path / "short"
    with closing(sqlite3.connect(database)) as conn:
        conn.execute("CREATE TABLE t (x)")
    page.write_text("<html><body>SQLite format 3</body></html>", encoding="utf-8")
    short.write_bytes(b"SQLite")
    assert [starts_as_sqlite(p) for p in (database, page, short)] == [True, False, False]


def test_an_unreadable_path_raises_for_the_caller_to_judge(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        starts_as_sqlite(tmp_path / "missing.sqlite")
