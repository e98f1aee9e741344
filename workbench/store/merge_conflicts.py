"""Conflicts a merge found: kept in the library until the analyst resolves each one.

Why stored: a merge never chooses between two analysts' values. Each
conflict keeps both values (as JSON, in our ids) and who set them, so the
report can be read again later (``workbench conflicts``) and a resolution can
write either value back, or both where that makes sense (two notes kept one
after the other, each under its author's name). A resolution is one undoable
action: undo brings the old value back and reopens the conflict.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from sqlite_utils import Database

from workbench.core.authorship import display_name
from workbench.core.edit_tracking import DELETED, TRACKED_EDITS
from workbench.core.merge_records import KEEP_BOTH, KEEP_MINE, KEEP_THEIRS, MergeConflict
from workbench.core.models import Changes
from workbench.store.edit_history import row_origin
from workbench.store.history import History, Recorder
from workbench.store.labels import named
from workbench.store.merge_deletions import delete_with_children
from workbench.store.merge_run import FoundConflict, key_json
from workbench.store.rows import dict_rows
from workbench.store.schema_third_wave import EDITED_TABLES
from workbench.store.tags import respell_below


def record_conflict(rec: Recorder, merge_id: int, found: FoundConflict) -> int:
    """Write one conflict of the merge ``merge_id`` (inside the merge's action)."""
    return rec.insert(
        "merge_conflicts",
        {
            "merge_id": merge_id,
            "kind": found.kind,
            "subject": found.subject,
            "table_name": found.table,
            "row_key": key_json(found.key),
            "column_name": found.column,
            "origin": found.origin,
            "mine": json.dumps(found.mine),
            "theirs": json.dumps(found.theirs),
            "mine_shown": found.mine_shown,
            "theirs_shown": found.theirs_shown,
            "mine_author": found.mine_author,
            "theirs_author": found.theirs_author,
            "document_id": found.document_id,
            "choices": json.dumps(list(found.choices)),
        },
    )


def conflict_records(
    db: Database, condition: str = "1", params: list[Any] | None = None
) -> list[MergeConflict]:
    """Conflicts matching ``condition`` as records, oldest first, authors by name."""
    rows = dict_rows(
        db.execute(
            "SELECT c.*, mine.name AS mine_name, theirs.name AS theirs_name"
            " FROM merge_conflicts c"
            " LEFT JOIN authors mine ON mine.id = c.mine_author"
            " LEFT JOIN authors theirs ON theirs.id = c.theirs_author"
            f" WHERE {condition} ORDER BY c.id",
            params or [],
        )
    )
    return [
        MergeConflict(
            id=row["id"],
            kind=row["kind"],
            subject=row["subject"],
            mine=row["mine_shown"],
            theirs=row["theirs_shown"],
            mine_author=display_name(row["mine_name"]),
            theirs_author=display_name(row["theirs_name"]),
            document_id=row["document_id"],
            choices=tuple(json.loads(row["choices"])),
            resolution=row["resolution"],
        )
        for row in rows
    ]


def resolve(db: Database, history: History, conflict_id: int, choice: str) -> Changes:
    """Keep our value, theirs, or both; raises LookupError or ValueError (nothing changed)."""
    rows = dict_rows(db.execute("SELECT * FROM merge_conflicts WHERE id = ?", [conflict_id]))
    if not rows:
        raise LookupError(f"no conflict with id {conflict_id}")
    conflict = rows[0]
    choices = json.loads(conflict["choices"])
    if conflict["resolution"] is not None:
        raise ValueError(f"conflict {conflict_id} was already resolved ({conflict['resolution']})")
    if choice not in choices:
        allowed = " or ".join(choices)
        kind = conflict["kind"]
        raise ValueError(f"a {kind} conflict is resolved with {allowed}, not {choice!r}")

    def action(rec: Recorder) -> None:
        if conflict["column_name"] == DELETED:
            if choice == KEEP_THEIRS:
                delete_with_children(rec, conflict["table_name"], json.loads(conflict["row_key"]))
            rec.update("merge_conflicts", {"id": conflict_id}, {"resolution": choice})
            return
        values = _values_for(db, conflict, choice)
        if values:
            rec.update(conflict["table_name"], json.loads(conflict["row_key"]), values)
        if (conflict["table_name"], conflict["column_name"]) == ("tags", "path") and values:
            respell_below(rec, json.loads(conflict["mine"]), values["path"])
        if choice != KEEP_THEIRS:
            _overruled(rec, conflict)
        rec.update("merge_conflicts", {"id": conflict_id}, {"resolution": choice})

    label = f"Resolve conflict{named(conflict['subject'])} ({conflict['kind']}): keep {choice}"
    try:
        return history.record_action(label, action)[1]
    except sqlite3.IntegrityError as error:
        raise ValueError(f"cannot keep {choice} for conflict {conflict_id}: {error}") from None


def _overruled(rec: Recorder, conflict: dict[str, Any]) -> None:
    """Keep their value as one we replaced: merged back into their copy, ours is then newer."""
    table, column = conflict["table_name"], conflict["column_name"]
    if column not in TRACKED_EDITS.get(table, ()):
        return
    row = rec.fetch(table, json.loads(conflict["row_key"]))
    origin = row_origin(table, row) if row is not None else None
    if origin is not None:
        rec.keep_earlier(table, origin, column, conflict["theirs"], conflict["theirs_author"])


def _values_for(db: Database, conflict: dict[str, Any], choice: str) -> dict[str, Any]:
    """The column values a resolution writes on our row (none for "keep mine")."""
    column, table = conflict["column_name"], conflict["table_name"]
    if choice == KEEP_MINE:
        return {}
    if choice == KEEP_THEIRS:
        values = {column: json.loads(conflict["theirs"])}
        if table in EDITED_TABLES:
            values["edited_by"] = conflict["theirs_author"]
        return values
    assert choice == KEEP_BOTH
    return {column: _both(db, conflict)}


def _both(db: Database, conflict: dict[str, Any]) -> str:
    """Both texts, one after the other, each under its author's name."""
    mine, theirs = json.loads(conflict["mine"]) or "", json.loads(conflict["theirs"]) or ""
    names = dict(
        db.execute(
            "SELECT id, name FROM authors WHERE id IN (?, ?)",
            [conflict["mine_author"], conflict["theirs_author"]],
        ).fetchall()
    )
    mine_by = display_name(names.get(conflict["mine_author"]))
    theirs_by = display_name(names.get(conflict["theirs_author"]))
    return f"{mine_by}:\n{mine}\n\n{theirs_by}:\n{theirs}"
