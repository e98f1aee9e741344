"""Hostile library files (issue 22): restores, empty, foreign, read-only and odd paths.

Each test reproduces one attack from the outside run: before the fixes, these
lost a library, printed a traceback, hung, or changed a file it then refused.
Read-only is made real: ``chattr +i`` when running as root (root ignores
permission bits), ``chmod`` otherwise.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.models import Article
from workbench.store import (
    BackupError,
    LibraryLock,
    LibraryReadOnly,
    LibraryRefused,
    SchemaTooNew,
    Store,
    backup_library,
    backups_folder,
    check_library,
    list_backups,
    open_library,
    restore_backup,
)
from workbench.store.files import library_file
from workbench.store.files.backup import KEEP_BACKUPS, count_documents, rotate_backups

POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX file types and permissions")


def add_docs(store: Store, *numbers: int) -> None:
    for n in numbers:
        article = Article(title=f"Story {n}", text=f"Story {n} about talks.")
        store.documents.add_article(article, analyze=False)


def library_with_docs(path: Path, count: int = 2) -> Path:
    with Store(path) as store:
        add_docs(store, *range(count))
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workbench: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def table_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM sqlite_master ORDER BY name")]


# -- restore --------------------------------------------------------------------------------


def test_restoring_the_oldest_backup_of_a_full_rotation_restores_it(library_path: Path) -> None:
    """The attack: the safety backup's rotation deleted the file being restored."""
    store = Store(library_path)
    made = []
    for n in range(KEEP_BACKUPS):
        add_docs(store, n)
        made.append(backup_library(store, "manual"))
    store.close()
    oldest = made[0].path
    assert [info.path for info in list_backups(library_path)][-1] == oldest
    restore_backup(oldest, library_path)
    assert count_documents(library_path) == 1
    assert oldest.exists() and count_documents(oldest) == 1
    assert any(".restore." in info.path.name for info in list_backups(library_path))
    with open_library(library_path) as reopened:
        assert reopened.documents.count_documents() == 1


def test_rotation_never_deletes_a_protected_backup(library_path: Path) -> None:
    store = Store(library_path)
    made = []
    for n in range(3):
        add_docs(store, n)
        made.append(backup_library(store, "manual"))
    store.close()
    assert rotate_backups(library_path, keep=1, protect=[made[0].path]) == 1
    assert made[0].path.exists() and not made[1].path.exists() and made[2].path.exists()


def test_restore_refuses_a_backup_without_documents_over_a_library_with_them(
    library_path: Path, tmp_path: Path
) -> None:
    empty_backup = backup_library(Store(tmp_path / "other" / "library.sqlite"), "manual").path
    library_with_docs(library_path, 3)
    before = library_path.read_bytes()
    with pytest.raises(BackupError, match="holds no documents"):
        restore_backup(empty_backup, library_path)
    assert library_path.read_bytes() == before


def test_restore_refuses_a_foreign_database_and_an_empty_file(
    library_path: Path, tmp_path: Path
) -> None:
    library_with_docs(library_path)
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (x)")
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with pytest.raises(BackupError, match="not a backup of an Analyst Workbench library"):
        restore_backup(foreign, library_path)
    with pytest.raises(BackupError, match="empty"):
        restore_backup(empty, library_path)
    gutted = tmp_path / "gutted.sqlite"
    shutil.copy(backup_library(library_path, "manual").path, gutted)
    with sqlite3.connect(gutted) as conn:
        conn.execute("DROP TABLE documents_fts")
    with pytest.raises(BackupError, match="lacks the library's tables"):
        restore_backup(gutted, library_path)
    assert count_documents(library_path) == 2


def test_restore_of_a_missing_file_says_so_and_creates_nothing(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library_with_docs(library_path)
    missing = tmp_path / "missing.sqlite"
    code, _, err = run_cli(capsys, "--db", str(library_path), "restore", str(missing))
    assert code == 1
    assert_one_line_error(err, f"{missing} does not exist")
    assert not missing.exists()


def test_restoring_the_library_onto_itself_is_refused_and_makes_no_backup(
    library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Attack run 15: it said "restored X as X", having made a backup and copied the file
    onto itself."""
    library_with_docs(library_path)
    before = sorted(backups_folder(library_path).glob("*"))
    code, out, err = run_cli(capsys, "--db", str(library_path), "restore", str(library_path))
    assert code == 1 and out == ""
    assert_one_line_error(err, "is the library itself, not a backup of it")
    assert sorted(backups_folder(library_path).glob("*")) == before
    assert count_documents(library_path) == 2


# -- empty library files ----------------------------------------------------------------------


def test_an_empty_library_file_is_refused_naming_the_newest_backup(
    library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store(library_path)
    add_docs(store, 1)
    backup = backup_library(store, "manual")
    store.close()
    library_path.write_bytes(b"")
    with pytest.raises(LibraryRefused) as caught:
        open_library(library_path)
    assert caught.value.newest_backup == backup.path
    assert library_path.read_bytes() == b""
    code, _, err = run_cli(capsys, "--db", str(library_path), "list")
    assert code == 1
    assert_one_line_error(err, "holds no library", str(backup.path), "restore")
    assert library_path.read_bytes() == b""
    restore_backup(backup.path, library_path)  # the advice works; the empty file is kept aside
    assert count_documents(library_path) == 1
    assert Path(f"{library_path}.damaged").read_bytes() == b""


def test_an_empty_library_file_without_backups_is_refused_too(library_path: Path) -> None:
    library_path.write_bytes(b"")
    with pytest.raises(LibraryRefused, match="No backup of it exists"):
        open_library(library_path)
    assert library_path.read_bytes() == b""


def test_rotation_keeps_the_last_backup_with_documents_when_the_library_has_none(
    library_path: Path,
) -> None:
    store = Store(library_path)
    add_docs(store, 1, 2)
    real_copy = backup_library(store, "manual").path
    store.db.execute("DELETE FROM documents")
    store.db.conn.commit()
    for _ in range(KEEP_BACKUPS + 2):
        backup_library(store, "manual")
    store.close()
    assert real_copy.exists() and count_documents(real_copy) == 2
    assert len(list_backups(library_path)) == KEEP_BACKUPS + 1


# -- foreign, newer and odd files --------------------------------------------------------------


def test_a_newer_library_in_rollback_mode_is_refused_byte_for_byte_unchanged(
    library_path: Path, tmp_path: Path
) -> None:
    """A backup copy is in rollback (DELETE) mode; opening it used to switch it to WAL first."""
    library_with_docs(library_path)
    copy = tmp_path / "newer.sqlite"
    shutil.copy(backup_library(library_path, "manual").path, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('workbench', '9999_future', 'x')"
        )
    before = copy.read_bytes()
    with pytest.raises(SchemaTooNew, match="not changed"):
        open_library(copy)
    assert copy.read_bytes() == before


def test_a_foreign_sqlite_file_is_refused_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "places.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE places (url TEXT)")
        conn.execute("INSERT INTO places VALUES ('https://example.org')")
    before = foreign.read_bytes()
    code, _, err = run_cli(capsys, "--db", str(foreign), "list")
    assert code == 1
    assert_one_line_error(err, "not an Analyst Workbench library", "left unchanged")
    assert foreign.read_bytes() == before and table_names(foreign) == ["places"]


def test_a_library_without_its_migrations_table_is_refused_clearly(library_path: Path) -> None:
    library_with_docs(library_path)
    with sqlite3.connect(library_path) as conn:
        conn.execute("DROP TABLE _sqlite_migrations")
    with pytest.raises(LibraryRefused, match="not an Analyst Workbench library"):
        Store(library_path)


def test_a_new_path_still_creates_a_library(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "library.sqlite"
    with open_library(path) as store:
        assert store.documents.count_documents() == 0 and not store.read_only
    assert "documents" in table_names(path)


@POSIX_ONLY
@pytest.mark.parametrize("kind", ["folder", "device", "file as parent"])
def test_db_that_is_not_a_regular_file_is_refused_in_one_line(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = {
        "folder": tmp_path,
        "device": Path(os.devnull),
        "file as parent": tmp_path / "notes.txt" / "library.sqlite",
    }[kind]
    if kind == "file as parent":
        target.parent.write_text("not a folder")
    code, _, err = run_cli(capsys, "--db", str(target), "list")
    assert code == 1
    assert_one_line_error(err, str(target))
    assert "disk I/O" not in err
    expected = ["notes.txt"] if kind == "file as parent" else []
    assert sorted(p.name for p in tmp_path.iterdir()) == expected


@POSIX_ONLY
def test_db_that_is_a_named_pipe_is_refused_without_hanging(tmp_path: Path) -> None:
    """In a child process: SQLite retries its read of a pipe forever, so no signal can end it."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    done = run_cli_process("--db", str(pipe), "list", timeout=30)
    assert done.returncode == 1
    assert_one_line_error(done.stderr, str(pipe), "not a regular file")


def run_cli_process(*argv: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """The real command line in a child process (this checkout first on its path)."""
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", *argv],
        capture_output=True, text=True, timeout=timeout, check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


# -- read-only libraries ---------------------------------------------------------------------


@pytest.fixture
def make_read_only() -> Iterator[Callable[[Path], None]]:
    """Make a file or folder really read-only for this process; undone after the test."""
    undo: list[Callable[[], object]] = []

    def protect(target: Path) -> None:
        if os.name != "posix":
            pytest.skip("needs POSIX permissions")
        if os.geteuid() != 0:
            mode = target.stat().st_mode
            os.chmod(target, mode & ~0o222)
            undo.append(lambda: os.chmod(target, mode))
            return
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr: cannot make a file read-only")
        done = subprocess.run(["chattr", "+i", str(target)], capture_output=True, check=False)
        if done.returncode:
            pytest.skip(f"chattr +i not permitted here: {done.stderr.decode().strip()}")
        undo.append(lambda: subprocess.run(["chattr", "-i", str(target)], check=False))

    yield protect
    for step in reversed(undo):
        step()


def test_a_read_only_folder_opens_read_only_and_refuses_writes(
    library_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    library_with_docs(library_path)
    shutil.rmtree(backups_folder(library_path), ignore_errors=True)
    make_read_only(library_path.parent)
    lock = LibraryLock(library_path).acquire()  # the app used to crash here
    assert lock.read_only and not lock.held
    with open_library(library_path) as store:
        assert store.read_only and store.documents.count_documents() == 2
        with pytest.raises(LibraryReadOnly, match="read-only"):
            add_docs(store, 9)
    lock.release()
    assert sorted(p.name for p in library_path.parent.iterdir()) == ["library.sqlite"]


def test_a_read_only_file_is_checked_without_a_false_index_problem(
    library_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    library_with_docs(library_path)
    make_read_only(library_path)
    before = library_path.read_bytes()
    with open_library(library_path) as store:
        report = check_library(store)
        assert report.ok, report.to_dict()
        with pytest.raises(LibraryReadOnly):
            check_library(store, repair=True)
        with pytest.raises(LibraryReadOnly):
            store.tags.tag_document(1, "topic")
    assert library_path.read_bytes() == before


def test_cli_on_a_read_only_folder_lists_with_a_note_and_refuses_a_tag(
    library_path: Path,
    make_read_only: Callable[[Path], None],
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    library_with_docs(library_path)
    make_read_only(library_path.parent)
    code, out, err = run_cli(capsys, "--db", str(library_path), "list")
    assert code == 0 and "Story 1" in out and err == ""
    notes = [r.getMessage() for r in caplog.records if "read-only" in r.getMessage()]
    assert len(notes) == 1 and "opened for reading only" in notes[0]
    code, _, err = run_cli(capsys, "--db", str(library_path), "tag", "1", "topic")
    assert code == 1
    assert_one_line_error(err, "read-only", "nothing was changed")


def test_cli_read_only_note_is_one_stderr_line_in_a_real_run(
    library_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    library_with_docs(library_path)
    make_read_only(library_path.parent)
    done = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "--db", str(library_path), "list"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert done.returncode == 0 and "Story 0" in done.stdout
    assert done.stderr.strip().splitlines() == [
        f"workbench: note: {library_path} is read-only (it or its folder cannot be written): "
        "opened for reading only, and changes will be refused"
    ]


def test_a_library_seen_as_read_only_is_opened_read_only(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same path on every platform, by making the writability check say no."""
    library_with_docs(library_path)
    before = library_path.read_bytes()
    monkeypatch.setattr(library_file, "is_writable", lambda _path: False)
    with Store(library_path) as store:
        assert store.read_only
        with pytest.raises(LibraryReadOnly):
            store.tags.tag_document(1, "topic")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.conn.execute("DELETE FROM documents")  # the connection itself is read-only
    assert library_path.read_bytes() == before


# -- partial backups ----------------------------------------------------------------------------


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@POSIX_ONLY
def test_partial_copies_of_killed_backups_are_removed_on_the_next_backup_and_open(
    library_path: Path,
) -> None:
    library_with_docs(library_path)
    folder = backups_folder(library_path)
    folder.mkdir(exist_ok=True)
    name = "library.20240101T000000.000Z.manual.sqlite"
    killed = folder / f".{name}.{dead_pid()}.partial"
    ours = folder / f".{name}.{os.getpid()}.partial"
    other_library = folder / f".other.20240101T000000.000Z.manual.sqlite.{dead_pid()}.partial"
    journal = Path(f"{killed}-journal")  # SQLite's, beside a copy killed mid-write
    for partial in (killed, journal, ours, other_library):
        partial.write_bytes(b"half a copy")
    backup_library(library_path, "manual")
    assert not killed.exists() and not journal.exists()
    assert ours.exists() and other_library.exists()
    killed.write_bytes(b"half a copy")
    open_library(library_path).close()
    assert not killed.exists() and ours.exists()


def test_the_app_opens_a_read_only_folder_and_shows_it(
    qapp: object, library_path: Path, make_read_only: Callable[[Path], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The app used to crash at start creating its lock file in the read-only folder."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    from workbench.ui.app import library_opening

    errors: list[str] = []
    monkeypatch.setattr(library_opening, "show_error", lambda *args: errors.append(args[2]))
    library_with_docs(library_path)
    make_read_only(library_path.parent)
    opened = library_opening.open_library_interactively(None, library_path)
    assert opened is not None and errors == []
    store, lock = opened
    window = QMainWindow()
    window.setWindowTitle("library — Analyst Workbench")
    library_opening.show_read_only_state(window, store)
    badge = window.findChild(QLabel, library_opening.READ_ONLY_BADGE)
    assert badge is not None and not badge.isHidden()
    assert window.windowTitle().endswith("(read-only)")
    assert "read-only" in window.statusBar().currentMessage()
    store.close()
    lock.release()
    window.close()
