"""Where a library's id belongs: a copied file gets an id of its own on its first writable open.

Why: the library id (migration 0017) keeps two libraries' exports in one
folder apart, but a file copied on disk carried its original's id, so the two
libraries — diverging from the copy on — took each other's export folders
for their own and replaced them without a word (attack run 19).

The rule: the library records the place its id belongs to, its resolved path
and its file's inode number. A writable open keeps the id when either still
matches — the same path (a library restored, or copied back, in place; a disk
remounted with new inode numbers) or the same file (a library moved or
renamed) — and records the new value of the other. When neither matches the
file is a copy: it gets a new random id. A library that recorded no place
yet (made before this rule) keeps its id and records its place, as nothing
tells it from its copies. Read-only opens change nothing.

A copy remembers the id and the place it was copied from. Why: a backup
opened for writing is a copy (an id of its own), and restoring it in its
source's place then minted yet another id, so the restored library took its
own export folders for another library's. A restore into the place a copy
came from gives it its source's id back (``reclaim_source_id``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

PATH_KEY = "library_path"
FILE_KEY = "library_file"
SOURCE_ID_KEY = "copied_from_id"
SOURCE_PATH_KEY = "copied_from_path"


def settle_library_place(db: Database, path: Path) -> bool:
    """Keep or re-mint the library id of the writable library at ``path``; True when re-minted.

    Decided inside one write transaction, so two processes opening one
    fresh copy at once mint one id, not two.
    """
    here = {PATH_KEY: os.path.realpath(path), FILE_KEY: str(os.stat(path).st_ino)}
    if _recorded(db) == here:  # the common case: a read, no write
        return False
    with db.atomic():
        recorded = _recorded(db)
        copied = bool(recorded) and all(recorded.get(key) != value for key, value in here.items())
        if copied:
            _remember_source(db.conn, recorded.get(PATH_KEY, ""))
            db.execute("UPDATE library_meta SET value = lower(hex(randomblob(16)))"
                       " WHERE key = 'library_id'")
        for key, value in here.items():
            _set(db.conn, key, value)
    return copied


def reclaim_source_id(conn: sqlite3.Connection, target: Path) -> bool:
    """In a copy to be restored at ``target``: its source's id back when it came from there.

    The place is set to ``target``'s path, so the restored file keeps the id on
    its first writable open. True when the id was taken back. A backup from
    before library ids (no ``library_meta``) is left as it is.
    """
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'library_meta'").fetchone():
        return False
    source = dict(conn.execute("SELECT key, value FROM library_meta WHERE key IN (?, ?)",
                               (SOURCE_ID_KEY, SOURCE_PATH_KEY)).fetchall())
    place = os.path.realpath(target)
    if not source.get(SOURCE_ID_KEY) or source.get(SOURCE_PATH_KEY) != place:
        return False
    with conn:
        _set(conn, "library_id", str(source[SOURCE_ID_KEY]))
        _set(conn, PATH_KEY, place)
    return True


def _remember_source(conn: sqlite3.Connection, source_path: str) -> None:
    """Before a copy's id is re-minted: the id it had and the place that id belonged to."""
    row = conn.execute("SELECT value FROM library_meta WHERE key = 'library_id'").fetchone()
    if row is not None:
        _set(conn, SOURCE_ID_KEY, str(row[0]))
        _set(conn, SOURCE_PATH_KEY, source_path)


def _set(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO library_meta(key, value) VALUES (?, ?)"
                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def _recorded(db: Database) -> dict[str, str]:
    """The place the library recorded for its id (empty when none yet)."""
    rows = db.execute("SELECT key, value FROM library_meta WHERE key IN (?, ?)",
                      (PATH_KEY, FILE_KEY)).fetchall()
    return {str(key): str(value) for key, value in rows}
