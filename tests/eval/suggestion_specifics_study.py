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

import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from suggestion_replay import Case, Library, Variant, ranked, shipped, with_score  # noqa: E402
from suggestion_scoring import Query, evaluate  # noqa: E402

from workbench.core import claim_contrast as contrast  # noqa: E402
from workbench.core.claim_matching import THRESHOLD  # noqa: E402
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


def without_own_specifics(inner: Variant) -> Variant:
    """``inner`` for statements that write no specific of their own, else the shipped order
    (a headline-like statement, whose leads' specifics are all there is to go by)."""
    def variant(case: Case) -> list[int]:
        if any(values(kind, case.query.text) for kind in KINDS):
            return shipped(case)
        return inner(case)
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
    "2 of the first 5 leads' specifics, pull 0.25": leaders_specifics(0.25, 5, shared=2),
    "the same, only for statements writing none": without_own_specifics(
        leaders_specifics(0.25, 5, shared=2)),
    "places, title and 400 characters, pull 0.25": places(0.25),
    "places, title and 400 characters, pull 0.5": places(0.5),
    "places, title and 200 characters, pull 0.5": places(0.5, 200),
    "places, whole text, pull 0.5": places(0.5, None),
    "predicate near specifics, pull 0.25": predicate_near(0.25),
    "predicate near specifics, pull 0.5": predicate_near(0.5),
    "predicate near 2 specifics, pull 0.5": predicate_near(0.5, 2),
}


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

    from workbench.core import claim_contrast as suggestions  # the store asks it by module

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
