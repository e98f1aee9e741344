"""Saving and reading extraction results: entities, mentions, quotes (``store.analysis``)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workbench.core.models import Analysis, Changes, Mention, Quote
from workbench.core.vocabulary import SPEAKER_LABELS, STATUS_FAILED, STATUS_PENDING
from workbench.store import quotes
from workbench.store.history import History
from workbench.store.rows import dict_rows


def replace_analysis(db: Database, doc_id: int, analysis: Analysis) -> None:
    """Replace the model's mentions and quotes of one document (caller holds the transaction).

    The analyst's decisions win: mentions they made (source = 'analyst') are
    kept and model mentions overlapping them dropped; ``entity_rules`` map the
    model's names to curated entities; ``mention_overrides`` move or hide
    single mentions by span.
    """
    db.execute("DELETE FROM mentions WHERE document_id = ? AND source = 'model'", [doc_id])
    db.execute("DELETE FROM quotes WHERE document_id = ?", [doc_id])
    mentions = _without_analyst_overlaps(db, doc_id, analysis.mentions)
    entity_ids = _upsert_entities(db, mentions)
    _insert_mentions(db, doc_id, mentions, entity_ids)
    labels = _labels_by_name(analysis.mentions)
    for quote in analysis.quotes:
        speaker_id = _speaker_entity(entity_ids, labels, quote)
        _insert_quote(db, doc_id, quote, speaker_id)
    db.execute(
        "UPDATE documents SET analysis_version = ?, status = 'analyzed' WHERE id = ?",
        [analysis.version, doc_id],
    )


def _without_analyst_overlaps(
    db: Database, doc_id: int, mentions: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """Drop model mentions that overlap a mention the analyst made by hand."""
    rows = db.execute(
        "SELECT field, start, \"end\" FROM mentions WHERE document_id = ? AND source = 'analyst'",
        [doc_id],
    ).fetchall()
    if not rows:
        return mentions
    return tuple(
        m
        for m in mentions
        if not any(f == m.field and s < m.end and e > m.start for f, s, e in rows)
    )


def _entity_for(db: Database, name: str, label: str) -> int:
    """The entity the model's (name, label) means: the analyst's rule, else the row, else new."""
    row = db.execute(
        "SELECT entity_id FROM entity_rules WHERE name = ? AND label = ?", [name, label]
    ).fetchone()
    if row is not None:
        return int(row[0])
    db.execute("INSERT OR IGNORE INTO entities (name, label) VALUES (?, ?)", [name, label])
    row = db.execute(
        "SELECT id FROM entities WHERE name = ? AND label = ?", [name, label]
    ).fetchone()
    return int(row[0])


def _upsert_entities(db: Database, mentions: tuple[Mention, ...]) -> dict[tuple[str, str], int]:
    """Return ids for every (canonical name, label), creating rows and aliases as needed."""
    ids: dict[tuple[str, str], int] = {}
    for mention in mentions:
        key = (mention.entity, mention.label)
        if key not in ids:
            ids[key] = _entity_for(db, *key)
        if mention.text != mention.entity:
            db.execute(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)",
                [ids[key], mention.text],
            )
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
    db.conn.executemany(
        'INSERT INTO mentions (document_id, entity_id, start, "end", text, label, field,'
        " source, confidence, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
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


def _insert_quote(db: Database, doc_id: int, quote: Quote, speaker_id: int | None) -> None:
    db.execute(
        'INSERT INTO quotes (document_id, start, "end", text, kind, speaker_entity_id,'
        " speaker_text, speaker_start, speaker_end, cue, confidence, group_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            doc_id,
            quote.start,
            quote.end,
            quote.text,
            quote.kind,
            speaker_id,
            quote.speaker_text,
            quote.speaker_start,
            quote.speaker_end,
            quote.cue,
            quote.confidence,
            quote.group,
        ],
    )


_MENTION_COLUMNS = (
    'SELECT m.id, m.start, m."end", m.text, m.label, e.name AS entity, m.entity_id,'
    " m.field, m.source, m.confidence, m.value"
    " FROM mentions m JOIN entities e ON e.id = m.entity_id"
)


def document_mentions(db: Database, doc_id: int) -> list[dict[str, Any]]:
    """Mentions of one document in reading order, with their entity's canonical name."""
    cursor = db.execute(
        _MENTION_COLUMNS
        + " WHERE m.document_id = ? AND e.hidden = 0 ORDER BY m.field DESC, m.start",
        [doc_id],
    )
    return dict_rows(cursor)


def range_mentions(db: Database, doc_id: int, start: int, end: int) -> list[dict[str, Any]]:
    """The title's mentions, then the body mentions that start in ``[start, end)``.

    Why "start in": the (document, field, start) index answers it directly, so
    one page of a book-length document costs the same as a short article.
    """
    cursor = db.execute(
        _MENTION_COLUMNS + " WHERE m.document_id = ? AND e.hidden = 0 AND m.field = 'title'"
        " UNION ALL " + _MENTION_COLUMNS + " WHERE m.document_id = ? AND e.hidden = 0"
        " AND m.field = 'text' AND m.start >= ? AND m.start < ? ORDER BY field DESC, start",
        [doc_id, doc_id, start, end],
    )
    return dict_rows(cursor)


class Analyses:
    """Extraction's side of the library: what needs analysing, and what it found."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    def documents_needing_analysis(self, limit: int | None = None) -> list[tuple[int, str, str]]:
        """(id, title, text) of documents marked pending, oldest first."""
        rows = self.db.execute(
            "SELECT id, title, text FROM documents WHERE status = ? ORDER BY id LIMIT ?",
            [STATUS_PENDING, -1 if limit is None else limit],
        ).fetchall()
        return [(int(r[0]), r[1], r[2]) for r in rows]

    def publication_dates(self, doc_ids: list[int]) -> dict[int, str]:
        """id -> publication date of the given documents that have one (dates' anchors)."""
        wanted = set(doc_ids)
        rows = self.db.execute(
            "SELECT id, published FROM documents WHERE published IS NOT NULL AND published != ''"
        )
        return {int(i): str(p) for i, p in rows if int(i) in wanted}

    def mark_for_analysis(self, doc_ids: list[int] | None = None) -> Changes:
        """Mark documents (all when None) pending so the next analysis run redoes them."""
        with self.db.atomic():
            if doc_ids is None:
                self.db.execute("UPDATE documents SET status = ?", [STATUS_PENDING])
                ids = [int(r[0]) for r in self.db.execute("SELECT id FROM documents")]
            else:
                ids = list(doc_ids)
                self.db.conn.executemany(
                    "UPDATE documents SET status = ? WHERE id = ?",
                    [(STATUS_PENDING, i) for i in ids],
                )
        return Changes(documents_changed=tuple(ids))

    def save_analysis(self, doc_id: int, analysis: Analysis) -> Changes:
        """Replace one document's extracted entities and quotes atomically."""
        with self.db.atomic():
            replace_analysis(self.db, doc_id, analysis)
        return Changes(documents_changed=(doc_id,), entities=True)

    def mark_analysis_failed(self, doc_id: int) -> Changes:
        """Record that extraction failed for a document so it is not retried forever."""
        with self.db.atomic():
            self.db.execute("UPDATE documents SET status = ? WHERE id = ?", [STATUS_FAILED, doc_id])
        return Changes(documents_changed=(doc_id,))

    def document_entities(self, doc_id: int) -> list[dict[str, Any]]:
        """Entity mentions of one document (hidden entities left out)."""
        return document_mentions(self.db, doc_id)

    def range_entities(self, doc_id: int, start: int, end: int) -> list[dict[str, Any]]:
        """Title mentions and the body mentions starting in ``[start, end)`` (one reader page)."""
        return range_mentions(self.db, doc_id, start, end)

    def first_mention_start(self, doc_id: int, entity_id: int) -> int | None:
        """Body offset of an entity's first mention in a document, or None."""
        row = self.db.execute(
            "SELECT min(start) FROM mentions WHERE entity_id = ? AND document_id = ?"
            " AND field = 'text'", [entity_id, doc_id]).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def document_quotes(self, doc_id: int) -> list[dict[str, Any]]:
        """Direct and indirect quotes of one document with their speakers."""
        return quotes.document_quotes(self.db, doc_id)

    def range_quotes(self, doc_id: int, start: int, end: int) -> list[dict[str, Any]]:
        """Quotes of one document that start in ``[start, end)`` (one reader page)."""
        return quotes.document_quotes(self.db, doc_id, (start, end))

    def list_quotes(
        self,
        *,
        speaker: str | None = None,
        speaker_id: int | None = None,
        kind: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """The who-said-what index: quotes with speaker, date and source, newest first."""
        return quotes.list_quotes(
            self.db, speaker=speaker, speaker_id=speaker_id, kind=kind, limit=limit
        )

    def quotes_mentioning(self, entity_id: int, limit: int = 200) -> list[dict[str, Any]]:
        """Quotes whose text mentions the entity (what others said about it)."""
        return quotes.quotes_mentioning(self.db, entity_id, limit)
