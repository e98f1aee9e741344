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
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlite_utils import Database

PATH_KEY = "library_path"
FILE_KEY = "library_file"


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
            db.execute("UPDATE library_meta SET value = lower(hex(randomblob(16)))"
                       " WHERE key = 'library_id'")
        for key, value in here.items():
            db.execute("INSERT INTO library_meta(key, value) VALUES (?, ?)"
                       " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
    return copied


def _recorded(db: Database) -> dict[str, str]:
    """The place the library recorded for its id (empty when none yet)."""
    rows = db.execute("SELECT key, value FROM library_meta WHERE key IN (?, ?)",
                      (PATH_KEY, FILE_KEY)).fetchall()
    return {str(key): str(value) for key, value in rows}
