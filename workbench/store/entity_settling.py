"""The library-wide label pass: the model's entities of earlier documents moved to the
entity the whole library settled on (``store.entities.settle``).

Why: an import labels each document by the documents saved before it, so the first
ones keep what they said alone ("White House" a facility in one early article, an
organisation in the twelve after it; a bare "FEMA" saved before the article that spells
the agency out). The operation reads ``settling_rows``, asks the nlp layer where each
entity belongs, and hands the moves back here. Only the model's work moves: an entity the
analyst made, renamed, relabelled, merged into, hid or annotated is never a source, a
mention the analyst placed (``mention_overrides``) or made stays, and nothing goes on the
undo stack (an analysis step, like saving a document's analysis). Running it twice
changes nothing the second time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from workbench.core.models import Changes
from workbench.core.vocabulary import SPEAKER_LABELS
from workbench.store.analysis_rows import entity_for
from workbench.store.entity_queries import list_entities
from workbench.store.rows import dict_rows, insert_row

Move = tuple[int, str, str]
"""(entity id, the name and label it settles on)."""

_CURATED_SQL = (
    "SELECT entity_id FROM entity_rules UNION SELECT entity_id FROM mention_overrides"
    " WHERE entity_id IS NOT NULL UNION SELECT id FROM entities WHERE notes IS NOT NULL"
    " UNION SELECT first_entity_id FROM entity_duplicate_dismissals"
    " UNION SELECT second_entity_id FROM entity_duplicate_dismissals"
)
"""Entities the analyst's decisions point at: a rule (rename, merge, relabel, alias), a
mention moved to it, a note, a dismissed duplicate pair."""


def settling_rows(db: Database, pairs: Iterable[tuple[str, str]] | None = None
                  ) -> list[dict[str, Any]]:
    """Every visible entity as ``list_entities`` gives it (or only those of the given
    (name, label) ``pairs``), with ``curated`` set for one the analyst made, edited or
    pointed a decision at (such an entity never moves)."""
    curated = _curated_ids(db)
    rows = list_entities(db) if pairs is None else _entities_of(db, pairs)
    for row in rows:
        row["curated"] = row["id"] in curated
    return rows


def _curated_ids(db: Database) -> set[int]:
    """The entities the analyst made, edited, hid or pointed a decision at, or that a step
    waiting for its redo names: read again by every batch of moves, as the desktop's
    analyst may curate one (or undo a step) between two batches."""
    return {int(row[0]) for row in db.execute(
        f"{_CURATED_SQL} UNION SELECT id FROM entities WHERE hidden = 1"
        " OR coalesce(edited_by, '') != '' OR created_by = 'analyst'")} | _entities_in_history(
        db, undone=True)


def _entities_of(db: Database, pairs: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """The visible entities of these (name, label) pairs, with their document counts:
    an analysis run asks for the few its counts would move, not the whole table."""
    wanted = json.dumps([list(pair) for pair in pairs])
    return dict_rows(db.execute(
        "SELECT e.id, e.name, e.label, e.hidden, e.created_by, e.edited_by,"
        " (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.entity_id = e.id)"
        " AS documents FROM json_each(?) w JOIN entities e"
        " ON e.name = json_extract(w.value, '$[0]') AND e.label = json_extract(w.value, '$[1]')"
        " WHERE e.hidden = 0",
        [wanted],
    ))


def settle_entities(db: Database, moves: Iterable[Move]) -> Changes:
    """Move each source entity's model mentions (and the quotes it speaks) to the entity
    its name and label settle on, keep its names as aliases there, and drop the emptied
    source when nothing else points at it; one transaction. ``ids`` are the sources
    moved: one the analyst curated since the moves were read is not among them."""
    documents: set[int] = set()
    moved: list[int] = []  # the sources that did move (``ids``): the pass counts these
    with db.atomic():
        kept: set[int] | None = None
        curated = _curated_ids(db)
        for source_id, name, label in moves:
            if source_id in curated:
                continue  # curated since the moves were read: the analyst's word stands
            target_id = entity_for(db, name, label)
            target = db.execute("SELECT label, hidden FROM entities WHERE id = ?",
                                [target_id]).fetchone()
            if target_id == source_id or target is None or target[1]:
                continue  # a hidden entity takes nothing: the analyst said it is no entity
            documents |= _move_mentions(db, source_id, target_id, str(target[0]))
            moved.append(source_id)
            _copy_aliases(db, source_id, target_id)
            if kept is None:
                kept = _entities_in_history(db)
            if source_id not in kept and not _still_used(db, source_id):
                db.execute("DELETE FROM entities WHERE id = ?", [source_id])
    return Changes(documents_changed=tuple(sorted(documents)), entities=bool(documents),
                   ids=tuple(moved))


def _move_mentions(db: Database, source_id: int, target_id: int, label: str) -> set[int]:
    """Point the model's mentions of ``source_id`` (none the analyst placed) at the target."""
    documents = {int(row[0]) for row in db.execute(
        "SELECT DISTINCT document_id FROM mentions WHERE entity_id = ?", [source_id])}
    db.execute(
        "UPDATE mentions SET entity_id = ?, label = ? WHERE entity_id = ? AND source = 'model'"
        " AND NOT EXISTS (SELECT 1 FROM mention_overrides o WHERE o.document_id ="
        " mentions.document_id AND o.field = mentions.field AND o.start = mentions.start"
        ' AND o."end" = mentions."end")',
        [target_id, label, source_id],
    )
    if label in SPEAKER_LABELS:
        db.execute("UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?",
                   [target_id, source_id])
    return documents


def _copy_aliases(db: Database, source_id: int, target_id: int) -> None:
    """The source's name and aliases become the target's aliases (never its own name):
    the Entities page still finds "FEMA", and the next import joins it again."""
    target_name = db.execute("SELECT name FROM entities WHERE id = ?", [target_id]).fetchone()[0]
    names = [row[0] for row in db.execute(
        "SELECT name FROM entities WHERE id = ? UNION SELECT alias FROM entity_aliases"
        " WHERE entity_id = ?", [source_id, source_id])]
    for alias in names:
        if alias != target_name:
            insert_row(db, "entity_aliases", {"entity_id": target_id, "alias": alias},
                       or_ignore=True)


def _still_used(db: Database, entity_id: int) -> bool:
    """Whether a mention, quote, claim, rule or override still points at the entity."""
    return db.execute(
        "SELECT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?1)"
        " OR EXISTS (SELECT 1 FROM quotes WHERE speaker_entity_id = ?1)"
        " OR EXISTS (SELECT 1 FROM claims WHERE claimant_entity_id = ?1)"
        " OR EXISTS (SELECT 1 FROM entity_rules WHERE entity_id = ?1)"
        " OR EXISTS (SELECT 1 FROM mention_overrides WHERE entity_id = ?1)",
        [entity_id],
    ).fetchone()[0] == 1


def _entities_in_history(db: Database, *, undone: bool = False) -> set[int]:
    """Entity ids any undo step's row images name: such an entity is never deleted, so
    undoing or redoing the analyst's actions never meets a row that vanished.

    With ``undone``, only the steps waiting for a redo: their entities count as curated
    until the redo or the analyst's next action (which drops them), as a move made
    meanwhile refused the redo ("the mentions table changed") and dropped it.

    Read once per batch of moves (the analyst's actions between two batches add steps),
    and only the steps that touched an entity-bearing table."""
    ids: set[int] = set()
    waiting = " AND undone = 1" if undone else ""
    for (ops_json,) in db.execute(f"SELECT ops FROM undo_log WHERE ops LIKE '%entit%'{waiting}"):
        for table, before, after in json.loads(ops_json):
            for row in (before, after):
                if row:
                    ids.update(_entity_ids_in(table, row))
    return ids


def _entity_ids_in(table: str, row: dict[str, Any]) -> set[int]:
    """The entity ids one row image holds (its own id when it is an entity row)."""
    found = {row.get(key) for key in ("entity_id", "speaker_entity_id", "claimant_entity_id",
                                      "first_entity_id", "second_entity_id")}
    if table == "entities":
        found.add(row.get("id"))
    return {int(value) for value in found if isinstance(value, int)}
