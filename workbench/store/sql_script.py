"""Running a multi-statement SQL script inside a migration's transaction.

Why this is its own module: every migration module needs it, and the schema
module imports those modules, so it cannot live there without an import circle.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlite_utils import Database

MigrationStep = tuple[str, Callable[[Database], None]]
"""A migration's name ('0001_documents') and the function that applies it."""


def execute_all(db: Database, script: str) -> None:
    """Run each statement of ``script`` inside the migration's transaction.

    Why not ``executescript``: sqlite3 commits before running a script, which
    would break the one-transaction-per-migration guarantee.
    """
    for statement in split_statements(script):
        db.execute(statement)


def split_statements(script: str) -> list[str]:
    """Split SQL on ``;`` at statement ends, keeping trigger bodies whole."""
    statements: list[str] = []
    current: list[str] = []
    for line in script.splitlines():
        if line.strip().startswith("--"):
            continue
        current.append(line)
        candidate = "\n".join(current).strip()
        if candidate.endswith(";") and _is_complete(candidate):
            statements.append(candidate)
            current = []
    rest = "\n".join(current).strip()
    if rest:
        statements.append(rest)
    return statements


def _is_complete(candidate: str) -> bool:
    """Whether ``candidate`` ends a statement (sqlite3 knows trigger bodies)."""
    return sqlite3.complete_statement(candidate)
