"""Why a library file was not opened, or not written: one exception family, one line each.

Why one family: the CLI prints any ``LibraryDamaged`` as a single line with
exit code 1, and the desktop app offers the newest backup for it. A file that
is not a library at all (a folder, a pipe, an empty or foreign file) and a
library this process may only read are refusals of the same kind: nothing was
changed, and the message says what to do next.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.store.files.backup_files import BackupInfo

EARLIER = "kept aside earlier"


def os_reason(error: OSError) -> str:
    """An OS error as the short phrase a refusal's line ends with (no errno prefix)."""
    return error.strerror or str(error)


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
            # Not "check --repair a copy": check opens the library, so the copy was kept
            # aside in its turn, the advice leading round in a circle.
            return text + (
                "No backup exists. Keep the damaged copy (it holds what was in the library) "
                "and move it away to start an empty library"
            )
        return text + restore_advice(self.path, self.backup_info)


class LibraryRefused(LibraryDamaged):
    """The file at the library path cannot be used as a library; it was left unchanged.

    ``newest_backup`` is set when a backup of that library exists, so the app
    can offer to restore it (the restore keeps the refused file aside).
    """

    def __init__(self, path: Path, message: str, newest_backup: BackupInfo | None = None) -> None:
        self.path = Path(path)
        self.damaged_copy = self.path
        self.newest_backup = newest_backup.path if newest_backup else None
        self.backup_info = newest_backup
        self.reason = message
        advice = ""
        if newest_backup is not None:
            stop = "" if message.rstrip().endswith(".") else "."
            advice = f"{stop} {restore_advice(self.path, newest_backup)}"
        RuntimeError.__init__(self, f"{message}{advice}")


class LibraryReadOnly(LibraryRefused):
    """A change was asked of a library this process may only read."""

    def __init__(self, path: Path | None, action: str = "changes") -> None:
        where = str(path) if path is not None else "the library"
        super().__init__(
            Path(where),
            f"{where} is read-only (it or its folder cannot be written), so {action} "
            "cannot be saved; nothing was changed. Make it writable, or work on a copy",
        )


def restore_advice(library: Path, backup: BackupInfo) -> str:
    """One sentence naming ``backup`` and the command that restores it over ``library``."""
    saved = backup.created.strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"The newest verified backup is {backup.path} (saved {saved}); "
        f"restore it with: workbench --db {library} restore {backup.path}"
    )


# SQLite's primary result codes for a write the disk refused, and for one another
# connection kept waiting past the busy timeout.
_SQLITE_IOERR, _SQLITE_FULL = 10, 13
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
# A trigger's RAISE(): the app's own triggers never raise, so the trigger is another program's.
_SQLITE_CONSTRAINT_TRIGGER = 1811


def library_error_text(exc: sqlite3.Error) -> str:
    """A library error in words that say what happened and what is safe.

    Why: a full disk ended an import with "library error: disk I/O error",
    which reads like damage. Every write is a transaction, so what was saved
    before the failure is whole; the analyst needs to know that and what to do.
    The command line and the desktop app's task errors both say it this way.
    """
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == _SQLITE_FULL:
        return ("the disk holding the library is full (or the library reached its size limit):"
                " what was saved before is kept; free some space and try again")
    if code == _SQLITE_IOERR:
        return (f"the library could not be written ({exc}): the disk may be full, failing or"
                " disconnected; what was saved before is kept")
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):  # "database is locked" read like damage
        return ("the library is busy: another program is writing to it and did not finish"
                " in time; what was saved before is kept; try again when it is done")
    if getattr(exc, "sqlite_errorcode", 0) == _SQLITE_CONSTRAINT_TRIGGER:
        return (f"a trigger another program added to the library refused the change ({exc});"
                " nothing was changed; `workbench check --repair` removes it")
    return f"library error: {exc}"
