"""Constants shared by tests (importable as ``tests.support`` via pytest's pythonpath)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_3d486de69af5284c.txt"
SEED_TITLE = (
    "US State Department: Sanctions Against Russia and North Korea "
    "Not Ruled Out Over Arms Agreement"
)


def run_cli(db: Path, *argv: str) -> int:
    """``workbench --db DB ARGV…`` in this process: its exit code, usage errors (argparse's
    SystemExit) included, so a test asserts 0, 1 or 2 the same way for every command."""
    from workbench.cli import main

    try:
        return main(["--db", str(db), *argv])
    except SystemExit as exc:
        assert isinstance(exc.code, int)
        return exc.code


def full_disk_error() -> sqlite3.Error:
    """A real SQLITE_FULL from SQLite itself (a page limit, no disk filled), for tests of
    what the app says and keeps when the disk fills."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.execute("PRAGMA max_page_count = 2")
    try:
        connection.executemany("INSERT INTO notes VALUES (?)", [("x" * 4000,)] * 50)
    except sqlite3.Error as error:
        return error
    raise AssertionError("SQLite wrote past its page limit")
