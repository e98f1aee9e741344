"""Small helpers every store module shares: rows as dicts, one row inserted, the current
timestamp, id lists."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from workbench.core.labels import label_key, source_key
from workbench.store.name_order import name_sort_key


def now_iso() -> str:
    """Current UTC time as an ISO string (seconds precision)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def dict_rows(cursor: Any) -> list[dict[str, Any]]:
    """Every remaining row of ``cursor`` as a dict keyed by column name."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def dict_row(cursor: Any) -> dict[str, Any] | None:
    """The next row of ``cursor`` as a dict keyed by column name, or None."""
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def quoted(name: str) -> str:
    """A table or column name as an SQL identifier (double quotes, inner ones doubled)."""
    return '"' + name.replace('"', '""') + '"'


#: The tables that put a tag on something, each with the column naming what it tags.
#: One list for every walk over a tag's uses (moving them, whether a tag is in use,
#: migration 0018's merge): a table added here is reached by all of them.
TAG_USES: dict[str, str] = {"document_tags": "document_id", "span_tags": "annotation_id"}


#: table -> (column, the column keyed from it, the key) for each derived column: the names
#: compared by Unicode case (migrations 0018 and 0019), and the documents' titles and sources
#: in ``name_order`` (0021: the library sorts on their index, not on a function of every row)
_KEYED: dict[str, tuple[tuple[str, str, Callable[[str], str | None]], ...]] = {
    "tags": (("path", "path_key", label_key),),
    "entities": (("name", "name_key", label_key),),
    "entity_aliases": (("alias", "alias_key", label_key),),
    "sources": (("name", "name_key", source_key),),
    "documents": (("title", "title_order", name_sort_key),
                  ("source", "source_order", name_sort_key)),
}


def derived_columns() -> dict[str, tuple[tuple[str, str], ...]]:
    """table -> (column, the column keyed from it) for every derived column (``check`` compares
    them with their names)."""
    return {table: tuple((name, key) for name, key, _key in derived)
            for table, derived in _KEYED.items()}


def with_derived(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with the columns the store derives from others: a tag's ``path_key``,
    an entity's ``name_key``, an alias's ``alias_key``, a source's ``name_key``, a
    document's ``title_order`` and ``source_order``.

    Why here: every row reaches the file through ``insert_row`` or
    ``Recorder.update``, whoever wrote it (tagging, JSON import, a merge, undo), so
    no writer can store a name whose key says another one.
    """
    derived = _KEYED.get(table)
    if derived is None:
        return values
    values = without_keys(table, values)  # a key given without its name is never written
    for name, key_column, key in derived:
        if name in values:
            value = values[name]
            values = {**values, key_column: key(value) if isinstance(value, str) else None}
    return values


def name_key(table: str, name: str) -> str | None:
    """The key ``table`` compares ``name`` by: a source's ``source_key`` (its spacing aside
    too, as grades and imports compare it), any other name's ``label_key``."""
    return source_key(name) if table == "sources" else label_key(name)


def without_keys(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` without its derived key columns: what an undo compares (the name decides the key;
    a row written by hand without one is still the row the action left)."""
    derived = _KEYED.get(table)
    if derived is None:
        return row
    keys = {key_column for _name, key_column, _key in derived}
    return {k: v for k, v in row.items() if k not in keys}


def insert_row(db: Any, table: str, values: dict[str, Any], *, or_ignore: bool = False) -> int:
    """Insert one row given as column -> value, as it is; return its rowid. ``or_ignore``
    leaves a row a unique constraint says is there already (an alias given twice).

    Why one function: the history, document import, JSON import and bundle
    staging each spelled this INSERT out (five copies), and the alias writers
    spelled out ``alias_key`` by hand. ``table`` and the column names are the
    store's own, never text from a file.
    """
    values = with_derived(table, values)
    if "id" not in values and (fresh := fresh_id(db, table)) is not None:
        values = {"id": fresh, **values}
    columns = ", ".join(quoted(name) for name in values)
    marks = ", ".join("?" for _ in values)
    cursor = db.execute(
        f"INSERT {'OR IGNORE ' if or_ignore else ''}INTO {quoted(table)} ({columns})"
        f" VALUES ({marks})", list(values.values())
    )
    return int(cursor.lastrowid or 0)


def insert_rows(db: Any, table: str, rows: list[dict[str, Any]], *,
                or_ignore: bool = False) -> None:
    """Insert rows given as column -> value (the same columns each) as ``insert_row`` would
    insert them one by one, in one ``executemany``.

    Why: an analysis save wrote each quote and each alias of a document by a statement of
    its own, each after its own read of the table's id floor (two statements a row). The
    ids are the ones one-by-one inserts would get; only rows that may be ignored in a
    table with an id floor still go one by one (an ignored row takes no id).
    """
    if not rows:
        return
    first = fresh_id(db, table)
    if first is not None and or_ignore:
        for row in rows:
            insert_row(db, table, row, or_ignore=True)
        return
    keyed = [with_derived(table, row) for row in rows]
    if first is not None and "id" not in keyed[0]:
        keyed = [{"id": first + n, **row} for n, row in enumerate(keyed)]
    columns = ", ".join(quoted(name) for name in keyed[0])
    marks = ", ".join("?" for _ in keyed[0])
    db.conn.executemany(
        f"INSERT {'OR IGNORE ' if or_ignore else ''}INTO {quoted(table)} ({columns})"
        f" VALUES ({marks})", [list(row.values()) for row in keyed]
    )


def insert_rows_numbered(db: Any, table: str, rows: list[dict[str, Any]]) -> list[int]:
    """``insert_rows`` for callers that need the new rows' ids: each row is given the id
    a one-by-one ``insert_row`` would have got (above the id floor, else SQLite's own:
    the table's highest id plus one), so the ids are known without a read per row."""
    if not rows:
        return []
    first = fresh_id(db, table)
    if first is None:
        highest = db.execute(f"SELECT max(id) FROM {quoted(table)}").fetchone()[0]
        first = int(highest or 0) + 1
    ids = list(range(first, first + len(rows)))
    insert_rows(db, table, [{"id": row_id, **row} for row_id, row in zip(ids, rows, strict=True)])
    return ids


def _id_floor_key(table: str) -> str:
    return f"id_floor:{table}"


def keep_id_taken(db: Any, table: str, row_id: int) -> None:
    """Remember that ``row_id`` of ``table`` was deleted while the history may bring it back.

    Why: SQLite gives a new row the highest id plus one, so the id of a row
    just deleted was handed to the next row made (a JSON import's claim took a
    deleted highlight's id, a new entity a merged-away one's), and undoing the
    deletion met a row in its place: refused, and dropped from the history for
    good. Ids below this floor are never handed out again (``fresh_id``).
    """
    db.execute(
        "INSERT INTO library_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
        " SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
        [_id_floor_key(table), str(int(row_id))],
    )


def id_floor(db: Any, table: str) -> int:
    """The highest id ``table`` ever deleted while the history could bring it back (0: none)."""
    try:
        row = db.execute("SELECT CAST(value AS INTEGER) FROM library_meta WHERE key = ?",
                         [_id_floor_key(table)]).fetchone()
    except sqlite3.OperationalError:  # a file from before library_meta, mid-migration
        return 0
    return int(row[0]) if row else 0


def fresh_id(db: Any, table: str) -> int | None:
    """The id for a new row of ``table`` above every id it ever deleted; None: SQLite's own."""
    floor = id_floor(db, table)
    if not floor:
        return None
    highest = db.execute(f"SELECT max(id) FROM {quoted(table)}").fetchone()[0] or 0
    return max(floor, int(highest)) + 1


def fresh_ids(db: Any, table: str, count: int) -> list[int | None]:
    """Ids for ``count`` new rows of ``table`` written by one ``executemany`` (``fresh_id``
    for each); None each, SQLite's own, while the history holds none of its ids."""
    first = fresh_id(db, table)
    return list(range(first, first + count)) if first else [None] * count


def in_ids(column: str) -> str:
    """``column IN`` a list of ids passed as one parameter (``ids_param``).

    Why one JSON parameter: any number of ids fits in one statement, where a
    ``?`` per id runs into SQLite's limit on parameters.
    """
    return f"{column} IN (SELECT value FROM json_each(?))"


def ids_param(ids: Iterable[int]) -> str:
    """The parameter ``in_ids`` reads: the ids as a JSON array."""
    return json.dumps(sorted({int(i) for i in ids}))


def without(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    """``row`` less ``keys`` (columns a bundle writes elsewhere or not at all)."""
    return {key: value for key, value in row.items() if key not in keys}


def grouped(
    rows: Iterable[dict[str, Any]], key: str, *, drop_key: bool = False
) -> dict[Any, list[dict[str, Any]]]:
    """``rows`` by their ``key`` value, each group in the rows' order.

    ``drop_key`` leaves the key out of the grouped rows (the group says it).
    """
    found: dict[Any, list[dict[str, Any]]] = {}
    for row in rows:
        value = row.pop(key) if drop_key else row[key]
        found.setdefault(value, []).append(row)
    return found


def like_literal(text: str) -> str:
    """``text`` for a ``LIKE ? ESCAPE '\\'`` pattern: its ``%`` and ``_`` match only themselves.

    Why one place: a name filter for "%" listed every entity and a tag "a_b" took
    "acb/x" for one of its children, wherever a query forgot to escape.
    """
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def key_containing(text: str) -> str:
    """A ``LIKE ? ESCAPE '\\'`` pattern over a ``label_key`` column for names holding ``text``
    in any Unicode case: "ångström" finds "ÅNGSTRÖM LABS", as "acme" found "Acme"."""
    return f"%{like_literal(label_key(text.strip()))}%"


def name_or_alias_containing(text: str) -> tuple[str, list[str]]:
    """A condition on entities ``e`` whose name or an alias holds ``text`` in any Unicode
    case (``key_containing`` on the indexed keys), and its parameters: one filter for the
    entity list, the entity browser and the quote index's speakers."""
    pattern = key_containing(text)
    return ("(e.name_key LIKE ? ESCAPE '\\' OR e.id IN"
            " (SELECT entity_id FROM entity_aliases WHERE alias_key LIKE ? ESCAPE '\\'))",
            [pattern, pattern])


def distinct_texts(db: Any, table: str, column: str, keep: Callable[[str], bool]) -> list[str]:
    """The distinct texts of ``table.column`` that ``keep`` takes (NULLs aside).

    Why one function: a document's source, a claim's typed claimant and a quote's speaker
    text are compared by Unicode case without a key column; their distinct spellings are
    few (read through an index), so each reader folds them in Python with its own test.
    ``table`` and ``column`` are the store's own, never text from a file.
    """
    rows = db.execute(
        f"SELECT DISTINCT {quoted(column)} FROM {quoted(table)} WHERE {quoted(column)} IS NOT NULL"
    )
    return [str(text) for (text,) in rows if keep(str(text))]
