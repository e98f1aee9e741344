"""Suggest statements in other documents that likely report the same claim (``store.suggestions``).

The store's side of matching: candidate documents come from FTS5 (bm25 over
the claim's rarest words; then again with the rarest names of the claim's own
document, or for a free-text statement with the names the three best answers
share, BM25's best answer kept first: ``claim_feedback``), and each
candidate's sentences, mentions, quotes and claims are loaded once
(LRU-cached); ``workbench.core.claim_matching`` then scores the sentences.
The analyst accepts a suggestion (which creates the link) or rejects it (it
never comes back).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from sqlite_utils import Database

from workbench.core import claim_contrast
from workbench.core.claim_contrast import DEPTH as CONTRAST_DEPTH
from workbench.core.claim_features import inverse_document_frequency
from workbench.core.claim_feedback import (
    COMMON_NAME_DOCUMENTS,
    COMMON_NAME_SHARE,
    FEEDBACK_DOCUMENTS,
    FEEDBACK_POOL,
    context_names,
    expansion_names,
    feedback_order,
)
from workbench.core.claim_matching import (
    CANDIDATE_DOCUMENTS,
    CANDIDATE_SLACK,
    MATCHING_LABELS,
    MatchQuery,
    Suggestion,
    evidence_gate,
    match_document,
    rank_documents,
)
from workbench.core.claim_terms import ClaimTerms, claim_terms, fts_query, rarest_words
from workbench.core.comparison import SentencePair
from workbench.core.event_names import words_and_names
from workbench.core.models import Changes
from workbench.core.progress import Progress
from workbench.store.claim_inserts import insert_claim
from workbench.store.claim_links import insert_link
from workbench.store.claim_reads import get_claim
from workbench.store.history import History, Recorder
from workbench.store.labels import annotation_named
from workbench.store.sentence_pairs import PairedDocuments, sentence_pairs
from workbench.store.suggestion_reads import SuggestionReads

# Runs of capitalised words in a free-text statement: the names looked up as entities.
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*){0,4}")


class Suggestions:
    """Suggest, accept and reject cross-document matches for claims and statements.

    What it reads of the library (documents' sentence data, candidates' words, word
    weights) is cached in ``reads`` until any connection changes the library.
    """

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history
        self.reads = SuggestionReads(db)

    def suggest_for_claim(
        self, claim_id: int, limit: int = 10, per_document: int = 1
    ) -> list[Suggestion]:
        """Documents likely reporting one claim, best first, with their best statements."""
        self.reads.drop_stale_caches()
        return self._suggest(self._claim_query(claim_id), limit, per_document)

    def suggest_for_statement(
        self, text: str, limit: int = 10, per_document: int = 1,
        exclude_document: int | None = None,
    ) -> list[Suggestion]:
        """Documents across the library that likely report a free-text statement."""
        return self.suggest_for_query(self.statement_query(text, exclude_document), limit,
                                      per_document)

    def suggest_for_query(self, query: MatchQuery, limit: int = 10, per_document: int = 1
                          ) -> list[Suggestion]:
        """Suggestions for a query built by ``statement_query`` (a statement with its
        document's text, say): judged exactly as a claim or a statement is."""
        self.reads.drop_stale_caches()
        return self._suggest(query, limit, per_document)

    def statement_query(
        self, text: str, exclude_document: int | None = None, context: str | None = None,
        entity_ids: frozenset[int] | None = None,
    ) -> MatchQuery:
        """A free-text statement as matching reads it. ``context`` is the text of the
        document it comes from, if any (``MatchQuery.context``); ``entity_ids`` the
        entities it mentions when they are known (a claim's: ``entities_in_span``),
        else those of the library whose name it spells out."""
        found = self._entities_named_in(text) if entity_ids is None else frozenset(entity_ids)
        return MatchQuery(text, exclude_document, found, context=context)

    def entities_in_span(self, document_id: int, start: int, end: int) -> frozenset[int]:
        """Entities (of the labels that matter for matching) mentioned in a span of a
        document's text: what a claim there is about."""
        marks = ",".join("?" * len(MATCHING_LABELS))
        rows = self.db.execute(
            "SELECT m.entity_id FROM mentions m WHERE m.document_id = ? AND m.field = 'text'"
            f' AND m.start < ? AND m."end" > ? AND m.label IN ({marks})',
            [document_id, end, start, *MATCHING_LABELS],
        )
        return frozenset(int(r[0]) for r in rows)

    def _suggest(self, query: MatchQuery, limit: int, per_document: int) -> list[Suggestion]:
        """The one way a query becomes suggestions, claim or statement: its evidence judged
        by the weights and threshold ``evidence_gate`` picks for it (calibrated by the eval
        on the same queries)."""
        weights, threshold = evidence_gate(query)
        return rank_documents(self._scored(query, _depth(limit)), limit, per_document,
                              threshold, weights)

    def _claim_query(self, claim_id: int) -> MatchQuery:
        """A claim as matching reads it: its statement, entities, claimant, date and the
        text of its document (``MatchQuery.context``, from the cached document data)."""
        claim = get_claim(self.db, claim_id)
        entity_ids = set(self.entities_in_span(claim["document_id"], claim["start"], claim["end"]))
        if claim["claimant_entity_id"]:
            entity_ids.add(int(claim["claimant_entity_id"]))
        return MatchQuery(
            claim["statement"],
            claim["document_id"],
            frozenset(entity_ids),
            claim["claimant_entity_id"],
            claim["published"],
            claim_id,
            self.reads.document_data(claim["document_id"]).text,
        )

    def suggest_batch(
        self, statements: list[str], limit: int = 5, per_document: int = 1
    ) -> list[tuple[str, list[Suggestion]]]:
        """Match many statements (one per line of a speech, say), keeping input order."""
        return [(s, self.suggest_for_statement(s, limit, per_document)) for s in statements]

    def sentence_pairs(self, doc_a: int, doc_b: int, progress: Progress | None = None
                       ) -> list[SentencePair]:
        """Sentences of A, each beside the sentence of B that reports it best (a statement's
        suggestion gate: ``store/sentence_pairs.py``), in A's reading order; several of A's
        sentences may pair with one of B's. ``progress`` counts the sentences asked."""
        self.reads.drop_stale_caches()
        data_a, data_b = self.reads.document_data(doc_a), self.reads.document_data(doc_b)
        total = int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])
        flipped = len(data_b.sentences) < len(data_a.sentences)
        pair = (PairedDocuments(data_b, data_a, (doc_b, doc_a), self.reads.corpus_stats())
                if flipped else
                PairedDocuments(data_a, data_b, (doc_a, doc_b), self.reads.corpus_stats()))
        found = sentence_pairs(pair, lambda word: self.reads.word_weight(total, word), progress)
        if not flipped:
            return list(found)
        return sorted((_flipped(p) for p in found), key=lambda p: (p.span_a.start, p.span_b.start))

    def reject_suggestion(self, claim_id: int, document_id: int, start: int, end: int) -> Changes:
        """Remember that this span is not a match for the claim, so it is never suggested again."""
        return self.history.record_action(
            f"Reject suggestion for{annotation_named(self.db, claim_id)}",
            lambda rec: rec.insert(
                "suggestion_rejections",
                {"claim_id": claim_id, "document_id": document_id, "start": start, "end": end},
            ),
        )[1]

    def accept_suggestion(
        self, claim_id: int, suggestion: Suggestion, relation: str, note: str | None = None
    ) -> tuple[int, Changes]:
        """Link the claim to the suggested statement, marking it a claim first if it is not one."""
        get_claim(self.db, claim_id)

        def action(rec: Recorder) -> int:
            target = suggestion.claim_id
            if target is None:
                target = insert_claim(rec, suggestion.document_id, suggestion.start, suggestion.end)
            return insert_link(rec, claim_id, target, relation, note)

        label = f"Link suggested claim to{annotation_named(self.db, claim_id)} ({relation})"
        return self.history.record_action(label, action)

    # -- candidates and their data --------------------------------------------------

    def scored_candidates(self, query: MatchQuery, depth: int = CANDIDATE_DOCUMENTS
                          ) -> list[Suggestion]:
        """Every statement with enough evidence in the ``depth`` first candidate documents,
        scored but not thresholded: what ``_suggest`` ranks, and what the eval calibrates
        on (``evidence_gate`` of the same query says which weights and threshold judge it)."""
        self.reads.drop_stale_caches()
        return self._scored(query, depth)

    def _scored(self, query: MatchQuery, depth: int) -> list[Suggestion]:
        """``scored_candidates`` on caches the caller has just checked (``reads.drop_stale_caches``
        runs once per query, in the public method that received it)."""
        total = int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])
        terms = claim_terms(query.text, lambda word: self.reads.word_weight(total, word))
        if not terms.terms:
            return []
        if query.context:
            words, whole = self._context_names(query, terms, total)
            query = dataclasses.replace(query, context_names=tuple(words),
                                        event_names=tuple(whole))
        judged = self._judged_spans(query.claim_id)
        stats = self.reads.corpus_stats()
        candidates, asked, whole = self._candidates(terms, query, total, depth)
        if not query.context:
            query = dataclasses.replace(query, feedback_names=tuple(asked),
                                        event_names=tuple(whole))
        results: list[Suggestion] = []
        for position, doc_id in enumerate(candidates):
            spans = [(start, end) for d, start, end in judged if d == doc_id]
            data = self.reads.document_data(doc_id)
            results.extend(match_document(doc_id, data, query, terms, stats, spans, position))
        return results

    def _candidates(self, terms: ClaimTerms, query: MatchQuery, total: int, depth: int
                    ) -> tuple[list[int], list[str], list[str]]:
        """The ``depth`` best answers to the claim's words and a second query's names
        (returned too, and for a statement alone the same names as whole names: a
        document that writes enough of those may be listed, ``listable``).

        The names are the rarest ones of the claim's own document when it has one
        (``MatchQuery.context``: they tell its event from a similar one); otherwise
        those the best answers to the words share (pseudo-relevance feedback), and
        then BM25's best answer stays first and the first few keep the words' order
        (``feedback_order``: the names choose them, the words rank them).

        A claim's document's names are asked for word by word and, those of two words or
        more, as phrases too: a report writing "Brenda Hale" scores for the phrase as well as
        for "brenda" and "hale" (on ECB+ dev, claims in their document ordered better;
        statements alone, asking the names their best answers share, did not).

        Why two queries summed and not one query with words and names: FTS5's
        bm25() is a sum over the query's terms, so the words' scores (already
        read for the first answers) plus the names' scores rank exactly as the
        joint query would within the ``FEEDBACK_POOL`` first answers, and a
        query of a few rare names costs a fraction of the claim's words again.
        """
        words = rarest_words(terms)
        first = self._bm25_scores(words, query.exclude_document, max(depth, FEEDBACK_POOL))
        order = sorted(first, key=first.__getitem__)
        expansion, whole = ((list(query.context_names), list(query.event_names))
                            if query.context else self._expansion_names(order, terms, total))
        if not expansion:
            return self._contrasted(order, total, terms.numbers)[:depth], [], whole
        phrases = [name for name in whole if " " in name] if query.context else []
        asked = [*expansion, *phrases]
        names = self._bm25_scores(asked, query.exclude_document, FEEDBACK_POOL)
        joint = {d: first.get(d, 0.0) + names.get(d, 0.0) for d in first.keys() | names.keys()}
        again = sorted(joint, key=lambda d: (joint[d], d))
        if not query.context:
            again = feedback_order(order, again)
        return self._contrasted(again, total, terms.numbers)[:depth], expansion, whole

    def _contrasted(self, candidates: list[int], total: int, numbers: frozenset[str]
                    ) -> list[int]:
        """The candidates re-ordered by the words that mark the first ones' event
        (``claim_contrast``), with the words of each of the first ``CONTRAST_DEPTH`` and,
        if the claim writes numbers, how many of them each writes."""
        head = candidates[:CONTRAST_DEPTH]
        words = self.reads.candidate_words(head)
        found = ({d: len(numbers & written)
                  for d, written in self.reads.candidate_numbers(head).items()}
                 if numbers else None)
        return claim_contrast.contrast_order(
            candidates, words, lambda word: self.reads.rare_word_weight(total, word), found)

    def _context_names(self, query: MatchQuery, terms: ClaimTerms, total: int
                       ) -> tuple[list[str], list[str]]:
        """The rarest names of the statement's own document (see ``context_names``): as
        words, which the candidate query asks for, and as whole names, which list a
        document that writes enough of them (``core.event_names``)."""
        words, whole = self._context_counts(query)
        least = _least_weight(total)
        return (context_names(words, terms, lambda word: self.reads.word_weight(total, word),
                              least),
                context_names(whole, terms, lambda name: self.reads.name_weight(total, name),
                              least))

    def _context_counts(self, query: MatchQuery) -> tuple[Counter[str], Counter[str]]:
        """Names counted in the query's context, as words and as whole names: a claim's
        context is its document's text (as ``_claim_query`` sets it), already loaded and
        split into sentences (``reads.document_data``), so it is neither compared nor
        split again. Any other context is counted as given: a statement's
        ``exclude_document`` may name a document the library does not hold (the eval's
        no-match claims), so it is never looked up."""
        if query.claim_id is not None and query.exclude_document is not None:
            data = self.reads.document_data(query.exclude_document)
            return words_and_names(data.text, data.sentences)
        return words_and_names(query.context or "")

    def _expansion_names(self, candidates: list[int], terms: ClaimTerms, total: int
                         ) -> tuple[list[str], list[str]]:
        """Names the first-round best documents share: the event's other names (see
        ``expansion_names``), as words and as whole names, looked up only when the
        claim's words found something."""
        best = [self.reads.document_data(doc_id) for doc_id in candidates[:FEEDBACK_DOCUMENTS]]
        least = _least_weight(total)
        words = expansion_names([data.names for data in best], terms,
                                lambda word: self.reads.word_weight(total, word), least)
        if not words:
            return [], []
        return words, expansion_names([data.whole_names for data in best], terms,
                                      lambda name: self.reads.name_weight(total, name), least)

    def _bm25_scores(self, words: list[str], exclude: int | None, count: int
                     ) -> dict[int, float]:
        """FTS5 bm25() of the ``count`` best documents for any of the words (title counted
        twice; lower is better, as SQLite gives it)."""
        if not words:
            return {}
        rows = self.db.execute(
            "SELECT rowid, bm25(documents_fts, 2.0, 1.0) AS score FROM documents_fts"
            " WHERE documents_fts MATCH ? ORDER BY score LIMIT ?",
            [fts_query(words), count + 1],
        ).fetchall()
        found = {int(r[0]): float(r[1]) for r in rows if int(r[0]) != exclude}
        return dict(list(found.items())[:count])

    def _entities_named_in(self, text: str) -> frozenset[int]:
        """Entities of the library whose name or alias a free-text statement spells out."""
        names = {m.group().strip(" .") for m in _NAME_RUN.finditer(text)}
        names |= {part for name in names for part in name.split()}
        names = {n for n in names if len(n) > 1}
        if not names:
            return frozenset()
        marks = ",".join("?" * len(names))
        labels = ",".join("?" * len(MATCHING_LABELS))
        rows = self.db.execute(
            f"SELECT id FROM entities WHERE hidden = 0 AND label IN ({labels}) AND (name IN"
            f" ({marks}) OR id IN (SELECT entity_id FROM entity_aliases WHERE alias IN ({marks})))",
            [*MATCHING_LABELS, *names, *names],
        )
        return frozenset(int(r[0]) for r in rows)

    def _judged_spans(self, claim_id: int | None) -> set[tuple[int, int, int]]:
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


def _flipped(pair: SentencePair) -> SentencePair:
    """A pair found by asking B's sentence of A, read the other way round."""
    return SentencePair(pair.span_b, pair.span_a, pair.score, pair.shared_names)


def _least_weight(total: int) -> float:
    """The IDF under which a name is too common to tell an event (``COMMON_NAME_SHARE``)."""
    return inverse_document_frequency(total, max(COMMON_NAME_DOCUMENTS,
                                                 int(total * COMMON_NAME_SHARE)))


def _depth(limit: int) -> int:
    """Candidate documents to read for ``limit`` suggestions (a few more: some lack evidence)."""
    return max(1, limit) + CANDIDATE_SLACK
