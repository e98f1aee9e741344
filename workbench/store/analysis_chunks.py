"""Saving a huge document's analysis chunk by chunk, and finishing it once every chunk is in.

Why chunks are saved apart: a book-length text is analysed as many small
jobs; each chunk's mentions and quotes are written in their own small
transaction together with a row in ``analysis_chunks``, so a killed run
loses at most the chunks in flight and the next run skips what is recorded.
The first chunk saved clears the model's earlier results for the document,
in the same transaction, so a half-done old analysis never mixes with a new.

Finishing runs the document-wide label vote over the stored mentions (one
grouped query, memory bounded by the number of distinct names, not mentions):
each chunk labelled its names on its own, and a name seen as a PERSON 900
times and as an ORG 30 times in one document is one PERSON.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.core.models import Analysis
from workbench.core.vocabulary import SPEAKER_LABELS
from workbench.store.analysis_rows import add_analysis, clear_model_analysis, mark_analyzed


def recorded_chunks(db: Database, doc_id: int) -> set[tuple[int, int, int]]:
    """(start, end, analysis version) of every chunk already saved for the document."""
    rows = db.execute(
        'SELECT start, "end", analysis_version FROM analysis_chunks WHERE document_id = ?',
        [doc_id],
    ).fetchall()
    return {(int(r[0]), int(r[1]), int(r[2])) for r in rows}


def save_chunk(db: Database, doc_id: int, start: int, end: int, analysis: Analysis) -> None:
    """Add one chunk's mentions and quotes and record the chunk (caller holds the transaction)."""
    first = db.execute(
        "SELECT 1 FROM analysis_chunks WHERE document_id = ? LIMIT 1", [doc_id]
    ).fetchone() is None
    if first:
        clear_model_analysis(db, doc_id)
    add_analysis(db, doc_id, analysis)
    db.execute(
        'INSERT OR REPLACE INTO analysis_chunks (document_id, start, "end", analysis_version)'
        " VALUES (?, ?, ?, ?)",
        [doc_id, start, end, analysis.version],
    )


def forget_chunks(db: Database, doc_id: int | None = None) -> None:
    """Drop the record of saved chunks (of one document, or all): the next run starts over."""
    if doc_id is None:
        db.execute("DELETE FROM analysis_chunks")
    else:
        db.execute("DELETE FROM analysis_chunks WHERE document_id = ?", [doc_id])


def finish_chunked(db: Database, doc_id: int, version: int) -> None:
    """Vote labels document-wide, mark the document analysed, drop its chunk records."""
    vote_document_labels(db, doc_id)
    mark_analyzed(db, doc_id, version)
    forget_chunks(db, doc_id)


def vote_document_labels(db: Database, doc_id: int) -> int:
    """Give each name the label most of its model mentions in the document carry.

    Mentions whose span the analyst placed by hand (``mention_overrides``) keep
    their entity. Returns how many mentions moved.
    """
    counts: dict[str, list[tuple[int, int, str]]] = {}
    for name, entity_id, label, count in db.execute(
        "SELECT e.name, m.entity_id, e.label, count(*) FROM mentions m"
        " JOIN entities e ON e.id = m.entity_id"
        " WHERE m.document_id = ? AND m.source = 'model' AND m.field = 'text'"
        " GROUP BY m.entity_id",
        [doc_id],
    ):
        counts.setdefault(name, []).append((int(count), int(entity_id), label))
    moved = 0
    for entities in counts.values():
        if len(entities) > 1:
            moved += _merge_into_majority(db, doc_id, sorted(entities, reverse=True))
    return moved


def _merge_into_majority(db: Database, doc_id: int, ranked: list[tuple[int, int, str]]) -> int:
    """Move the minority labels' mentions to the majority entity (a tie changes nothing)."""
    (top, winner, label), runner_up = ranked[0], ranked[1][0]
    if top == runner_up:
        return 0
    moved = 0
    for _, loser, _label in ranked[1:]:
        cursor = db.execute(
            "UPDATE mentions SET entity_id = ?, label = ? WHERE document_id = ?"
            " AND entity_id = ? AND source = 'model' AND field = 'text' AND NOT EXISTS ("
            " SELECT 1 FROM mention_overrides o WHERE o.document_id = mentions.document_id"
            ' AND o.field = mentions.field AND o.start = mentions.start'
            ' AND o."end" = mentions."end")',
            [winner, label, doc_id, loser],
        )
        moved += cursor.rowcount
        if label in SPEAKER_LABELS:
            db.execute(
                "UPDATE quotes SET speaker_entity_id = ? WHERE document_id = ?"
                " AND speaker_entity_id = ?",
                [winner, doc_id, loser],
            )
    return moved
