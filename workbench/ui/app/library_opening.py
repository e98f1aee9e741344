"""Open a library for the window: one window per library, damaged files recovered.

The window holds an OS lock on the library while it is open, so a second app
instance gets a clear message instead of two writers. A damaged file is kept
aside (``.damaged``) by ``open_library``, and a file that is no library (empty,
foreign, a folder) is refused unchanged; here the analyst is offered the
newest verified backup. A library this process cannot write opens read-only,
and the window says so in its title and status bar; so it does, once, of a
library holding values of the wrong type (``Store.bad_values``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QStatusBar, QWidget

from workbench.core.text import plural
from workbench.store import (
    BackupError,
    LibraryDamaged,
    LibraryInUse,
    LibraryLock,
    LibraryRefused,
    SchemaTooNew,
    Store,
    open_library,
    restore_backup,
)
from workbench.ui.app.status_messages import show_status
from workbench.ui.dialogs.standard import ask_yes_no, show_error

READ_ONLY_BADGE = "ReadOnlyBadge"
READ_ONLY_TIP = "This library cannot be written here (the file or its folder is read-only)."


def open_library_interactively(
    parent: QWidget | None, path: Path
) -> tuple[Store, LibraryLock] | None:
    """Lock and open ``path``; explain any problem in a dialog and return None then."""
    lock = LibraryLock(path)
    try:
        lock.acquire()
    except LibraryInUse as busy:
        show_error(parent, "Library in Use", str(busy))
        return None
    except OSError as error:
        show_error(parent, "Cannot Open Library", f"{path}: {error.strerror or error}")
        return None
    try:
        return open_library(path), lock
    except LibraryDamaged as damaged:
        store = _offer_restore(parent, path, damaged, lock)
        if store is not None:
            return store, lock
    except (SchemaTooNew, BackupError, OSError, ValueError) as error:
        show_error(parent, "Cannot Open Library", str(error))
    lock.release()
    return None


def _offer_restore(parent: QWidget | None, path: Path, damaged: LibraryDamaged,
                   lock: LibraryLock) -> Store | None:
    """Ask to restore the newest verified backup of a damaged library, and open it."""
    title = "Cannot Open Library" if isinstance(damaged, LibraryRefused) else "Library Damaged"
    if damaged.newest_backup is None:
        show_error(parent, title, str(damaged))
        return None
    if not ask_yes_no(parent, title, f"{damaged}\n\nRestore the newest verified backup now?",
                      action="Restore Backup"):
        return None
    try:
        restore_backup(damaged.newest_backup, path, lock=lock)
        return open_library(path)
    except (LibraryDamaged, BackupError, OSError) as error:
        show_error(parent, "Could Not Restore the Backup", str(error))
        return None


def show_read_only_state(window: QMainWindow, store: Store) -> None:
    """Mark the window of a read-only library: a permanent status-bar badge and the title."""
    badge = window.findChild(QLabel, READ_ONLY_BADGE)
    if badge is None:
        badge = QLabel("Read-only")
        badge.setObjectName(READ_ONLY_BADGE)
        badge.setToolTip(READ_ONLY_TIP)
        window.statusBar().addPermanentWidget(badge)
    badge.setVisible(store.read_only)
    if store.read_only:
        if not window.windowTitle().endswith("(read-only)"):
            window.setWindowTitle(f"{window.windowTitle()} (read-only)")
        show_status(window.statusBar(),
                    f"{store.path} is read-only: you can read it, but changes will be refused")


def follow_read_only_state(window: QMainWindow) -> None:
    """Show the read-only state of the window's library now and after each library switch."""
    show_read_only_state(window, window.store)  # type: ignore[attr-defined]
    window.library_opened.connect(  # type: ignore[attr-defined]
        lambda _path: show_read_only_state(window, window.store)  # type: ignore[attr-defined]
    )


def show_bad_values(bar: QStatusBar, store: Store) -> None:
    """Say once, when a library opens, that it holds values of the wrong type.

    Why: the CLI warned of them at every command, the app never did: the analyst saw
    documents with a missing date or title and no hint that ``check --repair`` exists.
    """
    if store.bad_values:
        count = plural(len(store.bad_values), "value")
        show_status(bar, f"This library has {count} of the wrong type;"
                         " run `workbench check --repair`")
