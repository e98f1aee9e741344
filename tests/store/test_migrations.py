from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from workbench.store import SchemaTooNew, Store
from workbench.store.schema import (
    apply_migrations,
    known_migration_names,
    migration_number,
    register_in_order,
)


def test_migrations_from_empty_create_every_table(library_path: Path) -> None:
    store = Store(library_path)
    tables = set(store.db.table_names())
    assert {
        "documents",
        "documents_fts",
        "entities",
        "entity_aliases",
        "mentions",
        "quotes",
    } <= tables
    assert store.applied_migrations == known_migration_names()
    store.close()


def test_migrations_on_already_migrated_file_do_nothing(library_path: Path) -> None:
    Store(library_path).close()
    again = Store(library_path)
    assert again.applied_migrations == []
    again.close()


def test_apply_is_idempotent_on_a_raw_database() -> None:
    db = Database(memory=True)
    assert apply_migrations(db) == known_migration_names()
    assert apply_migrations(db) == []


def test_wal_and_foreign_keys_are_on(library_path: Path) -> None:
    store = Store(library_path)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()


def test_library_from_a_newer_schema_is_refused_unchanged(library_path: Path) -> None:
    Store(library_path).close()
    conn = sqlite3.connect(library_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('workbench', '9999_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = library_path.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer"):
        Store(library_path)
    assert library_path.read_bytes() == before


def test_a_failing_migration_leaves_no_partial_schema() -> None:
    from sqlite_utils.migrations import Migrations

    db = Database(memory=True)
    broken = Migrations("broken")

    @broken(name="0001_half")
    def _half(database: Database) -> None:
        database.execute("CREATE TABLE half (id INTEGER)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        broken.apply(db)
    assert "half" not in db.table_names()


def test_migrations_are_registered_in_numeric_order_without_gaps() -> None:
    """sqlite-utils applies in registration order, so the wave modules must keep 0001, 0002, ..."""
    numbers = [migration_number(name) for name in known_migration_names()]
    assert numbers == list(range(1, len(numbers) + 1))


def test_a_migration_registered_out_of_order_is_refused_before_any_is_registered() -> None:
    target = Migrations("test_order")

    def noop(db: Database) -> None:
        """A migration that changes nothing."""

    with pytest.raises(RuntimeError, match="0002_b is registered after number 0003"):
        register_in_order(target, [("0001_a", noop), ("0003_c", noop), ("0002_b", noop)])
    assert target._migrations == []  # noqa: SLF001 - no public accessor
