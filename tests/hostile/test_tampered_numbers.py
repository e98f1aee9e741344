"""A library file whose numbers no SQLite INTEGER holds: ``check --repair`` clears them.

Attack run 11: a version written as 10^23 (SQLite keeps it as a real) or a BLOB of
thousands of digits was converted to a Python int SQLite cannot store (or one
``int()`` refuses to read): ``check --repair`` stopped on an ``OverflowError`` or a
``ValueError`` traceback, and nothing was repaired.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store


@pytest.mark.parametrize("value", [
    "1e23", "-1e23", "CAST('99999999999999999999' AS BLOB)",
    "CAST('9223372036854775808' AS BLOB)", "CAST(printf('%.5000c', '9') AS BLOB)",
])
def test_a_number_past_sqlite_integers_is_cleared(
        value: str, library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store(library_path)
    store.documents.add_article(Article("Bridge report", "The bridge closed."), analyze=False)
    store.close()
    with closing(sqlite3.connect(library_path)) as conn, conn:
        conn.execute(f"UPDATE documents SET version = {value}, analysis_version = {value}")
    assert run_cli(library_path, "check", "--repair") == 0
    out = capsys.readouterr().out
    assert "cleared (could not be read as integer)" in out
    with closing(sqlite3.connect(library_path)) as conn:
        assert conn.execute("SELECT version, analysis_version FROM documents").fetchone() == (1, 0)
    assert run_cli(library_path, "check") == 0


def test_the_largest_integer_is_still_kept(library_path: Path) -> None:
    store = Store(library_path)
    store.documents.add_article(Article("Bridge report", "The bridge closed."), analyze=False)
    store.close()
    with closing(sqlite3.connect(library_path)) as conn, conn:
        conn.execute("UPDATE documents SET version = CAST('9223372036854775807' AS BLOB)")
    assert run_cli(library_path, "check", "--repair") == 0
    with closing(sqlite3.connect(library_path)) as conn:
        assert conn.execute("SELECT version FROM documents").fetchone() == (2**63 - 1,)
