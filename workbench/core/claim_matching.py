"""Rank documents that likely report a claim, each with its best statements.

Pure ranking, no database. The store finds candidate documents (FTS5 bm25
over the claim's content words) and loads each one as a ``DocumentData``;
this module scores every sentence of a candidate with features that carry
meaning for news claims (``claim_features``) and keeps the sentences with
enough evidence. Documents keep the order the candidate search gave them
(the order of a second query that adds names to the claim's words: the rarest
names of the claim's own document, or for a statement alone the names the best
answers share, BM25's best answer kept first: ``claim_feedback``): on ECB+ no
weighting of the features re-ranked better than that order, so the features
*decide* (whether to suggest anything: below the threshold, calibrated on
statements that have no match, nothing is; see docs/quality-suggestions.md)
and pick each document's best statement, but do not reorder documents. Ten
suggestions are ten documents.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from workbench.core.claim_features import (
    FEATURES,
    MIN_UNITS,
    CorpusStats,
    DocumentData,
    MatchQuery,
    document_data,
    gated_sentence_features,
    sentence_features,
)
from workbench.core.claim_terms import ClaimTerms, Term
from workbench.core.vocabulary import NAME_LABELS

__all__ = [
    "FEATURES", "MATCHING_LABELS", "CorpusStats", "DocumentData", "MatchQuery", "Suggestion",
    "document_data", "evidence_gate", "gate_units", "listable", "match_document",
    "match_sentences", "rank_documents", "score_of",
]  # fmt: skip

# Entity labels that make two statements about the same thing (products do not).
MATCHING_LABELS = tuple(label for label in NAME_LABELS if label != "PRODUCT")
# The evidence a statement reports the claim, tuned on the ECB+ development topics for
# saying "no match" (tests/eval/eval_claim_suggestions.py, docs/quality-suggestions.md).
# Every feature has a weight in both tables (a statement alone has no context: 0).
WEIGHTS = {
    "bm25": 0.35, "sentence": 0.2, "entities": 0.0, "sentence_entities": 0.05,
    "numbers": 0.049, "speaker": 0.017, "predicate": 0.0, "recency": 0.017, "names": 0.028,
    "context": 0.0,
}  # fmt: skip
# Calibrated on development statements with no match in the library: the lowest threshold
# at which the 95% upper bound of the share that gets a suggestion is at most 10%, on ECB+
# event sentences and on Wikinews sentences alike (tests/eval/suggestion_no_match.py).
THRESHOLD = 0.2057
# The same for a claim read in its document (``MatchQuery.context``): how many of its
# document's names a candidate writes tells "no match" apart far better.
CONTEXT_WEIGHTS = {
    "bm25": 0.35, "sentence": 0.05, "entities": 0.0, "sentence_entities": 0.05,
    "numbers": 0.049, "speaker": 0.017, "predicate": 0.0, "recency": 0.017, "names": 0.05,
    "context": 0.2,
}  # fmt: skip
CONTEXT_THRESHOLD = 0.1864
# Once a statement passes the threshold, a document with fewer than MIN_UNITS pieces of
# evidence is still listed if it writes this share of the event's whole names (dev-tuned).
EVENT_NAMES_SHARE = 0.15
CANDIDATE_DOCUMENTS = 12
# Candidates read beyond the number of documents asked for (some have too little evidence).
CANDIDATE_SLACK = 2


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
    more_in_document: int = 0
    features: tuple[tuple[str, float], ...] = ()
    # The document's place in the candidate search's order (0 = first): documents keep it.
    candidate_position: int = 0

    @property
    def matched_words(self) -> list[str]:
        """The words the search marked in this statement, lower-cased, once each, sorted."""
        return sorted({self.text[s - self.start : e - self.start].lower()
                       for s, e in self.matches})

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
            "matched_words": self.matched_words,
            "shared_entities": list(self.shared_entities),
            "claim_id": self.claim_id,
            "quote_id": self.quote_id,
            "published": self.published,
            "more_in_document": self.more_in_document,
            "features": {name: round(value, 4) for name, value in self.features},
        }


def score_of(features: Iterable[tuple[str, float]], weights: dict[str, float] | None = None
             ) -> float:
    """The weighted sum of a statement's features (``WEIGHTS`` unless given)."""
    chosen = WEIGHTS if weights is None else weights
    return sum(chosen.get(name, 0.0) * value for name, value in features)


def match_document(
    doc_id: int,
    data: DocumentData,
    query: MatchQuery,
    terms: ClaimTerms,
    stats: CorpusStats,
    judged: Iterable[tuple[int, int]] = (),
    position: int = 0,
) -> list[Suggestion]:
    """Every sentence of the document with enough evidence, scored (spans judged skipped).

    ``position`` is the document's place in the candidate search's order (0 = first).
    """
    judged = list(judged)
    found = []
    for scored in sentence_features(data, query, terms, stats):
        start, end = scored.span
        if any(s < end and e > start for s, e in judged):
            continue
        found.append(dataclasses.replace(
            _make_suggestion(doc_id, data, scored.span, scored.features, scored.matches,
                             scored.shared), candidate_position=position))
    return found


def match_sentences(
    doc_id: int,
    data: DocumentData,
    query: MatchQuery,
    terms: ClaimTerms,
    stats: CorpusStats,
    hits_of: Callable[[Term], list[tuple[int, int, int]]],
    within: Iterable[int],
) -> list[Suggestion]:
    """``match_document``'s statements with ``MIN_UNITS`` pieces of evidence, read only among
    the sentences ``within`` (a caller's index of those that could have them) with each
    term's hits from ``hits_of`` (remembered by the caller): the same statements and
    scores, for a document asked thousands of times (``store/sentence_pairs.py``)."""
    return [_make_suggestion(doc_id, data, scored.span, scored.features, scored.matches,
                             scored.shared)
            for scored in gated_sentence_features(data, query, terms, stats, hits_of, within)]


def evidence_gate(query: MatchQuery) -> tuple[dict[str, float], float]:
    """The weights and threshold that judge a query's evidence: a claim read in its document
    has the ``context`` feature, which moves every score, so it has its own calibration."""
    if query.context:
        return CONTEXT_WEIGHTS, CONTEXT_THRESHOLD
    return WEIGHTS, THRESHOLD


def gate_units(features: dict[str, float]) -> float:
    """The pieces of evidence that let a statement open the gate: those its own sentence
    holds (``claim_evidence``), never its document's, where a place in one sentence and
    "killed" in another about something else made two. The eval reads the same count."""
    return features.get("sentence_units", 0.0)


def _has_evidence(features: dict[str, float]) -> bool:
    return gate_units(features) >= MIN_UNITS


def listable(features: dict[str, float]) -> bool:
    """Whether a statement may be listed once the query passed: ``MIN_UNITS`` pieces of
    evidence in it, or its document writes ``EVENT_NAMES_SHARE`` of the event's other
    names (those the second candidate query asked for), each as a whole name
    (``core.event_names``: a lone title word, "Prime" or "Supreme", listed an article
    about another story). On ECB+ the documents the names found are true reports often
    enough; one shared place alone never lists a document."""
    return (_has_evidence(features)
            or features.get("event_names", 0.0) >= EVENT_NAMES_SHARE)


def rank_documents(
    candidates: Iterable[Suggestion],
    limit: int,
    per_document: int = 1,
    threshold: float | None = None,
    weights: dict[str, float] | None = None,
) -> list[Suggestion]:
    """Documents in candidate order, each with its ``per_document`` best statements; or nothing.

    Nothing at all when no statement with ``MIN_UNITS`` pieces of evidence
    reaches ``threshold`` with its weighted features (the honest "no match":
    one shared word or place is never enough). Once one does, every ``listable``
    candidate document is listed in the candidate search's order, as BM25 would
    list it, however weak its evidence against the threshold: on ECB+ cutting
    those cost recall (docs/quality-suggestions.md). Every statement carries
    ``more_in_document``: how many others of its document also have evidence.
    """
    gate = THRESHOLD if threshold is None else threshold
    by_document: dict[int, list[Suggestion]] = {}
    best = -1.0  # below any threshold: no statement with evidence, no suggestion
    for candidate in candidates:
        features = dict(candidate.features)
        if not listable(features):  # every candidate with evidence is listable
            continue
        evidence = score_of(candidate.features, weights)
        if _has_evidence(features):
            best = max(best, evidence)
        by_document.setdefault(candidate.document_id, []).append(
            dataclasses.replace(candidate, score=evidence))
    if best < gate:
        return []
    ranked = []
    for doc_id, found in by_document.items():
        statements = sorted(found, key=_best_statement_first)
        shown = statements[: max(1, per_document)]
        extra = sum(1 for s in statements[len(shown):] if _has_evidence(dict(s.features)))
        order = (shown[0].candidate_position, -shown[0].score, doc_id)
        ranked.append((order, [dataclasses.replace(s, more_in_document=extra) for s in shown]))
    ranked.sort(key=lambda item: item[0])
    return [s for _, shown in ranked[:limit] for s in shown]


def _best_statement_first(suggestion: Suggestion) -> tuple[float, float, float, int]:
    """Order within a document: score, then the sentence covering most of the claim."""
    features = dict(suggestion.features)
    return (-round(suggestion.score, 9), -features.get("sentence", 0.0),
            -features.get("sentence_entities", 0.0), suggestion.start)


def _make_suggestion(
    doc_id: int,
    data: DocumentData,
    span: tuple[int, int],
    features: dict[str, float],
    matches: tuple[tuple[int, int], ...],
    shared: set[int],
) -> Suggestion:
    start, end = span
    claim_id = next((c for _, _, c in data.claims_over(start, end)), None)
    quote_id = next((q for _, _, q, _ in data.quotes_over(start, end)), None)
    kind = "claim" if claim_id else "quote" if quote_id else "sentence"
    names = sorted({data.entity_names[e] for e in shared if e in data.entity_names})
    return Suggestion(
        doc_id, data.title, start, end, data.text[start:end], score_of(features.items()),
        kind,
        matches, tuple(names), claim_id, quote_id, data.published,
        features=tuple(sorted(features.items())),
    )  # fmt: skip
