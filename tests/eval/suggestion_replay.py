"""Replaying a dev query's candidate order: the library's reads, the contrast with one more
score, and the ranking the eval makes of it (for ``suggestion_specifics_study``).

Why apart: the study asks each dev query once and replays many orders of the same candidates;
this is the part every variant shares, and ``shipped`` reproduces the eval's figures.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from statistics import pstdev

import numpy as np
from suggestion_scoring import MIN_UNITS, Query, as_vector

from workbench.core import claim_contrast as contrast
from workbench.core.claim_documents import document_words
from workbench.core.claim_matching import CANDIDATE_DOCUMENTS, WEIGHTS
from workbench.core.claim_terms import ClaimTerms, Term, claim_terms
from workbench.core.sentences import stem

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_WORD = re.compile(r"[\w.,]+")

Variant = Callable[["Case"], list[int]]


class Case:
    """One asked query: what the contrast received (the candidates in the names query's
    order, the count of the claim's numbers each of the first 20 writes) and the library's
    reads a variant needs (each document's title and text, words, IDFs)."""

    def __init__(self, query: Query, candidates: list[int], numbers: dict[int, int] | None,
                 library: Library) -> None:
        self.query, self.candidates, self.numbers = query, candidates, numbers or {}
        self.library = library
        self.terms: ClaimTerms = claim_terms(query.text, library.word_weight)


class Library:
    """The eval library's texts and weights, read once and cached."""

    def __init__(self, store) -> None:
        self.store = store
        self.total = int(store.db.execute("SELECT count(*) FROM documents").fetchone()[0])
        self.texts = {int(i): (title or "", text) for i, title, text in
                      store.db.execute("SELECT id, title, text FROM documents")}
        self._words: dict[int, frozenset[str]] = {}
        self._stems: dict[int, frozenset[str]] = {}
        self._sentences: dict[int, list[set[str]]] = {}

    def places(self, doc: int, characters: int | None) -> frozenset[str]:
        """The places (GPE, LOC, FAC entities, by name) a document's title or the first
        ``characters`` of its text mention (all of its text when None)."""
        rows = self.store.db.execute(
            "SELECT e.name, m.field, m.start FROM mentions m JOIN entities e ON e.id = m.entity_id"
            " WHERE m.document_id = ? AND e.label IN ('GPE', 'LOC', 'FAC')", [doc]).fetchall()
        return frozenset(name.lower() for name, field, start in rows
                         if field == "title" or characters is None or start < characters)

    @functools.cached_property
    def place_names(self) -> list[str]:
        """Every place name the library's entities hold, lowercase, longest first."""
        rows = self.store.db.execute(
            "SELECT DISTINCT lower(name) FROM entities WHERE label IN ('GPE', 'LOC', 'FAC')")
        return sorted((r[0] for r in rows if len(r[0]) > 2), key=lambda n: (-len(n), n))

    def word_weight(self, word: str) -> float:
        """A word's IDF as the claim's terms are weighed."""
        return self.store.suggestions.reads.word_weight(self.total, word)

    def rare_weight(self, word: str) -> float:
        """A word's IDF as the contrast weighs it."""
        return self.store.suggestions.reads.rare_word_weight(self.total, word)

    def words(self, doc: int) -> frozenset[str]:
        """A document's lowercase words, as the contrast reads them."""
        if doc not in self._words:
            self._words[doc] = document_words(*self.texts[doc])
        return self._words[doc]

    def writes(self, term: Term, doc: int) -> bool:
        """Whether a document writes a term, as a word or one of its stems."""
        if doc not in self._stems:
            self._stems[doc] = frozenset(stem(w) for w in self.words(doc))
        return bool(term.surfaces & self.words(doc) or term.spellings & self._stems[doc])

    def lead(self, doc: int, characters: int | None) -> str:
        """A document's title and the start of its text (all of it when ``characters``
        is None)."""
        title, text = self.texts[doc]
        return title + "\n" + (text[:characters] if characters else text)

    def sentences(self, doc: int) -> list[set[str]]:
        """Each sentence's lowercase words and their stems."""
        if doc not in self._sentences:
            found = []
            for match in _SENTENCE.finditer(self.lead(doc, None)):
                words = {w.lower().rstrip(".,") for w in _WORD.findall(match.group())}
                found.append(words | {stem(w) for w in words})
            self._sentences[doc] = found
        return self._sentences[doc]


def with_score(case: Case, extra: Callable[[int], float] | None, pull: float) -> list[int]:
    """``claim_contrast.contrast_order`` with one more standardised score at ``pull``
    (``extra`` None: the shipped order)."""
    library, candidates = case.library, case.candidates
    head = candidates[:contrast.DEPTH]
    if len(head) <= contrast.LEADERS + 1:
        return candidates
    marks = contrast.event_words([library.words(d) for d in head], library.rare_weight)
    rest = head[contrast.LEADERS:]
    columns = [[contrast._written(marks, library.words(d)) for d in rest],
               [case.numbers.get(d, 0) for d in rest],
               [extra(d) if extra else 0.0 for d in rest]]
    if not any(pstdev(column) for column in columns):
        return candidates
    pulls = (contrast.PULL, contrast.NUMBER_PULL, pull)
    standard = [contrast._standardised(column) for column in columns]
    keys = {d: sum(p * z[i] for p, z in zip(pulls, standard, strict=True)) - i / len(rest)
            for i, d in enumerate(rest)}
    return head[:contrast.LEADERS] + sorted(rest, key=lambda d: -keys[d]) + candidates[
        contrast.DEPTH:]


def shipped(case: Case) -> list[int]:
    """The candidate order as shipped."""
    return with_score(case, None, 0.0)



def ranked(case: Case, order: list[int], threshold: float) -> list[int]:
    """``suggestion_scoring.ranked_documents`` over the first ``CANDIDATE_DOCUMENTS`` of
    ``order`` (the documents the product would read)."""
    query = case.query
    place = {d: i for i, d in enumerate(order[:CANDIDATE_DOCUMENTS])}
    read = np.array([d in place for d in query.doc_ids.tolist()], dtype=bool)
    evidence = query.features @ as_vector(WEIGHTS)
    if not read.any() or np.where((query.units >= MIN_UNITS) & read, evidence, -1.0).max(
            ) < threshold:
        return []
    best: dict[int, float] = {}
    for d, score, ok, seen in zip(query.doc_ids.tolist(), evidence.tolist(),
                                  query.listable.tolist(), read.tolist(), strict=True):
        if seen and ok and score > best.get(d, -1.0):
            best[d] = score
    return sorted(best, key=lambda d: (place[d], -best[d], d))
