"""The timeline's reads: each document with its dated mentions, marks and named entities.

Why a part of its own: a timeline reads across the whole library at once —
one query per kind of row, grouped by document here — where the other parts
read one document or one claim at a time; placing the items on dates is
pure logic in ``workbench.core.timeline``.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlite_utils import Database

from workbench.core.timeline_records import DatedMention, SourceMark, TimelineDocument
from workbench.core.vocabulary import NAME_LABELS
from workbench.store.history import History
from workbench.store.rows import ids_param, in_ids

DATE_LABELS = ("DATE", "TIME")
_HIDDEN = "SELECT id FROM entities WHERE hidden = 1"
"""Hidden entities, read once per query (a join looked each mention's entity up)."""
Rows = dict[int, list[Any]]


class TimelineSources:
    """``store.timeline``: the records a timeline is built from."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    def timeline_documents(self, doc_ids: list[int] | None = None) -> list[TimelineDocument]:
        """Every document (or those in ``doc_ids``) as a ``TimelineDocument``, by id.

        Marks are highlights, notes and claims, and quotes. An orphaned mark's
        offsets no longer point into the text: it comes flagged ``orphaned``, so
        the timeline lists it as undated instead of losing it.
        """
        scope = _Scope(doc_ids)
        dated, named = self._dated_mentions(scope), self._named_mentions(scope)
        doc_tags, marks = self._document_tags(scope), self._marks(scope)
        documents = []
        for row in self.db.execute(
            "SELECT id, title, text, published FROM documents"
            f" WHERE {scope.where('id')} ORDER BY id", scope.params,
        ):
            doc_id = int(row[0])
            documents.append(TimelineDocument(
                id=doc_id, title=row[1] or "Untitled", text=row[2] or "", published=row[3],
                tags=tuple(doc_tags.get(doc_id, ())),
                dated_mentions=tuple(dated.get(doc_id, ())),
                entity_mentions=tuple(named.get(doc_id, ())),
                marks=tuple(marks.get(doc_id, ())),
            ))
        return documents

    def _dated_mentions(self, scope: _Scope) -> Rows:
        cursor = self.db.execute(
            'SELECT m.document_id, m.start, m."end", m.text, m.value FROM mentions m'
            f" WHERE m.field = 'text' AND m.label IN ({_marks_for(DATE_LABELS)})"
            f" AND m.entity_id NOT IN ({_HIDDEN}) AND {scope.where('m.document_id')}"
            " ORDER BY m.document_id",  # the core sorts by start: no temporary sort here
            [*DATE_LABELS, *scope.params],
        )
        return {doc_id: [DatedMention._make(row[1:]) for row in rows]
                for doc_id, rows in groupby(cursor, itemgetter(0))}

    def _named_mentions(self, scope: _Scope) -> Rows:
        cursor = self.db.execute(
            'SELECT m.document_id, m.entity_id, m.start, m."end" FROM mentions m'
            f" WHERE m.field = 'text' AND m.label IN ({_marks_for(NAME_LABELS)})"
            f" AND m.entity_id NOT IN ({_HIDDEN}) AND {scope.where('m.document_id')}"
            " ORDER BY m.document_id",
            [*NAME_LABELS, *scope.params],
        )
        return {doc_id: [row[1:] for row in rows]
                for doc_id, rows in groupby(cursor, itemgetter(0))}

    def _document_tags(self, scope: _Scope) -> Rows:
        return self._tag_paths_by(
            "SELECT dt.document_id, t.path FROM document_tags dt JOIN tags t ON t.id = dt.tag_id"
            f" WHERE {scope.where('dt.document_id')}", scope.params,
        )

    def _marks(self, scope: _Scope) -> Rows:
        rows: Rows = defaultdict(list)
        span_tags, links = self._span_tags(scope), self._links(scope)
        cursor = self.db.execute(
            'SELECT a.id, a.document_id, a.kind, a.start, a."end", a.exact, c.status,'
            " c.statement, c.claimant_entity_id, a.status = 'orphaned' FROM annotations a"
            " LEFT JOIN claims c ON c.annotation_id = a.id"
            f" WHERE {scope.where('a.document_id')}"
            " ORDER BY a.document_id, a.start, a.id", scope.params,
        )
        for (ann_id, doc_id, kind, start, end, exact, status, statement, claimant,
             orphaned) in cursor:
            is_claim = kind == "claim" and status is not None
            rows[int(doc_id)].append(SourceMark(
                kind="claim" if is_claim else kind, id=int(ann_id), start=int(start),
                end=int(end), text=(statement if is_claim and statement else exact) or "",
                status=status if is_claim else None,
                entity_ids=(int(claimant),) if claimant is not None else (),
                tags=tuple(span_tags.get(int(ann_id), ())),
                linked_claim_ids=tuple(sorted(links.get(int(ann_id), ()))),
                orphaned=bool(orphaned),
            ))
        for quote_id, doc_id, start, end, text, speaker in self.db.execute(
            'SELECT id, document_id, start, "end", text, speaker_entity_id FROM quotes'
            f" WHERE {scope.where('document_id')} ORDER BY document_id, start", scope.params,
        ):
            rows[int(doc_id)].append(SourceMark(
                kind="quote", id=int(quote_id), start=int(start), end=int(end), text=text or "",
                entity_ids=(int(speaker),) if speaker is not None else (),
            ))
        return rows

    def _span_tags(self, scope: _Scope) -> Rows:
        return self._tag_paths_by(
            "SELECT s.annotation_id, t.path FROM span_tags s JOIN tags t ON t.id = s.tag_id"
            f" JOIN annotations a ON a.id = s.annotation_id WHERE {scope.where('a.document_id')}",
            scope.params,
        )

    def _tag_paths_by(self, select: str, params: list[Any] | None = None) -> Rows:
        """Tag paths by the id ``select`` pairs them with (a document's or a passage's)."""
        rows: Rows = defaultdict(list)
        for owner_id, path in self.db.execute(select + " ORDER BY name_order(t.path)",
                                              params or []):
            rows[int(owner_id)].append(path)
        return rows

    def _links(self, scope: _Scope) -> dict[int, set[int]]:
        linked: dict[int, set[int]] = defaultdict(set)
        for first, second in self.db.execute(
            "SELECT l.from_annotation_id, l.to_annotation_id FROM links l"
            " JOIN annotations a ON a.id = l.from_annotation_id"
            " JOIN annotations b ON b.id = l.to_annotation_id"
            f" WHERE {scope.where('a.document_id')} OR {scope.where('b.document_id')}",
            scope.params * 2,
        ):
            linked[int(first)].add(int(second))
            linked[int(second)].add(int(first))
        return linked


def _marks_for(values: tuple[str, ...]) -> str:
    return ", ".join("?" for _ in values)


class _Scope:
    """Which documents a read covers: all, or the ids asked for (filtered in SQL, not after).

    Why in SQL: an export of three documents must not read every text and
    mention of a 100,000-document library to throw most of them away.
    """

    def __init__(self, doc_ids: list[int] | None) -> None:
        self.params: list[Any] = [] if doc_ids is None else [ids_param(doc_ids)]

    def where(self, column: str) -> str:
        """A condition on ``column`` (always true when every document is wanted)."""
        return in_ids(column) if self.params else "1"
