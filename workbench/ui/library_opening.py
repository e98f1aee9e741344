"""Open a library for the window: one window per library, damaged files recovered.

The window holds an OS lock on the library while it is open, so a second app
instance gets a clear message instead of two writers. A damaged file is kept
aside (``.damaged``) by ``open_library``; here the analyst is offered the
newest verified backup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from workbench.store import (
    BackupError,
    LibraryDamaged,
    LibraryInUse,
    LibraryLock,
    SchemaTooNew,
    Store,
    open_library,
    restore_backup,
)
from workbench.ui.dialogs import show_error


def open_library_interactively(
    parent: QWidget | None, path: Path
) -> tuple[Store, LibraryLock] | None:
    """Lock and open ``path``; explain any problem in a dialog and return None then."""
    lock = LibraryLock(path)
    try:
        lock.acquire()
    except LibraryInUse as busy:
        show_error(parent, "Library in use", str(busy))
        return None
    try:
        return open_library(path), lock
    except LibraryDamaged as damaged:
        store = _offer_restore(parent, path, damaged, lock)
        if store is not None:
            return store, lock
    except (SchemaTooNew, BackupError, OSError, ValueError) as error:
        show_error(parent, "Cannot open library", str(error))
    lock.release()
    return None


def _offer_restore(parent: QWidget | None, path: Path, damaged: LibraryDamaged,
                   lock: LibraryLock) -> Store | None:
    """Ask to restore the newest verified backup of a damaged library, and open it."""
    if damaged.newest_backup is None:
        show_error(parent, "Library damaged", str(damaged))
        return None
    answer = QMessageBox.question(
        parent, "Library damaged",
        f"{damaged}\n\nRestore the newest verified backup now?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        restore_backup(damaged.newest_backup, path, lock=lock)
        return open_library(path)
    except (LibraryDamaged, BackupError, OSError) as error:
        show_error(parent, "Could not restore the backup", str(error))
        return None
