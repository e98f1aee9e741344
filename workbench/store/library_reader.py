"""Read-only connections of their own for worker threads: the search thread, the text loader.

Why here and not in the thread that needs one: which file to open, how to open
it without changing it, how long to wait for a writer and which table proves it
readable are the store's knowledge. A worker needs a connection of its own
because a sqlite3 connection belongs to the thread that opened it; the window's
``Store`` stays on the UI thread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from workbench.store.files.backup_files import READ_WAIT_S, connect_read_only
from workbench.store.files.value_checks import BadValue, guard_reads
from workbench.store.library import Library, library_over


def read_connection(path: Path) -> sqlite3.Connection:
    """A read-only connection to the library at ``path``, for the calling thread only.

    It waits up to 5 s for a writer's lock, never creates, changes or deletes a
    file, and opens a library in a folder it may not write too. Raises
    ``sqlite3.Error`` when the file cannot be opened at all.
    """
    return connect_read_only(Path(path), timeout=READ_WAIT_S)


class LibraryReader:
    """The ``Library`` queries over a read-only connection owned by one worker thread."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.library: Library = library_over(db)

    def stop_when(self, overtaken: Callable[[], int], steps: int) -> None:
        """Have SQLite ask ``overtaken()`` every ``steps`` steps and abort a statement on non-zero.

        Why: a search the analyst has replaced must stop mid-statement, and an
        interrupt only stops the statement running at that instant.
        """
        self._db.conn.set_progress_handler(overtaken, steps)

    def close(self) -> None:
        """Close the connection (on the thread that opened it)."""
        self._db.close()


def open_library_reader(path: Path, bad_values: list[BadValue] | None = None) -> LibraryReader:
    """A ``LibraryReader`` on ``path``, proven readable now, not at its first search.

    SQLite opens lazily: reading the full-text index here finds a library this
    connection cannot search (a file that is no library, an index it cannot
    read) before a worker relies on it. Raises ``sqlite3.Error``.
    ``bad_values``: what the window's ``Store`` of this file found (its wrong-typed
    values); without it the tables are scanned again here.
    """
    connection = read_connection(path)
    try:
        connection.execute("SELECT count(*) FROM documents_fts WHERE rowid = 0").fetchall()
    except sqlite3.Error:
        connection.close()
        raise
    # A file another program edited: its bad values read as the Store reads them.
    return LibraryReader(guard_reads(Database(connection), bad_values))
