"""Exact, persistent undo and redo of analyst actions (the undo lives in the store).

Every analyst action runs through ``History.record_action``: its writes go through a
``Recorder`` that keeps the before and after image of each row it touches.
Undo writes the before images back in reverse order, redo the after images in
order. The log is a table, so ``workbench undo`` works across restarts and
from another process.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TypeVar

from sqlite_utils import Database

from workbench.core.authorship import Author
from workbench.core.models import Changes
from workbench.store.authors import register_author
from workbench.store.history_replay import replay_checked
from workbench.store.recorder import KEY_COLUMNS, Op, Recorder, UndoConflict
from workbench.store.rows import now_iso

__all__ = ["KEY_COLUMNS", "History", "Recorder", "UndoConflict", "changes_for"]

T = TypeVar("T")

HISTORY_LIMIT = 500
ACH_TABLES = frozenset({"ach_analyses", "ach_hypotheses", "ach_evidence", "ach_ratings"})


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
                replay_checked(self.db, ops, undo)
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
