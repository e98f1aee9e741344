"""Values of the wrong type in the tables the library is listed from, read as missing.

Why: a library file edited by another program (or by hand) can hold a BLOB
or a number as a document's publication date, a NULL title, or a word where
its word count belongs; SQLite keeps them, and ``list``, ``show``, ``quotes``,
``timeline`` and the library table stopped on a Python ``TypeError``. ``merge``
refuses such a file; the analyst's own library has to stay readable. So a
``Store`` looks for them when it opens (one ``typeof`` scan of a few small
tables); when there are any, every row it reads has such a value replaced by
what a missing one reads as (``reading_as_missing``), the CLI warns once, and
``workbench check`` lists them (``--repair`` writes the missing value, after
its backup). A library without any reads its rows untouched, at no cost.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from workbench.store.files.check_report import CheckResult

# (SQLite storage classes allowed, whether NULL is, what a bad value reads as).
_TEXT, _NUMBER = ("text",), ("integer",)
_Expected = tuple[tuple[str, ...], bool, Any]
#: The columns the library screen, ``list``, ``show``, ``search``, ``quotes`` and
#: ``timeline`` read of each table, with their types. The big tables (mentions,
#: quotes) are left out: scanning them at every open would cost seconds.
WATCHED: dict[str, dict[str, _Expected]] = {
    "documents": {
        "title": (_TEXT, False, ""), "text": (_TEXT, False, ""),
        "source": (_TEXT, True, None), "author": (_TEXT, True, None),
        "published": (_TEXT, True, None), "url": (_TEXT, True, None),
        "dateline": (_TEXT, True, None), "format": (_TEXT, False, ""),
        "origin_path": (_TEXT, True, None), "external_id": (_TEXT, True, None),
        "imported_at": (_TEXT, False, ""), "status": (_TEXT, False, ""),
        "word_count": (_NUMBER, False, 0), "version": (_NUMBER, False, 1),
        "analysis_version": (_NUMBER, False, 0), "edited_by": (_TEXT, True, None),
    },
    "tags": {"path": (_TEXT, False, ""), "color": (_TEXT, True, None)},
    "sources": {"name": (_TEXT, False, "")},
}
_PYTHON_TYPES = {"text": str, "integer": int}


@dataclass(frozen=True)
class BadValue:
    """One value of the wrong type: where it is and what SQLite holds there."""

    table: str
    rowid: int
    column: str
    found: str  # SQLite's typeof(): 'blob', 'integer', 'real', 'text' or 'null'

    def describe(self) -> str:
        """"documents row 2: published holds a blob (read as missing)"."""
        return (f"{self.table} row {self.rowid}: {self.column} holds a {self.found}"
                " (read as missing)")


def find_bad_values(db: Database) -> list[BadValue]:
    """Every watched value whose type is not its column's, table by table, in row order."""
    found: list[BadValue] = []
    for table, columns in WATCHED.items():
        present = {row[1] for row in db.execute(f'PRAGMA table_info("{table}")')}
        for column, (kinds, nullable, _missing) in columns.items():
            if column not in present:
                continue
            allowed = ", ".join(f"'{kind}'" for kind in (*kinds, *(("null",) if nullable else ())))
            rows = db.execute(f'SELECT rowid, typeof("{column}") FROM "{table}"'
                              f' WHERE typeof("{column}") NOT IN ({allowed}) ORDER BY rowid')
            found += [BadValue(table, int(rowid), column, str(kind)) for rowid, kind in rows]
    return sorted(found, key=lambda bad: (list(WATCHED).index(bad.table), bad.rowid, bad.column))


def reading_as_missing(bad: list[BadValue]) -> Callable[[sqlite3.Cursor, tuple[Any, ...]], Any]:
    """A row factory that reads each bad column's wrong-typed values as missing.

    Only the names of the columns found bad are looked at: a row without them is
    returned as it is. A value of the right type is never touched.
    """
    watched: dict[str, tuple[tuple[type, ...], bool, Any]] = {}
    for value in bad:
        kinds, nullable, missing = WATCHED[value.table][value.column]
        watched[value.column] = (tuple(_PYTHON_TYPES[kind] for kind in kinds), nullable, missing)

    def factory(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> tuple[Any, ...]:
        names = [column[0] for column in cursor.description or ()]
        if not watched.keys() & set(names):
            return row
        values = list(row)
        for place, name in enumerate(names):
            expected = watched.get(name)
            if expected is None:
                continue
            types, nullable, missing = expected
            value = values[place]
            if not (isinstance(value, types) or (value is None and nullable)):
                values[place] = missing
        return tuple(values)

    return factory


def warning_line(bad: list[BadValue]) -> str:
    """The one line the CLI says once: how many, the first, and what to run."""
    first = bad[0].describe().replace(" (read as missing)", "")
    more = f" and {len(bad) - 1} more" if len(bad) > 1 else ""
    return (f"the library holds values of the wrong type ({first}{more}); they are read as "
            "missing: `workbench check` lists them, `workbench check --repair` clears them")


def check_values(db: Database, result: CheckResult, repair: bool) -> None:
    """``workbench check``'s ``values``: list each bad value; repair writes the missing one."""
    bad = find_bad_values(db)
    result.problems = len(bad)
    for value in bad:
        result.note(value.describe())
    if not (repair and bad):
        return
    with db.atomic():
        for value in bad:
            missing = WATCHED[value.table][value.column][2]
            db.execute(f'UPDATE "{value.table}" SET "{value.column}" = ? WHERE rowid = ?',
                       [missing, value.rowid])
    result.repaired = len(bad) - len(find_bad_values(db))
