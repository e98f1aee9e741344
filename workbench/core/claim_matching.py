"""Score the sentences of a document against a claim: which ones likely report it.

Pure ranking, no database: the store finds candidate documents (FTS5, bm25
over the claim's content words) and loads each one's sentences, mentions,
quotes and claims into a ``DocumentData``; this module scores every sentence
by how much of the claim's word weight (IDF) it covers, the entities it shares
with the claim, whether the claimant speaks in it, and how close the
publication dates are.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workbench.core.sentences import content_words, sentence_spans, stem, stemmed_words
from workbench.core.vocabulary import NAME_LABELS

# Entity labels that make two statements about the same thing (products do not).
MATCHING_LABELS = tuple(label for label in NAME_LABELS if label != "PRODUCT")
WEIGHTS = {"words": 0.6, "entities": 0.25, "speaker": 0.1, "date": 0.05}
CANDIDATE_DOCUMENTS = 20
PER_DOCUMENT = 3
# A sentence sharing no entity must cover at least this share of the word weight.
MIN_WORD_SHARE = 0.2


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
class MatchQuery:
    """What is known about the statement being matched."""

    text: str
    exclude_document: int | None = None
    entity_ids: frozenset[int] = frozenset()
    claimant_id: int | None = None
    published: str | None = None
    claim_id: int | None = None


@dataclass
class DocumentData:
    """One candidate document as the scorer needs it (built by ``document_data``)."""

    title: str
    text: str
    published: str | None
    sentences: list[tuple[int, int]]
    sentence_starts: list[int]
    words: list[tuple[int, int, str]]
    mentions: list[tuple[int, int, int, str]]
    quotes: list[tuple[int, int, int, int | None]]
    claims: list[tuple[int, int, int]]


def document_data(
    title: str,
    text: str,
    published: str | None,
    mentions: list[tuple[int, int, int, str]],
    quotes: list[tuple[int, int, int, int | None]],
    claims: list[tuple[int, int, int]],
) -> DocumentData:
    """Split a document into sentences and stemmed words next to its stored spans.

    ``mentions`` are (start, end, entity id, entity name), ``quotes`` (start,
    end, quote id, speaker entity id) and ``claims`` (start, end, claim id).
    """
    sentences = sentence_spans(text)
    return DocumentData(
        title,
        text,
        published,
        sentences,
        [s for s, _ in sentences],
        stemmed_words(text),
        mentions,
        quotes,
        claims,
    )


def inverse_document_frequency(total: int, frequency: int) -> float:
    """IDF of a word found in ``frequency`` of ``total`` documents (never below 1)."""
    return math.log((total + 1) / (frequency + 1)) + 1.0


def term_weights(text: str, weight_of: Callable[[str], float]) -> dict[str, float]:
    """Weight per stem of the statement's content words (``weight_of(word)``, the best wins)."""
    weights: dict[str, float] = {}
    for word in content_words(text):
        weight = weight_of(word)
        weights[stem(word)] = max(weights.get(stem(word), 0.0), weight)
    return weights


def fts_any_of(weights: dict[str, float]) -> str:
    """An FTS5 query matching documents with any of the weighted words."""
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in sorted(weights))


def best_in_document(
    doc_id: int,
    data: DocumentData,
    query: MatchQuery,
    weights: dict[str, float],
    judged: list[tuple[int, int]],
) -> list[Suggestion]:
    """The document's best ``PER_DOCUMENT`` sentences, skipping spans already judged."""
    scored = [
        s
        for s in score_document(doc_id, data, query, weights)
        if not any(start < s.end and end > s.start for start, end in judged)
    ]
    scored.sort(key=lambda s: -s.score)
    return scored[:PER_DOCUMENT]


def rank(suggestions: list[Suggestion], limit: int) -> list[Suggestion]:
    """Best first (ties by document and position), at most ``limit``."""
    return sorted(suggestions, key=lambda s: (-s.score, s.document_id, s.start))[:limit]


def score_document(
    doc_id: int, data: DocumentData, query: MatchQuery, weights: dict[str, float]
) -> list[Suggestion]:
    """Score the sentences that share a word or an entity with the statement."""
    total_weight = sum(weights.values())
    date_score = date_closeness(query.published, data.published)
    hits = _hits_by_sentence(data, weights)
    found = []
    for index in sorted(set(hits) | _entity_sentences(data, query)):
        start, end = data.sentences[index]
        spans = hits.get(index, [])
        matched = {stem_ for _, _, stem_ in spans}
        words = sum(weights[s] for s in matched) / total_weight
        entities = {e for s, t, e, _ in data.mentions if s < end and t > start}
        shared = entities & query.entity_ids
        entity_score = len(shared) / len(query.entity_ids) if query.entity_ids else 0.0
        if words < MIN_WORD_SHARE and not shared:
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
        found.append(_make_suggestion(doc_id, data, (start, end), score, matches, shared))
    return found


def date_closeness(first: str | None, second: str | None) -> float:
    """1.0 for the same day, falling with the number of days between two ISO dates."""
    try:
        a = dt.date.fromisoformat((first or "")[:10])
        b = dt.date.fromisoformat((second or "")[:10])
    except ValueError:
        return 0.0
    return 1.0 / (1.0 + abs((a - b).days) / 30.0)


def _sentence_of(data: DocumentData, position: int) -> int | None:
    index = bisect.bisect_right(data.sentence_starts, position) - 1
    if index >= 0 and position < data.sentences[index][1]:
        return index
    return None


def _hits_by_sentence(
    data: DocumentData, weights: dict[str, float]
) -> dict[int, list[tuple[int, int, str]]]:
    """Words of the document whose stem is one of the statement's, grouped by sentence."""
    hits: dict[int, list[tuple[int, int, str]]] = {}
    for start, end, stem_ in data.words:
        if stem_ in weights:
            index = _sentence_of(data, start)
            if index is not None:
                hits.setdefault(index, []).append((start, end, stem_))
    return hits


def _entity_sentences(data: DocumentData, query: MatchQuery) -> set[int]:
    """Sentences mentioning one of the statement's entities."""
    if not query.entity_ids:
        return set()
    found = set()
    for start, _, entity_id, _ in data.mentions:
        if entity_id in query.entity_ids:
            index = _sentence_of(data, start)
            if index is not None:
                found.add(index)
    return found


def _make_suggestion(
    doc_id: int,
    data: DocumentData,
    span: tuple[int, int],
    score: float,
    matches: tuple[tuple[int, int], ...],
    shared: set[int],
) -> Suggestion:
    start, end = span
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
