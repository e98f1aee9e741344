"""Rotating verified backups, damaged-library detection on open, and restore."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from workbench.core.models import Article
from workbench.store import (
    BackupError,
    LibraryDamaged,
    SchemaTooNew,
    Store,
    backup_library,
    backups_folder,
    keep_aside,
    list_backups,
    maybe_backup,
    newest_backup,
    open_library,
    restore_backup,
)
from workbench.store.files.backup import (
    KEEP_BACKUPS,
    backup_before_migrations,
    verify_database,
)
from workbench.store.schema import migrations

NAME = r"^library\.\d{8}T\d{6}\.\d{3}Z\.(close|periodic|migration|repair|manual|restore)\.sqlite$"


def add_doc(store: Store, n: int) -> int:
    article = Article(title=f"Story {n}", text=f"Story number {n} about sanctions and talks.")
    return store.documents.add_article(article, analyze=False).documents_added[0]


def count_docs(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


def break_an_index(path: Path) -> None:
    """Make integrity_check fail (an index whose definition no longer matches its rows)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX idx_documents_status ON documents(title)'"
        " WHERE name = 'idx_documents_status'"
    )
    conn.commit()
    conn.close()


def test_backup_is_a_verified_standalone_copy(library_path: Path) -> None:
    store = Store(library_path)
    add_doc(store, 1)
    info = backup_library(store, "manual")
    assert info.path.parent == library_path.parent / "backups"
    assert info.reason == "manual"
    assert __import__("re").match(NAME, info.path.name)
    assert count_docs(info.path) == 1
    assert verify_database(info.path) == []
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    store.close()


def test_backup_sees_committed_work_while_the_store_stays_open(library_path: Path) -> None:
    store = Store(library_path)
    for n in range(3):
        add_doc(store, n)
    assert count_docs(backup_library(store, "periodic").path) == 3
    store.close()


def test_rotation_keeps_the_ten_newest(library_path: Path) -> None:
    store = Store(library_path)
    made = []
    for n in range(KEEP_BACKUPS + 3):
        add_doc(store, n)
        made.append(backup_library(store, "manual").path)
    kept = [info.path for info in list_backups(library_path)]
    assert kept == list(reversed(made))[:KEEP_BACKUPS]
    assert not any(path.exists() for path in made[:3])
    assert count_docs(kept[0]) == KEEP_BACKUPS + 3
    store.close()


def test_a_backup_failing_its_check_rotates_nothing_out(library_path: Path) -> None:
    store = Store(library_path)
    add_doc(store, 1)
    backup_library(store, "manual")
    store.close()
    break_an_index(library_path)
    before = sorted(backups_folder(library_path).iterdir())
    with pytest.raises(BackupError, match="integrity"):
        backup_library(library_path, "manual", keep=1)
    assert sorted(backups_folder(library_path).iterdir()) == before


def test_other_libraries_and_partial_files_are_not_listed(library_path: Path) -> None:
    store = Store(library_path)
    info = backup_library(store, "manual")
    store.close()
    folder = backups_folder(library_path)
    (folder / "other.20240101T000000.000Z.close.sqlite").write_bytes(info.path.read_bytes())
    (folder / f".{info.path.name}.1.partial").write_bytes(b"half")
    (folder / "notes.txt").write_text("x")
    assert [b.path for b in list_backups(library_path)] == [info.path]


def test_maybe_backup_waits_for_the_interval_and_for_changes(library_path: Path) -> None:
    store = Store(library_path)
    add_doc(store, 1)
    first = maybe_backup(store, 3600)
    assert first is not None and first.reason == "periodic"
    add_doc(store, 2)
    assert maybe_backup(store, 3600) is None  # too soon
    assert maybe_backup(store, 0) is not None  # changed, interval over
    assert maybe_backup(store, 0) is None  # nothing changed since
    store.close()


def test_close_backup_skips_an_unchanged_library(library_path: Path) -> None:
    store = Store(library_path)
    add_doc(store, 1)
    assert maybe_backup(store, 0.0, reason="close") is not None
    assert maybe_backup(store, 0.0, reason="close") is None
    annotation_id, _ = store.annotations.add_annotation(1, 0, 5, note_md="check this")
    assert maybe_backup(store, 0.0, reason="close") is not None
    store.annotations.edit_note(annotation_id, "checked")
    assert maybe_backup(store, 0.0, reason="close") is not None
    store.history.undo()
    assert maybe_backup(store, 0.0, reason="close") is not None
    assert len(list_backups(library_path)) == 4
    store.close()


def test_in_memory_libraries_have_no_automatic_backups(store: Store) -> None:
    assert maybe_backup(store, 0) is None
    with pytest.raises(ValueError, match="in-memory"):
        backup_library(store, "manual")


def test_backup_before_migrations_only_for_an_older_existing_library(library_path: Path) -> None:
    fresh = Database(library_path)
    assert backup_before_migrations(fresh, library_path) is None  # new file: nothing to keep
    migrations.apply(fresh, stop_before="0004_versions_and_curation")
    fresh.execute("INSERT INTO documents (content_hash, title, text, format, imported_at)"
                  " VALUES ('h', 'Old', 'old text', 'text', 'now')")  # fmt: skip
    fresh.conn.commit()
    info = backup_before_migrations(fresh, library_path)
    assert info is not None and info.reason == "migration"
    assert count_docs(info.path) == 1
    backup_tables = set(Database(info.path).table_names())
    assert "document_versions" not in backup_tables  # the copy is of the old schema
    migrations.apply(fresh)
    assert backup_before_migrations(fresh, library_path) is None  # up to date
    fresh.close()


def test_open_library_keeps_a_garbage_file_aside_and_names_the_backup(library_path: Path) -> None:
    store = Store(library_path)
    add_doc(store, 1)
    info = backup_library(store, "close")
    store.close()
    garbage = b"this is not a database at all " * 200
    library_path.write_bytes(garbage)
    Path(f"{library_path}-wal").write_bytes(b"stale wal")
    with pytest.raises(LibraryDamaged, match="not a database") as caught:
        open_library(library_path)
    damaged = caught.value
    assert damaged.damaged_copy == Path(f"{library_path}.damaged")
    assert damaged.damaged_copy.read_bytes() == garbage
    assert Path(f"{library_path}.damaged-wal").read_bytes() == b"stale wal"
    assert damaged.newest_backup == info.path
    assert str(info.path) in str(damaged) and "workbench" in str(damaged)
    assert not library_path.exists()
    with pytest.raises(LibraryDamaged, match="found damaged earlier"):
        open_library(library_path)  # no silent empty library in its place
    restore_backup(info.path, library_path)
    reopened = open_library(library_path)
    assert reopened.documents.count_documents() == 1
    reopened.close()


def test_open_library_detects_a_torn_file(library_path: Path) -> None:
    store = Store(library_path)
    for n in range(200):
        add_doc(store, n)
    store.close()
    shutil.rmtree(backups_folder(library_path), ignore_errors=True)  # Store.close may back up
    data = bytearray(library_path.read_bytes())
    page = 4096
    data[2 * page : 6 * page] = os.urandom(4 * page)
    library_path.write_bytes(bytes(data))
    with pytest.raises(LibraryDamaged) as caught:
        open_library(library_path)
    assert caught.value.newest_backup is None
    assert "No backup exists" in str(caught.value)
    # The advice is one that works: `check --repair` on a copy was kept aside in its turn.
    assert "check --repair" not in str(caught.value)
    copy = library_path.with_name("copy.sqlite")
    shutil.copy(caught.value.damaged_copy, copy)
    with pytest.raises(LibraryDamaged):
        open_library(copy)
    caught.value.damaged_copy.rename(library_path.with_name("moved away.sqlite"))
    open_library(library_path).close()  # moved away: an empty library starts there


def test_open_library_refuses_a_newer_schema_without_touching_it(library_path: Path) -> None:
    Store(library_path).close()
    conn = sqlite3.connect(library_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('workbench', '9999_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = library_path.read_bytes()
    with pytest.raises(SchemaTooNew):
        open_library(library_path)
    assert library_path.read_bytes() == before
    assert not Path(f"{library_path}.damaged").exists()


def test_restore_backs_up_the_library_it_replaces(library_path: Path) -> None:
    store = Store(library_path)
    add_doc(store, 1)
    old = backup_library(store, "manual")
    add_doc(store, 2)
    store.close()
    previous = restore_backup(old.path, library_path)
    assert previous is not None and ".restore." in previous.name
    assert count_docs(library_path) == 1
    assert count_docs(previous) == 2
    assert not Path(f"{library_path}-wal").exists()


def test_restore_refuses_an_unsound_backup(library_path: Path, tmp_path: Path) -> None:
    Store(library_path).close()
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"nope" * 1000)
    before = library_path.read_bytes()
    with pytest.raises(BackupError, match="not a sound backup"):
        restore_backup(bogus, library_path)
    assert library_path.read_bytes() == before


def test_keep_aside_never_overwrites_an_earlier_copy(library_path: Path) -> None:
    library_path.write_bytes(b"one")
    first = keep_aside(library_path)
    library_path.write_bytes(b"two")
    second = keep_aside(library_path)
    assert (first.read_bytes(), second.read_bytes()) == (b"one", b"two")
    assert second.name == "library.sqlite.damaged.2"


def test_backup_of_a_thousand_documents_is_verified(library_path: Path) -> None:
    store = Store(library_path)
    text = " ".join(f"word{n}" for n in range(600))
    for n in range(1000):
        store.documents.add_article(Article(title=f"T{n}", text=f"{n} {text}"), analyze=False)
    info = backup_library(store, "manual")
    assert newest_backup(library_path) == info
    store.close()


def test_closing_a_library_made_here_and_left_untouched_makes_no_backup(
    library_path: Path,
) -> None:
    """Any front end (the command line, the window): a new library nothing wrote into holds no
    work, while one written into, or one that existed before, is backed up on close."""
    Store(library_path).close()
    assert list_backups(library_path) == []
    Store(library_path).close()  # it existed when opened: backed up as before
    assert len(list_backups(library_path)) == 1
    other = library_path.with_name("other.sqlite")
    store = Store(other)
    add_doc(store, 1)
    store.close()
    assert [info.reason for info in list_backups(other)] == ["close"]
