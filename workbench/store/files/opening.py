"""Open a library safely: detect a damaged file, keep it aside, offer the newest backup.

Why not just ``Store(path)``: a damaged file (a disk error, a half-copied
sync, a file that is not a database at all) must never be written to, nor
silently replaced by an empty library. ``open_library`` (in ``store.py``)
calls ``refuse_damaged`` first, which checks the file;
when it is damaged it renames it (with its ``-wal``/``-shm``) to
``<name>.damaged`` and raises ``LibraryDamaged`` naming the newest verified
backup, which ``restore_backup`` puts in place.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from workbench.store.files.backup import (
    BackupError,
    BackupInfo,
    backup_library,
    newest_backup,
    read_only_uri,
    verify_database,
)
from workbench.store.files.locking import LibraryLock

SIDE_FILES = ("-wal", "-shm", "-journal")
DAMAGED_SUFFIX = ".damaged"
EARLIER = "kept aside earlier"


class LibraryDamaged(RuntimeError):
    """The library file is damaged; it was kept aside and a backup may be restored."""

    def __init__(
        self,
        path: Path,
        damaged_copy: Path,
        newest_backup: BackupInfo | None,
        reason: str = "",
    ) -> None:
        self.path = Path(path)
        self.damaged_copy = Path(damaged_copy)
        self.newest_backup = newest_backup.path if newest_backup else None
        self.backup_info = newest_backup
        self.reason = reason
        super().__init__(self._message())

    def _message(self) -> str:
        if self.reason == EARLIER:
            text = (
                f"the library {self.path} was found damaged earlier and kept aside, unchanged, "
                f"as {self.damaged_copy}. "
            )
        else:
            why = f" ({self.reason})" if self.reason else ""
            text = (
                f"the library {self.path} is damaged{why}; it was kept aside, unchanged, "
                f"as {self.damaged_copy}. "
            )
        if self.backup_info is None:
            return text + (
                "No backup exists. Move the damaged copy away to start an empty library, "
                "or run `workbench --db <copy of it> check --repair` to salvage what is left"
            )
        saved = self.backup_info.created.strftime("%Y-%m-%d %H:%M UTC")
        return text + (
            f"The newest verified backup is {self.backup_info.path} (saved {saved}); "
            f"restore it with: workbench --db {self.path} restore {self.backup_info.path}"
        )


def refuse_damaged(path: Path) -> None:
    """Refuse (and keep aside) a damaged library file before it is opened.

    Raises ``LibraryDamaged`` when the file is not a sound database, or when
    it is missing because an earlier open kept it aside: the analyst must
    choose to restore or to start afresh, never get an empty library by
    surprise.
    """
    path = Path(path)
    if path.exists():
        problem = probe_library(path)
        if problem:
            damaged = keep_aside(path)
            raise LibraryDamaged(path, damaged, newest_backup(path), problem)
    else:
        earlier = _damaged_copies(path)
        if earlier:
            raise LibraryDamaged(path, earlier[-1], newest_backup(path), EARLIER)


def probe_library(path: Path) -> str:
    """Why ``path`` cannot be opened as a library ('' when it can).

    ``quick_check`` reads every page (so a torn or overwritten file is found)
    but skips the slower index cross-check that ``workbench check`` runs. The
    connection is read-only so that probing never deletes a ``-wal`` (a
    read-write connection to a damaged file removes it on close, and with it
    the latest commits).
    """
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True, timeout=30)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError:
        raise  # locked, unreadable, disk full: a problem around the file, not in it
    except sqlite3.DatabaseError as error:  # not a database, or malformed
        return str(error)
    messages = [str(row[0]) for row in rows]
    if messages == ["ok"]:
        return ""
    return "integrity check failed: " + "; ".join(messages[:3])


def keep_aside(path: Path) -> Path:
    """Rename ``path`` and its side files to ``<name>.damaged`` (numbered if that exists)."""
    target = _free_damaged_name(path)
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    os.replace(path, target)
    return target


def restore_backup(backup: Path, path: Path, lock: LibraryLock | None = None) -> Path | None:
    """Replace the library at ``path`` by ``backup``; return where the replaced file went.

    The backup is verified first; a sound current library is itself backed up
    (reason ``restore``) and a damaged one kept aside, so a restore never loses
    anything. Refuses (``LibraryInUse``) while a desktop app has the library
    open; the app itself passes the ``lock`` it holds (after closing its Store).
    """
    backup, path = Path(backup), Path(path)
    problems = verify_database(backup)
    if problems:
        raise BackupError(f"{backup} is not a sound backup: {'; '.join(problems[:3])}")
    own_lock = None if lock is not None and lock.held else LibraryLock(path, purpose="restore")
    if own_lock is not None:
        own_lock.acquire()
    try:
        previous = _set_current_aside(path)
        staging = path.with_name(f".{path.name}.restoring")
        _copy_database(backup, staging)
        for suffix in SIDE_FILES:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(staging, path)
    finally:
        if own_lock is not None:
            own_lock.release()
    return previous


def _set_current_aside(path: Path) -> Path | None:
    """Protect the library about to be replaced: back it up, or keep it aside if damaged."""
    if not path.exists():
        return None
    if probe_library(path):
        return keep_aside(path)
    return backup_library(path, "restore").path


def _copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` into a fresh ``target`` through the backup API, then fsync it."""
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _damaged_copies(path: Path) -> list[Path]:
    """Copies of ``path`` kept aside by earlier opens, oldest first."""
    found = []
    candidate, number = Path(f"{path}{DAMAGED_SUFFIX}"), 1
    while candidate.exists():
        found.append(candidate)
        number += 1
        candidate = Path(f"{path}{DAMAGED_SUFFIX}.{number}")
    return found


def _free_damaged_name(path: Path) -> Path:
    """``<name>.damaged``, or ``<name>.damaged.2``, ``.3``... so no earlier copy is overwritten."""
    candidate = Path(f"{path}{DAMAGED_SUFFIX}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = Path(f"{path}{DAMAGED_SUFFIX}.{number}")
    return candidate
