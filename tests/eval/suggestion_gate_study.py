"""Why the suggestion gate silences a statement that has a match: session 52's study, rerunnable.

Run ``PYTHONPATH=. .venv/bin/python tests/eval/suggestion_gate_study.py`` (development topics
only, never the held-out ones; several minutes: every dev statement alone, dev ECB+ headline
and no-match statement is asked once, as ``eval_claim_suggestions.py --dev-only`` asks them).

It prints each dev statement alone that the shipped gate answers "No likely matches" though
it has a true report, with its kind (``silence_kind``: does it name anyone, is it long) and
its best candidate sentence; then, for every set, the statements in the band of evidence
just under the threshold (``BAND_LOW`` up to it), how many of them name nobody and how many
have plain BM25's first answer as the first document we list (``first_agrees``). A rule
beside the weighted sum needs evidence the silenced matches have and the no-match statements
of that band lack; on ECB+ dev no count told them apart (docs/quality-suggestions.md).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import numpy as np  # noqa: E402
from suggestion_scoring import Query, as_vector, ranked_documents, top_score  # noqa: E402

from workbench.core.claim_matching import MIN_UNITS, MatchQuery, evidence_gate  # noqa: E402
from workbench.core.claim_terms import ClaimTerms, claim_terms  # noqa: E402

# The bottom of the band of evidence studied: the silenced dev matches all score above it.
BAND_LOW = 0.10
# Terms from which a statement counts as long: its best sentence holds a small share of it.
LONG_CLAIM = 15


def silence_kind(terms: ClaimTerms) -> str:
    """What a statement offers beyond its words: names, else length. Why these kinds: a
    statement naming someone can be told apart by a document writing those names; one
    naming nobody only by its words, which a long statement spreads over many sentences."""
    if any(term.is_name for term in terms.terms.values()):
        return "names someone"
    return "long, names nobody" if len(terms.terms) >= LONG_CLAIM else "names nobody"


def first_agrees(query: Query, weights: np.ndarray) -> bool:
    """Whether plain BM25's first answer is the first document the suggestions list
    (ranked without the gate): the two rankings agreeing on the top document."""
    ours = ranked_documents(query, weights, -1.0)
    return bool(query.baseline) and ours[:1] == query.baseline[:1]


def in_band(queries: list[Query], weights: np.ndarray, threshold: float) -> list[Query]:
    """The statements whose best evidence is in the band under the threshold."""
    return [q for q in queries if BAND_LOW <= top_score(q, weights) < threshold]


def band_line(name: str, queries: list[Query], kinds: dict[str, str], weights: np.ndarray,
              threshold: float) -> str:
    """One set's band: its size, kinds and agreement with plain BM25's first answer."""
    band = in_band(queries, weights, threshold)
    counted = Counter(kinds[q.text] for q in band)
    agree = sum(first_agrees(q, weights) for q in band)
    kinds_seen = ", ".join(f"{kind} {count}" for kind, count in sorted(counted.items()))
    return f"{name}: {len(band)} in the band ({kinds_seen}); BM25's first answer first: {agree}"


def _best_sentence(query: Query, weights: np.ndarray) -> str:
    """The best candidate statement's evidence and whether its document is a true report."""
    scores = np.where(query.units >= MIN_UNITS, query.features @ weights, -1.0)
    if not len(scores):
        return "no candidate"
    index = int(scores.argmax())
    true = int(query.doc_ids[index]) in query.relevant
    return f"evidence {scores[index]:.3f}, {'a true report' if true else 'another event'}"


def main() -> None:
    """Ask the dev sets once and print the study (see the module docstring)."""
    import eval_claim_suggestions as suggestions_eval
    from suggestion_no_match import no_match_sets
    from suggestion_queries import run_queries

    from workbench.store import Store

    path, ids = suggestions_eval.build_library(True)
    statements = [q for q in suggestions_eval.claims(ids) if q.split == "dev"]
    heads = [q for q in suggestions_eval.headlines(ids) if q.split == "dev"]
    sets = {"dev statements alone with a match": [q for q in statements if q.relevant],
            "dev statements alone without": [q for q in statements if not q.relevant],
            "dev ECB+ headlines without": [q for q in heads if not q.relevant],
            **no_match_sets(suggestions_eval.NO_MATCH_EVERY)}
    weights, threshold = evidence_gate(MatchQuery(statements[0].text))
    vector = as_vector(weights)
    kinds: dict[str, str] = {}
    with Store(path) as store:
        total = int(store.db.execute("SELECT count(*) FROM documents").fetchone()[0])
        for queries in sets.values():
            run_queries(store, queries)
            for query in queries:
                terms = claim_terms(query.text,
                                    lambda w: store.suggestions.reads.word_weight(total, w))
                kinds[query.text] = silence_kind(terms)
    matched = sets["dev statements alone with a match"]
    silenced = [q for q in matched if not ranked_documents(q, vector, threshold)]
    print(f"{len(silenced)} of {len(matched)} dev statements alone with a match are silenced:")
    for query in sorted(silenced, key=lambda q: (kinds[q.text], -top_score(q, vector))):
        print(f"- [{kinds[query.text]}] {query.text[:90]!r}: {_best_sentence(query, vector)}")
    print(f"\nIn the band {BAND_LOW} up to the threshold {threshold}:")
    for name, queries in sets.items():
        print(band_line(name, queries, kinds, vector, threshold))


if __name__ == "__main__":
    main()
