"""Exact, persistent undo and redo of analyst actions (the undo lives in the store).

Every analyst action runs through ``History.record_action``: its writes go through a
``Recorder`` that keeps the before and after image of each row it touches.
Undo writes the before images back in reverse order, redo the after images in
order. The log is a table, so ``workbench undo`` works across restarts and
from another process.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from sqlite_utils import Database

from workbench.core.authorship import Author, new_origin
from workbench.core.edit_tracking import DELETED
from workbench.core.models import Changes
from workbench.core.vocabulary import STATUS_PENDING
from workbench.store.analysis_rows import clear_model_analysis
from workbench.store.authors import register_author
from workbench.store.edit_history import (
    edited_fields,
    known,
    row_origin,
    snapshot,
    tombstone_origin,
)
from workbench.store.rows import dict_row, dict_rows, insert_row, now_iso, quoted
from workbench.store.schema_third_wave import AUTHORED_TABLES, EDITED_TABLES

T = TypeVar("T")
Row = dict[str, Any]
Op = tuple[str, Row | None, Row | None]

HISTORY_LIMIT = 500
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
ACH_TABLES = frozenset({"ach_analyses", "ach_hypotheses", "ach_evidence", "ach_ratings"})


class UndoConflict(RuntimeError):
    """The library changed underneath an action, so it can no longer be undone exactly."""


def _where(table: str, row: Row) -> tuple[str, list[Any]]:
    keys = KEY_COLUMNS[table]
    return " AND ".join(f"{quoted(k)} = ?" for k in keys), [row[k] for k in keys]


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
        clause, params = _where(table, key)
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
        if table in EDITED_TABLES and self.author is not None and "edited_by" not in changes:
            changes = {**changes, "edited_by": self.author.id}
        origin = row_origin(table, before)
        if origin is not None:
            for field, value in edited_fields(table, before, changes):
                self.keep_earlier(table, origin, field, value)
        clause, params = _where(table, key)
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
        clause, params = _where(table, key)
        self.db.execute(f"DELETE FROM {quoted(table)} WHERE {clause}", params)
        self.ops.append((table, before, None))

    def delete_where(self, table: str, condition: str, params: list[Any]) -> int:
        """Delete every row matching ``condition``, recording each; return the count."""
        cursor = self.db.execute(f"SELECT * FROM {quoted(table)} WHERE {condition}", params)
        rows = dict_rows(cursor)
        for row in rows:
            self.delete(table, row)
        return len(rows)


def _write_image(db: Database, table: str, current: Row | None, image: Row | None) -> None:
    """Make the row that is ``current`` look like ``image`` (insert, update or delete)."""
    if image is None:
        if current is not None:
            clause, params = _where(table, current)
            db.execute(f"DELETE FROM {quoted(table)} WHERE {clause}", params)
        return
    if current is None:
        insert_row(db, table, image)
        return
    clause, params = _where(table, current)
    sets = ", ".join(f"{quoted(c)} = ?" for c in image)
    db.execute(f"UPDATE {quoted(table)} SET {sets} WHERE {clause}", [*image.values(), *params])


def _replay_checked(db: Database, ops: list[Op], undo: bool) -> None:
    """``_replay``, with a row that names one gone since (a foreign key) as a conflict.

    Why: update (analysed), merge two entities, re-analyse; undoing the merge is refused
    and dropped, and the update's old mentions name the merged-away entity: its undo
    failed on every try ("FOREIGN KEY constraint failed"), so nothing older could be undone.
    """
    try:
        _replay(db, ops, undo)
    except sqlite3.IntegrityError as failed:
        raise UndoConflict(f"a row it would write back names one that is gone ({failed})"
                           ) from None


def _replay(db: Database, ops: list[Op], undo: bool) -> None:
    """Apply before images in reverse (undo) or after images in order (redo), checking for drift.

    One kind of drift is expected: an action that replaced a document's text (an
    update) cleared its machine extraction, and the analysis since has written a
    new one for the new text. That is the model's, not the analyst's, and it
    belongs to the text: the document's extraction now is dropped and the one
    recorded for the text it goes back to is written (undo: the old text's
    mentions and quotes; redo: none, the document is pending again), and its
    row's analysis columns are not compared. Any other change is a conflict.
    """
    recorder = Recorder(db)
    retexted = _retexted(ops)
    for doc_id in retexted:
        clear_model_analysis(db, doc_id)
    sequence = reversed(ops) if undo else iter(ops)
    for table, before, after in sequence:
        expected, target = (after, before) if undo else (before, after)
        key = expected or target
        assert key is not None
        if _extracted(table, key, retexted):
            _restore_extracted(recorder, table, target)
            continue
        current = recorder.fetch(table, key)
        if current is None and _awaits_analysis(db, table, expected):
            continue
        if not _agree(table, current, expected, retexted):
            raise UndoConflict(f"the {table} table changed since this action")
        _write_image(db, table, current, target)


def _awaits_analysis(db: Database, table: str, expected: Row | None) -> bool:
    """True for a row of the model's extraction, changed or deleted by the action, that is
    gone because its document waits for analysis (a later update, redone, cleared it):
    nothing to change there, and the new analysis follows the entity rules and mention
    overrides the action leaves.

    Why: update (analysed), change an entity's type (or hide one mention), undo both,
    redo both: the change was refused ("the mentions table changed") and dropped from
    the history.
    """
    if expected is None or not _model_row(table, expected):
        return False
    row = db.execute("SELECT status FROM documents WHERE id = ?",
                     [expected["document_id"]]).fetchone()
    return row is not None and row[0] == STATUS_PENDING


#: The columns of a document's row the analysis writes (``analysis_rows.mark_analyzed``).
ANALYSIS_COLUMNS = frozenset({"status", "analysis_version"})


def _retexted(ops: list[Op]) -> set[int]:
    """Documents whose text the action replaced (``store.versions``: an update)."""
    return {
        int(after["id"]) for table, before, after in ops
        if table == "documents" and before and after and before["text"] != after["text"]
    }


def _extracted(table: str, image: Row, retexted: set[int]) -> bool:
    """True for a row of the model's extraction (a quote, a model mention) of such a document."""
    return image.get("document_id") in retexted and _model_row(table, image)


def _model_row(table: str, image: Row) -> bool:
    """Whether a row is the model's extraction (a quote, a model mention), not analyst work."""
    return table == "quotes" or (table == "mentions" and image.get("source") == "model")


def _restore_extracted(recorder: Recorder, table: str, image: Row | None) -> None:
    """Write back one recorded extraction row (the document's current ones are cleared)."""
    if image is None:
        return
    if recorder.fetch(table, image) is not None:  # its id now another document's
        raise UndoConflict(f"the {table} table changed since this action")
    insert_row(recorder.db, table, image)


def _agree(table: str, current: Row | None, expected: Row | None, retexted: set[int]) -> bool:
    """Whether the row is as the action left it (a retexted document: but for its analysis)."""
    if table == "documents" and current and expected and current["id"] in retexted:
        return {k: v for k, v in current.items() if k not in ANALYSIS_COLUMNS} == {
            k: v for k, v in expected.items() if k not in ANALYSIS_COLUMNS
        }
    return current == expected


def changes_for(ops: list[Op], note: str, undo: bool = False) -> Changes:
    """Summarise which parts of the library a list of row operations touched.

    ``undo`` says the ops were replayed backwards: a document they inserted
    was removed. Why documents added and removed are named: a merge (and its
    undo or redo) brings or takes whole documents, and the library list only
    re-reads its listing for those.
    """
    tables = {table for table, _, _ in ops}
    documents: set[int] = set()
    appeared: list[int] = []
    vanished: list[int] = []
    regraded = False  # a document's own grade changes the grade its claims show
    for table, before, after in ops:
        for image in (before, after):
            if image and isinstance(image.get("document_id"), int):
                documents.add(image["document_id"])
        if table == "documents" and before and after:  # an edited document (e.g. its grade)
            documents.add(before["id"])
            regraded |= before.get("reliability_override") != after.get("reliability_override")
        elif table == "documents":
            now, then = (before, after) if undo else (after, before)
            (appeared if now else vanished).append(int((now or then or {})["id"]))
    return Changes(
        documents_added=tuple(appeared),
        documents_removed=tuple(vanished),
        documents_changed=tuple(sorted(documents - set(appeared) - set(vanished))),
        entities=bool(
            tables & {"entities", "entity_aliases", "mentions", "entity_rules", "mention_overrides"}
        ),
        annotations=bool(tables & {"annotations", "span_tags", "claims", "links"}),
        tags=bool(tables & {"tags", "document_tags", "span_tags"}),
        # A rejected suggestion is claim work too: the Suggestions panel re-ranks on it.
        claims=regraded or bool(tables & {"claims", "claim_status_history", "links", "sources",
                                          "suggestion_rejections"}),
        ach=bool(tables & ACH_TABLES),
        conflicts=bool(tables & {"merges", "merge_conflicts"}),
        note=note,
    )


class History:
    """The store's undo history: every part records its actions here (``store.history``)."""

    def __init__(self, db: Database, author: Author | None = None) -> None:
        self.db = db
        self.author = author
        self.pending_author: Callable[[], Author | None] | None = None

    def record_action(self, label: str, action: Callable[[Recorder], T]) -> tuple[T, Changes]:
        """Run ``action`` in one transaction, log its row images, and return its result."""
        if self.pending_author is not None:  # the signer is decided at the first write
            self.author, self.pending_author = self.pending_author(), None
        with self.db.atomic():
            recorder = Recorder(self.db, self.author)
            result = action(recorder)
            if recorder.ops:
                self._register_author()
                self.db.execute("DELETE FROM undo_log WHERE undone = 1")
                self.db.execute(
                    "INSERT INTO undo_log (label, created_at, ops) VALUES (?, ?, ?)",
                    [label, now_iso(), json.dumps(recorder.ops)],
                )
                self.db.execute(
                    "DELETE FROM undo_log WHERE id <= (SELECT max(id) FROM undo_log) - ?",
                    [HISTORY_LIMIT],
                )
        return result, changes_for(recorder.ops, label)

    def _register_author(self) -> None:
        """Record the acting author's current name (``authors.register_author``)."""
        if self.author is not None:
            register_author(self.db, self.author.id, self.author.name, rename=True)

    def undo(self) -> Changes | None:
        """Undo the latest action; None when there is nothing to undo."""
        return self._step(undo=True)

    def redo(self) -> Changes | None:
        """Redo the latest undone action; None when there is nothing to redo."""
        return self._step(undo=False)

    def undo_labels(self) -> tuple[str | None, str | None]:
        """Labels of the action Undo and Redo would apply (for menu items)."""
        undo = self.db.execute(
            "SELECT label FROM undo_log WHERE undone = 0 ORDER BY id DESC LIMIT 1"
        ).fetchone()
        redo = self.db.execute(
            "SELECT label FROM undo_log WHERE undone = 1 ORDER BY id ASC LIMIT 1"
        ).fetchone()
        return (undo[0] if undo else None, redo[0] if redo else None)

    def _step(self, undo: bool) -> Changes | None:
        sql = (
            "SELECT id, label, ops FROM undo_log WHERE undone = 0 ORDER BY id DESC LIMIT 1"
            if undo
            else "SELECT id, label, ops FROM undo_log WHERE undone = 1 ORDER BY id ASC LIMIT 1"
        )
        row = self.db.execute(sql).fetchone()
        if row is None:
            return None
        entry_id, label, ops_json = row
        ops: list[Op] = [tuple(op) for op in json.loads(ops_json)]  # type: ignore[misc]
        try:
            with self.db.atomic():
                _replay_checked(self.db, ops, undo)
                self.db.execute(
                    "UPDATE undo_log SET undone = ? WHERE id = ?", [1 if undo else 0, entry_id]
                )
        except UndoConflict as conflict:
            with self.db.atomic():
                self.db.execute("DELETE FROM undo_log WHERE id = ?", [entry_id])
            verb = "undo" if undo else "redo"
            raise UndoConflict(
                f"cannot {verb} '{label}': {conflict}; it was removed from the history"
            ) from None
        verb = "Undid" if undo else "Redid"
        return changes_for(ops, f"{verb} {label}", undo)
