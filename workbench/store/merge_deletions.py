"""Deletions in a merge: their tombstones remove our copies; our tombstones keep theirs out.

Why tombstones: a merge that only adds would bring back every piece of work
one analyst deleted while the other still has it. The ``Recorder`` leaves a
tombstone (``edit_history`` row, field "(deleted)") for each piece of work it
deletes, so a merge can tell "deleted there" from "never had":

- a row of theirs we deleted is not added again (the report counts it as
  ``<kind>_deleted_here`` under ``same``);
- a row of ours they deleted is deleted here too, with its children (undone
  with the merge), unless we changed it after they deleted it or added to it
  (a child of ours they never had): then it is a conflict, "deleted by them",
  kept until the analyst keeps it or deletes it.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from workbench.core.edit_tracking import DELETED
from workbench.store.edit_history import changed_from
from workbench.store.history import KEY_COLUMNS, Recorder
from workbench.store.merge_run import FoundConflict, MergeRun
from workbench.store.merge_tables import ONE_SIDE, TABLES
from workbench.store.merge_words import describe
from workbench.store.rows import dict_rows

Row = dict[str, Any]
#: table -> the (child table, column) pairs whose rows point to one of its rows
_CHILDREN: dict[str, list[tuple[str, str]]] = {}
for _spec in TABLES:
    for _column, _parent in _spec.refs:
        _CHILDREN.setdefault(_parent, []).append((_spec.table, _column))


def apply_their_deletions(run: MergeRun) -> None:
    """Delete our copies of the rows they deleted (parents first), or record a conflict."""
    tombstones = run.their_tombstones
    gone = {(table, origin) for table, pairs in tombstones.items() for origin, _ in pairs}
    kept: set[tuple[str, Any]] = set()  # rows of a row kept as a conflict: not deleted alone
    for spec in TABLES:
        for origin, values in tombstones.get(spec.table, []):
            ours = run.our_row(spec.table, "origin = ?", [origin])
            if ours is None or (spec.table, origin) in kept:
                continue  # never had it, already gone, or part of a row we keep
            rows = with_children(run.ours, spec.table, ours)
            if _added_to_here(rows, gone) or changed_from(ours, values):
                kept.update((table, row.get("origin")) for table, row in rows)
                _conflict(run, spec.table, ours)
                continue
            for table, row in rows:
                run.rec.delete(table, row)
            run.added[f"{spec.report}_deleted"] += 1


def with_children(conn: sqlite3.Connection, table: str, row: Row) -> list[tuple[str, Row]]:
    """``row`` and every row that points to it (transitively), children before parents."""
    found: list[tuple[str, Row]] = []
    for child, column in _CHILDREN.get(table, []):
        parent_key = row.get("id")
        if parent_key is None:
            continue
        children = dict_rows(
            conn.execute(f'SELECT * FROM "{child}" WHERE "{column}" = ?', [parent_key])
        )
        for child_row in children:
            found += [item for item in with_children(conn, child, child_row) if item not in found]
    return [*found, (table, row)]


def delete_with_children(rec: Recorder, table: str, key: Row) -> None:
    """Delete one row and everything pointing to it through the recorder (a resolution)."""
    row = rec.fetch(table, key)
    if row is None:
        return
    for child, child_row in with_children(rec.db.conn, table, row):
        rec.delete(child, {column: child_row[column] for column in KEY_COLUMNS[child]})


def _added_to_here(rows: list[tuple[str, Row]], gone: set[tuple[str, str]]) -> bool:
    """Whether a child of ours is not among their deletions (``gone``: we added to the row)."""
    return any(
        row.get("origin") is not None and (table, row["origin"]) not in gone
        for table, row in rows
    )


def _conflict(run: MergeRun, table: str, ours: Row) -> None:
    key = {column: ours[column] for column in KEY_COLUMNS[table]}
    if run.known_conflict(table, key, DELETED, "deleted"):
        return
    run.conflicts.append(
        FoundConflict(
            kind="deleted by them",
            subject=describe(run, table, ours),
            table=table,
            key=key,
            column=DELETED,
            origin=ours.get("origin"),
            mine="kept",
            theirs="deleted",
            mine_shown="kept (changed or added to here)",
            theirs_shown="deleted",
            mine_author=ours.get("edited_by") or ours.get("author_id"),
            theirs_author=None,
            document_id=ours.get("document_id"),
            choices=ONE_SIDE,
        )
    )
