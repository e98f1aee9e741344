"""Rank statements in other documents that likely report the same claim (Store mixin).

Candidates come from FTS5 (bm25 over the claim's content words); each sentence
of a candidate document is then scored by how much of the claim's word weight
(IDF) it covers, the entities it shares with the claim, whether the claimant
speaks in it, and how close the publication dates are. The analyst accepts a
suggestion (which creates the link) or rejects it (it never comes back).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from workbench.core.models import Changes
from workbench.core.sentences import content_words, sentence_spans, stem, stemmed_words
from workbench.store.claims import ClaimActions, insert_link
from workbench.store.undo import Recorder

SHARED_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW")
WEIGHTS = {"words": 0.6, "entities": 0.25, "speaker": 0.1, "date": 0.05}
CANDIDATE_DOCUMENTS = 20
PER_DOCUMENT = 3


@dataclass(frozen=True)
class Suggestion:
    """A statement in another document that may report the same claim."""

    document_id: int
    title: str
    start: int
    end: int
    text: str
    score: float
    kind: str
    matches: tuple[tuple[int, int], ...]
    shared_entities: tuple[str, ...]
    claim_id: int | None = None
    quote_id: int | None = None
    published: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (``matches`` as [start, end] pairs into the document text)."""
        return {
            "document_id": self.document_id,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": round(self.score, 4),
            "kind": self.kind,
            "matches": [list(m) for m in self.matches],
            "matched_words": sorted(
                {self.text[s - self.start : e - self.start].lower() for s, e in self.matches}
            ),
            "shared_entities": list(self.shared_entities),
            "claim_id": self.claim_id,
            "quote_id": self.quote_id,
            "published": self.published,
        }


@dataclass
class _Query:
    """What is known about the statement being matched."""

    text: str
    exclude_document: int | None = None
    entity_ids: frozenset[int] = frozenset()
    claimant_id: int | None = None
    published: str | None = None
    claim_id: int | None = None


@dataclass
class _DocumentData:
    title: str
    text: str
    published: str | None
    sentences: list[tuple[int, int]]
    sentence_starts: list[int]
    words: list[tuple[int, int, str]]
    mentions: list[tuple[int, int, int, str]]
    quotes: list[tuple[int, int, int, int | None]]
    claims: list[tuple[int, int, int]]


class SuggestionQueries(ClaimActions):
    """Suggest, accept and reject cross-document matches for claims and statements."""

    _suggest_cache: OrderedDict[int, _DocumentData]
    _idf_cache: dict[str, float]
    _cache_version: tuple[int, int]

    def suggest_for_claim(self, claim_id: int, limit: int = 10) -> list[Suggestion]:
        """Rank likely matching statements in other documents for one claim."""
        claim = self.get_claim(claim_id)
        marks = ",".join("?" * len(SHARED_LABELS))
        entity_ids = {
            int(r[0])
            for r in self.db.execute(
                "SELECT m.entity_id FROM mentions m WHERE m.document_id = ? AND m.field = 'text'"
                f' AND m.start < ? AND m."end" > ? AND m.label IN ({marks})',
                [claim["document_id"], claim["end"], claim["start"], *SHARED_LABELS],
            )
        }
        if claim["claimant_entity_id"]:
            entity_ids.add(int(claim["claimant_entity_id"]))
        query = _Query(
            claim["statement"],
            claim["document_id"],
            frozenset(entity_ids),
            claim["claimant_entity_id"],
            claim["published"],
            claim_id,
        )
        return self._suggest(query, limit)

    def suggest_for_statement(self, text: str, limit: int = 10) -> list[Suggestion]:
        """Rank statements across the library that match a free-text statement."""
        return self._suggest(_Query(text), limit)

    def suggest_batch(
        self, statements: list[str], limit: int = 5
    ) -> list[tuple[str, list[Suggestion]]]:
        """Match many statements (one per line of a speech, say), keeping input order."""
        return [(s, self.suggest_for_statement(s, limit)) for s in statements]

    def reject_suggestion(self, claim_id: int, document_id: int, start: int, end: int) -> Changes:
        """Remember that this span is not a match for the claim, so it is never suggested again."""
        return self.record_action(
            "Reject suggestion",
            lambda rec: rec.insert(
                "suggestion_rejections",
                {"claim_id": claim_id, "document_id": document_id, "start": start, "end": end},
            ),
        )[1]

    def accept_suggestion(
        self, claim_id: int, suggestion: Suggestion, relation: str, note: str | None = None
    ) -> tuple[int, Changes]:
        """Link the claim to the suggested statement, marking it a claim first if it is not one."""
        self.get_claim(claim_id)

        def action(rec: Recorder) -> int:
            target = suggestion.claim_id
            if target is None:
                target = self.insert_claim(
                    rec, suggestion.document_id, suggestion.start, suggestion.end
                )
            return insert_link(rec, claim_id, target, relation, note)

        return self.record_action(f"Link suggested claim ({relation})", action)

    # -- scoring ---------------------------------------------------------------

    def _suggest(self, query: _Query, limit: int) -> list[Suggestion]:
        self._drop_stale_caches()
        weights = self._term_weights(query.text)
        if not weights:
            return []
        rejected = self._rejected_spans(query.claim_id)
        results: list[Suggestion] = []
        for doc_id in self._candidate_documents(weights, query.exclude_document):
            data = self._document_data(doc_id)
            handled = [(start, end) for d, start, end in rejected if d == doc_id]
            scored = [
                s
                for s in self._score_document(doc_id, data, query, weights)
                if not any(start < s.end and end > s.start for start, end in handled)
            ]
            scored.sort(key=lambda s: -s.score)
            results.extend(scored[:PER_DOCUMENT])
        results.sort(key=lambda s: (-s.score, s.document_id, s.start))
        return results[:limit]

    def _term_weights(self, text: str) -> dict[str, float]:
        """IDF weight per stem of the statement's content words (library document frequency)."""
        total = self.count_documents()
        weights: dict[str, float] = {}
        for word in content_words(text):
            key = f"{total}:{word}"
            if key not in self._idf_cache:
                frequency = self.count_search(word)
                self._idf_cache[key] = math.log((total + 1) / (frequency + 1)) + 1.0
            weights[stem(word)] = max(weights.get(stem(word), 0.0), self._idf_cache[key])
        return weights

    def _candidate_documents(self, weights: dict[str, float], exclude: int | None) -> list[int]:
        words = {w for w in weights}
        query = " OR ".join('"' + w.replace('"', '""') + '"' for w in sorted(words))
        rows = self.db.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"
            " ORDER BY bm25(documents_fts, 2.0, 1.0) LIMIT ?",
            [query, CANDIDATE_DOCUMENTS + 1],
        ).fetchall()
        return [int(r[0]) for r in rows if int(r[0]) != exclude][:CANDIDATE_DOCUMENTS]

    def _rejected_spans(self, claim_id: int | None) -> set[tuple[int, int, int]]:
        """Spans already judged for this claim: rejected or linked (overlaps count as judged)."""
        if claim_id is None:
            return set()
        rows = self.db.execute(
            'SELECT document_id, start, "end" FROM suggestion_rejections WHERE claim_id = ?',
            [claim_id],
        )
        linked = self.db.execute(
            'SELECT a.document_id, a.start, a."end" FROM links l JOIN annotations a ON a.id ='
            " CASE WHEN l.from_annotation_id = ?"
            " THEN l.to_annotation_id ELSE l.from_annotation_id END"
            " WHERE l.from_annotation_id = ? OR l.to_annotation_id = ?",
            [claim_id, claim_id, claim_id],
        )
        return {(int(d), int(s), int(e)) for d, s, e in [*rows, *linked]}

    def _score_document(
        self, doc_id: int, data: _DocumentData, query: _Query, weights: dict[str, float]
    ) -> list[Suggestion]:
        """Score the sentences that share a word or an entity with the statement."""
        total_weight = sum(weights.values())
        date_score = _date_closeness(query.published, data.published)
        hits = self._hits_by_sentence(data, weights)
        found = []
        for index in sorted(set(hits) | self._entity_sentences(data, query)):
            start, end = data.sentences[index]
            spans = hits.get(index, [])
            matched = {stem_ for _, _, stem_ in spans}
            words = sum(weights[s] for s in matched) / total_weight
            entities = {e for s, t, e, _ in data.mentions if s < end and t > start}
            shared = entities & query.entity_ids
            entity_score = len(shared) / len(query.entity_ids) if query.entity_ids else 0.0
            if words < 0.2 and not shared:
                continue
            speaker = bool(query.claimant_id) and any(
                q_start < end and q_end > start and speaker_id == query.claimant_id
                for q_start, q_end, _, speaker_id in data.quotes
            )
            score = (
                WEIGHTS["words"] * words
                + WEIGHTS["entities"] * entity_score
                + WEIGHTS["speaker"] * float(speaker)
                + WEIGHTS["date"] * date_score
            )
            matches = tuple(sorted((s, e) for s, e, _ in spans))
            found.append(self._make_suggestion(doc_id, data, start, end, score, matches, shared))
        return found

    @staticmethod
    def _sentence_of(data: _DocumentData, position: int) -> int | None:
        index = bisect.bisect_right(data.sentence_starts, position) - 1
        if index >= 0 and position < data.sentences[index][1]:
            return index
        return None

    def _hits_by_sentence(
        self, data: _DocumentData, weights: dict[str, float]
    ) -> dict[int, list[tuple[int, int, str]]]:
        """Words of the document whose stem is one of the statement's, grouped by sentence."""
        hits: dict[int, list[tuple[int, int, str]]] = {}
        for start, end, stem_ in data.words:
            if stem_ in weights:
                index = self._sentence_of(data, start)
                if index is not None:
                    hits.setdefault(index, []).append((start, end, stem_))
        return hits

    def _entity_sentences(self, data: _DocumentData, query: _Query) -> set[int]:
        """Sentences mentioning one of the statement's entities."""
        if not query.entity_ids:
            return set()
        found = set()
        for start, _, entity_id, _ in data.mentions:
            if entity_id in query.entity_ids:
                index = self._sentence_of(data, start)
                if index is not None:
                    found.add(index)
        return found

    def _make_suggestion(
        self,
        doc_id: int,
        data: _DocumentData,
        start: int,
        end: int,
        score: float,
        matches: tuple[tuple[int, int], ...],
        shared: set[int],
    ) -> Suggestion:
        claim_id = next((c for s, e, c in data.claims if s < end and e > start), None)
        quote_id = next((q for s, e, q, _ in data.quotes if s < end and e > start), None)
        kind = "claim" if claim_id else "quote" if quote_id else "sentence"
        names = sorted({name for s, t, e, name in data.mentions if e in shared})
        return Suggestion(
            doc_id,
            data.title,
            start,
            end,
            data.text[start:end],
            score,
            kind,
            matches,
            tuple(names),
            claim_id,
            quote_id,
            data.published,
        )

    def _document_data(self, doc_id: int) -> _DocumentData:
        """Sentences, stems, mentions, quotes and claims of a document (LRU-cached)."""
        if doc_id in self._suggest_cache:
            self._suggest_cache.move_to_end(doc_id)
            return self._suggest_cache[doc_id]
        data = self._load_document_data(doc_id)
        self._suggest_cache[doc_id] = data
        if len(self._suggest_cache) > 2000:
            self._suggest_cache.popitem(last=False)
        return data

    def _load_document_data(self, doc_id: int) -> _DocumentData:
        title, text, published = self.db.execute(
            "SELECT title, text, published FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        sentences = sentence_spans(text)
        words = stemmed_words(text)
        marks = ",".join("?" * len(SHARED_LABELS))
        mentions = [
            (int(s), int(e), int(i), n)
            for s, e, i, n in self.db.execute(
                f'SELECT m.start, m."end", m.entity_id, e.name FROM mentions m JOIN entities e'
                f" ON e.id = m.entity_id WHERE m.document_id = ? AND m.field = 'text'"
                f" AND m.label IN ({marks}) AND e.hidden = 0",
                [doc_id, *SHARED_LABELS],
            )
        ]
        quotes = [
            (int(s), int(e), int(i), p)
            for s, e, i, p in self.db.execute(
                'SELECT start, "end", id, speaker_entity_id FROM quotes WHERE document_id = ?',
                [doc_id],
            )
        ]
        claims = [
            (int(s), int(e), int(i))
            for s, e, i in self.db.execute(
                'SELECT a.start, a."end", a.id FROM annotations a WHERE a.document_id = ?'
                " AND a.kind = 'claim'",
                [doc_id],
            )
        ]
        return _DocumentData(
            title,
            text,
            published,
            sentences,
            [s for s, _ in sentences],
            words,
            mentions,
            quotes,
            claims,
        )

    def _drop_stale_caches(self) -> None:
        """Forget cached documents and weights whenever any connection changed the library."""
        version = (self.db.execute("PRAGMA data_version").fetchone()[0], self.db.conn.total_changes)
        if getattr(self, "_cache_version", None) != version:
            self._suggest_cache = OrderedDict()
            self._idf_cache = {}
            self._cache_version = version


def _date_closeness(first: str | None, second: str | None) -> float:
    """1.0 for the same day, falling with the number of days between two ISO dates."""
    try:
        a = dt.date.fromisoformat((first or "")[:10])
        b = dt.date.fromisoformat((second or "")[:10])
    except ValueError:
        return 0.0
    return 1.0 / (1.0 + abs((a - b).days) / 30.0)
