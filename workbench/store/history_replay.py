"""Replaying a logged action's row images: undo writes the before images back in
reverse, redo the after images in order, refusing when the library drifted.

Split from ``store.history`` (the log and its steps) because the one expected kind
of drift, a retexted document's new analysis, needs rules of its own.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from workbench.core.vocabulary import STATUS_PENDING
from workbench.store.analysis_rows import clear_model_analysis
from workbench.store.recorder import (
    Op,
    Recorder,
    Row,
    UndoConflict,
    delete_keeping_id,
    where_clause,
)
from workbench.store.rows import TAG_USES, insert_row, quoted, with_derived, without_keys


def _write_image(db: Database, table: str, current: Row | None, image: Row | None) -> None:
    """Make the row that is ``current`` look like ``image`` (insert, update or delete)."""
    if image is None:
        if current is not None:
            delete_keeping_id(db, table, current)
        return
    if current is None:
        insert_row(db, table, image)
        return
    clause, params = where_clause(table, current)
    image = with_derived(table, image)  # an image logged before 0018 or 0019 has no key
    sets = ", ".join(f"{quoted(c)} = ?" for c in image)
    db.execute(f"UPDATE {quoted(table)} SET {sets} WHERE {clause}", [*image.values(), *params])


def replay_checked(db: Database, ops: list[Op], undo: bool) -> None:
    """``_replay``, with a row that names one gone since (a foreign key) as a conflict.

    Why: update (analysed), merge two entities, re-analyse; undoing the merge is refused
    and dropped, and the update's old mentions name the merged-away entity: its undo
    failed on every try ("FOREIGN KEY constraint failed"), so nothing older could be undone.
    """
    try:
        _replay(db, ops, undo)
    except sqlite3.IntegrityError as failed:
        # a UNIQUE clash is no gone row: redoing a step that makes a tag whose key another
        # tag holds now meets that tag's key
        what = "clashes with one there now" if "UNIQUE" in str(failed) else (
            "names one that is gone")
        raise UndoConflict(f"a row it would write back {what} ({failed})") from None


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
        if target is None and current is not None:
            _refuse_cascade(db, table, current)
        _write_image(db, table, current, target)


#: what ``ON DELETE CASCADE`` drops with a row of these tables, and the refusal it gets
_CASCADED_USES: dict[str, tuple[tuple[tuple[str, str], ...], str]] = {
    "tags": (tuple((uses, "tag_id") for uses in TAG_USES),
             "a tag it would delete is on documents or spans it did not tag"),
    "annotations": ((("span_tags", "annotation_id"),),
                    "a span it would delete carries tags it did not give"),
}


def _refuse_cascade(db: Database, table: str, row: Row) -> None:
    """Refuse to delete ``row`` while a tag use still hangs on it (a tag, or a span).

    An action deletes a row's uses before the row (``Recorder.delete``), so a use
    left at that point came from outside the action, and deleting the row would
    drop it by ``ON DELETE CASCADE``. Why: migration 0018 moved the uses of a case
    twin onto the tag kept, and undoing the kept tag's creation untagged them too;
    a step logged before 0020 that tagged a span with a merged twin was refused and
    dropped (its tag gone; 0020 now rewrites such steps, ``tag_twin_log``), and undoing
    the span's highlight then deleted its tag.
    """
    if table not in _CASCADED_USES:
        return
    uses, refusal = _CASCADED_USES[table]
    if any(db.execute(f"SELECT 1 FROM {used} WHERE {column} = ? LIMIT 1",
                      [row["id"]]).fetchone() for used, column in uses):
        raise UndoConflict(refusal)


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
    if current is None or expected is None:
        return current == expected
    return without_keys(table, current) == without_keys(table, expected)
