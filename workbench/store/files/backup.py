"""Rotating, verified backups of a library through SQLite's online backup API.

Why the backup API and not a file copy: the library runs in WAL mode, so the
main file alone is not a consistent snapshot while the app is open; the backup
API copies the committed state as one read transaction, without stopping
writers. Each copy is checked with ``PRAGMA integrity_check`` before it gets
its final name, and only then do older copies rotate out, so the folder always
holds ``KEEP_BACKUPS`` copies that are known to open.

Backups live in ``backups/`` beside the library and are named
``<library-stem>.<UTC timestamp>.<reason>.sqlite``. A copy identical (by
``library_marker``) to the newest one is not repeated, so opening and closing
the app without changes never pushes real history out of the rotation.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

BACKUP_FOLDER = "backups"
KEEP_BACKUPS = 10
REASONS = ("close", "periodic", "migration", "repair", "manual", "restore")
SKIP_WHEN_UNCHANGED = ("close", "periodic")
STALE_PARTIAL_SECONDS = 3600
_TIMESTAMP_FORMAT = "%Y%m%dT%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<stamp>\d{8}T\d{6}\.\d{3}Z)\.(?P<reason>[a-z][a-z-]*)\.sqlite$"
)


class BackupError(RuntimeError):
    """A backup could not be written or did not pass its integrity check."""


class LibraryLike(Protocol):
    """What backups need from a Store: its file (None in memory) and its database."""

    path: Path | None
    db: Database


@dataclass(frozen=True)
class BackupInfo:
    """One verified backup file: where it is, when (UTC) and why it was taken."""

    path: Path
    created: dt.datetime
    reason: str
    size: int


def backups_folder(library: Path) -> Path:
    """The folder holding ``library``'s backups (beside the library file)."""
    return Path(library).parent / BACKUP_FOLDER


def list_backups(library: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Every verified backup of ``library``, newest first."""
    folder = folder or backups_folder(library)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        info = parse_backup_name(entry)
        if info is not None and info_stem(entry) == Path(library).stem:
            found.append(info)
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)


def newest_backup(library: Path) -> BackupInfo | None:
    """The most recent verified backup of ``library``, if any."""
    backups = list_backups(library)
    return backups[0] if backups else None


def parse_backup_name(path: Path) -> BackupInfo | None:
    """Read timestamp and reason from a backup's file name; None if it is not one."""
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    stamp = match["stamp"]
    created = dt.datetime.strptime(stamp[:15], _TIMESTAMP_FORMAT).replace(
        microsecond=int(stamp[16:19]) * 1000, tzinfo=dt.UTC
    )
    return BackupInfo(path, created, match["reason"], path.stat().st_size)


def info_stem(path: Path) -> str:
    """The library stem a backup file belongs to ('' if it is not a backup name)."""
    match = _NAME.match(path.name)
    return match["stem"] if match else ""


def backup_library(
    source: LibraryLike | Path,
    reason: str,
    *,
    keep: int = KEEP_BACKUPS,
    folder: Path | None = None,
) -> BackupInfo:
    """Copy the library's committed state into a new verified backup, then rotate.

    ``source`` is a Store (or a library path). A Store's own connection is not
    used when it has a file: a fresh connection reads the committed state, so
    this may run on any thread while the Store's owner keeps writing.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    library = _library_path(source)
    folder = folder or (backups_folder(library) if library else None)
    if folder is None:
        raise ValueError("an in-memory library needs an explicit backup folder")
    folder.mkdir(parents=True, exist_ok=True)
    stem = library.stem if library else "memory"
    final = _unique_name(folder, stem, reason)
    partial = folder / f".{final.name}.{os.getpid()}.partial"
    try:
        with _source_connection(source) as connection:
            _copy_and_verify(connection, partial)
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)
    _sync_folder(folder)
    info = parse_backup_name(final)
    assert info is not None
    if library is not None:
        rotate_backups(library, keep, folder)
    return info


def snapshot_unverified(source: LibraryLike | Path, reason: str) -> Path:
    """Copy a library that fails its integrity check, kept out of the rotation.

    Used before repairing a damaged library: the copy cannot be verified (the
    damage is copied too), so it is named ``....sqlite.unverified``; it is never
    offered for restore nor rotated out, but nothing the repair touches is lost.
    """
    library = _library_path(source)
    if library is None:
        raise ValueError("an in-memory library has no backups folder")
    folder = backups_folder(library)
    folder.mkdir(parents=True, exist_ok=True)
    target = _unique_name(folder, library.stem, reason).with_suffix(".sqlite.unverified")
    with _source_connection(source) as connection, closing(sqlite3.connect(target)) as copy:
        connection.backup(copy)
    return target


def rotate_backups(library: Path, keep: int = KEEP_BACKUPS, folder: Path | None = None) -> int:
    """Delete all but the ``keep`` newest verified backups (and stale partial copies)."""
    folder = folder or backups_folder(library)
    removed = 0
    for old in list_backups(library, folder)[keep:]:
        old.path.unlink(missing_ok=True)
        removed += 1
    now = dt.datetime.now().timestamp()
    for stale in folder.glob(f".{Path(library).stem}.*.partial"):
        if now - stale.stat().st_mtime > STALE_PARTIAL_SECONDS:
            stale.unlink(missing_ok=True)
    return removed


def maybe_backup(
    store: LibraryLike, min_interval_s: float, *, reason: str = "periodic"
) -> BackupInfo | None:
    """Back up if the newest backup is older than ``min_interval_s`` and the library changed.

    Meant for a timer while the analyst works (and for closing): cheap when
    nothing changed, and never fills the rotation with identical copies.
    """
    if store.path is None:
        return None
    newest = newest_backup(store.path)
    if newest is not None:
        age = (dt.datetime.now(dt.UTC) - newest.created).total_seconds()
        if age < min_interval_s:
            return None
        if reason in SKIP_WHEN_UNCHANGED and _unchanged_since(store.path, newest.path):
            return None
    return backup_library(store, reason)


def backup_on_close(store: LibraryLike) -> BackupInfo | None:
    """The backup taken when a library is closed (skipped when nothing changed)."""
    return maybe_backup(store, 0.0, reason="close")


def backup_before_migrations(db: Database, path: Path | None) -> BackupInfo | None:
    """Back up an existing library that is about to be migrated; None when there is no need.

    Call it after the too-new check and before ``apply_migrations``: a new,
    empty file has nothing to protect, and an up-to-date one is not migrated.
    """
    from workbench.store.schema import migrations

    if path is None or "_sqlite_migrations" not in db.table_names():
        return None
    if not migrations.pending(db):
        return None
    return backup_library(Path(path), "migration")


def verify_database(path: Path) -> list[str]:
    """Problems ``PRAGMA integrity_check`` reports for the file at ``path`` ([] when sound)."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI opening ``path`` read-only (percent-encoded, so any name works).

    Why read-only for checks: a read-write connection to a damaged file
    deletes its ``-wal`` when it closes, and with it the latest commits.
    """
    return Path(path).resolve().as_uri() + "?mode=ro"


def library_marker(conn: sqlite3.Connection) -> tuple[Any, ...]:
    """A cheap summary that changes whenever the library's content does.

    Every analyst action adds an undo_log row; imports, analysis and status
    changes move the row counts, maximum ids or status tallies summarised here.
    """
    tables = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'documents_fts%' ORDER BY name"
        )
    ]
    parts: list[Any] = [
        (name, *conn.execute(f'SELECT count(*), max(rowid) FROM "{name}"').fetchone())
        for name in tables
    ]
    if "documents" in tables:
        parts.append(
            tuple(conn.execute("SELECT status, count(*) FROM documents GROUP BY status ORDER BY 1"))
        )
    if "undo_log" in tables:
        undo = "SELECT total(undone), total(length(ops)) FROM undo_log"
        parts.append(conn.execute(undo).fetchone())
    return tuple(parts)


def _unchanged_since(library: Path, backup: Path) -> bool:
    """Whether ``backup`` already holds what ``library`` holds (by ``library_marker``)."""
    try:
        with closing(sqlite3.connect(library)) as live, closing(sqlite3.connect(backup)) as old:
            return library_marker(live) == library_marker(old)
    except sqlite3.DatabaseError:
        return False


def _library_path(source: LibraryLike | Path) -> Path | None:
    if isinstance(source, (str, Path)):
        return Path(source)
    return source.path


@contextmanager
def _source_connection(source: LibraryLike | Path) -> Iterator[sqlite3.Connection]:
    """A connection to read from: a fresh one for files, the Store's own in memory."""
    library = _library_path(source)
    if library is None:
        assert not isinstance(source, Path)
        yield source.db.conn
        return
    if not library.exists():
        raise BackupError(f"{library} does not exist")
    connection = sqlite3.connect(library, timeout=30)
    try:
        yield connection
    finally:
        connection.close()


def _copy_and_verify(connection: sqlite3.Connection, target: Path) -> None:
    """Copy through the backup API into ``target``; raise BackupError unless it is sound."""
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(target)) as copy:
        try:
            connection.backup(copy)
        except sqlite3.DatabaseError as error:
            raise BackupError(f"backup failed: {error}") from None
        # A standalone file: no -wal beside it, so it can be moved and opened anywhere.
        copy.execute("PRAGMA journal_mode = DELETE")
        problems = [str(row[0]) for row in copy.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        raise BackupError("the backup copy failed its integrity check: " + "; ".join(problems[:3]))
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _unique_name(folder: Path, stem: str, reason: str) -> Path:
    """``<stem>.<UTC timestamp with ms>.<reason>.sqlite``, never an existing name."""
    moment = dt.datetime.now(dt.UTC)
    while True:
        stamp = f"{moment.strftime(_TIMESTAMP_FORMAT)}.{moment.microsecond // 1000:03d}Z"
        candidate = folder / f"{stem}.{stamp}.{reason}.sqlite"
        if not candidate.exists():
            return candidate
        moment += dt.timedelta(milliseconds=1)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
