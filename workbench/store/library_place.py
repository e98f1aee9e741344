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

One file can also be reached at two paths that report different inode numbers
(a share mounted twice, a FUSE or network view beside the local one). Judged by
path and inode alone it looked like a copy at every switch between the two and
re-minted its id each time. So before minting, the library writes a random
probe into itself and reads the recorded place: when the file there holds the
probe, it is this very file, and the id is kept. That look at the recorded
place is bounded (``PLACE_LOOK_SECONDS``): a recorded path on a dead network
mount blocks ``stat`` for minutes, and opening the library must not wait on it;
a look that does not answer in time reads as "not this file", like any doubt.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import stat
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlite_utils import Database

PATH_KEY = "library_path"
FILE_KEY = "library_file"
SOURCE_ID_KEY = "copied_from_id"
SOURCE_PATH_KEY = "copied_from_path"
PROBE_KEY = "place_probe"
#: How long a writable open waits to look at the recorded place before taking it as elsewhere.
PLACE_LOOK_SECONDS = 2.0


def settle_library_place(db: Database, path: Path) -> bool:
    """Keep or re-mint the library id of the writable library at ``path``; True when re-minted.

    Decided inside one write transaction, so two processes opening one
    fresh copy at once mint one id, not two.
    """
    here = _place_of(path)
    first_look = _recorded(db)
    if first_look == here:  # the common case: a read, no write
        return False
    same_file = _elsewhere(first_look, here) and _holds_this_file(db, first_look[PATH_KEY])
    with db.atomic():
        recorded = _recorded(db)
        copied = _elsewhere(recorded, here) and not (same_file and recorded == first_look)
        db.execute("DELETE FROM library_meta WHERE key = ?", (PROBE_KEY,))
        if copied:
            _remember_source(db.conn, recorded.get(PATH_KEY, ""))
            db.execute("UPDATE library_meta SET value = lower(hex(randomblob(16)))"
                       " WHERE key = 'library_id'")
        for key, value in here.items():
            _set(db.conn, key, value)
    return copied


def _place_of(path: Path) -> dict[str, str]:
    """Where the library file is: its resolved path and its inode number."""
    return {PATH_KEY: os.path.realpath(path), FILE_KEY: str(os.stat(path).st_ino)}


def _elsewhere(recorded: dict[str, str], here: dict[str, str]) -> bool:
    """Whether a recorded place shares neither the path nor the file with ``here``."""
    return bool(recorded) and all(recorded.get(key) != value for key, value in here.items())


def _holds_this_file(db: Database, recorded_path: str | None) -> bool:
    """Whether the library at ``recorded_path`` is this very file, reached another way.

    A random probe is committed here and looked for there, read only: a copy
    never holds it. Any doubt reads as "not this file".
    """
    if not recorded_path:
        return False
    probe = secrets.token_hex(16)
    with db.atomic():
        _set(db.conn, PROBE_KEY, probe)
    return _answer_within_bound(lambda: _holds_probe(recorded_path, probe))


def _holds_probe(recorded_path: str, probe: str) -> bool:
    """Whether the regular file at ``recorded_path`` is a library holding ``probe``.

    Only a regular file is opened (never a pipe a damaged record might name).
    """
    try:
        if not stat.S_ISREG(os.stat(recorded_path).st_mode):
            return False
        uri = Path(recorded_path).as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=1)) as other:
            row = other.execute("SELECT value FROM library_meta WHERE key = ?",
                                (PROBE_KEY,)).fetchone()
    except (OSError, sqlite3.Error):
        return False
    return row is not None and row[0] == probe


def _answer_within_bound(look: Callable[[], bool]) -> bool:
    """``look()``, or False when it has not answered within ``PLACE_LOOK_SECONDS``.

    The look runs on a daemon thread: one stuck in a dead mount's ``stat`` is
    left behind and never keeps the process from ending.
    """
    answers: list[bool] = []
    looker = threading.Thread(target=lambda: answers.append(look()), daemon=True,
                              name="library-place-look")
    looker.start()
    looker.join(PLACE_LOOK_SECONDS)
    return bool(answers) and answers[0]


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
