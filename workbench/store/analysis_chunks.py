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
times and as an ORG 30 times in one document is one PERSON. Then short
person names are merged into the one full name they stand for in the whole
document ("Merkel" chunks away from "Angela Merkel").

What a chunk's save reads must not grow with the document: a 50 MB text
ends with about a million mentions, and a query over all of them per chunk
(the analyst's mentions, found by a scan of the document's rows) made each
of ~1,700 saves slower than the last. A chunk asks for the analyst's
mentions near its own span through the (document, field, start) index; the
rare analyst mention longer than ``ANALYST_LOOKBACK`` that starts in an
earlier chunk is caught by one sweep when the document is finished.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from workbench.core.models import Analysis
from workbench.core.vocabulary import SPEAKER_LABELS
from workbench.store.analysis_rows import (
    add_analysis,
    analyst_mention_spans,
    clear_model_analysis,
    mark_analyzed,
)

MergePlanner = Callable[[list[tuple[int, str, str]]], dict[int, int]]
#: How far before a chunk's first mention its save looks for the analyst's
#: mentions that may overlap it (far longer than any name).
ANALYST_LOOKBACK = 1_000


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
    add_analysis(db, doc_id, analysis, analyst_spans_near(db, doc_id, analysis))
    db.execute(
        'INSERT OR REPLACE INTO analysis_chunks (document_id, start, "end", analysis_version)'
        " VALUES (?, ?, ?, ?)",
        [doc_id, start, end, analysis.version],
    )


def analyst_spans_near(db: Database, doc_id: int,
                       analysis: Analysis) -> list[tuple[str, int, int]]:
    """The analyst's mentions that start near the chunk's mentions, field by field.

    Each field is one range of the (document, field, start) index: from
    ``ANALYST_LOOKBACK`` before the field's first new mention to its last
    end, so the rows read are those of the chunk's own stretch of text.
    """
    stretches: dict[str, tuple[int, int]] = {}  # field -> (first start, last end), one pass
    for mention in analysis.mentions:
        low, high = stretches.get(mention.field, (mention.start, mention.end))
        stretches[mention.field] = (min(low, mention.start), max(high, mention.end))
    spans: list[tuple[str, int, int]] = []
    for field, (low, high) in stretches.items():
        spans.extend((field, int(s), int(e)) for s, e in db.execute(
            'SELECT start, "end" FROM mentions WHERE document_id = ? AND field = ?'
            " AND start >= ? AND start < ? AND source = 'analyst'",
            [doc_id, field, low - ANALYST_LOOKBACK, high]))
    return spans


def forget_chunks(db: Database, doc_id: int | None = None) -> None:
    """Drop the record of saved chunks (of one document, or all): the next run starts over."""
    if doc_id is None:
        db.execute("DELETE FROM analysis_chunks")
    else:
        db.execute("DELETE FROM analysis_chunks WHERE document_id = ?", [doc_id])


def finish_chunked(db: Database, doc_id: int, version: int,
                   merges_for: MergePlanner | None = None) -> None:
    """Vote labels document-wide, merge short names, mark analysed, drop the chunk records.

    ``merges_for`` maps the document's (entity id, name, label) to the merges
    it wants (short name's entity -> full name's): name matching is the NLP
    layer's business, moving the rows is the store's.
    """
    drop_model_overlaps(db, doc_id)
    vote_document_labels(db, doc_id)
    if merges_for is not None:
        for short, full in merges_for(document_names(db, doc_id)).items():
            _move_mentions(db, doc_id, short, full)
    mark_analyzed(db, doc_id, version)
    forget_chunks(db, doc_id)


def drop_model_overlaps(db: Database, doc_id: int) -> int:
    """Delete model mentions overlapping an analyst's mention (the long ones chunks missed).

    One read of the document's analyst mentions; a delete per analyst
    mention only when there are any (a fresh import has none).
    """
    removed = 0
    for field, start, end in analyst_mention_spans(db, doc_id):
        removed += db.execute(
            "DELETE FROM mentions WHERE document_id = ? AND field = ? AND source = 'model'"
            ' AND start < ? AND "end" > ?',
            [doc_id, field, end, start]).rowcount
    return removed


def document_names(db: Database, doc_id: int) -> list[tuple[int, str, str]]:
    """(entity id, name, label) of every entity the model found in the document's body."""
    rows = db.execute(
        "SELECT DISTINCT e.id, e.name, e.label FROM mentions m JOIN entities e"
        " ON e.id = m.entity_id WHERE m.document_id = ? AND m.source = 'model'"
        " AND m.field = 'text'",
        [doc_id],
    ).fetchall()
    return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def vote_document_labels(db: Database, doc_id: int) -> int:
    """Give each name the label most of its model mentions in the document carry.

    Mentions whose span the analyst placed by hand (``mention_overrides``) keep
    their entity. Returns how many mentions moved.
    """
    counts: dict[str, list[tuple[int, int]]] = {}
    for name, entity_id, count in db.execute(
        "SELECT e.name, m.entity_id, count(*) FROM mentions m"
        " JOIN entities e ON e.id = m.entity_id"
        " WHERE m.document_id = ? AND m.source = 'model' AND m.field = 'text'"
        " GROUP BY m.entity_id",
        [doc_id],
    ):
        counts.setdefault(name, []).append((int(count), int(entity_id)))
    moved = 0
    for entities in counts.values():
        ranked = sorted(entities, reverse=True)
        if len(ranked) > 1 and ranked[0][0] > ranked[1][0]:  # a tie changes nothing
            moved += sum(_move_mentions(db, doc_id, loser, ranked[0][1])
                         for _, loser in ranked[1:])
    return moved


def _move_mentions(db: Database, doc_id: int, loser: int, winner: int) -> int:
    """Point the document's model mentions of ``loser`` at ``winner`` (and its speaker quotes)."""
    row = db.execute("SELECT label FROM entities WHERE id = ?", [winner]).fetchone()
    if row is None:
        return 0
    label = row[0]
    cursor = db.execute(
        "UPDATE mentions SET entity_id = ?, label = ? WHERE document_id = ?"
        " AND entity_id = ? AND source = 'model' AND field = 'text' AND NOT EXISTS ("
        " SELECT 1 FROM mention_overrides o WHERE o.document_id = mentions.document_id"
        " AND o.field = mentions.field AND o.start = mentions.start"
        ' AND o."end" = mentions."end")',
        [winner, label, doc_id, loser],
    )
    if label in SPEAKER_LABELS:
        db.execute(
            "UPDATE quotes SET speaker_entity_id = ? WHERE document_id = ?"
            " AND speaker_entity_id = ?",
            [winner, doc_id, loser],
        )
    return int(cursor.rowcount)
