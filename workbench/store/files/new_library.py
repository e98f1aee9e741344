"""Create a new library file atomically: it appears at its path complete, or not at all.

Why: a new library used to be created in place, so from the moment SQLite made
the file until the first migration committed, the path held a 0-byte file.
Another process opening the same new library then (two imports started
together) could read "empty", and by the time it looked again the first
migration had committed; it refused the file as "holds no library". No wait
closes that window: the state read and the check of the file are two steps.

So a new library is built and migrated in a draft file beside the target (same
folder, so same file system), closed, and hard-linked to the target name, which
fails when the name exists: exactly one creator wins; the others find the
winner's complete library and open it. A path therefore only ever holds a whole
library, and a 0-byte file there is one the analyst made (refused, unchanged).

Where the file system has no hard links (FAT, exFAT, some network shares) the
draft is renamed instead: Windows' rename refuses an existing target, so it is
just as safe; elsewhere the existence check and the rename are two steps, and
two creators within that moment on such a disk may each believe they made the
library (the later one's rename replaces the earlier, still-empty one).
"""

from __future__ import annotations

import os
import re
import secrets
import sys
from contextlib import suppress
from pathlib import Path

from sqlite_utils import Database

from workbench.store.date_sorting import register_date_order
from workbench.store.files.backup_rotation import remove_abandoned
from workbench.store.files.locking import use_immediate_transactions
from workbench.store.files.refusals import LibraryRefused, os_reason
from workbench.store.name_order import register_name_order
from workbench.store.schema import apply_migrations

DRAFT_SUFFIX = ".creating"
# Keeps the draft's name under the file systems' 255-byte limit for any library name.
_NAME_PART = 40
# Matched whole with DOTALL: a library's name may hold a newline.
_DRAFT_NAME = re.compile(r"\..*\.(\d+)-[0-9a-f]{8}\.creating(-journal)?", re.DOTALL)


def configure_connection(db: Database) -> None:
    """Settings every library connection works with, the draft's as well as the Store's.

    Waiting (not failing) while another connection writes, foreign keys
    enforced, every ``db.atomic()`` taking the write lock at BEGIN, and names
    sorted as a reader expects (``name_order``, ``date_rank`` and ``date_place``).
    """
    register_name_order(db.conn)
    register_date_order(db.conn)  # the library's Date sort (``store.date_sorting``)
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA foreign_keys = ON")
    use_immediate_transactions(db)


def create_library(path: Path) -> list[str]:
    """Put a new, fully migrated library at ``path``; return the migrations it applied.

    Returns [] when another process put its library there first (then that one
    is the library to open). Raises ``LibraryRefused`` when the folder cannot
    be made or written.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryRefused(path, f"cannot create {path.parent}: {os_reason(error)}") from None
    remove_abandoned_drafts(path.parent)
    draft = draft_path(path)
    try:
        applied = _build(draft)
        return applied if _put_in_place(draft, path) else []
    except OSError as error:
        reason = f"cannot create a library at {path}: {os_reason(error)}"
        raise LibraryRefused(path, reason) from None
    finally:
        for name in (draft, Path(f"{draft}-journal")):
            with suppress(OSError):
                name.unlink()


def draft_path(path: Path) -> Path:
    """The hidden draft beside ``path``, named by this process and a random token.

    The token keeps two threads of one process apart; the process id lets a
    later creation tell a draft left by a killed process from one being built.
    """
    token = secrets.token_hex(4)
    return path.with_name(f".{path.name[:_NAME_PART]}.{os.getpid()}-{token}{DRAFT_SUFFIX}")


def _build(draft: Path) -> list[str]:
    """Migrate a fresh database at ``draft`` and close it, every page on disk."""
    db = Database(draft)
    try:
        configure_connection(db)
        return apply_migrations(db)
    finally:
        db.close()


def _put_in_place(draft: Path, path: Path) -> bool:
    """Give ``draft`` the name ``path`` unless something has it; whether this call did.

    ``os.link`` never replaces a name: it fails when ``path`` exists.
    """
    try:
        os.link(draft, path)
    except FileExistsError:
        return False
    except OSError:  # no hard links on this file system
        return _rename_unless_present(draft, path)
    return True


def _rename_unless_present(draft: Path, path: Path) -> bool:
    """Rename ``draft`` to ``path`` unless that exists (see the module note for the window)."""
    if sys.platform == "win32":
        try:
            os.rename(draft, path)  # never replaces on Windows
        except FileExistsError:
            return False
        return True
    if os.path.lexists(path):
        return False
    os.rename(draft, path)
    return True


def remove_abandoned_drafts(folder: Path) -> int:
    """Delete drafts (and their journals) left in ``folder`` by killed creations; how many."""
    return remove_abandoned(folder, _draft_writer)


def _draft_writer(entry: Path) -> int | None:
    """The process id in a draft's name (``.<name>.<pid>-<token>.creating``), else None."""
    match = _DRAFT_NAME.fullmatch(entry.name)
    return int(match.group(1)) if match else None
