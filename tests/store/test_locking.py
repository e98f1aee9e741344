"""One desktop app per library: the lock file, held across processes and released on a crash."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.core.models import Article
from workbench.store import LibraryInUse, LibraryLock, Store, backup_library, restore_backup
from workbench.store.files.locking import lock_path, read_holder, use_immediate_transactions

HOLDER = """
import sys
from workbench.store import LibraryLock
lock = LibraryLock(sys.argv[1], purpose="desktop app").acquire()
print("locked", flush=True)
sys.stdin.readline()
lock.release()
print("released", flush=True)
"""


@pytest.fixture
def other_process(library_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process holding the library's lock until told to stop (or killed)."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(library_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


def test_a_second_instance_gets_a_clear_message(
    library_path: Path, other_process: subprocess.Popen[str]
) -> None:
    with pytest.raises(LibraryInUse, match="open in another Analyst Workbench window") as caught:
        LibraryLock(library_path).acquire()
    assert caught.value.holder["pid"] == other_process.pid
    assert f"process {other_process.pid}" in str(caught.value)


def test_the_lock_is_free_once_the_holder_releases_it(
    library_path: Path, other_process: subprocess.Popen[str]
) -> None:
    assert other_process.stdin is not None and other_process.stdout is not None
    other_process.stdin.write("\n")
    other_process.stdin.flush()
    assert other_process.stdout.readline().strip() == "released"
    with LibraryLock(library_path) as lock:
        assert lock.held
        assert read_holder(library_path)["pid"] == os.getpid()
    with LibraryLock(library_path) as again:  # released on leaving: the next window gets it
        assert again.held
    assert lock_path(library_path).exists()  # kept on purpose (see locking.py)


def test_a_crashed_holder_leaves_no_stale_lock(
    library_path: Path, other_process: subprocess.Popen[str]
) -> None:
    os.kill(other_process.pid, signal.SIGKILL)
    other_process.wait(timeout=10)
    lock = LibraryLock(library_path).acquire()
    assert lock.held
    lock.release()


def test_two_locks_in_one_process_also_exclude_each_other(library_path: Path) -> None:
    with LibraryLock(library_path), pytest.raises(LibraryInUse):
        LibraryLock(library_path).acquire()


def test_restore_refuses_while_a_window_has_the_library(
    library_path: Path, other_process: subprocess.Popen[str]
) -> None:
    store = Store(library_path)
    info = backup_library(store, "manual")
    store.close()
    before = library_path.read_bytes()
    with pytest.raises(LibraryInUse):
        restore_backup(info.path, library_path)
    assert library_path.read_bytes() == before


WRITER = (
    "import sys\n"
    "from workbench.core.models import Article\n"
    "from workbench.store.files.locking import use_immediate_transactions\n"
    "from workbench.store.store import Store\n"
    "s = Store(sys.argv[1])\n"
    "if sys.argv[3] == 'immediate':\n"
    "    use_immediate_transactions(s.db)\n"
    "for n in range(200):\n"
    "    s.documents.add_article(Article(title=f'{sys.argv[2]}{n}', text=f'{sys.argv[2]} {n}'))\n"
    "s.close()\n"
)


def run_two_writers(library_path: Path, mode: str) -> list[subprocess.CompletedProcess[str]]:
    Store(library_path).close()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(library_path), tag, mode],
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in "ab"
    ]
    return [
        subprocess.CompletedProcess(w.args, w.wait(timeout=120), "", w.communicate()[1])
        for w in writers
    ]


def test_sqlite_serialises_cli_writes_beside_an_open_window(
    library_path: Path, other_process: subprocess.Popen[str]
) -> None:
    """The CLI does not take the lock: with immediate transactions SQLite queues the writers."""
    done = run_two_writers(library_path, "immediate")
    assert [d.returncode for d in done] == [0, 0], [d.stderr[-300:] for d in done]
    store = Store(library_path)
    assert store.documents.count_documents() == 400
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_immediate_transactions_keep_savepoints_and_rollback(store: Store) -> None:
    use_immediate_transactions(store.db)
    use_immediate_transactions(store.db)  # idempotent
    with pytest.raises(RuntimeError), store.db.atomic():
        store.documents.add_article(Article(title="t", text="kept only if the outer block commits"))
        raise RuntimeError("roll back")
    assert store.documents.count_documents() == 0
    with store.db.atomic():
        store.documents.add_article(
            Article(title="t", text="nested savepoint commits with the outer")
        )
    assert store.documents.count_documents() == 1


def test_deferred_transactions_may_fail_a_writer_but_never_corrupt(library_path: Path) -> None:
    """Without immediate transactions a read-then-write can fail at once ("database is locked").

    This is the Store's behaviour until store.py calls ``use_immediate_transactions``: a clear
    error for one writer, never a damaged library.
    """
    done = run_two_writers(library_path, "deferred")
    for result in done:
        assert result.returncode == 0 or "database is locked" in result.stderr, result.stderr
    conn = sqlite3.connect(library_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_the_app_restores_under_the_lock_it_holds(library_path: Path) -> None:
    store = Store(library_path)
    info = backup_library(store, "manual")
    store.close()
    with LibraryLock(library_path) as lock:
        with pytest.raises(LibraryInUse):
            restore_backup(info.path, library_path)  # a second lock, even in this process
        assert restore_backup(info.path, library_path, lock=lock) is not None
        assert lock.held


OPENER = (
    "import sys, time\n"
    "from workbench.store import Store\n"
    "time.sleep(max(0.0, float(sys.argv[2]) - time.time()))\n"
    "Store(sys.argv[1]).close()\n"
)


def test_processes_creating_one_new_library_at_once_all_open_it(tmp_path: Path) -> None:
    """Attack run 15: two imports started together into a new library; one ended "library
    error: table authors already exists" (each had listed the migrations pending before
    the other applied them)."""
    path = tmp_path / "new.sqlite"
    start = f"{time.time() + 3:.3f}"  # all of them past their imports by then
    openers = [
        subprocess.Popen([sys.executable, "-c", OPENER, str(path), start],
                         stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    errors = [opener.communicate(timeout=120)[1] for opener in openers]
    assert [opener.returncode for opener in openers] == [0] * 4, [e[-300:] for e in errors]
    with Store(path) as store:
        assert store.applied_migrations == []
