"""The library schema, created and upgraded only by numbered sqlite-utils migrations.

Why numbered functions and nothing else: a library file lives for months; every
change to its shape must be replayable in order on any older file, inside a
transaction, so that a failed upgrade leaves the file as it was.

The migrations themselves live in wave modules (``schema_first_wave``:
0001-0007, ``schema_second_wave``: 0008-0011,
``schema_third_wave``: 0012 on). sqlite-utils applies them in
registration order, so this module registers the waves one after the other
and refuses, at import, any step whose number is not above the one before:
a misplaced migration fails every test instead of silently reordering an
upgrade on someone's library.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from workbench.store import schema_first_wave, schema_second_wave, schema_third_wave
from workbench.store.sql_script import MigrationStep

MIGRATION_SET = "workbench"
migrations = Migrations(MIGRATION_SET)


def migration_number(name: str) -> int:
    """The number a migration's name starts with ('0010_grades' -> 10)."""
    return int(name.split("_", 1)[0])


def register_in_order(target: Migrations, steps: Iterable[MigrationStep]) -> None:
    """Register ``steps`` on ``target`` in order.

    Any number not above the one before is refused before a single step is
    registered, so a half-registered set never exists.
    """
    steps = list(steps)
    previous = 0
    for name, _apply in steps:
        number = migration_number(name)
        if number <= previous:
            raise RuntimeError(f"migration {name} is registered after number {previous:04d}")
        previous = number
    for name, apply in steps:
        target(name=name)(apply)


register_in_order(
    migrations,
    (*schema_first_wave.STEPS, *schema_second_wave.STEPS, *schema_third_wave.STEPS),
)


def apply_migrations(db: Database) -> list[str]:
    """Bring ``db`` up to the current schema; return the names of migrations applied.

    One migration per transaction, each chosen inside it: ``db.atomic()`` takes the
    write lock at BEGIN (``use_immediate_transactions``), so what is pending is read
    after any other process's migration committed. Two imports started together into
    a new library each listed every migration first, and the second failed on "table
    authors already exists".
    """
    applied: list[str] = []
    while True:
        with db.atomic():
            migrations.ensure_migrations_table(db)
            pending = migrations.pending(db)
            if not pending:
                return applied
            first = pending[0].name
            # apply() runs the first one only (nested, as a savepoint of this transaction)
            migrations.apply(db, stop_before=pending[1].name if len(pending) > 1 else None)
        applied.append(first)


def known_migration_names() -> list[str]:
    """Names of every migration this version of the app knows, in order."""
    return [m.name for m in migrations._migrations]  # noqa: SLF001 - no public accessor


def unknown_applied(db: Database) -> list[str]:
    """Migrations recorded in ``db`` that this app does not know (a newer schema)."""
    known = set(known_migration_names())
    return [m.name for m in migrations.applied(db) if m.name not in known]
