"""Writing extraction results: entities, mentions and quotes of one document or one chunk.

Why apart from ``store.analysis``: both a whole document's save and a huge
document's chunk saves (``analysis_chunks``) write rows the same way.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from workbench.core.models import Analysis, Mention, Quote
from workbench.core.vocabulary import SPEAKER_LABELS
from workbench.store.rows import fresh_ids, insert_row, insert_rows, insert_rows_numbered


def replace_analysis(db: Database, doc_id: int, analysis: Analysis) -> None:
    """Replace the model's mentions and quotes of one document (caller holds the transaction).

    The analyst's decisions win: mentions they made (source = 'analyst') are
    kept and model mentions overlapping them dropped; ``entity_rules`` map the
    model's names to curated entities; ``mention_overrides`` move or hide
    single mentions by span.
    """
    clear_model_analysis(db, doc_id)
    add_analysis(db, doc_id, analysis)
    mark_analyzed(db, doc_id, analysis.version)


def clear_model_analysis(db: Database, doc_id: int) -> None:
    """Delete what the model found in one document (the analyst's mentions stay)."""
    db.execute("DELETE FROM mentions WHERE document_id = ? AND source = 'model'", [doc_id])
    db.execute("DELETE FROM quotes WHERE document_id = ?", [doc_id])


def add_analysis(db: Database, doc_id: int, analysis: Analysis,
                 analyst_spans: list[tuple[str, int, int]] | None = None) -> None:
    """Insert mentions and quotes beside what is stored (a whole document or one chunk).

    ``analyst_spans`` are the (field, start, end) of the analyst's mentions the
    new ones may overlap; None reads all of the document's (a chunk passes
    those near it: reading all of a book's mentions per chunk grows with the book).
    """
    if analyst_spans is None:
        analyst_spans = analyst_mention_spans(db, doc_id)
    mentions = _without_overlaps(analysis.mentions, analyst_spans)
    entity_ids = _upsert_entities(db, mentions)
    _insert_mentions(db, doc_id, mentions, entity_ids)
    labels = _labels_by_name(analysis.mentions)
    insert_rows(db, "quotes", [  # ids above any the history may bring back
        _quote_row(doc_id, quote, _speaker_entity(entity_ids, labels, quote))
        for quote in analysis.quotes])


def mark_analyzed(db: Database, doc_id: int, version: int) -> None:
    """Record that the document's analysis is complete at ``version``."""
    db.execute(
        "UPDATE documents SET analysis_version = ?, status = 'analyzed' WHERE id = ?",
        [version, doc_id],
    )


def analyst_mention_spans(db: Database, doc_id: int) -> list[tuple[str, int, int]]:
    """(field, start, end) of every mention the analyst made by hand in the document."""
    rows = db.execute(
        "SELECT field, start, \"end\" FROM mentions WHERE document_id = ? AND source = 'analyst'",
        [doc_id],
    ).fetchall()
    return [(str(f), int(s), int(e)) for f, s, e in rows]


def _without_overlaps(
    mentions: tuple[Mention, ...], analyst_spans: list[tuple[str, int, int]]
) -> tuple[Mention, ...]:
    """Drop model mentions that overlap a mention the analyst made by hand."""
    if not analyst_spans:
        return mentions
    return tuple(
        m
        for m in mentions
        if not any(f == m.field and s < m.end and e > m.start for f, s, e in analyst_spans)
    )


def entity_for(db: Database, name: str, label: str) -> int:
    """The entity the model's (name, label) means: the analyst's rule, else the row, else new."""
    row = db.execute(
        "SELECT entity_id FROM entity_rules WHERE name = ? AND label = ?", [name, label]
    ).fetchone()
    if row is not None:
        return int(row[0])
    return entity_named(db, name, label)


def _known_entities(db: Database, keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The entity each (name, label) of ``keys`` means that the library has, as ``entity_for``
    reads it: the analyst's rule, else the row of that name and label (both unique).

    Why read at once: a document names a few dozen entities, and a lookup each (two
    statements) was most of what saving an analysis asked the file."""
    wanted = set(keys)
    names = json.dumps(sorted({name for name, _ in wanted}))
    known: dict[tuple[str, str], int] = {}
    for table, column in (("entities", "id"), ("entity_rules", "entity_id")):  # rules win
        rows = db.execute(f"SELECT name, label, {column} FROM {table}"
                          " WHERE name IN (SELECT value FROM json_each(?))", [names])
        known.update({(n, lb): int(i) for n, lb, i in rows if (n, lb) in wanted})
    return known


def entity_named(db: Database, name: str, label: str) -> int:
    """The id of the entity of this name and label, made when the library has none.

    Looked up first: most names of a document are entities already, and ``insert_row``
    (which never hands out a merged-away entity's id) is only asked for a new one.
    """
    row = db.execute(
        "SELECT id FROM entities WHERE name = ? AND label = ?", [name, label]
    ).fetchone()
    return int(row[0]) if row else insert_row(db, "entities", {"name": name, "label": label})


def _upsert_entities(db: Database, mentions: tuple[Mention, ...]) -> dict[tuple[str, str], int]:
    """Return ids for every (canonical name, label), creating rows and aliases as needed.

    An alias is written once per document: a name's later mentions with the same words
    would only be ignored by the table's unique constraint, one statement each."""
    keys = list(dict.fromkeys((m.entity, m.label) for m in mentions))  # in the text's order
    ids = _known_entities(db, keys)
    new = [key for key in keys if key not in ids]
    made = insert_rows_numbered(db, "entities", [{"name": name, "label": label}
                                                 for name, label in new])
    ids.update(zip(new, made, strict=True))
    aliases: dict[tuple[int, str], None] = {}  # in the mentions' order
    for mention in mentions:
        if mention.text != mention.entity:
            aliases[(ids[(mention.entity, mention.label)], mention.text)] = None
    insert_rows(db, "entity_aliases", [{"entity_id": entity_id, "alias": alias}
                                       for entity_id, alias in aliases], or_ignore=True)
    return ids


def _insert_mentions(
    db: Database,
    doc_id: int,
    mentions: tuple[Mention, ...],
    entity_ids: dict[tuple[str, str], int],
) -> None:
    """Insert mentions with their entity's current label, applying per-span overrides."""
    overrides = {
        (field, start, end): (entity_id, hidden)
        for field, start, end, entity_id, hidden in db.execute(
            'SELECT field, start, "end", entity_id, hidden FROM mention_overrides'
            " WHERE document_id = ?",
            [doc_id],
        )
    }
    wanted = sorted({*entity_ids.values(), *(o[0] for o in overrides.values() if o[0])})
    marks = ",".join("?" * len(wanted))
    labels = dict(db.execute(f"SELECT id, label FROM entities WHERE id IN ({marks})", wanted))
    rows = []
    for m in mentions:
        entity_id = entity_ids[(m.entity, m.label)]
        override = overrides.get((m.field, m.start, m.end))
        if override is not None:
            if override[1]:
                continue
            entity_id = override[0] or entity_id
        rows.append(
            (
                doc_id,
                entity_id,
                m.start,
                m.end,
                m.text,
                labels.get(entity_id, m.label),
                m.field,
                m.source,
                m.confidence,
                m.value,
            )
        )
    ids = fresh_ids(db, "mentions", len(rows))  # none the history may bring back
    db.conn.executemany(
        'INSERT INTO mentions (id, document_id, entity_id, start, "end", text, label, field,'
        " source, confidence, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(row_id, *row) for row_id, row in zip(ids, rows, strict=True)],
    )


def _labels_by_name(mentions: tuple[Mention, ...]) -> dict[str, list[str]]:
    labels: dict[str, list[str]] = {}
    for mention in mentions:
        labels.setdefault(mention.entity, [])
        if mention.label not in labels[mention.entity]:
            labels[mention.entity].append(mention.label)
    return labels


def _speaker_entity(
    entity_ids: dict[tuple[str, str], int], labels: dict[str, list[str]], quote: Quote
) -> int | None:
    """Find the entity row of a quote's canonical speaker, preferring a PERSON."""
    if not quote.speaker:
        return None
    known = labels.get(quote.speaker, [])
    for label in SPEAKER_LABELS:
        if label in known and (quote.speaker, label) in entity_ids:
            return entity_ids[(quote.speaker, label)]
    return None


def _quote_row(doc_id: int, quote: Quote, speaker_id: int | None) -> dict[str, object]:
    return {
        "document_id": doc_id, "start": quote.start, "end": quote.end, "text": quote.text,
        "kind": quote.kind, "speaker_entity_id": speaker_id, "speaker_text": quote.speaker_text,
        "speaker_start": quote.speaker_start, "speaker_end": quote.speaker_end,
        "cue": quote.cue, "confidence": quote.confidence, "group_id": quote.group,
    }
