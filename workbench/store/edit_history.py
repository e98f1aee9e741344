"""Earlier values of edited-in-place fields, and tombstones of deleted work (``edit_history``).

Why one small table written by the ``Recorder``: every in-place update and
every deletion of analyst work passes through it, so no part can forget to
keep what a value was before (see migration 0014). A merge reads both
libraries' earlier values to tell a one-sided edit (taken or kept without a
conflict) from an edit on both sides (a conflict), and their tombstones to
tell "deleted here" from "never had".
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from workbench.core.edit_tracking import DELETED, MAX_EARLIER, TRACKED_EDITS
from workbench.store.schema_third_wave import AUTHORED_TABLES

Row = dict[str, Any]
#: (table, row origin, field) -> the JSON of every earlier value
Earlier = dict[tuple[str, str, str], set[str]]
#: table -> (row origin, what its tombstone kept) of each deleted row, oldest tombstone first
Tombstones = dict[str, list[tuple[str, str]]]


def row_origin(table: str, row: Row) -> str | None:
    """How the history names a row: its origin; an entity (which has none) by label and name."""
    if table == "entities":
        return f"entity:{row['label']}:{row['name']}"
    origin = row.get("origin")
    return origin if isinstance(origin, str) else None


def edited_fields(table: str, before: Row, changes: Row) -> Iterator[tuple[str, str]]:
    """(field, JSON of the value it had) for each tracked field ``changes`` gives a new value."""
    for column in TRACKED_EDITS.get(table, ()):
        if column in changes and changes[column] != before.get(column):
            yield column, json.dumps(before.get(column))


def snapshot(table: str, row: Row) -> str:
    """What a tombstone keeps of a deleted row: its tracked values (and a claim's status), JSON.

    Why: a merge deletes our copy only when it still holds these values, so a
    row we changed since they deleted it becomes a conflict, not a loss.
    """
    columns = (*TRACKED_EDITS.get(table, ()), *(("status",) if table == "claims" else ()))
    return json.dumps({column: row.get(column) for column in columns}, sort_keys=True)


def changed_from(row: Row, tombstone: str) -> bool:
    """Whether ``row`` holds other values than the tombstone kept (unreadable: unchanged)."""
    try:
        kept = json.loads(tombstone)
    except ValueError:
        return False
    if not isinstance(kept, dict):
        return False
    return any(column in row and row[column] != value for column, value in kept.items())


def tombstone_origin(table: str, row: Row) -> str | None:
    """The origin a deleted row's tombstone is kept under; None when its deletion leaves none.

    One check for both conditions: only analyst work (``AUTHORED_TABLES``) with
    an origin leaves a tombstone.
    """
    origin = row.get("origin")
    return origin if table in AUTHORED_TABLES and isinstance(origin, str) else None


def known(conn: sqlite3.Connection, table: str, origin: str, field: str, value: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM edit_history WHERE table_name = ? AND row_origin = ? AND field = ?"
            " AND value = ?",
            [table, origin, field, value],
        ).fetchone()
        is not None
    )


def read_earlier(
    conn: sqlite3.Connection, *, tombstones: bool = True
) -> tuple[Earlier, Tombstones]:
    """Every earlier value a library holds (tombstones under the field "(deleted)"), and its
    tombstones by table in the order they were left (read in one pass).

    Without ``tombstones`` (our side of a merge, which only asks whether it
    deleted a row, never what it deleted) what a tombstone kept is not read:
    a deleted row is a "(deleted)" field with no values, and no tombstones
    are returned. Whether a row is such a tombstone is decided once, in the
    query (``value`` is NOT NULL, so NULL means "a tombstone left unread").
    """
    earlier: Earlier = {}
    found: Tombstones = {}
    kept = "value" if tombstones else "CASE WHEN field = ? THEN NULL ELSE value END"
    params = [] if tombstones else [DELETED]
    for table, origin, field, value in conn.execute(
        f"SELECT table_name, row_origin, field, {kept} FROM edit_history ORDER BY id", params
    ):
        values = earlier.setdefault((table, origin, field), set())
        if value is None:
            continue
        values.add(value)
        if field == DELETED:
            found.setdefault(table, []).append((origin, value))
    return earlier, found


def earlier_of(conn: sqlite3.Connection) -> dict[str, Row]:
    """``{origin: {field: [earlier values, oldest first]}}`` (what a bundle carries).

    Only the latest ``MAX_EARLIER`` values of a field travel; an entity, which
    has no origin column, is keyed ``entity:<label>:<name>`` (``row_origin``).
    """
    result: dict[str, Row] = {}
    sql = "SELECT row_origin, field, value FROM edit_history WHERE field != ? ORDER BY id"
    for origin, field, value in conn.execute(sql, [DELETED]):
        result.setdefault(origin, {}).setdefault(field, []).append(json.loads(value))
    return {origin: {field: values[-MAX_EARLIER:] for field, values in fields.items()}
            for origin, fields in result.items()}
