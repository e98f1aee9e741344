"""Saving and reading extraction results: entities, mentions, quotes (``store.analysis``)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workbench.core.models import Analysis, AnalysisItem, Changes
from workbench.core.vocabulary import STATUS_ANALYZED, STATUS_FAILED, STATUS_PENDING
from workbench.store import analysis_chunks, quotes
from workbench.store.analysis_claims import (
    AnalysisRun,
    claim_pending,
    drop_claim,
    end_run,
    held_by_others,
    renew_lease,
)
from workbench.store.analysis_rows import replace_analysis
from workbench.store.history import History
from workbench.store.rows import dict_rows

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

    def documents_needing_analysis(self, limit: int | None = None) -> list[AnalysisItem]:
        """(id, title, text) of documents marked pending, oldest first."""
        rows = self.db.execute(
            "SELECT id, title, text FROM documents WHERE status = ? ORDER BY id LIMIT ?",
            [STATUS_PENDING, -1 if limit is None else limit],
        ).fetchall()
        return [AnalysisItem(int(r[0]), r[1], r[2]) for r in rows]

    def not_analysed_by(self, version: int) -> list[int]:
        """Ids of documents whose entities and quotes come from an older extraction (or
        none: imported with ``--no-analyze``, or failed), oldest first; pending ones are
        left out, as the next run does them anyway."""
        rows = self.db.execute(
            "SELECT id FROM documents WHERE status != ? AND"
            " (analysis_version < ? OR status != ?) ORDER BY id",
            [STATUS_PENDING, version, STATUS_ANALYZED]).fetchall()
        return [int(row[0]) for row in rows]

    def count_pending(self) -> int:
        """How many documents wait for an analysis run (imported or marked, not yet done)."""
        return int(self.db.execute("SELECT count(*) FROM documents WHERE status = ?",
                                   [STATUS_PENDING]).fetchone()[0])

    def claim_pending(self, run: AnalysisRun) -> list[AnalysisItem]:
        """(id, title, text) of the pending documents ``run`` now holds, oldest first.

        Documents another live run holds are left to it; a dead run's are taken.
        """
        return claim_pending(self.db, run)

    def held_elsewhere(self, run: AnalysisRun) -> int:
        """Pending documents other live runs hold, which ``run`` leaves to them."""
        return held_by_others(self.db, run)

    def renew_claims(self, run: AnalysisRun) -> None:
        """Keep ``run``'s claims its own (it is alive and saving)."""
        renew_lease(self.db, run)

    def end_run(self, run: AnalysisRun) -> None:
        """Give back what ``run`` claimed and did not save, for the next run."""
        end_run(self.db, run)

    def publication_dates(self, doc_ids: list[int]) -> dict[int, str]:
        """id -> publication date of the given documents that have one (dates' anchors)."""
        wanted = set(doc_ids)
        rows = self.db.execute(
            "SELECT id, published FROM documents WHERE published IS NOT NULL AND published != ''"
        )
        return {int(i): str(p) for i, p in rows if int(i) in wanted}

    def mark_for_analysis(self, doc_ids: list[int] | None = None) -> Changes:
        """Mark documents (all when None) pending so the next analysis run redoes them.

        A document still pending keeps the chunks a killed or cancelled run saved
        (the run resumes; chunks of another analysis version start over anyway);
        any other document's chunk records are dropped.
        """
        with self.db.atomic():
            if doc_ids is None:
                self.db.execute(
                    "DELETE FROM analysis_chunks WHERE document_id IN"
                    " (SELECT id FROM documents WHERE status != ?)", [STATUS_PENDING])
                self.db.execute("UPDATE documents SET status = ?", [STATUS_PENDING])
                ids = [int(r[0]) for r in self.db.execute("SELECT id FROM documents")]
            else:
                ids = list(doc_ids)
                self.db.conn.executemany(
                    "DELETE FROM analysis_chunks WHERE document_id = ? AND document_id IN"
                    " (SELECT id FROM documents WHERE status != ?)",
                    [(i, STATUS_PENDING) for i in ids],
                )
                self.db.conn.executemany(
                    "UPDATE documents SET status = ? WHERE id = ?",
                    [(STATUS_PENDING, i) for i in ids],
                )
        return Changes(documents_changed=tuple(ids))

    def save_analysis(self, doc_id: int, analysis: Analysis) -> Changes:
        """Replace one document's extracted entities and quotes atomically."""
        with self.db.atomic():
            replace_analysis(self.db, doc_id, analysis)
            drop_claim(self.db, doc_id)
        return Changes(documents_changed=(doc_id,), entities=True)

    def recorded_chunks(self, doc_id: int) -> set[tuple[int, int, int]]:
        """(start, end, analysis version) of the chunks of a huge document saved so far."""
        return analysis_chunks.recorded_chunks(self.db, doc_id)

    def save_chunk(self, doc_id: int, start: int, end: int, analysis: Analysis) -> Changes:
        """Add one chunk's mentions and quotes and record it, in one small transaction."""
        with self.db.atomic():
            analysis_chunks.save_chunk(self.db, doc_id, start, end, analysis)
        return Changes(documents_changed=(doc_id,), entities=True)

    def finish_chunked(self, doc_id: int, version: int,
                       merges_for: analysis_chunks.MergePlanner | None = None) -> Changes:
        """Complete a chunked analysis: label vote, name merges, then mark it analysed."""
        with self.db.atomic():
            analysis_chunks.finish_chunked(self.db, doc_id, version, merges_for)
            drop_claim(self.db, doc_id)
        return Changes(documents_changed=(doc_id,), entities=True)

    def restart_chunks(self, doc_id: int) -> None:
        """Forget the chunks saved for a document, so its next analysis starts over."""
        with self.db.atomic():
            analysis_chunks.forget_chunks(self.db, doc_id)

    def mark_analysis_failed(self, doc_id: int) -> Changes:
        """Record that extraction failed for a document so it is not retried forever."""
        with self.db.atomic():
            self.db.execute("UPDATE documents SET status = ? WHERE id = ?", [STATUS_FAILED, doc_id])
            drop_claim(self.db, doc_id)
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
