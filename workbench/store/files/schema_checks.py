"""``workbench check``'s ``schema``: triggers, views and indexes are the app's own.

Why: a library file is an SQLite file anyone can open, and another program (an SQLite
browser, a colleague's script) can add a trigger that runs inside the app's own writes.
One that raises ("BEFORE UPDATE ON documents ... RAISE(ABORT, 'blocked')") made update
and reanalyze stop on "library error: blocked" while ``check`` said ok and ``--repair``
left it; one that copies each new tag or note into a table of its own, or a UNIQUE index
the app never made, changes what a write does; a view naming a column that is gone makes
the next migration's ALTER TABLE fail; and one of the app's search triggers dropped or
rewritten (or one of its indexes dropped) lets the search index drift again after every
rebuild (attack run 14).

What the app's objects are is read from a library built by the migrations in memory
(once per process), so this list can never drift from the schema modules. A repair
(after ``check``'s backup) drops what is not the app's and writes the app's triggers and
indexes as the migrations wrote them; tables are never dropped: a table of another
program's may hold its data, and an extra table changes no write of the app's.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

from sqlite_utils import Database

from workbench.store.files.check_report import CheckResult

#: The kinds of schema object this check owns.
KINDS = ("trigger", "view", "index")


@cache
def expected_objects() -> dict[tuple[str, str], str]:
    """(type, name) -> SQL of each trigger, view and index a fully migrated library has."""
    from workbench.store.files.new_library import configure_connection
    from workbench.store.schema import apply_migrations

    db = Database(memory=True)
    try:
        configure_connection(db)
        apply_migrations(db)
        return _objects(db)
    finally:
        db.close()


def foreign_objects(db: Database) -> list[tuple[str, str, str | None]]:
    """(type, name, the app's SQL or None) for each object that is not as the app made it:
    one the app never makes (None), or one of the app's that is missing or rewritten."""
    held = _objects(db)
    expected = expected_objects()
    found: list[tuple[str, str, str | None]] = [
        (kind, name, None) for (kind, name), sql in sorted(held.items())
        if (kind, name) not in expected]
    found += [(kind, name, sql) for (kind, name), sql in sorted(expected.items())
              if not _same(kind, held.get((kind, name)), sql)]
    return found


def check_schema(db: Database, result: CheckResult, repair: bool) -> None:
    """List the objects ``foreign_objects`` finds; ``repair`` drops or rewrites each."""
    found = foreign_objects(db)
    present = _objects(db)
    result.problems = len(found)
    for kind, name, sql in found:
        if sql is None:
            result.note(f"{kind} {name!r} was added by another program, not this app")
        elif (kind, name) in present:
            result.note(f"{kind} {name!r} was changed by another program")
        else:
            result.note(f"{kind} {name!r} is missing")
    if not (repair and found):
        return
    raw = db.conn.cursor()
    with db.atomic():
        for kind, name, sql in found:
            try:
                raw.execute("SAVEPOINT schema_repair")
                if (kind, name) in present:
                    raw.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
                if sql is not None:
                    raw.execute(sql)
                raw.execute("RELEASE schema_repair")
            except sqlite3.Error as error:
                raw.execute("ROLLBACK TO schema_repair")
                raw.execute("RELEASE schema_repair")
                result.note(f"{kind} {name!r}: not repaired ({error})")
    result.repaired = len(found) - len(foreign_objects(db))


def _objects(db: Database) -> dict[tuple[str, str], str]:
    marks = ",".join("?" * len(KINDS))
    rows = db.conn.execute(
        f"SELECT type, name, sql FROM sqlite_master WHERE type IN ({marks})"
        " AND sql IS NOT NULL", KINDS)  # an automatic index has no SQL
    return {(str(kind), str(name)): str(sql) for kind, name, sql in rows}


def _same(kind: str, held: str | None, expected: str) -> bool:
    """Whether ``held`` is ``expected`` but for spacing (False when it is missing).

    An index is the app's by its name: an old library's may have been written by another
    version of sqlite-utils, quoted otherwise; a trigger's text is the schema modules'."""
    if held is None:
        return False
    return kind == "index" or _spacing(held) == _spacing(expected)


def _spacing(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()
