"""Verified backups of a library through SQLite's online backup API.

Why the backup API and not a file copy: the library runs in WAL mode, so the
main file alone is not a consistent snapshot while the app is open; the backup
API copies the committed state as one read transaction, without stopping
writers. Each copy is checked with ``PRAGMA integrity_check`` before it gets
its final name, and only then do older copies rotate out
(``backup_rotation``), so the folder always holds ``KEEP_BACKUPS`` copies that
are known to open.

Names and reading live in ``backup_files``. A copy identical (by
``library_marker``) to the newest one is not repeated, so opening and closing
the app without changes never pushes real history out of the rotation.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

from workbench.store.files.backup_files import (
    BACKUP_FOLDER,
    KEEP_BACKUPS,
    PARTIAL_SUFFIX,
    STALE_PARTIAL_SECONDS,
    BackupInfo,
    backups_folder,
    connect_read_only,
    count_documents,
    holds_documents,
    info_stem,
    library_file,
    list_backups,
    newest_backup,
    parse_backup_name,
    read_only_uri,
    unique_name,
)
from workbench.store.files.backup_rotation import remove_stale_partials, rotate_backups

__all__ = [
    "BACKUP_FOLDER",
    "KEEP_BACKUPS",
    "REASONS",
    "STALE_PARTIAL_SECONDS",
    "BackupError",
    "BackupInfo",
    "LibraryLike",
    "backup_before_migrations",
    "backup_library",
    "backups_folder",
    "connect_read_only",
    "count_documents",
    "holds_documents",
    "info_stem",
    "library_file",
    "library_marker",
    "list_backups",
    "maybe_backup",
    "newest_backup",
    "parse_backup_name",
    "read_only_uri",
    "remove_stale_partials",
    "rotate_backups",
    "snapshot_unverified",
    "verify_database",
]

REASONS = ("close", "periodic", "migration", "repair", "manual", "restore")
SKIP_WHEN_UNCHANGED = ("close", "periodic")


class BackupError(RuntimeError):
    """A backup could not be written or did not pass its integrity check."""


class LibraryLike(Protocol):
    """What backups need from a Store: its file (None in memory) and its database."""

    path: Path | None
    db: Database


def backup_library(
    source: LibraryLike | Path,
    reason: str,
    *,
    keep: int = KEEP_BACKUPS,
    folder: Path | None = None,
    protect: Collection[Path] = (),
) -> BackupInfo:
    """Copy the library's committed state into a new verified backup, then rotate.

    ``source`` is a Store (or a library path). A Store's own connection is not
    used when it has a file: a fresh, read-only connection reads the committed
    state, so this may run on any thread while the Store's owner keeps writing.
    Rotation never deletes a backup in ``protect`` (a restore passes the one it
    is restoring). A folder that cannot be written raises ``BackupError``.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    library = _library_path(source)
    folder = folder or (backups_folder(library) if library else None)
    if folder is None:
        raise ValueError("an in-memory library needs an explicit backup folder")
    stem = library.stem if library else "memory"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(folder, stem)
        final = _write_verified_copy(source, folder, stem, reason)
    except (OSError, sqlite3.OperationalError) as error:
        raise BackupError(f"could not write a backup in {folder}: {_reason(error)}") from None
    info = parse_backup_name(final)
    assert info is not None
    if library is not None:
        rotate_backups(library, keep, folder, protect=protect)
    return info


def _write_verified_copy(source: LibraryLike | Path, folder: Path, stem: str,
                         reason: str) -> Path:
    """Copy into a ``.partial`` file named after this process, verify it, give it its name."""
    final = unique_name(folder, stem, reason)
    partial = folder / f".{final.name}.{os.getpid()}{PARTIAL_SUFFIX}"
    try:
        with _source_connection(source) as connection:
            _copy_and_verify(connection, partial)
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)
    _sync_folder(folder)
    return final


def _reason(error: BaseException) -> str:
    """An OS or SQLite error as a short phrase (no errno prefix)."""
    return getattr(error, "strerror", None) or str(error)


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
    target = unique_name(folder, library.stem, reason).with_suffix(".sqlite.unverified")
    with _source_connection(source) as connection, closing(sqlite3.connect(target)) as copy:
        connection.backup(copy)
    return target


def maybe_backup(
    store: LibraryLike, min_interval_s: float, *, reason: str = "periodic"
) -> BackupInfo | None:
    """Back up if the newest backup is older than ``min_interval_s`` and the library changed.

    Meant for a timer while the analyst works (and for closing): cheap when
    nothing changed, and never fills the rotation with identical copies.
    """
    if store.path is None or getattr(store, "read_only", False):
        return None  # nothing to save: a read-only library cannot have changed here
    newest = newest_backup(store.path)
    if newest is not None:
        age = (dt.datetime.now(dt.UTC) - newest.created).total_seconds()
        if age < min_interval_s:
            return None
        if reason in SKIP_WHEN_UNCHANGED and _unchanged_since(store.path, newest.path):
            return None
    return backup_library(store, reason)


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
        with closing(connect_read_only(path)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def library_marker(conn: sqlite3.Connection) -> tuple[Any, ...]:
    """A cheap summary that changes whenever the library's content does.

    Every analyst action adds an undo_log row; imports, analysis and status
    changes move the row counts, maximum ids or status tallies summarised here.
    """
    tables = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'documents_fts%' AND name NOT LIKE 'documents_symbols%'"
            " ORDER BY name"
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
        with closing(connect_read_only(library)) as live, closing(connect_read_only(backup)) as old:
            return library_marker(live) == library_marker(old)
    except sqlite3.DatabaseError:
        return False


def _library_path(source: LibraryLike | Path) -> Path | None:
    """The library's own file (a link to it resolved: its backups are the file's), if any."""
    path = Path(source) if isinstance(source, (str, Path)) else source.path
    return None if path is None else library_file(path)


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
    connection = connect_read_only(library)
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


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
