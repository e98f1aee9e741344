"""Which sentence of one document reports the same thing as a sentence of another.

Why the suggestion scorer and no ranker of its own: "does this sentence of B
report that sentence of A" is the question claim suggestions answer for a
statement (``claim_matching.match_document`` over B's sentences, judged with
the statement's ``WEIGHTS`` and ``THRESHOLD`` and its ``MIN_UNITS`` pieces of
evidence), so a pair shown in the Compare view is one a suggestion would list.

Why fast on a book-length document: each sentence of the shorter document is
asked of the longer one, never the reverse, and a sentence that cannot hold
``MIN_UNITS`` pieces of evidence in the other document (too few of its stems
written there, counting the entities both name) is never scored. Two
book-length documents still take minutes (each sentence is scored against a
whole book, as a suggestion would be), so the work reports its progress and
stops when cancelled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from workbench.core.claim_features import MIN_UNITS
from workbench.core.claim_matching import (
    THRESHOLD,
    WEIGHTS,
    CorpusStats,
    DocumentData,
    MatchQuery,
    gate_units,
    match_document,
    score_of,
)
from workbench.core.claim_terms import claim_terms
from workbench.core.comparison import SentencePair, SideSpan
from workbench.core.progress import Progress
from workbench.core.sentences import stem


@dataclass(frozen=True)
class PairedDocuments:
    """The two documents as matching reads them: ``asking`` is the one whose sentences are
    asked of ``asked`` (the shorter of the two), ``ids`` their ids in that order."""

    asking: DocumentData
    asked: DocumentData
    ids: tuple[int, int]
    stats: CorpusStats


def sentence_pairs(pair: PairedDocuments, weight_of: Callable[[str], float],
                   progress: Progress | None = None) -> Iterator[SentencePair]:
    """For each sentence of ``asking``, the sentence of ``asked`` that reports it best, if it
    passes the statement's gate (span A is ``asking``'s); ``weight_of`` a word's IDF.
    ``progress`` counts ``asking``'s sentences (``Cancelled`` raised on a cancel)."""
    other_stems = frozenset(stem(word) for word in pair.asked.vocabulary)
    other_entities = pair.asked.entity_ids
    if progress is not None:
        progress.start(len(pair.asking.sentences))
    for index, (start, end) in enumerate(pair.asking.sentences):
        if progress is not None:
            progress.step()
        text = pair.asking.text[start:end]
        mentioned = frozenset(e for _, _, e in pair.asking.mentions_by_sentence.get(index, []))
        if _units_within_reach(text, other_stems, mentioned & other_entities) < MIN_UNITS:
            continue
        query = MatchQuery(text, pair.ids[0], mentioned, _speaker(pair.asking, start, end),
                           pair.asking.published)
        best = _best_match(pair, query, weight_of)
        if best is not None:
            yield SentencePair(SideSpan(start, end, text), *best)


def _units_within_reach(text: str, other_stems: frozenset[str], shared: frozenset[int]) -> int:
    """The most pieces of evidence the sentence could find in the other document: its term
    units with a spelling written there, and the entities both name. A cheap upper bound
    (weights are not looked up), so a sentence below ``MIN_UNITS`` is skipped unscored."""
    terms = claim_terms(text, lambda _word: 1.0)
    units = {t.unit for t in terms.terms.values() if t.spellings & other_stems}
    return len(units) + len(shared)


def _speaker(data: DocumentData, start: int, end: int) -> int | None:
    """The speaker of a quote within the sentence: the ``speaker`` feature's claimant."""
    return next((speaker for q_start, q_end, _, speaker in data.quotes
                 if speaker and q_start < end and q_end > start), None)


def _best_match(pair: PairedDocuments, query: MatchQuery, weight_of: Callable[[str], float]
                ) -> tuple[SideSpan, float, tuple[str, ...]] | None:
    """The best-scored sentence of ``asked`` with ``MIN_UNITS`` pieces of evidence, if it
    reaches ``THRESHOLD``: (its span, score, the entity names both sentences share)."""
    terms = claim_terms(query.text, weight_of)
    if not terms.terms:
        return None
    best: tuple[SideSpan, float, tuple[str, ...]] | None = None
    for found in match_document(pair.ids[1], pair.asked, query, terms, pair.stats):
        features = dict(found.features)
        score = score_of(found.features, WEIGHTS)
        if gate_units(features) < MIN_UNITS or score < THRESHOLD:
            continue
        if best is None or score > best[1]:
            best = (SideSpan(found.start, found.end, found.text), score, found.shared_entities)
    return best
