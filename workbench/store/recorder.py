"""The recorder every analyst write passes through: it keeps row images for undo.

Split from ``store.history`` (which replays what it records): the parts import
``Recorder`` to write, the history only to log and replay. ``history`` re-exports
these names, so either import works.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workbench.core.authorship import Author, new_origin
from workbench.core.edit_tracking import DELETED
from workbench.store.edit_history import (
    edited_fields,
    known,
    row_origin,
    snapshot,
    tombstone_origin,
)
from workbench.store.rows import (
    dict_row,
    dict_rows,
    insert_row,
    keep_id_taken,
    now_iso,
    quoted,
    with_derived,
)
from workbench.store.schema_third_wave import AUTHORED_TABLES, EDITED_TABLES

Row = dict[str, Any]
Op = tuple[str, Row | None, Row | None]

KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "tags": ("id",),
    "document_tags": ("document_id", "tag_id"),
    "annotations": ("id",),
    "span_tags": ("annotation_id", "tag_id"),
    "claims": ("annotation_id",),
    "claim_status_history": ("id",),
    "links": ("id",),
    "suggestion_rejections": ("id",),
    "entities": ("id",),
    "entity_aliases": ("id",),
    "mentions": ("id",),
    "quotes": ("id",),
    "entity_rules": ("id",),
    "mention_overrides": ("id",),
    "entity_duplicate_dismissals": ("id",),
    "document_versions": ("id",),
    "documents": ("id",),
    "sources": ("id",),
    "ach_analyses": ("id",),
    "ach_hypotheses": ("id",),
    "ach_evidence": ("id",),
    "ach_ratings": ("evidence_id", "hypothesis_id"),
    "merges": ("id",),
    "merge_conflicts": ("id",),
    "edit_history": ("id",),
}


class UndoConflict(RuntimeError):
    """The library changed underneath an action, so it can no longer be undone exactly."""


def where_clause(table: str, row: Row) -> tuple[str, list[Any]]:
    keys = KEY_COLUMNS[table]
    return " AND ".join(f"{quoted(k)} = ?" for k in keys), [row[k] for k in keys]


def delete_keeping_id(db: Database, table: str, row: Row) -> None:
    """Delete ``row`` by its key; undo or redo may write it back, so its id stays its own."""
    clause, params = where_clause(table, row)
    db.execute(f"DELETE FROM {quoted(table)} WHERE {clause}", params)
    if KEY_COLUMNS[table] == ("id",):
        keep_id_taken(db, table, row["id"])


class Recorder:
    """Performs an action's writes and remembers row images for undo.

    It also signs analyst work: a row inserted into an authored table gets a
    fresh ``origin`` and the acting ``author_id`` unless the action gave them
    (a merge keeps the other library's), and a row edited in place records
    ``edited_by``. Stamping here, where every analyst write passes, means no
    part can forget it. For the same reason it keeps the earlier value of each
    tracked field it changes and a tombstone of each piece of work it deletes
    (``edit_history``), which a merge reads to tell who changed what.
    """

    def __init__(self, db: Database, author: Author | None = None) -> None:
        self.db = db
        self.author = author
        self.ops: list[Op] = []

    def fetch(self, table: str, key: Row) -> Row | None:
        """Return the full row with this key, or None."""
        clause, params = where_clause(table, key)
        return dict_row(self.db.execute(f"SELECT * FROM {quoted(table)} WHERE {clause}", params))

    def insert(self, table: str, values: Row) -> int:
        """Insert a row; return its rowid (the id for tables with an integer key)."""
        values = self._signed(table, values)
        rowid = insert_row(self.db, table, values)
        key = values if "id" not in KEY_COLUMNS[table] else {**values, "id": rowid}
        self.ops.append((table, None, self.fetch(table, key)))
        return rowid

    def update(self, table: str, key: Row, changes: Row) -> None:
        """Change columns of one row (no-op if it does not exist)."""
        before = self.fetch(table, key)
        if before is None or all(before.get(k) == v for k, v in changes.items()):
            return
        changes = with_derived(table, changes)
        if table in EDITED_TABLES and self.author is not None and "edited_by" not in changes:
            changes = {**changes, "edited_by": self.author.id}
        origin = row_origin(table, before)
        if origin is not None:
            for field, value in edited_fields(table, before, changes):
                self.keep_earlier(table, origin, field, value)
        clause, params = where_clause(table, key)
        sets = ", ".join(f"{quoted(c)} = ?" for c in changes)
        self.db.execute(
            f"UPDATE {quoted(table)} SET {sets} WHERE {clause}", [*changes.values(), *params]
        )
        self.ops.append((table, before, self.fetch(table, key)))

    def keep_earlier(
        self, table: str, origin: str, field: str, value: str, author_id: str | None = None
    ) -> None:
        """Record once that ``field`` of a row held ``value`` (JSON); undone with the action."""
        if known(self.db.conn, table, origin, field, value):
            return
        author_id = author_id or (self.author.id if self.author else None)
        self.insert(
            "edit_history",
            {"table_name": table, "row_origin": origin, "field": field, "value": value,
             "replaced_at": now_iso(), "author_id": author_id},
        )  # fmt: skip

    def _signed(self, table: str, values: Row) -> Row:
        """``values`` with an origin and the acting author added, for an authored table."""
        if table not in AUTHORED_TABLES:
            return values
        signed = dict(values)
        if signed.get("origin") is None:
            signed["origin"] = new_origin()
        if self.author is not None:
            signed.setdefault("author_id", self.author.id)
        return signed

    def delete(self, table: str, key: Row) -> None:
        """Delete one row (children must be deleted first, through the recorder)."""
        before = self.fetch(table, key)
        if before is None:
            return
        origin = tombstone_origin(table, before)
        if origin is not None:
            self.keep_earlier(table, origin, DELETED, snapshot(table, before))
        delete_keeping_id(self.db, table, before)
        self.ops.append((table, before, None))

    def delete_where(self, table: str, condition: str, params: list[Any]) -> int:
        """Delete every row matching ``condition``, recording each; return the count."""
        cursor = self.db.execute(f"SELECT * FROM {quoted(table)} WHERE {condition}", params)
        rows = dict_rows(cursor)
        for row in rows:
            self.delete(table, row)
        return len(rows)
