"""Where a statement alone's order loses true reports plain BM25 ranks: session 53's study.

Run ``PYTHONPATH=. .venv/bin/python tests/eval/suggestion_rank_study.py`` (development topics
only, never the held-out ones; a few minutes: every dev statement alone and dev ECB+ headline
is asked once, as ``eval_claim_suggestions.py --dev-only`` asks them, ranked without the gate).

It prints (1) how many dev statements have more true reports in plain BM25's first 10 than in
ours and fewer, and for the former whether the wrong documents in our first 10 are of the
claim's topic (its other event) or another topic; (2) recall@10 and MRR of both orders for the
statements that write what BM25 and our query might spell differently (a big or grouped
number, a weekday, a month date, any digit, a short acronym); (3) reciprocal-rank fusion of
our order with plain BM25's first 50 (``fused``), the first ``keep`` places kept. Why: on ECB+
dev the gap to +5 points over BM25 is in the order, and each of these was a suspected cause.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from suggestion_queries import bm25_baseline  # noqa: E402
from suggestion_scoring import Query, as_vector, evaluate, ranked_documents  # noqa: E402

from workbench.core.claim_matching import WEIGHTS  # noqa: E402

# Plain BM25's answers read for the fusion (ours reach 30 candidates).
BASELINE_DEPTH = 50
DEPTH = 30
# What a statement may write that two queries could read differently.
KINDS = {
    "a big or grouped number": re.compile(r"\d{1,3},\d{3}|\d{4,}|thousand|million|billion", re.I),
    "a weekday": re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I),
    "a month date": re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d",
                               re.I),
    "any digit": re.compile(r"\d"),
    "an acronym (2-4 capitals)": re.compile(r"\b[A-Z]{2,4}\b"),
}


def fused(ours: list[int], baseline: list[int], k: int, weight: float, keep: int) -> list[int]:
    """Our order after its first ``keep`` places re-ranked by reciprocal-rank fusion with
    plain BM25's (``weight`` times its 1 / (k + rank); a document BM25 did not return ranks
    after its ``BASELINE_DEPTH``)."""
    head, rest = ours[:keep], ours[keep:]
    place = {doc: index for index, doc in enumerate(baseline)}
    score = {doc: 1 / (k + keep + index + 1) + weight / (k + place.get(doc, BASELINE_DEPTH) + 1)
             for index, doc in enumerate(rest)}
    return head + sorted(rest, key=lambda doc: -score[doc])


def baseline_order(store, text: str, exclude: int) -> list[int]:
    """Plain FTS5 bm25() over every word of the statement, as the eval's baseline, deeper."""
    return bm25_baseline(store, text, exclude, depth=BASELINE_DEPTH)


def losses(queries: list[Query], ours: list[list[int]], topic: dict[int, int]) -> list[str]:
    """Statements with more true reports in BM25's first 10 than ours, and the wrong
    documents of our first 10 there, by topic."""
    worse = better = 0
    wrong: Counter[str] = Counter()
    for query, ranking in zip(queries, ours, strict=True):
        mine, theirs = ranking[:10], query.baseline[:10]
        found, baseline_found = len(query.relevant & set(mine)), len(query.relevant & set(theirs))
        better += found > baseline_found
        if found >= baseline_found:
            continue
        worse += 1
        own = topic[next(iter(query.relevant))]
        wrong.update("its topic" if topic[d] == own else "another topic"
                     for d in mine if d not in query.relevant)
    return [f"{worse} statements with more true reports in BM25's first 10, {better} fewer; "
            f"wrong documents in our first 10 there: {dict(wrong)}"]


def main() -> None:
    """Ask the dev sets once and print the study (see the module docstring)."""
    import ecbplus
    import eval_claim_suggestions as suggestions_eval
    from suggestion_queries import run_queries

    from workbench.store import Store

    path, ids = suggestions_eval.build_library(True)
    names = {d.name: d.topic for d in ecbplus.documents()}
    topic = {doc_id: names[name] for name, doc_id in ids.items()}
    sets = {"dev statements alone": [q for q in suggestions_eval.claims(ids) if q.split == "dev"],
            "dev ECB+ headlines": [q for q in suggestions_eval.headlines(ids) if q.split == "dev"]}
    weights = as_vector(WEIGHTS)
    with Store(path) as store:
        for queries in sets.values():
            run_queries(store, queries, depth=DEPTH)
            for query in queries:
                query.baseline = baseline_order(store, query.text, query.doc_id)
    for name, queries in sets.items():
        matched = [q for q in queries if q.relevant]
        ours = [ranked_documents(q, weights, -1.0) for q in matched]
        print(f"\n{name}, ranked without the gate:")
        print(*losses(matched, ours, topic), sep="\n")
        for kind, pattern in KINDS.items():
            part = [(q, r) for q, r in zip(matched, ours, strict=True) if pattern.search(q.text)]
            if part:
                mine = evaluate([q for q, _ in part], [r for _, r in part])
                plain = evaluate([q for q, _ in part], [q.baseline[:10] for q, _ in part])
                print(f"  writes {kind}: {len(part)}; ours {mine.recall10:.3f} / {mine.mrr:.3f},"
                      f" BM25 {plain.recall10:.3f} / {plain.mrr:.3f}")
        base = evaluate(matched, ours)
        print(f"  order: recall@10 {base.recall10:.4f}, MRR {base.mrr:.4f}; fused with BM25:")
        for keep in (0, 1, 5):
            for k in (5, 20, 60):
                for weight in (0.25, 0.5, 1.0):
                    got = evaluate(matched, [fused(r, q.baseline, k, weight, keep)
                                             for q, r in zip(matched, ours, strict=True)])
                    print(f"    keep {keep}, k {k}, weight {weight}: "
                          f"{got.recall10:.4f} / {got.mrr:.4f}")


if __name__ == "__main__":
    main()
