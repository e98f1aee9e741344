"""A new library appears at its path whole or not at all (``store/files/new_library.py``)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlite_utils import Database

from workbench.store import LibraryRefused, Store
from workbench.store.files import new_library
from workbench.store.files.new_library import DRAFT_SUFFIX, create_library, remove_abandoned_drafts
from workbench.store.files.refusals import os_reason
from workbench.store.schema import known_migration_names


def drafts(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir() if DRAFT_SUFFIX in entry.name)


def test_the_path_stays_absent_until_the_library_is_complete(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen_while_migrating: list[bool] = []
    real_apply = new_library.apply_migrations

    def watching_apply(db: Database) -> list[str]:
        applied = real_apply(db)
        seen_while_migrating.append(library_path.exists())
        return applied

    monkeypatch.setattr(new_library, "apply_migrations", watching_apply)
    with Store(library_path) as store:
        assert store.applied_migrations == known_migration_names()
    assert seen_while_migrating == [False]
    assert drafts(library_path.parent) == []


def test_a_library_put_in_place_meanwhile_is_opened_not_replaced(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process won the race: its file is kept, this draft thrown away."""
    real_apply = new_library.apply_migrations

    def apply_then_lose(db: Database) -> list[str]:
        applied = real_apply(db)
        with Store(None) as other:  # the winner's library, marked to be told apart
            other.db.execute("CREATE TABLE winner_mark (x)")
            other.db.conn.commit()
            with closing(sqlite3.connect(library_path)) as target:
                other.db.conn.backup(target)
        return applied

    monkeypatch.setattr(new_library, "apply_migrations", apply_then_lose)
    with Store(library_path) as store:
        assert store.applied_migrations == []
        assert "winner_mark" in store.db.table_names()
    assert drafts(library_path.parent) == []


def test_without_hard_links_the_draft_is_renamed_into_place(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: object, target: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # what FAT answers on Linux

    monkeypatch.setattr(new_library.os, "link", no_links)
    assert create_library(library_path) == known_migration_names()
    library_path.with_name("other.sqlite").write_bytes(b"not mine")
    assert create_library(library_path.with_name("other.sqlite")) == []
    assert library_path.with_name("other.sqlite").read_bytes() == b"not mine"
    with Store(library_path) as store:
        assert store.applied_migrations == []
    assert drafts(library_path.parent) == []


def test_threads_creating_one_library_at_once_all_open_the_same_one(library_path: Path) -> None:
    start = threading.Barrier(6)
    outcomes: list[object] = []

    def open_it() -> None:
        start.wait()
        try:
            with Store(library_path) as store:
                outcomes.append(len(store.applied_migrations))
        except Exception as error:  # noqa: BLE001 - the test reports what went wrong
            outcomes.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(outcomes, key=str) == sorted(
        [0] * 5 + [len(known_migration_names())], key=str
    ), outcomes
    assert drafts(library_path.parent) == []


def test_an_empty_file_made_just_now_is_refused_at_once(library_path: Path) -> None:
    """Nothing the app creates is ever empty at the path, so there is nobody to wait for."""
    library_path.write_bytes(b"")
    began = time.monotonic()
    with pytest.raises(LibraryRefused, match="holds no library"):
        Store(library_path)
    assert time.monotonic() - began < 4.0  # it used to wait up to 5 s for a creator
    assert library_path.read_bytes() == b""


@pytest.mark.skipif(os.name != "posix", reason="a dead process is told apart on POSIX only")
def test_drafts_of_killed_creations_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    dead_pid = _pid_of_finished_process()
    dead = tmp_path / f".library.sqlite.{dead_pid}-0123abcd{DRAFT_SUFFIX}"
    dead_journal = Path(f"{dead}-journal")
    live = tmp_path / f".library.sqlite.{os.getpid()}-4567cdef{DRAFT_SUFFIX}"
    unrelated = tmp_path / f".notes.{dead_pid}.txt"
    for path in (dead, dead_journal, live, unrelated):
        path.write_bytes(b"x")
    assert remove_abandoned_drafts(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, unrelated.name])


def _pid_of_finished_process() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_draft_name_fits_for_the_longest_library_name(tmp_path: Path) -> None:
    path = tmp_path / ("n" * 250 + ".db")
    assert create_library(path) == known_migration_names()
    assert drafts(tmp_path) == []


def test_sqlites_memory_name_opens_a_library_with_no_file(tmp_path, monkeypatch) -> None:
    """":memory:" is SQLite's in-memory database, never a file named so in the working folder
    (a second run would then find that file and refuse it as empty)."""
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        store = Store(":memory:")
        assert store.path is None and store.documents.count_documents() == 0
        store.close()
    assert list(tmp_path.iterdir()) == []


def test_os_reason_is_the_errors_phrase_without_its_number() -> None:
    assert os_reason(PermissionError(13, "Permission denied")) == "Permission denied"
    assert os_reason(OSError("no such share")) == "no such share"


@pytest.mark.skipif(os.name != "posix", reason="a dead process is told apart on POSIX only")
def test_a_draft_of_a_name_with_a_newline_is_removed_too(tmp_path: Path) -> None:
    dead = tmp_path / f".odd\nname.sqlite.{_pid_of_finished_process()}-0123abcd{DRAFT_SUFFIX}"
    dead.write_bytes(b"x")
    assert remove_abandoned_drafts(tmp_path) == 1
    assert list(tmp_path.iterdir()) == []
