"""Files that cannot be merged are refused with one sentence, and nothing changes.

Each case spoils a copy of Bob's library the way a broken or hostile program
could (wrong types, ids pointing nowhere, huge fields, a newer schema ...), or
names something that is not a library at all; Alice's library must be exactly
as before and the spoiled file untouched.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from tests.store.merge_fixtures import ALICE, build_pair, counts_of, work_of
from workbench.operations.merge import MergeRefused, merge_file
from workbench.store import Store
from workbench.store.merge_source import MAX_FIELD_CHARS

Spoil = Callable[[sqlite3.Connection], None]


def _wrong_type(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE annotations SET start = 'seven' WHERE id = 1")


def _dangling_id(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE annotations SET document_id = 999 WHERE id = 1")


def _huge_note(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE annotations SET note_md = ? WHERE id = 1", ["x" * (MAX_FIELD_CHARS + 1)])


def _newer_schema(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('workbench', '9999_from_the_future', '2099-01-01')"
    )


def _bad_origin(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE claims SET origin = 'not an origin'")


def _span_outside_text(conn: sqlite3.Connection) -> None:
    conn.execute('UPDATE annotations SET start = 10, "end" = 99999999 WHERE id = 1')


def _orphan_before_the_text(conn: sqlite3.Connection) -> None:
    """An orphan may end past a shorter new text, never start before any text."""
    conn.execute("UPDATE annotations SET status = 'orphaned', start = -5 WHERE id = 1")


def _orphan_inverted(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE annotations SET status = 'orphaned', start = 10, \"end\" = 3 WHERE id = 1")


def _no_status_past_the_text(conn: sqlite3.Connection) -> None:
    """A table rebuilt without NOT NULL: a NULL status is no orphan, its span is checked."""
    conn.execute("PRAGMA writable_schema = ON")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'annotations'").fetchone()[0]
    strict = "status TEXT NOT NULL DEFAULT 'anchored'"
    assert strict in sql
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = 'annotations'",
        [sql.replace(strict, "status TEXT DEFAULT 'anchored'")],
    )
    conn.execute("PRAGMA writable_schema = OFF")
    conn.commit()
    conn.execute("PRAGMA writable_schema = RESET")
    conn.execute('UPDATE annotations SET status = NULL, start = 10, "end" = 99999999 WHERE id = 1')


def _bad_status(conn: sqlite3.Connection) -> None:
    """A table rebuilt without its CHECK, holding a status our library does not know."""
    conn.execute("PRAGMA writable_schema = ON")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'claims'").fetchone()[0]
    statuses = "'unverified', 'corroborated', 'disputed', 'retracted'"
    loose = sql.replace(statuses, statuses + ", 'maybe'")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'claims'", [loose])
    conn.execute("PRAGMA writable_schema = OFF")


def _false_hash(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE documents SET text = text || ' And a forged ending.' WHERE id = 1")


def _extra_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE annotations ADD COLUMN payload TEXT")


def _foreign_database(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE _sqlite_migrations")


def _history_of_a_stranger_table(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO edit_history (table_name, row_origin, field, value, replaced_at)"
        " VALUES ('undo_log', 'x', 'ops', '1', '2026-01-01')"
    )


def _huge_earlier_value(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO edit_history (table_name, row_origin, field, value, replaced_at)"
        " VALUES ('annotations', 'x', 'note_md', ?, '2026-01-01')",
        ["x" * 1_000_001],
    )


def _question_of_a_page(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE ach_analyses SET question = ?", ["q" * 5000])


SPOILED: list[tuple[str, Spoil, str]] = [
    ("question longer than a label", _question_of_a_page,
     r"ach_analyses.question of 5,000 characters \(at most 500\)"),
    ("history of a table that is not work", _history_of_a_stranger_table,
     "'undo_log' as edit_history.table_name"),
    ("huge earlier value", _huge_earlier_value, "edit_history.value of 1,000,001 characters"),
    ("wrong type", _wrong_type, "annotations.start needs integer"),
    ("dangling id", _dangling_id, "does not exist"),
    ("huge field", _huge_note, "annotations.note_md of 1,000,001 characters"),
    ("newer schema", _newer_schema, "newer Analyst Workbench"),
    ("malformed origin", _bad_origin, "malformed claims.origin"),
    ("span outside text", _span_outside_text, "outside its document's text"),
    ("orphan before the text", _orphan_before_the_text, "outside its document's text"),
    ("inverted orphan", _orphan_inverted, "outside its document's text"),
    ("no status, past the text", _no_status_past_the_text, "outside its document's text"),
    ("text not matching its hash", _false_hash, "does not match its content hash"),
    ("another shape", _extra_column, "annotations differs in payload"),
    ("not a library", _foreign_database, "not an Analyst Workbench library"),
]


@pytest.fixture
def alice_and_bob(tmp_path: Path) -> tuple[Path, Path]:
    return build_pair(tmp_path)


def _fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_refused_unchanged(alice: Path, other: Path, fragment: str) -> None:
    with Store(alice, author=ALICE) as store:
        work, counts = work_of(store), counts_of(store)
        labels = store.history.undo_labels()
        before = _fingerprint(other) if other.is_file() else None
        with pytest.raises(MergeRefused, match=fragment):
            merge_file(store, other)
        assert work_of(store) == work and counts_of(store) == counts
        assert store.history.undo_labels() == labels
        assert (_fingerprint(other) if other.is_file() else None) == before


@pytest.mark.parametrize(("case", "spoil", "fragment"), SPOILED, ids=[c[0] for c in SPOILED])
def test_a_spoiled_library_is_refused_and_nothing_changes(
    alice_and_bob: tuple[Path, Path], tmp_path: Path, case: str, spoil: Spoil, fragment: str
) -> None:
    alice, bob = alice_and_bob
    spoiled = tmp_path / f"spoiled-{case.replace(' ', '-')}.sqlite"
    shutil.copy(bob, spoiled)
    with closing(sqlite3.connect(spoiled)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        spoil(conn)
        conn.commit()
    _assert_refused_unchanged(alice, spoiled, fragment)


def test_a_value_our_schema_forbids_is_refused_and_nothing_changes(
    alice_and_bob: tuple[Path, Path], tmp_path: Path
) -> None:
    alice, bob = alice_and_bob
    spoiled = tmp_path / "loose.sqlite"
    shutil.copy(bob, spoiled)
    with closing(sqlite3.connect(spoiled)) as conn:
        _bad_status(conn)
        conn.commit()
    with closing(sqlite3.connect(spoiled)) as conn:
        conn.execute("UPDATE claims SET status = 'maybe'")
        conn.commit()
    _assert_refused_unchanged(alice, spoiled, "'maybe' as claims.status")


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda folder: folder, "is a folder"),
        (lambda folder: folder / "missing.sqlite", "no such file"),
        (lambda folder: _written(folder / "notes.txt", b"plain words\n"), "neither a library"),
        (
            lambda folder: _written(folder / "cut.sqlite", b"SQLite format 3\x00" + b"\x01" * 90),
            "cannot be read",
        ),
        (lambda folder: _written(folder / "empty.sqlite", b""), "neither a library"),
    ],
    ids=["folder", "missing", "text file", "truncated SQLite", "empty file"],
)
def test_something_that_is_no_library_is_refused(
    alice_and_bob: tuple[Path, Path], tmp_path: Path, make: Callable[[Path], Path], fragment: str
) -> None:
    alice, _ = alice_and_bob
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    _assert_refused_unchanged(alice, make(folder), fragment)


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
