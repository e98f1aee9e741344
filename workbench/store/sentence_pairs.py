"""Which sentence of one document reports the same thing as a sentence of another.

Why the suggestion scorer and no ranker of its own: "does this sentence of B
report that sentence of A" is the question claim suggestions answer for a
statement (``claim_matching.match_document`` over B's sentences, judged with
the statement's ``WEIGHTS`` and ``THRESHOLD`` and its ``MIN_UNITS`` pieces of
evidence), so a pair shown in the Compare view is one a suggestion would list.

Why fast on a book-length document: each sentence of the shorter document is
asked of the longer one, never the reverse, and a sentence that cannot hold
``MIN_UNITS`` pieces of evidence in the other document (too few of its stems
written there, counting the entities both name) is never scored. The longer
one is read once into an index (``AskedIndex``): each term's hits, remembered
across the thousands of sentences that ask for "said" or "police", and the
sentences each term and entity is found in, so only the sentences holding two
of the asking sentence's terms or entities are scored — no other can pass the
gate, so the pairs are those of scoring every sentence (a test holds both to
that). A sentence's words are looked up in the longer document's runs of letters
(``core.word_runs``, read once) rather than scanned for, and its quotes and claims are
those placed in it (``DocumentData.quotes_over``): both were a pass over the whole book
per word or per sentence. Long comparisons still report progress and stop when cancelled.

Why a pair needs a shared word besides names: "In Geneva, the World Health Organization
declared a pandemic" and "The World Health Organization in Geneva named the disease"
passed the gate on two names (the body and the city) and were shown as one report; two
sentences naming the same people and places report the same thing only when they also
share a word of what happened or a number (``_shares_more_than_names``: a claim term that
is no name, found in the other sentence outside its entity mentions).

Why a line of dates alone is never asked: a dateline ("Saturday, January 5, 2019")
holds two pieces of evidence (a month and a year) that another report's dateline
of another day shares, and a pair of datelines reports nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from workbench.core.claim_features import MIN_UNITS, term_hits
from workbench.core.claim_matching import (
    THRESHOLD,
    WEIGHTS,
    CorpusStats,
    DocumentData,
    MatchQuery,
    gate_units,
    match_sentences,
    score_of,
)
from workbench.core.claim_terms import CALENDAR, ClaimTerms, Term, claim_terms
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
    asked_index = AskedIndex(pair.asked)
    other_stems = frozenset(stem(word) for word in pair.asked.vocabulary)
    other_entities = pair.asked.entity_ids
    if progress is not None:
        progress.start(len(pair.asking.sentences))
    for index, (start, end) in enumerate(pair.asking.sentences):
        if progress is not None:
            progress.step()
        text = pair.asking.text[start:end]
        if not _tells_something(text):
            continue
        mentioned = frozenset(e for _, _, e in pair.asking.mentions_by_sentence.get(index, []))
        if _units_within_reach(text, other_stems, mentioned & other_entities) < MIN_UNITS:
            continue
        query = MatchQuery(text, pair.ids[0], mentioned, _speaker(pair.asking, start, end),
                           pair.asking.published)
        best = _best_match(pair, asked_index, query, weight_of)
        if best is not None:
            yield SentencePair(SideSpan(start, end, text), *best)


_WORD = re.compile(r"[^\W\d_]{3,}")


def _tells_something(text: str) -> bool:
    """Whether the sentence writes a word that is not a day or month name (numbers aside):
    a dateline or a line of dates pairs with another day's and reports nothing."""
    return any(word.lower() not in CALENDAR for word in _WORD.findall(text))


def _units_within_reach(text: str, other_stems: frozenset[str], shared: frozenset[int]) -> int:
    """The most pieces of evidence the sentence could find in the other document: its term
    units with a spelling written there, and the entities both name. A cheap upper bound
    (weights are not looked up), so a sentence below ``MIN_UNITS`` is skipped unscored."""
    terms = claim_terms(text, lambda _word: 1.0)
    units = {t.unit for t in terms.terms.values() if t.spellings & other_stems}
    return len(units) + len(shared)


def _speaker(data: DocumentData, start: int, end: int) -> int | None:
    """The speaker of a quote within the sentence: the ``speaker`` feature's claimant."""
    return next((speaker for _, _, _, speaker in data.quotes_over(start, end) if speaker), None)


def _best_match(pair: PairedDocuments, index: AskedIndex, query: MatchQuery,
                weight_of: Callable[[str], float]
                ) -> tuple[SideSpan, float, tuple[str, ...]] | None:
    """The best-scored sentence of ``asked`` with ``MIN_UNITS`` pieces of evidence, if it
    reaches ``THRESHOLD``: (its span, score, the entity names both sentences share)."""
    terms = claim_terms(query.text, weight_of)
    if not terms.terms:
        return None
    best: tuple[SideSpan, float, tuple[str, ...]] | None = None
    within = index.sentences_within_reach(terms, query.entity_ids)
    for found in match_sentences(pair.ids[1], pair.asked, query, terms, pair.stats,
                                 index.hits_of, within):
        features = dict(found.features)
        score = score_of(found.features, WEIGHTS)
        if gate_units(features) < MIN_UNITS or score < THRESHOLD:
            continue
        if not _shares_more_than_names(pair.asked, index, terms, found.start):
            continue
        if best is None or score > best[1]:
            best = (SideSpan(found.start, found.end, found.text), score, found.shared_entities)
    return best


def _shares_more_than_names(asked: DocumentData, index: AskedIndex, terms: ClaimTerms,
                            start: int) -> bool:
    """Whether the asked sentence at ``start`` writes one of the query's terms that is no
    name (a word of what happened, a number) outside its own entity mentions: "WHO" opening
    the query is no name by its place, but inside the other side's mention it is one."""
    sentence = asked.sentence_of(start)
    if sentence is None:
        return False
    mentions = asked.mentions_by_sentence.get(sentence, [])
    for term in terms.terms.values():
        if term.is_name:
            continue
        for hit_start, hit_end in index.hits_in(term, sentence):
            if not any(m_start <= hit_start and hit_end <= m_end
                       for m_start, m_end, _ in mentions):
                return True
    return False


@dataclass
class AskedIndex:
    """The asked document read once for every sentence asking it: each term's hits (the
    same words ``claim_features.term_hits`` finds) and the sentences holding each term and
    each entity, so a query reads only the sentences that could pass the gate."""

    data: DocumentData
    _hits: dict[tuple[str, frozenset[str], bool], list[tuple[int, int, int]]] = field(
        default_factory=dict)
    _sentences: dict[tuple[str, frozenset[str], bool], frozenset[int]] = field(
        default_factory=dict)
    _entity_sentences: dict[int, set[int]] | None = None
    _by_sentence: dict[tuple[str, frozenset[str], bool], dict[int, list[tuple[int, int]]]] = (
        field(default_factory=dict))

    def hits_of(self, term: Term) -> list[tuple[int, int, int]]:
        """(start, end, sentence) of each word counting as ``term``; found once per term
        (what it matches depends on its surfaces and strictness, never its weight)."""
        key = (term.key, term.surfaces, term.strict)
        if key not in self._hits:
            found = term_hits(self.data, term)
            self._hits[key] = found
            self._sentences[key] = frozenset(index for _, _, index in found)
        return self._hits[key]

    def hits_in(self, term: Term, sentence: int) -> list[tuple[int, int]]:
        """(start, end) of each word counting as ``term`` in the asked sentence ``sentence``,
        grouped once per term: a book's "said" is thousands of hits, asked per pair."""
        key = (term.key, term.surfaces, term.strict)
        if key not in self._by_sentence:
            grouped: dict[int, list[tuple[int, int]]] = {}
            for start, end, index in self.hits_of(term):
                grouped.setdefault(index, []).append((start, end))
            self._by_sentence[key] = grouped
        return self._by_sentence[key].get(sentence, [])

    def sentences_within_reach(self, terms: ClaimTerms, entity_ids: frozenset[int]
                               ) -> list[int]:
        """The sentences, ascending, holding ``MIN_UNITS`` of the query's things: its term
        units and the entities both name. An upper bound of their pieces of evidence
        (``claim_evidence`` only ever joins units), so no sentence left out could pass."""
        by_unit: dict[int, set[int]] = {}
        for term in terms.terms.values():
            self.hits_of(term)
            by_unit.setdefault(term.unit, set()).update(
                self._sentences[(term.key, term.surfaces, term.strict)])
        holding: Counter[int] = Counter()
        for sentences in by_unit.values():
            holding.update(sentences)
        for entity_id in entity_ids & self.data.entity_ids:
            holding.update(self._by_entity().get(entity_id, ()))
        return sorted(index for index, things in holding.items() if things >= MIN_UNITS)

    def _by_entity(self) -> dict[int, set[int]]:
        if self._entity_sentences is None:
            found: dict[int, set[int]] = {}
            for index, mentions in self.data.mentions_by_sentence.items():
                for _, _, entity_id in mentions:
                    found.setdefault(entity_id, set()).add(index)
            self._entity_sentences = found
        return self._entity_sentences
