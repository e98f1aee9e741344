"""Look at a library path before anything changes it: what it is, and whether it may be written.

Why a separate step before the Store: SQLite happily opens a folder, a pipe
(and waits on it forever), ``/dev/null``, an empty file or any other SQLite
database, and the first statement the Store ran (``journal_mode = WAL``)
already rewrote the file. Here the path is inspected with ``stat`` and a
read-only connection, and anything that is not a workbench library (or a new
path) is refused with ``LibraryRefused``, leaving the file as it was. A
library this process may not write is opened read-only, and says so.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import NamedTuple

from sqlite_utils import Database

from workbench.core.file_kinds import in_system_folder, names_an_open_file
from workbench.store.files.backup_files import (
    READ_WAIT_S,
    BackupInfo,
    backups_folder,
    connect_read_only,
    holds_documents,
    list_backups,
)
from workbench.store.files.locking import lock_path
from workbench.store.files.new_library import create_library
from workbench.store.files.refusals import LibraryRefused, os_reason
from workbench.store.schema import MIGRATION_SET

MIGRATIONS_TABLE = "_sqlite_migrations"
# The longest file or folder name the usual file systems take (ext4, APFS, NTFS).
MAX_NAME_BYTES = 255
EMPTY, WORKBENCH, FOREIGN = "empty", "workbench", "foreign"
# The first 16 bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"


def starts_as_sqlite(path: Path) -> bool:
    """Whether the file at ``path`` begins with the SQLite header (whatever else it holds).

    Raises OSError when it cannot be read: each caller decides what doubt
    means (refuse, keep the file unchanged, or let the store say why).
    """
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def check_library_path(path: Path) -> None:
    """Refuse a path that cannot hold a library file, before anything opens it.

    Only ``stat`` is used: opening a named pipe would block until a writer
    appears, and SQLite reports a folder or a device as a disk I/O error.
    """
    path = Path(path)
    if names_an_open_file(path):  # /dev/stdout, also through a link of the analyst's own
        raise LibraryRefused(path, f"{path} is a stream (a process's output), not a library file")
    if in_system_folder(path):
        raise LibraryRefused(path, f"{path} is a system file, not a library file")
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        if os.path.islink(path):
            raise LibraryRefused(path, f"{path} is a link to a missing file") from None
        _check_new_location(path)
        return
    except OSError as error:
        raise LibraryRefused(path, f"cannot use {path} as a library: {os_reason(error)}") from None
    if stat.S_ISDIR(mode):
        raise LibraryRefused(
            path,
            f"{path} is a folder, not a library file; "
            f"name a file inside it, such as {path / 'library.sqlite'}",
        )
    if not stat.S_ISREG(mode):
        raise LibraryRefused(
            path, f"{path} is not a regular file (a device, pipe or socket), so not a library"
        )
    if not os.access(path, os.R_OK):
        raise LibraryRefused(path, f"{path} cannot be read (permission denied)")


def _check_new_location(path: Path) -> None:
    """A new library's folder must be (or be creatable inside) a folder this process can write,
    and its name one a file can have (SQLite said only "unable to open database file")."""
    longest = max((part for part in path.parts), key=lambda part: len(os.fsencode(part)))
    if len(os.fsencode(longest)) > MAX_NAME_BYTES:
        raise LibraryRefused(
            path, f"cannot create a library at {path}: the name {longest[:40]}… is too long"
                  f" ({len(os.fsencode(longest))} bytes; at most {MAX_NAME_BYTES})")
    for ancestor in path.parents:
        if not ancestor.exists():
            continue
        if not ancestor.is_dir():
            raise LibraryRefused(
                path, f"cannot create a library at {path}: {ancestor} is not a folder"
            )
        if not os.access(ancestor, os.W_OK):
            raise LibraryRefused(
                path, f"cannot create a library at {path}: the folder {ancestor} is read-only"
            )
        return


def is_writable(path: Path) -> bool:
    """Whether this process may change the library at ``path``.

    Both the file and its folder: SQLite creates ``-wal``/``-shm`` beside the
    file, and a restore or a backup renames files there.
    """
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class OpenedFile(NamedTuple):
    """A connected library file: its database, whether only to read it, and what creating it
    applied (every migration when this call made the library, else none)."""

    db: Database
    read_only: bool
    created_with: list[str]


def open_database(path: Path) -> OpenedFile:
    """Connect to the library file at ``path`` without changing it.

    A missing path gets a new library, made whole before it appears there
    (``create_library``: its folders created, migrated in a draft beside it);
    an existing file is refused unless it is a workbench library, and opened
    read-only when this process may not write it. Raises ``LibraryRefused``.
    """
    path = Path(path)
    check_library_path(path)
    created_with = [] if path.exists() else create_library(path)
    read_only = not is_writable(path)
    db = Database(connect_library_read_only(path)) if read_only else Database(path)
    try:
        refuse_unless_library(db.conn, path)
    except BaseException:
        db.close()
        raise
    return OpenedFile(db, read_only, created_with)


def connect_library_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to the library, or ``LibraryRefused`` saying why there is none."""
    try:
        return connect_read_only(path, timeout=READ_WAIT_S)
    except sqlite3.OperationalError as error:
        raise LibraryRefused(path, f"cannot open {path} read-only: {error}") from None


def refuse_unless_library(conn: sqlite3.Connection, path: Path) -> None:
    """Raise ``LibraryRefused`` unless the existing file at ``path`` holds a workbench library.

    An empty file is refused at once: a new library never stands at its path
    unfinished (``create_library``), so nobody is about to fill it.
    """
    state = schema_state(conn)
    if state == WORKBENCH:
        return
    backup = backup_to_offer(path)
    if state == FOREIGN:
        message = (
            f"{path} is an SQLite database but not an Analyst Workbench library; it was left "
            "unchanged. Open a library file, or name a new file to start a library"
        )
    else:
        message = f"{path} exists but holds no library (it is empty); it was left unchanged."
        if backup is None:
            message += " No backup of it exists: delete the file to start a new library there"
    raise LibraryRefused(path, message, backup)


def schema_state(conn: sqlite3.Connection) -> str:
    """``EMPTY`` (no tables at all), ``WORKBENCH`` (our migrations recorded) or ``FOREIGN``."""
    objects = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchone()[0]
    if not objects:
        return EMPTY
    try:
        row = conn.execute(
            f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE migration_set = ? LIMIT 1", [MIGRATION_SET]
        ).fetchone()
    except sqlite3.OperationalError:  # no such table, or not the one sqlite-utils writes
        return FOREIGN
    return WORKBENCH if row else FOREIGN


def backup_to_offer(library: Path) -> BackupInfo | None:
    """The newest backup holding documents (else the newest at all), or None."""
    backups = list_backups(library)
    return next((info for info in backups if holds_documents(info.path)), None) or (
        backups[0] if backups else None
    )


def belongs_to_library(library: Path, candidate: Path) -> bool:
    """Whether writing ``candidate`` would replace a file of the library at ``library``: the
    library itself, its side and lock files, or anything in its backups folder.

    Why: ``export --format json --out library.sqlite`` (a slip of the shell's history)
    replaced the open library by its own export, and the next command found it damaged.
    """
    target = os.path.normcase(os.path.realpath(candidate))
    library = Path(library)
    own = [Path(f"{library}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")]
    own.append(lock_path(library))
    if target in {os.path.normcase(os.path.realpath(path)) for path in own}:
        return True
    backups = os.path.normcase(os.path.realpath(backups_folder(library)))
    return os.path.dirname(target) == backups
