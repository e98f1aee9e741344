"""Where backups live, what they are called, and how to read one without changing it.

Backups live in ``backups/`` beside the library and are named
``<library-stem>.<UTC timestamp>.<reason>.sqlite``; a copy being written is
``.<that name>.<writer pid>.partial`` until it is verified. Every read of a
backup (or of a library being checked) goes through ``connect_read_only``: a
read-write connection to a missing path would create an empty database there.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

BACKUP_FOLDER = "backups"
KEEP_BACKUPS = 10
STALE_PARTIAL_SECONDS = 3600
PARTIAL_SUFFIX = ".partial"
_TIMESTAMP_FORMAT = "%Y%m%dT%H%M%S"
# Matched whole with DOTALL: a library's name may hold a newline (``--db "a\nb.sqlite"``), and
# its backups were then no backups: the command failed as it closed, and rotation never ran.
_NAME = re.compile(
    r"(?P<stem>.+)\.(?P<stamp>\d{8}T\d{6}\.\d{3}Z)\.(?P<reason>[a-z][a-z-]*)\.sqlite", re.DOTALL
)


@dataclass(frozen=True)
class BackupInfo:
    """One verified backup file: where it is, when (UTC) and why it was taken."""

    path: Path
    created: dt.datetime
    reason: str
    size: int


def library_file(library: Path) -> Path:
    """The library's own file: a link to it (``--db ~/Desktop/case.sqlite`` pointing into a
    shared folder) read as the file it points to.

    Why: backups were kept beside the path used and named after it, so a library opened by
    its link and by its own path had two sets of backups, each listing and rotating half.
    """
    return Path(os.path.realpath(library)) if os.path.islink(library) else Path(library)


def backups_folder(library: Path) -> Path:
    """The folder holding ``library``'s backups (beside the library file, not a link to it)."""
    return library_file(library).parent / BACKUP_FOLDER


def list_backups(library: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Every verified backup of ``library``, newest first."""
    folder = folder or backups_folder(library)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        info = parse_backup_name(entry)
        if info is not None and info_stem(entry) == library_file(library).stem:
            found.append(info)
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)


def newest_backup(library: Path) -> BackupInfo | None:
    """The most recent verified backup of ``library``, if any."""
    backups = list_backups(library)
    return backups[0] if backups else None


def parse_backup_name(path: Path) -> BackupInfo | None:
    """Read timestamp and reason from a backup's file name; None if it is not one.

    Not one either: a name whose timestamp is no time (``20261399T999999``,
    which made every command fail as it closed) and a symbolic link (a backup
    is a file this app wrote, never a pointer to something else).
    """
    match = _NAME.fullmatch(path.name)
    if match is None or path.is_symlink() or not path.is_file():
        return None
    stamp = match["stamp"]
    try:
        created = dt.datetime.strptime(stamp[:15], _TIMESTAMP_FORMAT).replace(
            microsecond=int(stamp[16:19]) * 1000, tzinfo=dt.UTC
        )
    except ValueError:
        return None
    return BackupInfo(path, created, match["reason"], path.stat().st_size)


def info_stem(path: Path) -> str:
    """The library stem a backup file belongs to ('' if it is not a backup name)."""
    match = _NAME.fullmatch(path.name)
    return match["stem"] if match else ""


def unique_name(folder: Path, stem: str, reason: str) -> Path:
    """``<stem>.<UTC timestamp with ms>.<reason>.sqlite``, never an existing name."""
    moment = dt.datetime.now(dt.UTC)
    while True:
        stamp = f"{moment.strftime(_TIMESTAMP_FORMAT)}.{moment.microsecond // 1000:03d}Z"
        candidate = folder / f"{stem}.{stamp}.{reason}.sqlite"
        if not candidate.exists():
            return candidate
        moment += dt.timedelta(milliseconds=1)


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI opening ``path`` read-only (percent-encoded, so any name works).

    Why read-only for checks: a read-write connection to a damaged file
    deletes its ``-wal`` when it closes, and with it the latest commits; and a
    read-write connection to a missing path creates an empty database there.
    """
    return Path(path).resolve().as_uri() + "?mode=ro"


# How long a reader of the live library waits for the writer's lock (a checkpoint) before it
# gives up: the library opened read-only, the search thread's and the pager's readers.
READ_WAIT_S = 5.0


def connect_read_only(path: Path, timeout: float = 30.0) -> sqlite3.Connection:
    """A read-only connection to ``path`` that never creates, changes or deletes a file.

    A WAL library in a folder this process cannot write has no ``-shm`` to
    share, so SQLite cannot open it read-only the usual way; when no ``-wal``
    holds unmerged commits, nobody can be writing it (a writer needs that
    folder too), and it is opened as immutable instead.
    """
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as error:
        conn.close()
        if not _needs_immutable(Path(path), error):
            raise
    return sqlite3.connect(read_only_uri(path) + "&immutable=1", uri=True, timeout=timeout)


def _needs_immutable(path: Path, error: sqlite3.OperationalError) -> bool:
    """Whether ``error`` is a WAL file's missing ``-shm`` in a read-only folder (safe to skip)."""
    if getattr(error, "sqlite_errorname", "") != "SQLITE_CANTOPEN" or not path.is_file():
        return False
    wal = Path(f"{path}-wal")
    unmerged = wal.exists() and wal.stat().st_size > 0
    return not unmerged and not os.access(path.parent, os.W_OK)


def holds_documents(path: Path) -> bool:
    """Whether the library or backup at ``path`` has at least one document (False if unreadable)."""
    return count_documents(path) > 0


def count_documents(path: Path) -> int:
    """Documents in the library or backup at ``path``, read-only (0 when unreadable)."""
    try:
        with closing(connect_read_only(path)) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.DatabaseError:
        return 0
