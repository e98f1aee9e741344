"""One desktop app per library: an OS-level lock file held while the GUI has it open.

Why a separate lock file and not SQLite's locks: SQLite already makes every
transaction safe between processes (WAL, busy timeout), so two writers never
corrupt the file. What it cannot prevent is two *windows* on one library, each
showing the other's edits as stale and each taking its own close-time backup.
The GUI therefore holds ``<library>.lock`` exclusively for as long as it is
open; a second instance gets ``LibraryInUse`` with a message naming the
holder. The CLI does not take the lock for ordinary commands (a script may
tag documents while the app is open; SQLite serialises the writes); it takes
it only to replace the file (``restore``), which would pull the file from
under an open window.

The lock is ``fcntl.flock`` on POSIX and ``msvcrt.locking`` on Windows; both
are released by the OS when the holder exits or crashes, so a lock is never
left stale. The file itself is never deleted (deleting a flock'ed file lets a
third process lock a new inode while the second still holds the old one).

A library in a folder this process cannot write has no lock file to create;
nobody can change that library there, so no lock is needed: ``acquire``
returns without one (``read_only`` set) and the library opens read-only.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from sqlite_utils import Database

from workbench.store.files.backup_files import library_file
from workbench.store.files.refusals import LibraryReadOnly
from workbench.store.rows import now_iso

LOCK_SUFFIX = ".lock"
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}
_INFO_OFFSET = 1  # byte 0 is the one locked on Windows; the holder's details follow it


class LibraryInUse(RuntimeError):
    """Another app instance holds the library; the message says which one."""

    def __init__(self, library: Path, holder: dict[str, Any]) -> None:
        self.library = library
        self.holder = holder
        who = f"process {holder.get('pid', '?')} on {holder.get('host', 'this computer')}"
        since = f" since {holder['since']}" if holder.get("since") else ""
        super().__init__(
            f"{library} is open in another Analyst Workbench window ({who}{since}); "
            "close it there first, or open another library with --db"
        )


def lock_path(library: Path) -> Path:
    """The lock file beside ``library``'s own file: a window opened through a link to it and
    one opened by its path took two lock files, and both opened the one library."""
    library = library_file(library)
    return library.with_name(library.name + LOCK_SUFFIX)


class LibraryLock:
    """An exclusive, crash-safe lock on one library file (a context manager)."""

    def __init__(self, library: Path, purpose: str = "desktop app") -> None:
        self.library = Path(library)
        self.path = lock_path(self.library)
        self.purpose = purpose
        self.read_only = False
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        """Whether this object currently holds the lock."""
        return self._handle is not None

    def acquire(self) -> LibraryLock:
        """Take the lock without waiting; raise ``LibraryInUse`` when another process has it."""
        if self._handle is not None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        except OSError as error:
            if error.errno not in _NOT_WRITABLE or os.access(self.path.parent, os.W_OK):
                raise
            self.read_only = True  # nobody can write the library here: nothing to guard
            return self
        self.read_only = False
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise LibraryInUse(self.library, read_holder(self.library)) from None
        self._handle = handle
        self._write_holder()
        return self

    def release(self) -> None:
        """Give the lock up (closing the file releases it too, as does exiting)."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            handle.seek(_INFO_OFFSET)
            handle.truncate()
            handle.flush()
            _unlock(handle)
        finally:
            handle.close()

    def __enter__(self) -> LibraryLock:
        return self.acquire()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()

    def _write_holder(self) -> None:
        """Record who holds the lock so a second instance can say so."""
        assert self._handle is not None
        details = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": now_iso(),
            "purpose": self.purpose,
        }
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(b" " + json.dumps(details).encode("utf-8"))
        self._handle.flush()


def read_holder(library: Path) -> dict[str, Any]:
    """The details the current holder wrote (empty when unknown or unreadable)."""
    try:
        with open(lock_path(library), "rb") as handle:
            handle.seek(_INFO_OFFSET)
            data = handle.read(4096)
        holder = json.loads(data.decode("utf-8")) if data.strip() else {}
    except (OSError, ValueError):
        return {}
    return holder if isinstance(holder, dict) else {}


def open_in_another_process(library: Path) -> bool:
    """Whether a connection elsewhere has ``library`` open, even idle between transactions.

    Why: a command's connection takes no lock file (only the desktop app does), so
    ``restore`` replaced the file under a running import, whose later writes went
    to the replaced file and were lost while it reported success. In WAL mode every
    open connection holds a shared lock on the library for as long as it is open,
    so an exclusive lock is refused while any other exists. A file that is no
    sound database (kept aside by the restore) has no such readers: False.
    """
    if not library.is_file():
        return False
    try:
        with closing(sqlite3.connect(library, timeout=0, isolation_level=None)) as probe:
            probe.execute("PRAGMA locking_mode=EXCLUSIVE")
            probe.execute("BEGIN EXCLUSIVE")
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
            probe.execute("COMMIT")
    except sqlite3.OperationalError as error:
        return getattr(error, "sqlite_errorname", "") in {"SQLITE_BUSY", "SQLITE_LOCKED"} \
            or "locked" in str(error)
    except sqlite3.DatabaseError:
        return False
    return False


def refuse_writes(db: Database, library: Path | None) -> None:
    """Make every ``db.atomic()`` raise ``LibraryReadOnly``: the library is open read-only."""
    db._read_only_library = library  # type: ignore[attr-defined]  # noqa: SLF001


def is_read_only(db: Database) -> bool:
    """Whether ``refuse_writes`` was called for ``db``."""
    return hasattr(db, "_read_only_library")


def _refuse_if_read_only(db: Database) -> None:
    if is_read_only(db):
        raise LibraryReadOnly(db._read_only_library)  # type: ignore[attr-defined]  # noqa: SLF001


def use_immediate_transactions(db: Database) -> None:
    """Make ``db.atomic()`` begin its outermost transaction with ``BEGIN IMMEDIATE``.

    Why: a deferred transaction that reads before it writes (the duplicate
    check before an insert, the row images an undoable action records) cannot
    take the write lock once another connection has committed since its read;
    SQLite then fails at once with "database is locked", without waiting for
    the busy timeout. Taking the write lock at BEGIN makes a second writer (the
    CLI beside the app, an import beside the analyst) wait its turn instead.
    Nested ``atomic()`` blocks keep using savepoints. Idempotent.

    Every write goes through here, so this is also where a read-only library
    refuses it (``LibraryReadOnly``, one clear line instead of SQLite's
    "attempt to write a readonly database").
    """
    if getattr(db, "_immediate_transactions", False):
        return
    deferred = db.atomic

    @contextmanager
    def atomic() -> Iterator[Database]:
        if db.conn.in_transaction:
            with deferred():
                yield db
            return
        _refuse_if_read_only(db)
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except sqlite3.OperationalError as error:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            if getattr(error, "sqlite_errorname", "").startswith("SQLITE_READONLY"):
                raise LibraryReadOnly(_file_of(db)) from error
            raise
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise

    db.atomic = atomic  # type: ignore[method-assign]
    db._immediate_transactions = True  # type: ignore[attr-defined]  # noqa: SLF001


def _file_of(db: Database) -> Path | None:
    """The main database file of ``db`` (None in memory)."""
    row = db.conn.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
