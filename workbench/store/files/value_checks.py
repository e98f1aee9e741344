"""Values of the wrong type in the tables the library is listed from, read as missing.

Why: a library file edited by another program (or by hand) can hold a BLOB
or a number as a document's publication date, a NULL title, or a word where
its word count belongs; SQLite keeps them, and ``list``, ``show``, ``quotes``,
``timeline`` and the library table stopped on a Python ``TypeError``. ``merge``
refuses such a file; the analyst's own library has to stay readable. So a
``Store`` looks for them when it opens (one ``typeof`` scan of a few small
tables); when there are any, every row it reads of those tables has such a value
replaced by what a missing one reads as (``reading_as_missing``), the CLI warns
once, and ``workbench check`` lists them (``--repair``, after its backup, converts
each to its column's type where it can and writes the missing value where it
cannot). A library without any reads its rows untouched, but for the few big-table
columns guarded at every read (``READ_TIME``).

Only the reads of the tables holding a bad value (``GuardedReads``): a row factory
on the whole connection went by column name alone, so a bad ``documents.title`` read
every NULL ``title`` of every query (a LEFT JOIN's ``document_versions.title``) as
"". SQLite's Python driver does not say which table a column came from, so a
statement counts as reading a table when it names it; in a statement naming a
guarded table and another one with a column of the same name, that column is still
told by its type (and a NULL is read as missing only where a NULL was found bad).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from workbench.core.text import count_words
from workbench.store.files.check_report import CheckResult
from workbench.store.files.locking import is_read_only, refuse_writes, use_immediate_transactions
from workbench.store.files.read_aliases import renamed_columns
from workbench.store.rows import with_derived

# (SQLite storage classes allowed, whether NULL is, what a bad value reads as).
_TEXT, _NUMBER = ("text",), ("integer",)
_Expected = tuple[tuple[str, ...], bool, Any]
#: The columns the library screen, ``list``, ``show``, ``search``, ``quotes``,
#: ``claims`` and ``timeline`` read of each table, with their types. The big tables
#: (mentions, quotes) are left out: scanning them at every open would cost seconds.
#: A column name means one type in every table it is checked in (`GuardedReads` reads a
#: statement's rows by the bad columns of the tables the statement names).
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
    # The analyst's own marks (a few thousand rows at most): a BLOB statement or a
    # word as a start stopped claims, timeline, compare and the JSON export (attack
    # run 11), and the span check's repair orphaned such a claim but left the value.
    "annotations": {
        "start": (_NUMBER, False, 0), "end": (_NUMBER, False, 0),
        "exact": (_TEXT, False, ""), "prefix": (_TEXT, False, ""),
        "suffix": (_TEXT, False, ""), "note_md": (_TEXT, False, ""),
        "color": (_TEXT, True, None), "created_at": (_TEXT, False, ""),
        "updated_at": (_TEXT, False, ""), "author_id": (_TEXT, True, None),
        "edited_by": (_TEXT, True, None),
    },
    "claims": {
        "claimant_text": (_TEXT, True, None), "statement": (_TEXT, False, ""),
        "claimant_entity_id": (_NUMBER, True, None), "quote_id": (_NUMBER, True, None),
        "credibility": (_NUMBER, True, None), "author_id": (_TEXT, True, None),
        "edited_by": (_TEXT, True, None),
    },
    # The names and words the entity lists, ACH matrices, links, claim histories and
    # versions show (small tables beside mentions and quotes): a BLOB entity name stopped
    # entities, compare and the Markdown export on "normalize() argument 2 must be str",
    # a BLOB hypothesis `ach show`, a BLOB alias, link or history note `show --json`
    # (attack run 13).
    "entities": {"name": (_TEXT, False, "")},
    "entity_aliases": {"alias": (_TEXT, False, "")},
    "ach_analyses": {"question": (_TEXT, False, "")},
    "ach_hypotheses": {"text": (_TEXT, False, "")},
    "links": {"note": (_TEXT, True, None)},
    "claim_status_history": {"note": (_TEXT, True, None)},
    "document_versions": {"title": (_TEXT, False, "")},
}
_PYTHON_TYPES = {"text": str, "integer": int}


def expected(table: str, column: str) -> _Expected:
    """The type a watched or read-time column holds, and what a wrong one reads as."""
    return WATCHED[table][column] if table in WATCHED else READ_TIME[table][column]


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


#: Columns of the big tables guarded where they are read, not scanned at open (a scan of
#: every quote and mention at each open would cost seconds): a BLOB quote, speaker or
#: mention text tampered in an SQLite browser stopped ``show --json``, ``quotes``,
#: ``timeline`` and the CSV export (attack run 13). Every statement naming these tables
#: reads a wrong-typed value there as missing; ``check`` lists them (``text_checks``).
READ_TIME: dict[str, dict[str, _Expected]] = {
    "quotes": {"text": (_TEXT, False, ""), "speaker_text": (_TEXT, True, None)},
    "mentions": {"text": (_TEXT, False, "")},
}
#: What a read-time column is guarded as: a wrong type found nowhere yet (NULLs pass).
_UNREAD = "unread"
_READ_TIME_VALUES = [BadValue(table, 0, column, _UNREAD)
                     for table, columns in READ_TIME.items() for column in columns]

def find_bad_values(db: Database) -> list[BadValue]:
    """Every watched value whose type is not its column's, table by table, in row order.

    One scan per table, not one per column: with the annotations watched too, a
    scan per column of 200,000 highlights took 0.9 s at every open (one: 0.6 s)."""
    found: list[BadValue] = []
    for table, columns in WATCHED.items():
        present = {row[1] for row in db.execute(f'PRAGMA table_info("{table}")')}
        tests = []
        for column, (kinds, nullable, _missing) in columns.items():
            if column in present:
                named = (*kinds, *(("null",) if nullable else ()))
                allowed = ", ".join(f"'{kind}'" for kind in named)
                tests.append((column, f'typeof("{column}") NOT IN ({allowed})'))
        if not tests:
            continue
        kinds_read = ", ".join(f'typeof("{column}")' for column, _test in tests)
        rows = db.execute(f'SELECT rowid, {kinds_read} FROM "{table}"'
                          f' WHERE {" OR ".join(test for _column, test in tests)} ORDER BY rowid')
        for rowid, *kinds in rows:
            found += [BadValue(table, int(rowid), column, str(kind))
                      for (column, _test), kind in zip(tests, kinds, strict=True)
                      if _is_bad(columns[column], str(kind))]
    return sorted(found, key=lambda bad: (list(WATCHED).index(bad.table), bad.rowid, bad.column))


def _is_bad(expected: _Expected, kind: str) -> bool:
    kinds, nullable, _missing = expected
    return kind not in kinds and not (nullable and kind == "null")


def reading_as_missing(bad: list[BadValue], renamed: Mapping[str, str] | None = None,
                       ) -> Callable[[sqlite3.Cursor, tuple[Any, ...]], Any]:
    """A row factory that reads each bad column's wrong-typed values as missing (and so
    each name in ``renamed``, {alias: column}, the statement reads a bad column under).

    Only the names of the columns found bad are looked at: a row without them is
    returned as it is. A value of the right type is never touched, and a NULL is
    read as missing only where a NULL was found bad: a LEFT JOIN's NULL ``status``
    from another table stays NULL when the bad ``documents.status`` was a BLOB.
    Which places to look at is worked out once per query (its ``description``), not
    per row: a 300k-row read cost twice as much with it worked out per row.
    """
    null_bad = {value.column for value in bad if value.found == "null"}
    watched: dict[str, tuple[tuple[type, ...], bool, Any]] = {}
    for value in bad:
        kinds, _nullable, missing = expected(value.table, value.column)
        watched[value.column] = (tuple(_PYTHON_TYPES[kind] for kind in kinds),
                                 value.column not in null_bad, missing)
    for alias, column in (renamed or {}).items():
        if column in watched:
            watched[alias] = watched[column]
    plans: dict[int, tuple[Any, list[tuple[int, tuple[type, ...], bool, Any]]]] = {}

    def plan_for(description: Any) -> list[tuple[int, tuple[type, ...], bool, Any]]:
        kept = plans.get(id(description))
        if kept is not None and kept[0] is description:
            return kept[1]
        plan = [(place, *watched[column[0]]) for place, column in enumerate(description or ())
                if column[0] in watched]
        if len(plans) > 64:
            plans.clear()
        plans[id(description)] = (description, plan)
        return plan

    def factory(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> tuple[Any, ...]:
        plan = plan_for(cursor.description)
        if not plan:
            return row
        values = None
        for place, types, nullable, missing in plan:
            value = row[place]
            if isinstance(value, types) or (value is None and nullable):
                continue
            if values is None:
                values = list(row)
            values[place] = missing
        return row if values is None else tuple(values)

    return factory


class GuardedReads(Database):
    """A ``Database`` whose reads of the tables holding bad values read them as missing.

    Every statement the store runs through sqlite-utils (``execute``, ``query``,
    ``rows_where``) that names such a table gets a row factory for that table's bad
    columns (``reading_as_missing``); any other statement's rows are read as held.
    """

    def __init__(self, db: Database, bad: list[BadValue]) -> None:
        super().__init__(db.conn)
        # The wrapped door's settings hold on this one: the write lock at BEGIN and a
        # read-only library's one-line refusal (``files.locking``).
        if getattr(db, "_immediate_transactions", False):
            use_immediate_transactions(self)
        if is_read_only(db):
            refuse_writes(self, db._read_only_library)  # type: ignore[attr-defined]  # noqa: SLF001
        self.bad_values = bad
        self._guarded = [*bad, *_READ_TIME_VALUES]
        tables = sorted({value.table for value in self._guarded})
        self._names = re.compile(
            r"(?<![\w.'])[\[\"`]?(" + "|".join(tables) + r")[\]\"`]?(?![\w'])", re.I)
        self._factories: dict[tuple[frozenset[str], frozenset[tuple[str, str]]],
                              tuple[Callable[..., Any], frozenset[str]]] = {}
        self._renames: dict[tuple[str, frozenset[str]], frozenset[tuple[str, str]]] = {}

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        """Run ``sql`` as sqlite-utils does; its rows read as missing the bad values of
        the guarded tables it names."""
        cursor = super().execute(sql, parameters)
        if cursor.description is not None:
            named = frozenset(name.lower() for name in self._names.findall(sql))
            if named:
                factory, columns = self._factory(named, self._renamed(sql, named))
                # Only a statement reading a guarded column pays for a Python row factory.
                if any(column[0] in columns for column in cursor.description):
                    cursor.row_factory = factory
        return cursor

    def _renamed(self, sql: str, tables: frozenset[str]) -> frozenset[tuple[str, str]]:
        """The names ``sql`` reads the bad columns of ``tables`` under (``read_aliases``),
        worked out once per statement."""
        key = (sql, tables)
        renamed = self._renames.get(key)
        if renamed is None:
            bad: dict[str, set[str]] = {}
            for value in self._guarded:
                if value.table in tables:
                    bad.setdefault(value.table, set()).add(value.column)
            renamed = frozenset(renamed_columns(sql, bad).items())
            if len(self._renames) > 256:
                self._renames.clear()
            self._renames[key] = renamed
        return renamed

    def _factory(self, tables: frozenset[str], renamed: frozenset[tuple[str, str]],
                 ) -> tuple[Callable[..., Any], frozenset[str]]:
        found = self._factories.get((tables, renamed))
        if found is None:
            guarded = [v for v in self._guarded if v.table in tables]
            columns = {value.column for value in guarded}
            columns |= {alias for alias, column in renamed if column in columns}
            found = (reading_as_missing(guarded, dict(renamed)), frozenset(columns))
            self._factories[(tables, renamed)] = found
        return found


def guard_reads(db: Database, bad: list[BadValue] | None = None) -> Database:
    """A ``GuardedReads`` over ``db``, whose reads of the tables holding bad values (and of
    the ``READ_TIME`` columns, always) read them as missing. ``bad`` is what
    ``find_bad_values`` found already (else the tables are scanned here)."""
    bad = find_bad_values(db) if bad is None else bad
    return GuardedReads(db, bad)


def warning_line(bad: list[BadValue]) -> str:
    """The one line the CLI says once: how many, the first, and what to run."""
    first = bad[0].describe().replace(" (read as missing)", "")
    more = f" and {len(bad) - 1} more" if len(bad) > 1 else ""
    return (f"the library holds values of the wrong type ({first}{more}); they are read as "
            "missing: `workbench check` lists them, `workbench check --repair` repairs them")


def check_values(db: Database, result: CheckResult, repair: bool) -> None:
    """``workbench check``'s ``values``: list each bad value; repair converts or clears it.

    A repair keeps what can be kept (``_repaired``): a BLOB title that is UTF-8 is
    that text, a year stored as a number is its text, a count written as digits is
    the number; only a value that cannot be read as its column's type is cleared,
    and each line of the report says which happened.
    """
    bad = find_bad_values(db)
    result.problems = len(bad)
    if not (repair and bad):
        for value in bad:
            result.note(value.describe())
        return
    raw = db.conn.cursor()  # the connection's own cursor reads the bad values as held
    with db.atomic():
        for value in bad:
            new, how = _repaired(raw, value)
            # A name's key column (an entity's ``name_key``) follows the name it is of.
            written = with_derived(value.table, {value.column: new})
            raw.execute(f'UPDATE "{value.table}" SET '
                        + ", ".join(f'"{column}" = ?' for column in written)
                        + " WHERE rowid = ?", [*written.values(), value.rowid])
            result.note(f"{value.table} row {value.rowid}: {value.column} held a {value.found},"
                        f" {how}")
    result.repaired = len(bad) - len(find_bad_values(db))


#: Columns whose values must differ: a value that cannot be kept gets a name of its own.
_UNIQUE_FALLBACK = {("tags", "path"): "untitled-{rowid}", ("sources", "name"): "source {rowid}",
                    ("entities", "name"): "entity {rowid}",
                    ("entity_aliases", "alias"): "alias {rowid}"}
_WHOLE_NUMBER = re.compile(r"[+-]?\d+")
_INT64_MAX = 2**63 - 1
_INT64_DIGITS = len(str(_INT64_MAX))


def _repaired(raw: sqlite3.Cursor, bad: BadValue) -> tuple[Any, str]:
    """The value to write for one bad value, and how the report says it was found."""
    held = raw.execute(f'SELECT "{bad.column}" FROM "{bad.table}" WHERE rowid = ?',
                       [bad.rowid]).fetchone()[0]
    kinds, _nullable, missing = WATCHED[bad.table][bad.column]
    if (bad.table, bad.column) == ("documents", "word_count"):
        text = raw.execute("SELECT text FROM documents WHERE rowid = ?", [bad.rowid]).fetchone()[0]
        count = count_words(text) if isinstance(text, str) else 0
        return count, f"recounted from the text: {count}"
    converted = convert_text(held) if kinds == _TEXT else _as_number(held)
    fallback = _UNIQUE_FALLBACK.get((bad.table, bad.column))
    if fallback is None:
        if converted is None:
            return missing, f"cleared (could not be read as {kinds[0]})"
        return converted, f"converted to {converted!r}"
    if converted is not None and converted.strip() and not _taken(raw, bad, converted):
        return converted, f"converted to {converted!r}"
    name, extra = fallback.format(rowid=bad.rowid), 1
    while _taken(raw, bad, name):
        extra += 1
        name = fallback.format(rowid=bad.rowid) + f" ({extra})"
    return name, f"renamed to {name!r}"


def convert_text(held: Any) -> str | None:
    """A BLOB that is UTF-8 (without NUL), or a number, as text; else None."""
    if isinstance(held, bytes):
        try:
            text = held.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return None if "\x00" in text else text
    if isinstance(held, bool) or not isinstance(held, (int, float)):
        return None
    if isinstance(held, float) and not held.is_integer():
        return None
    return str(int(held))


def _as_number(held: Any) -> int | None:
    """Digits (as text or a UTF-8 BLOB), or a whole real, as an integer SQLite can hold
    (64 bits); else None.

    Why the range: a version written as 10^23 (kept as a real) or as 5,000 digits was
    read as a Python int no SQLite INTEGER holds, and the repair stopped on its
    ``OverflowError`` (or ``int()``'s limit on digits) with nothing repaired."""
    if isinstance(held, bytes):
        held = convert_text(held)
    number = None
    if isinstance(held, str) and _WHOLE_NUMBER.fullmatch(digits := held.strip()) \
            and len(digits.lstrip("+-0")) <= _INT64_DIGITS:
        number = int(digits)
    elif isinstance(held, float) and held.is_integer() and abs(held) <= _INT64_MAX:
        number = int(held)
    return number if number is not None and -_INT64_MAX - 1 <= number <= _INT64_MAX else None


#: Key columns with a UNIQUE index, derived from a name (``with_derived``).
_UNIQUE_KEYS = frozenset({("sources", "name_key"), ("tags", "path_key")})


def _taken(raw: sqlite3.Cursor, bad: BadValue, value: str) -> bool:
    """Whether another row of a unique column already holds ``value`` (its collation's
    way), or the unique key ``value`` derives ("reuters " is "Reuters"'s source key)."""
    held = {bad.column: value} | {
        column: key for column, key in with_derived(bad.table, {bad.column: value}).items()
        if (bad.table, column) in _UNIQUE_KEYS}
    return any(
        raw.execute(f'SELECT 1 FROM "{bad.table}" WHERE "{column}" = ? AND rowid != ?',
                    [key, bad.rowid]).fetchone() is not None
        for column, key in held.items())
