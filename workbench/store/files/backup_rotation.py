"""Rotation of a library's backups: keep the newest, never the wrong ones, clear debris.

Why these rules: rotation is the only code that deletes a backup, so it is
where a restore could lose the very copy it is restoring, or an emptied
library could push its last real copy out. It also clears the ``.partial``
copies that killed backups leave behind (each can be as large as the library).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Collection
from contextlib import suppress
from pathlib import Path

from workbench.store.files.backup_files import (
    KEEP_BACKUPS,
    PARTIAL_SUFFIX,
    STALE_PARTIAL_SECONDS,
    BackupInfo,
    backups_folder,
    holds_documents,
    info_stem,
    library_file,
    list_backups,
)

_SIDE_FILES = ("-journal", "-wal", "-shm")


def rotate_backups(
    library: Path,
    keep: int = KEEP_BACKUPS,
    folder: Path | None = None,
    *,
    protect: Collection[Path] = (),
) -> int:
    """Delete all but the ``keep`` newest verified backups (and stale partial copies).

    Never deleted: a backup in ``protect``, and the newest backup holding
    documents when none of the kept ones holds any (an emptied library must
    not rotate its last real copy out).
    """
    folder = folder or backups_folder(library)
    backups = list_backups(library, folder)
    spared = {Path(path).resolve() for path in protect}
    doomed = [info for info in backups[keep:] if info.path.resolve() not in spared]
    last_real_copy = _last_copy_with_documents(backups[:keep], doomed)
    removed = 0
    for old in doomed:
        if old != last_real_copy:
            old.path.unlink(missing_ok=True)
            removed += 1
    remove_stale_partials(folder, library_file(library).stem)
    return removed


def _last_copy_with_documents(
    kept: list[BackupInfo], doomed: list[BackupInfo]
) -> BackupInfo | None:
    """The newest of ``doomed`` that holds documents, when no ``kept`` backup holds any."""
    if not doomed or any(holds_documents(info.path) for info in kept):
        return None
    return next((info for info in doomed if holds_documents(info.path)), None)


def remove_stale_partials(folder: Path, stem: str) -> int:
    """Delete ``.partial`` copies left by killed backups of library ``stem``; return how many.

    A partial copy is named after the process writing it; it is stale once
    that process has exited (or, where that cannot be asked, after
    ``STALE_PARTIAL_SECONDS``). This process's own are left alone unless old:
    another of its threads may be writing one.
    """
    return remove_abandoned(folder, lambda entry: _partial_writer(entry, stem))


def remove_abandoned(folder: Path, writer_of: Callable[[Path], int | None]) -> int:
    """Delete the files in ``folder`` whose writer (``writer_of``: the process id its name
    holds, None for a file that is none of these) is done with them; return how many.

    Why one sweep: backups' ``.partial`` copies and new libraries' drafts are both
    named after the process writing them and both left behind when it is killed.
    """
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    removed = 0
    for entry in entries:
        writer = writer_of(entry)
        if writer is not None and _abandoned(entry, writer):
            with suppress(OSError):
                entry.unlink()
                removed += 1
    return removed


def _partial_writer(entry: Path, stem: str) -> int | None:
    """The process id in ``.<backup name>.<pid>.partial`` of library ``stem``, else None.

    SQLite's ``-journal`` (or ``-wal``/``-shm``) beside a partial copy counts too.
    """
    name = entry.name
    for side in _SIDE_FILES:
        name = name.removesuffix(side)
    if not (name.startswith(".") and name.endswith(PARTIAL_SUFFIX)):
        return None
    final, _, pid = name[1 : -len(PARTIAL_SUFFIX)].rpartition(".")
    if not pid.isdigit() or info_stem(Path(final)) != stem:
        return None
    return int(pid)


def _abandoned(entry: Path, writer: int) -> bool:
    """Whether nobody is writing ``entry`` (a partial backup, a new library's draft) any more.

    ``writer`` is the process id in its name: gone (POSIX asks), or the file
    older than ``STALE_PARTIAL_SECONDS`` where that cannot be asked.
    """
    try:
        age = time.time() - entry.stat().st_mtime
    except OSError:
        return False
    if age > STALE_PARTIAL_SECONDS:
        return True
    if writer == os.getpid() or os.name != "posix":
        return False
    return not _process_alive(writer)


def _process_alive(pid: int) -> bool:
    """Whether a process with this id exists (POSIX: signal 0 only asks)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but belongs to someone else
    return True
