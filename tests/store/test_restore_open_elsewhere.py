"""``restore`` never replaces a library another process has open, even idle between writes.

Found by attack round 6: a restore run beside an import replaced the file; the
import went on writing into the replaced file and reported its documents imported
and analysed, while the library named by --db held none of them.
"""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from pathlib import Path

import pytest

from workbench.core.models import Article
from workbench.store import BackupError, Store, backup_library, restore_backup
from workbench.store.files import opening

# Another process with the library open and idle, as an import is between two writes.
_HOLDER = (
    "import sqlite3, sys\n"
    "connection = sqlite3.connect(sys.argv[1])\n"
    "connection.execute('SELECT count(*) FROM documents').fetchone()\n"
    "print('open', flush=True)\n"
    "sys.stdin.read()\n"
)


@contextmanager
def held_open_elsewhere(library: Path) -> Iterator[None]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(library)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def _library_with_two_documents(path: Path) -> Path:
    """The library at ``path`` with a backup of its first document only; return the backup."""
    store = Store(path)
    store.documents.add_article(Article(title="One", text="The first story."), analyze=False)
    backup = backup_library(store, "manual").path
    store.documents.add_article(Article(title="Two", text="The second story."), analyze=False)
    store.close()
    return backup


def _titles(path: Path) -> list[str]:
    store = Store(path)
    try:
        return [row[0] for row in store.db.execute("SELECT title FROM documents ORDER BY id")]
    finally:
        store.close()


def test_restore_refuses_a_library_open_in_another_process(library_path: Path) -> None:
    backup = _library_with_two_documents(library_path)
    with held_open_elsewhere(library_path), \
            pytest.raises(BackupError, match="open in another process"):
        restore_backup(backup, library_path)
    assert _titles(library_path) == ["One", "Two"]


def test_restore_goes_ahead_once_the_other_process_closed_it(library_path: Path) -> None:
    backup = _library_with_two_documents(library_path)
    with held_open_elsewhere(library_path):
        pass
    assert restore_backup(backup, library_path) is not None
    assert _titles(library_path) == ["One"]


def test_restore_reads_the_current_library_through_once(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its soundness is checked once (every page read), not again by each step that
    needs it: the emptying check, both probes for other processes and the backup."""
    backup = _library_with_two_documents(library_path)
    checked: list[Path] = []
    probe = opening.probe_library

    def counted(path: Path) -> str:
        checked.append(path)
        return probe(path)

    monkeypatch.setattr(opening, "probe_library", counted)
    assert restore_backup(backup, library_path) is not None
    assert checked.count(library_path) == 1
    assert _titles(library_path) == ["One"]


def test_restore_refuses_a_process_that_opened_the_library_while_it_was_backed_up(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second probe: an import started while the safety backup was being written."""
    backup = _library_with_two_documents(library_path)
    real_backup = opening.backup_library

    with ExitStack() as holders:
        def backup_then_opened(*args: object, **kwargs: object) -> object:
            made = real_backup(*args, **kwargs)  # type: ignore[arg-type]
            holders.enter_context(held_open_elsewhere(library_path))
            return made

        monkeypatch.setattr(opening, "backup_library", backup_then_opened)
        with pytest.raises(BackupError, match="open in another process"):
            restore_backup(backup, library_path)
    assert _titles(library_path) == ["One", "Two"]


def test_a_connection_opened_after_the_last_probe_writes_into_the_restored_library(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gap between the last "open elsewhere" probe and the swap: a connection opened
    there held the replaced file, and its first write went to a file nobody would read
    again (or, through the ``-wal`` it made beside the new one, into the restored
    library's pages). The restored library is written into the file in place instead, so
    such a connection reads and writes the restored library."""
    backup = _library_with_two_documents(library_path)
    real_probe = opening._refuse_if_open_elsewhere
    late: list[sqlite3.Connection] = []

    def probe_then_opened(path: Path, sound: bool) -> None:
        real_probe(path, sound)
        late.append(sqlite3.connect(path))  # opened after the probe, nothing read yet

    monkeypatch.setattr(opening, "_refuse_if_open_elsewhere", probe_then_opened)
    assert restore_backup(backup, library_path) is not None
    for connection in late:
        with closing(connection):
            assert connection.execute("SELECT count(*) FROM documents").fetchone() == (1,)
            connection.execute("CREATE TABLE IF NOT EXISTS written_late (x)")
            connection.commit()
    assert _titles(library_path) == ["One"]
    with closing(sqlite3.connect(library_path)) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("SELECT count(*) FROM sqlite_master WHERE name = 'written_late'"
                             ).fetchone() == (1,)



# A restore killed by the kernel (SIGXFSZ, whose default is to end the process at once)
# once the write in place has put half the backup's size into a file.
_KILLED_MID_RESTORE = (
    "import resource, signal, sys\n"
    "from workbench.store import restore_backup\n"
    "from workbench.store.files import opening\n"
    "write = opening._written_in_place\n"
    "def killed_midway(staging, path):\n"
    "    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)\n"
    "    limit = int(sys.argv[3])\n"
    "    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))\n"
    "    return write(staging, path)\n"
    "opening._written_in_place = killed_midway\n"
    "restore_backup(sys.argv[1], sys.argv[2])\n"
)


def _library_with_filler(path: Path) -> Path:
    """A library of about 1 MB with a backup of all but its last document ("Two")."""
    store = Store(path)
    store.documents.add_article(Article(title="One", text="The first story."), analyze=False)
    for number in range(20):
        store.documents.add_article(
            Article(title=f"Filler {number}", text=f"Story number {number}. " * 2000),
            analyze=False)
    backup = backup_library(store, "manual").path
    store.documents.add_article(Article(title="Two", text="The second story."), analyze=False)
    store.close()
    return backup


def test_a_restore_killed_while_writing_in_place_leaves_the_library_as_it_was(
    library_path: Path,
) -> None:
    """The swap it replaced was atomic; the write in place is one SQLite transaction, so
    a restore killed with half the backup written leaves the library whole and unchanged
    (its safety backup made), and the next restore goes through."""
    backup = _library_with_filler(library_path)
    half = str(backup.stat().st_size // 2)
    killed = subprocess.run([sys.executable, "-c", _KILLED_MID_RESTORE, str(backup),
                             str(library_path), half], timeout=120)
    assert killed.returncode == -signal.SIGXFSZ  # killed inside the write, not refused
    with closing(sqlite3.connect(library_path)) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert _titles(library_path)[-1] == "Two"
    assert restore_backup(backup, library_path) is not None
    assert _titles(library_path)[-1] == "Filler 19"


def test_a_restore_that_runs_out_of_space_writing_in_place_says_the_library_is_as_it_was(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written in place, the restore needs room for the backup's pages in the library's
    ``-wal`` as well: a full disk there is refused by name, the library unchanged."""
    backup = _library_with_filler(library_path)
    write = opening._written_in_place

    def out_of_space(staging: Path, path: Path) -> bool:
        limits = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (backup.stat().st_size // 2, limits[1]))
        try:
            return write(staging, path)
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, limits)

    monkeypatch.setattr(opening, "_written_in_place", out_of_space)
    with pytest.raises(BackupError, match="the library is as it was"):
        restore_backup(backup, library_path)
    assert _titles(library_path)[-1] == "Two"
