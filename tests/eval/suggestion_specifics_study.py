"""Telling a topic's other event apart by the statement's specifics: session 54's study.

Run ``PYTHONPATH=. .venv/bin/python tests/eval/suggestion_specifics_study.py`` (development
topics only, never the held-out ones; a few minutes: every dev statement alone and dev ECB+
headline is asked once, as ``eval_claim_suggestions.py --dev-only`` asks them, 30 candidates
deep, and the candidate list the contrast received is kept).

Each variant adds one more standardised score to the contrast's re-ordering of candidates
6-20 (``claim_contrast.contrast_order``: the event words at ``PULL``, the claim's numbers at
``NUMBER_PULL``), at its own pull, and the lists are ranked, gated and listed as the eval
does (the 12 first candidates read); ``shipped`` (no extra score) reproduces the eval's
figures. Why: session 53 found the true reports we miss at places 11-20 under reports of
the topic's other event, and these are the three angles issue 16's brief named for it:
(1) the statement's words weighed by how well they separate the first candidates (a local
IDF), (2) agreement of specifics (weekdays, months, years, magnitudes: a candidate writing
another value of the same kind pushed down), (3) the statement's key predicate near its
specifics in one sentence of the candidate.
"""

from __future__ import annotations

import functools
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from statistics import pstdev

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from suggestion_scoring import MIN_UNITS, Query, as_vector, evaluate  # noqa: E402

from workbench.core import claim_contrast as contrast  # noqa: E402
from workbench.core.claim_documents import document_words  # noqa: E402
from workbench.core.claim_matching import CANDIDATE_DOCUMENTS, THRESHOLD, WEIGHTS  # noqa: E402
from workbench.core.claim_terms import ClaimTerms, Term, claim_terms  # noqa: E402
from workbench.core.sentences import stem  # noqa: E402

DEPTH = 30
# The specifics compared, by kind: a candidate writing another value of a kind the
# reference writes, and none of the reference's, is pushed down.
KINDS = {
    "weekday": re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I),
    "month": re.compile(r"\b(?:january|february|march|april|june|july|august|september|"
                        r"october|november|december)\b", re.I),
    "year": re.compile(r"\b(?:19[5-9]\d|20[0-2]\d)\b"),
    "decimal": re.compile(r"\b\d{1,2}\.\d\b"),
}
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


def local_idf(pool: int, pull: float, names_only: bool = False) -> Variant:
    """(1) The statement's terms weighed by their IDF times log((n + 1) / (df + 1)) over
    the first ``pool`` candidates (a term every candidate writes weighs nothing); a
    candidate scores the weights of the terms it writes."""
    def variant(case: Case) -> list[int]:
        library, candidates = case.library, case.candidates[:pool]
        weights = {}
        for key, term in case.terms.terms.items():
            if names_only and not term.is_name:
                continue
            written = sum(library.writes(term, d) for d in candidates)
            weights[key] = case.terms.weights.get(key, 0.0) * math.log(
                (len(candidates) + 1) / (written + 1))
        return with_score(case, lambda d: sum(
            w for key, w in weights.items() if library.writes(case.terms.terms[key], d)), pull)
    return variant


def split_words(pool: int, pull: float, names_and_numbers: bool = False) -> Variant:
    """(1b) The statement's terms weighed by their IDF times 4 s (1 - s), s the share of the
    first ``pool`` candidates writing them: a term half the pool writes (one event's
    reports) splits it best; one every candidate or almost none writes, not at all."""
    def variant(case: Case) -> list[int]:
        library, candidates = case.library, case.candidates[:pool]
        weights = {}
        for key, term in case.terms.terms.items():
            if names_and_numbers and not (term.is_name or key in case.terms.numbers):
                continue
            share = sum(library.writes(term, d) for d in candidates) / max(len(candidates), 1)
            weights[key] = case.terms.weights.get(key, 0.0) * 4 * share * (1 - share)
        return with_score(case, lambda d: sum(
            w for key, w in weights.items() if library.writes(case.terms.terms[key], d)), pull)
    return variant


def values(kind: str, text: str) -> set[str]:
    """The values of one kind of specific a text writes, lowercased."""
    return {m.group().lower() for m in KINDS[kind].finditer(text)}


def agreement(case: Case, reference: dict[str, set[str]], characters: int | None
              ) -> Callable[[int], float]:
    """A candidate's score: +1 per kind where it writes one of the reference's values,
    -1 where it writes only other values of that kind (read in its lead or whole text)."""
    def score(doc: int) -> float:
        body = case.library.lead(doc, characters)
        total = 0
        for kind, wanted in reference.items():
            theirs = values(kind, body)
            total += 1 if wanted & theirs else -1 if theirs else 0
        return total
    return score


def specifics(pull: float, kinds: tuple[str, ...] = tuple(KINDS), characters: int | None = None
              ) -> Variant:
    """(2) Agreement of the statement's own specifics (``agreement``)."""
    def variant(case: Case) -> list[int]:
        reference = {k: v for k in kinds if (v := values(k, case.query.text))}
        if not reference:
            return shipped(case)
        return with_score(case, agreement(case, reference, characters), pull)
    return variant


def leaders_specifics(pull: float, leaders: int, shared: int = 1, characters: int = 300
                      ) -> Variant:
    """(2b) Agreement of the specifics the statement or at least ``shared`` of the first
    ``leaders`` candidates' leads write (a headline writes few of its own)."""
    def variant(case: Case) -> list[int]:
        reference = {}
        for kind in KINDS:
            counts = Counter(v for d in case.candidates[:leaders]
                             for v in values(kind, case.library.lead(d, characters)))
            found = values(kind, case.query.text) | {v for v, n in counts.items() if n >= shared}
            if found:
                reference[kind] = found
        if not reference:
            return shipped(case)
        return with_score(case, agreement(case, reference, characters), pull)
    return variant


def places(pull: float, characters: int | None = 400) -> Variant:
    """(2c) Agreement of places: the library's place names the statement writes against
    the places a candidate's title and lead mention (its whole text when ``characters``
    is None): +1 when it mentions one of the statement's, -1 when it mentions only others
    (another town)."""
    def variant(case: Case) -> list[int]:
        library = case.library
        text = case.query.text.lower()
        wanted = {n for n in library.place_names
                  if re.search(r"\b" + re.escape(n) + r"\b", text)}
        if not wanted:
            return shipped(case)

        def score(doc: int) -> float:
            theirs = library.places(doc, characters)
            return 1 if wanted & theirs else -1 if theirs else 0
        return with_score(case, score, pull)
    return variant


def predicate_scores(case: Case, least: int = 1) -> Callable[[int], float] | None:
    """(3) A candidate's score: the most of the statement's specifics (names, numbers,
    weekdays) one of its sentences writes beside the statement's key predicate (0 under
    ``least``); None when the statement has no predicate or no specific."""
    terms = case.terms
    specific = [t for t in terms.terms.values()
                if t.is_name or t.key in terms.numbers or KINDS["weekday"].search(t.key)]
    if not terms.predicate or not specific:
        return None
    wanted = {terms.predicate.lower(), stem(terms.predicate)}

    def score(doc: int) -> float:
        best = max((sum(bool(t.spellings & s or t.surfaces & s) for t in specific)
                    for s in case.library.sentences(doc) if wanted & s), default=0)
        return best if best >= least else 0
    return score


def predicate_near(pull: float, least: int = 1) -> Variant:
    """(3) ``predicate_scores`` as the extra score."""
    def variant(case: Case) -> list[int]:
        score = predicate_scores(case, least)
        return shipped(case) if score is None else with_score(case, score, pull)
    return variant


VARIANTS: dict[str, Variant] = {
    "local IDF over 20, pull 0.25": local_idf(20, 0.25),
    "local IDF over 20, pull 0.5": local_idf(20, 0.5),
    "local IDF over 20, pull 1": local_idf(20, 1.0),
    "local IDF over 20, pull -0.25": local_idf(20, -0.25),
    "local IDF over 30, pull 0.25": local_idf(30, 0.25),
    "local IDF over 30, pull 0.5": local_idf(30, 0.5),
    "local IDF of names over 30, pull 0.25": local_idf(30, 0.25, names_only=True),
    "split weight over 20, pull 0.25": split_words(20, 0.25),
    "split weight over 20, pull 0.5": split_words(20, 0.5),
    "split weight of names and numbers over 20, pull 0.5": split_words(20, 0.5, True),
    "specifics, whole text, pull 0.25": specifics(0.25),
    "specifics, whole text, pull 0.5": specifics(0.5),
    "specifics, whole text, pull 1": specifics(1.0),
    "specifics, lead 400, pull 0.5": specifics(0.5, characters=400),
    "weekdays, pull 0.5": specifics(0.5, kinds=("weekday",)),
    "magnitudes, pull 0.5": specifics(0.5, kinds=("decimal",)),
    "years and months, pull 0.5": specifics(0.5, kinds=("year", "month")),
    "first 2 leads' specifics, pull 0.5": leaders_specifics(0.5, 2),
    "first 3 leads' specifics, pull 0.5": leaders_specifics(0.5, 3),
    "2 of the first 5 leads' specifics, pull 0.5": leaders_specifics(0.5, 5, shared=2),
    "places, title and 400 characters, pull 0.25": places(0.25),
    "places, title and 400 characters, pull 0.5": places(0.5),
    "places, title and 200 characters, pull 0.5": places(0.5, 200),
    "places, whole text, pull 0.5": places(0.5, None),
    "predicate near specifics, pull 0.25": predicate_near(0.25),
    "predicate near specifics, pull 0.5": predicate_near(0.5),
    "predicate near 2 specifics, pull 0.5": predicate_near(0.5, 2),
}


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


def recall_changes(cases: list[Case], before: list[list[int]], after: list[list[int]]
                   ) -> tuple[int, int]:
    """How many statements' recall@10 rose and fell."""
    def recall(case: Case, ranking: list[int]) -> float:
        return len(case.query.relevant & set(ranking[:10])) / len(case.query.relevant)
    pairs = [(recall(c, b), recall(c, a)) for c, b, a in zip(cases, before, after, strict=True)]
    return sum(a > b for b, a in pairs), sum(a < b for b, a in pairs)


def asked(store, queries: list[Query], library: Library) -> list[Case]:
    """Every query asked once, 30 candidates deep, with what the contrast received."""
    from suggestion_queries import run_queries

    import workbench.store.suggestions as suggestions

    received: list[tuple[list[int], dict[int, int] | None]] = []
    shipped_order = suggestions.contrast_order

    def recorded(candidates, words, weight, numbers=None):
        received.append((list(candidates), numbers))
        return shipped_order(candidates, words, weight, numbers)

    suggestions.contrast_order = recorded
    cases = []
    try:
        for query in queries:
            received.clear()
            run_queries(store, [query], depth=DEPTH)
            if query.relevant:
                cases.append(Case(query, *(received[-1] if received else ([], None)), library))
    finally:
        suggestions.contrast_order = shipped_order
    return cases


def term_lift(cases: list[Case]) -> list[str]:
    """How often a candidate at places 6-20 writing one of the statement's terms is a true
    report, by the share of the first 20 candidates writing that term (fifths) and the
    term's kind: whether a term rare among the candidates marks the event (local IDF's
    premise). Statements with 20 candidates or more only."""
    found: Counter[tuple[str, int]] = Counter()
    true: Counter[tuple[str, int]] = Counter()
    base = [0, 0]
    for case in cases:
        pool = case.candidates[:contrast.DEPTH]
        if len(pool) < contrast.DEPTH:
            continue
        later = pool[contrast.LEADERS:]
        base[0] += sum(d in case.query.relevant for d in later)
        base[1] += len(later)
        for key, term in case.terms.terms.items():
            kind = "name" if term.is_name else "number" if key in case.terms.numbers else "word"
            share = sum(case.library.writes(term, d) for d in pool) / len(pool)
            fifth = min(int(share * 5), 4)
            for d in later:
                if case.library.writes(term, d):
                    for label in (kind, "any"):
                        found[label, fifth] += 1
                        true[label, fifth] += d in case.query.relevant
    lines = [f"  true reports among candidates 6-20: {base[0]} of {base[1]}"]
    for kind in ("any", "name", "number", "word"):
        lines.append(f"  writing a {kind} term, by the share of the first 20 writing it: "
                     + ", ".join(
            f"{fifth / 5:.1f}-{(fifth + 1) / 5:.1f}: {true[kind, fifth] / found[kind, fifth]:.2f}"
            f" of {found[kind, fifth]}" for fifth in range(5) if found[kind, fifth]))
    return lines


def report(name: str, cases: list[Case]) -> None:
    """Recall@10 / MRR as shipped and ranked only, for the shipped order and each variant."""
    def lists(variant: Variant, threshold: float) -> list[list[int]]:
        return [ranked(c, variant(c), threshold) if c.candidates else [] for c in cases]

    queries = [c.query for c in cases]
    base = lists(shipped, THRESHOLD)
    print(f"\n{name}:", *term_lift(cases), sep="\n")
    print("  recall@10 / MRR as shipped; ranking only; statements up / down:")
    for label, variant in {"shipped": shipped, **VARIANTS}.items():
        gated, only = lists(variant, THRESHOLD), lists(variant, -1.0)
        a, b = evaluate(queries, gated), evaluate(queries, only)
        up, down = recall_changes(cases, base, gated)
        print(f"  {label}: {a.recall10:.4f} / {a.mrr:.4f}; {b.recall10:.4f} / {b.mrr:.4f};"
              f" {up} / {down}", flush=True)


def main() -> None:
    """Ask the dev sets once and print every variant (see the module docstring)."""
    import eval_claim_suggestions as suggestions_eval

    from workbench.store import Store

    path, ids = suggestions_eval.build_library(True)
    sets = {"dev statements alone": [q for q in suggestions_eval.claims(ids) if q.split == "dev"],
            "dev ECB+ headlines": [q for q in suggestions_eval.headlines(ids) if q.split == "dev"]}
    with Store(path) as store:
        library = Library(store)
        for name, queries in sets.items():
            report(name, asked(store, queries, library))


if __name__ == "__main__":
    main()
