"""Open a library safely: detect a damaged file, keep it aside, offer the newest backup.

Why not just ``Store(path)``: a damaged file (a disk error, a half-copied
sync, a file that is not a database at all) must never be written to, nor
silently replaced by an empty library. ``open_library`` (beside ``Store``)
has ``refuse_damaged`` check the file first;
when it is damaged it renames it (with its ``-wal``/``-shm``) to
``<name>.damaged`` and raises ``LibraryDamaged`` naming the newest verified
backup, which ``restore_backup`` puts in place. Anything else that is not a
library (a folder, a device, an empty or foreign file) is refused unchanged
(``LibraryRefused``, see ``library_file``).

``restore_backup`` checks the backup completely before it touches anything,
and copies it before the safety backup of the current library can rotate
anything out: a restore never ends with less than it started with.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlite_utils import Database

from workbench.core.text import plural
from workbench.store.files.backup import (
    BackupError,
    backup_library,
    backups_folder,
    connect_read_only,
    count_documents,
    library_file,
    newest_backup,
    remove_stale_partials,
    verify_database,
)
from workbench.store.files.library_file import (
    WORKBENCH,
    check_library_path,
    schema_state,
    starts_as_sqlite,
)
from workbench.store.files.locking import LibraryLock, open_in_another_process
from workbench.store.files.refusals import EARLIER, LibraryDamaged, LibraryReadOnly, LibraryRefused
from workbench.store.library_place import reclaim_source_id
from workbench.store.schema import unknown_applied

__all__ = [
    "LibraryDamaged",
    "LibraryReadOnly",
    "LibraryRefused",
    "keep_aside",
    "probe_library",
    "refuse_damaged",
    "restore_backup",
    "settle_opened",
]

_log = logging.getLogger(__name__)
SIDE_FILES = ("-wal", "-shm", "-journal")
DAMAGED_SUFFIX = ".damaged"
LIBRARY_SUFFIXES = (".sqlite", ".sqlite3", ".db")  # names whose stem's backups are theirs
# Made by the first migration; every backup a restore may put in place has them.
EXPECTED_TABLES = ("documents", "documents_fts")


def refuse_damaged(path: Path) -> None:
    """Refuse what cannot be opened as a library, keeping a damaged file aside.

    Raises ``LibraryDamaged`` when the file is not a sound database, or when
    it is missing because an earlier open kept it aside: the analyst must
    choose to restore or to start afresh, never get an empty library by
    surprise. A folder, device, empty or foreign file raises ``LibraryRefused``,
    the file unchanged.
    """
    check_library_path(path)
    if path.exists():
        problem = probe_library(path)
        if problem and not _was_a_library(path):
            raise LibraryRefused(
                path,
                f"{path} is not a library file (it is not an SQLite database); it was left "
                "unchanged. Name a library file with --db, or a new file to start one",
            )
        if problem:
            raise _damaged(path, problem)
    else:
        earlier = _damaged_copies(path)
        if earlier:
            raise LibraryDamaged(path, earlier[-1], newest_backup(path), EARLIER)


def settle_opened(path: Path, read_only: bool) -> None:
    """After opening: say that a read-only library only reads, else clear stale partial backups."""
    if read_only:
        _log.warning(
            "workbench: note: %s is read-only (it or its folder cannot be written): opened for "
            "reading only, and changes will be refused",
            path,
        )
    else:
        remove_stale_partials(backups_folder(path), library_file(path).stem)


def _was_a_library(path: Path) -> bool:
    """Whether a file that does not open as a database shows any sign of having been a library.

    Why: ``--db article.html`` (a slip for ``import article.html``) must not
    rename the analyst's page to ``article.html.damaged``. A file is treated as
    a damaged library (and kept aside) only when it starts as an SQLite file,
    has SQLite side files beside it, or has backups of its own; anything else
    is some other file, refused unchanged.
    """
    try:
        if starts_as_sqlite(path):
            return True
    except OSError:
        return False  # unreadable: never rename on doubt; it is refused unchanged
    if any(Path(f"{path}{suffix}").exists() for suffix in SIDE_FILES):
        return True
    return _names_a_library(path) and newest_backup(path) is not None


def _names_a_library(path: Path) -> bool:
    """Whether backups matched by ``path``'s stem can be this file's own.

    Why: backups are named by the library's stem, so ``news.html`` beside a
    backed-up ``news.sqlite`` would find that library's backups and be renamed
    to ``news.html.damaged``. Only a name without a suffix (its stem is the
    whole name) or with a library's suffix can own them.
    """
    return path.suffix == "" or path.suffix.lower() in LIBRARY_SUFFIXES


def _damaged(path: Path, problem: str) -> LibraryDamaged:
    """Keep a damaged library aside, or (in a read-only folder) leave it and say so."""
    if not os.access(path.parent, os.W_OK):
        return LibraryRefused(
            path,
            f"the library {path} is damaged ({problem}); its folder is read-only, "
            "so it was left where it is, unchanged.",
            newest_backup(path),
        )
    return LibraryDamaged(path, keep_aside(path), newest_backup(path), problem)


def probe_library(path: Path) -> str:
    """Why ``path`` cannot be opened as a library ('' when it can).

    ``quick_check`` reads every page (so a torn or overwritten file is found)
    but skips the slower index cross-check that ``workbench check`` runs. The
    connection is read-only so that probing never deletes a ``-wal`` (a
    read-write connection to a damaged file removes it on close, and with it
    the latest commits). A problem around the file rather than in it (locked,
    unreadable) raises ``LibraryRefused``.
    """
    try:
        with closing(connect_read_only(path)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError as error:
        raise LibraryRefused(path, f"cannot read the library {path}: {error}") from None
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

    Everything is checked before anything changes: the backup must exist and
    be a sound workbench library, and must not replace a library holding
    documents by one holding none. It is copied (read-only) before the
    current library is backed up, and that backup's rotation may not delete
    it. A sound current library is backed up (reason ``restore``), anything
    else at ``path`` is kept aside, so a restore never loses anything.
    Refuses (``LibraryInUse``) while a desktop app has the library open; the
    app itself passes the ``lock`` it holds (after closing its Store).
    """
    backup, path = Path(backup), library_file(path)  # a link's file replaced, not the link
    if os.path.lexists(backup) and os.path.lexists(path) and os.path.samefile(backup, path):
        # "restored X as X", having backed it up and copied it onto itself: nothing done
        raise BackupError(f"{backup} is the library itself, not a backup of it;"
                          " `workbench backup --list` lists its backups")
    documents = inspect_backup(backup)
    check_library_path(path)
    # A sound library, read once: the check reads every page of it. Only a sound one is
    # probed for other processes (the probe opens it for writing, whose close would fold
    # a damaged library's -wal into it); anything else is kept aside unchanged.
    sound = path.exists() and _is_library(path)
    _refuse_emptying(path, backup, documents, sound)
    _prepare_folder(path)
    own_lock = None if lock is not None and lock.held else LibraryLock(path, purpose="restore")
    if own_lock is not None:
        own_lock.acquire()
    staging = path.with_name(f".{path.name}.restoring")
    try:
        _copy_database(backup, staging, path)
        if verify_database(staging) or count_documents(staging) != documents:
            raise BackupError(f"the copy of {backup} did not match it; nothing was changed")
        _refuse_if_open_elsewhere(path, sound)
        previous = _set_current_aside(path, backup, sound)
        _refuse_if_open_elsewhere(path, sound)  # one that opened it while it was backed up
        if not (sound and _written_in_place(staging, path)):
            for suffix in SIDE_FILES:
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            os.replace(staging, path)
    finally:
        _remove_with_side_files(staging)  # also what a killed restore left behind
        if own_lock is not None:
            own_lock.release()
    return previous


def _refuse_if_open_elsewhere(path: Path, sound: bool) -> None:
    """Refuse to replace a ``sound`` library another process has open (an import, a script).

    Its writes would go on into the replaced file and be lost, each reported done.
    """
    if sound and open_in_another_process(path):
        raise BackupError(
            f"{path} is open in another process (an import, another command or a script);"
            " nothing was changed: restore it once that has finished"
        )


def inspect_backup(backup: Path) -> int:
    """Check ``backup`` without changing it; return how many documents it holds.

    Raises ``BackupError`` saying why it cannot be restored: missing, not a
    file, empty, unsound, not a workbench library or from a newer version.
    """
    if not os.path.lexists(backup):
        raise BackupError(f"{backup} does not exist")
    if not backup.is_file():
        raise BackupError(f"{backup} is not a backup file (a folder, device, pipe or broken link)")
    if backup.stat().st_size == 0:
        raise BackupError(f"{backup} is empty (0 bytes), not a backup")
    problems = verify_database(backup)
    if problems:
        raise BackupError(f"{backup} is not a sound backup: {'; '.join(problems[:3])}")
    with closing(connect_read_only(backup)) as conn:
        if schema_state(conn) != WORKBENCH:
            raise BackupError(f"{backup} is not a backup of an Analyst Workbench library")
        newer = unknown_applied(Database(conn))
        if newer:
            raise BackupError(f"{backup} was made by a newer Analyst Workbench ({newer[0]})")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        missing = sorted(set(EXPECTED_TABLES) - tables)
        if missing:
            raise BackupError(f"{backup} lacks the library's tables ({', '.join(missing)})")
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


def _refuse_emptying(path: Path, backup: Path, documents: int, sound: bool) -> None:
    """Refuse to replace a ``sound`` library holding documents by a backup holding none."""
    if documents or not sound:
        return
    current = count_documents(path)
    if current:
        raise BackupError(
            f"{backup} holds no documents: restoring it would replace the "
            f"{plural(current, 'document')} of {path} by an empty library; nothing was changed"
        )


def _prepare_folder(path: Path) -> None:
    """Make sure the library's folder exists and can be written, before taking the lock."""
    if path.parent.exists() and not os.access(path.parent, os.W_OK):
        raise LibraryReadOnly(path, "a restore")
    path.parent.mkdir(parents=True, exist_ok=True)


def _is_library(path: Path) -> bool:
    """Whether ``path`` is a sound workbench library (read-only look)."""
    try:
        if probe_library(path):
            return False
        with closing(connect_read_only(path)) as conn:
            return schema_state(conn) == WORKBENCH
    except (sqlite3.Error, LibraryRefused):
        return False


def _written_in_place(staging: Path, path: Path) -> bool:
    """Write the checked copy into the sound library file at ``path`` through SQLite (one
    write transaction); False, nothing written, when their page sizes differ (a WAL
    library cannot change its own).

    Why not swap the files: a connection opened between the last probe for other
    processes and the swap held the replaced file, and wrote into a file nobody would
    read again (or, through the ``-wal`` it made beside the new one, into the restored
    library's pages). Written in place, the file stays the one every connection holds,
    and SQLite's own locks order that connection's reads and writes after the restore.
    """
    with closing(connect_read_only(staging)) as source, \
            closing(sqlite3.connect(path, timeout=30)) as target:
        size = "PRAGMA page_size"
        if source.execute(size).fetchone() != target.execute(size).fetchone():
            return False
        try:
            source.backup(target)
        except sqlite3.Error as failed:  # a full disk: the copy's pages in the -wal too
            raise BackupError(f"the backup could not be written into {path} ({failed});"
                              " the library is as it was (SQLite undid the half-written"
                              " copy)") from None
    return True


def _set_current_aside(path: Path, restoring: Path, sound: bool) -> Path | None:
    """Protect the library about to be replaced: back it up if ``sound``, else keep it aside.

    The backup's rotation never deletes ``restoring``, the backup being restored.
    """
    if not path.exists():
        return None
    if not sound:
        return keep_aside(path)
    return backup_library(path, "restore", protect=[restoring]).path


def _copy_database(source: Path, target: Path, place: Path) -> None:
    """Copy ``source`` (opened read-only) into a fresh ``target`` that will stand at ``place``.

    A backup that was opened for writing (a copy, with an id of its own) gets
    back the id of the library it was copied from when ``place`` is where that
    library was (``reclaim_source_id``).
    """
    _remove_with_side_files(target)
    with closing(connect_read_only(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
        reclaim_source_id(dst, place)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove_with_side_files(path: Path) -> None:
    """Delete ``path`` and any ``-wal``/``-shm``/``-journal`` beside it."""
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


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
