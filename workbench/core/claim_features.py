"""The evidence that a sentence of another document reports a claim, as numbers in [0, 1].

Why features and not one similarity: each one answers a question an analyst
would ask. Does the document use the claim's rare words (``bm25``, the
classic Okapi weighting over title and body, computed here so names are
matched as names)? Are they close together, in one sentence (``sentence``)?
Are the same people, organisations and places involved, by canonical entity
id rather than surface word (``entities``, ``sentence_entities``)? Do the
numbers agree (``numbers``)? Does the claimant speak (``speaker``)? Is the
claim's key verb there (``predicate``)? Was it published around the same time
(``recency``)? ``claim_matching`` weighs them; a sentence needs at least
``MIN_UNITS`` distinct pieces of evidence (a shared word, a shared name) to be
considered at all, so one shared common word or one shared place never is.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from workbench.core.claim_documents import DocumentData, document_data
from workbench.core.claim_evidence import evidence_units
from workbench.core.claim_terms import ClaimTerms, Term, word_matches

__all__ = [
    "FEATURES", "MIN_UNITS", "CorpusStats", "DocumentData", "MatchQuery", "ScoredSentence",
    "date_closeness", "document_data", "gated_sentence_features", "inverse_document_frequency",
    "sentence_features", "term_hits",
]  # fmt: skip

FEATURES = ("bm25", "sentence", "entities", "sentence_entities", "numbers", "speaker",
            "predicate", "recency", "names", "context")
MIN_UNITS = 2
BM25_K1 = 1.2
BM25_B = 0.75
TITLE_WEIGHT = 2.0
NORM_TERMS = 16
COVERING = 3


@dataclass
class MatchQuery:
    """What is known about the statement being matched."""

    text: str
    exclude_document: int | None = None
    entity_ids: frozenset[int] = frozenset()
    claimant_id: int | None = None
    published: str | None = None
    claim_id: int | None = None
    # Title and text of the document the statement comes from, when it has one (a claim
    # does): its names say which event the statement is about (``claim_feedback``).
    context: str | None = None
    # The names of that document asked for as candidates (``claim_feedback.context_names``).
    context_names: tuple[str, ...] = ()
    # For a statement alone: the names its best answers share, asked for as candidates
    # (``claim_feedback.expansion_names``).
    feedback_names: tuple[str, ...] = ()
    # The same names as whole names (``core.event_names``): those of the claim's document,
    # or those its best answers share. A document writing enough of them is listed.
    event_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class CorpusStats:
    """What BM25 needs from the whole library: its mean document length in words."""

    average_length: float = 500.0


@dataclass
class ScoredSentence:
    """A sentence with enough evidence: its span, features, matched words and entities."""

    span: tuple[int, int]
    features: dict[str, float]
    matches: tuple[tuple[int, int], ...]
    shared: set[int] = field(default_factory=set)


def inverse_document_frequency(total: int, frequency: int) -> float:
    """IDF of a word found in ``frequency`` of ``total`` documents (never below 1)."""
    return math.log((total + 1) / (frequency + 1)) + 1.0


def date_closeness(first: str | None, second: str | None) -> float:
    """1.0 for the same day, falling with the number of days between two ISO dates."""
    try:
        a = dt.date.fromisoformat((first or "")[:10])
        b = dt.date.fromisoformat((second or "")[:10])
    except ValueError:
        return 0.0
    return 1.0 / (1.0 + abs((a - b).days) / 30.0)


def sentence_features(
    data: DocumentData, query: MatchQuery, terms: ClaimTerms, stats: CorpusStats
) -> list[ScoredSentence]:
    """Score the sentences of ``data`` that hold at least ``MIN_UNITS`` pieces of evidence."""
    hits = [(start, end, key, index) for key, term in terms.terms.items()
            for start, end, index in term_hits(data, term)]
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for start, end, key, index in hits:
        by_sentence.setdefault(index, []).append((start, end, key))
    entity_sentences = _entity_sentences(data.mentions_by_sentence, query.entity_ids)
    scored = _scored(data, query, terms, by_sentence, entity_sentences,
                     sorted(set(by_sentence) | set(entity_sentences)))
    # Sentences with evidence of their own, and those covering most of the claim.
    covering = sorted(scored, key=lambda s: (-s.features["sentence"], s.span[0]))[:COVERING]
    found = [s for s in scored
             if s.features["sentence_units"] >= MIN_UNITS or any(s is c for c in covering)]
    document = _document_features(data, query, terms, stats, _hit_counts(terms, hits))
    for sentence in found:
        sentence.features.update(document)
    return found


def gated_sentence_features(
    data: DocumentData, query: MatchQuery, terms: ClaimTerms, stats: CorpusStats,
    hits_of: Callable[[Term], list[tuple[int, int, int]]], within: Iterable[int],
) -> list[ScoredSentence]:
    """The sentences among ``within`` (indexes, ascending) that hold ``MIN_UNITS`` pieces of
    evidence, scored exactly as ``sentence_features`` scores them. Why: comparing two long
    documents asks the same terms of one document thousands of times, so ``hits_of`` gives
    a term's (start, end, sentence) hits remembered, and only the sentences that could pass
    the gate are read; the covering sentences are left out, as no gate lets them through."""
    chosen = list(within)
    wanted = set(chosen)
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    counts: dict[str, float] = {}
    for key, term in terms.terms.items():
        found = hits_of(term)
        if found:
            counts[key] = float(len(found))
        for start, end, index in found:
            if index in wanted:
                by_sentence.setdefault(index, []).append((start, end, key))
    entity_sentences = _entity_sentences(
        {i: data.mentions_by_sentence[i] for i in chosen if i in data.mentions_by_sentence},
        query.entity_ids)
    passed = [s for s in _scored(data, query, terms, by_sentence, entity_sentences, chosen)
              if s.features["sentence_units"] >= MIN_UNITS]
    document = _document_features(data, query, terms, stats, counts)
    for sentence in passed:
        sentence.features.update(document)
    return passed


def _scored(
    data: DocumentData, query: MatchQuery, terms: ClaimTerms,
    by_sentence: dict[int, list[tuple[int, int, str]]],
    entity_sentences: dict[int, list[tuple[int, int, int]]], indexes: list[int],
) -> list[ScoredSentence]:
    """Each sentence's own features, its pieces of evidence counted by ``evidence_units``."""
    shared = set(query.entity_ids & data.entity_ids)
    in_sentence = data.mentions_by_sentence
    return [
        _sentence(data, query, terms, by_sentence.get(index, []),
                  entity_sentences.get(index, []), index,
                  evidence_units([(s, e, terms.terms[k].unit) for s, e, k in
                                  by_sentence.get(index, [])], in_sentence.get(index, []), shared))
        for index in indexes
    ]


def term_hits(data: DocumentData, term: Term) -> list[tuple[int, int, int]]:
    """(start, end, sentence) for each body word of ``data`` that counts as ``term``."""
    words = [w for spelling in sorted(term.spellings) for w in data.words_with_stem(spelling)]
    spans = data.spans_of(words)
    found = []
    for word in words:
        for start, end in spans[word]:
            if not word_matches(term, word, data.text[start].isupper()):
                continue
            index = data.sentence_of(start)
            if index is not None:
                found.append((start, end, index))
    return found


def _hit_counts(terms: ClaimTerms, hits: list[tuple[int, int, str, int]]) -> dict[str, float]:
    """How often each term is found in the body, in the terms' order."""
    counts: dict[str, float] = {}
    for _, _, key, _ in hits:
        counts[key] = counts.get(key, 0.0) + 1.0
    return counts


def _document_features(
    data: DocumentData, query: MatchQuery, terms: ClaimTerms, stats: CorpusStats,
    body_counts: dict[str, float],
) -> dict[str, float]:
    counts = dict(body_counts)
    for key, term in terms.terms.items():
        in_title = _title_count(data, term)
        if in_title:
            counts[key] = counts.get(key, 0.0) + TITLE_WEIGHT * in_title
    shared = query.entity_ids & data.entity_ids
    name_units = {t.unit for t in terms.terms.values() if t.is_name}
    found_units = {terms.terms[k].unit for k in counts if terms.terms[k].is_name}
    return {
        "names": len(found_units) / len(name_units) if name_units else 0.0,
        "bm25": _bm25(counts, terms, data.length, stats),
        "entities": len(shared) / len(query.entity_ids) if query.entity_ids else 0.0,
        "numbers": (len(terms.numbers & data.numbers) / len(terms.numbers)
                    if terms.numbers else 0.0),
        "recency": date_closeness(query.published, data.published),
        "context": _share(data.names, query.context_names),
        # Not weighed: says whether a document with little evidence of its own is listed.
        "event_names": _share(data.written, query.event_names),
    }  # fmt: skip


def _share(found: frozenset[str], asked: tuple[str, ...]) -> float:
    """The share of the names asked for that the document writes (whole names are found
    whole, ``event_names.written_names``: "supreme court" is not in "Supreme Leader")."""
    return len(found.intersection(asked)) / len(asked) if asked else 0.0


def _title_count(data: DocumentData, term: Term) -> int:
    return sum(1 for spelling in term.spellings for lower in data.title_by_stem.get(spelling, ())
               if word_matches(term, lower, False))


def _bm25(counts: dict[str, float], terms: ClaimTerms, length: int, stats: CorpusStats
          ) -> float:
    """Okapi BM25 of the document for the claim, over what a document covering the claim's
    ``NORM_TERMS`` heaviest words would get (capped at 1: long claims are not penalised)."""
    best = sum(sorted(terms.weights.values(), reverse=True)[:NORM_TERMS]) * (BM25_K1 + 1)
    if not best:
        return 0.0
    norm = BM25_K1 * (1 - BM25_B + BM25_B * length / max(stats.average_length, 1.0))
    total = sum(terms.weights[key] * tf * (BM25_K1 + 1) / (tf + norm)
                for key, tf in counts.items())
    return min(1.0, total / best)


def _entity_sentences(in_sentence: dict[int, list[tuple[int, int, int]]],
                      entity_ids: frozenset[int]) -> dict[int, list[tuple[int, int, int]]]:
    """Mentions of the claim's entities, by sentence (from ``_mentions_by_sentence``, so
    the document's mentions are placed in sentences once)."""
    found: dict[int, list[tuple[int, int, int]]] = {}
    for index, mentions in in_sentence.items():
        if claim_mentions := [m for m in mentions if m[2] in entity_ids]:
            found[index] = claim_mentions
    return found


def _sentence(
    data: DocumentData, query: MatchQuery, terms: ClaimTerms,
    hits: list[tuple[int, int, str]], mentions: list[tuple[int, int, int]], index: int,
    units: int,
) -> ScoredSentence:
    """Features of one sentence, with its pieces of evidence (``units``, counted by
    ``evidence_units``) as ``sentence_units``."""
    start, end = data.sentences[index]
    matched = {key for _, _, key in hits}
    shared = {e for _, _, e in mentions}
    speaker = bool(query.claimant_id) and any(
        speaker_id == query.claimant_id for _, _, _, speaker_id in data.quotes_over(start, end)
    )
    features = {
        "sentence": sum(terms.weights[k] for k in matched) / (terms.total_weight or 1.0),
        "sentence_entities": len(shared) / len(query.entity_ids) if query.entity_ids else 0.0,
        "speaker": float(speaker),
        "predicate": float(terms.predicate is not None and terms.predicate in matched),
        "sentence_units": float(units),
    }
    matches = tuple(sorted((s, e) for s, e, _ in hits))
    return ScoredSentence((start, end), features, matches, shared)
