"""The feature table of session 55's learned re-ranker: every dev statement alone (and dev
ECB+ headline) against the first 30 candidates of the shipped order.

Why apart from the model (``suggestion_learned_rank``): asking the queries takes minutes,
fitting takes seconds; the table is asked once and cached beside the eval library (the
cache's name carries the analysis version, as the library's does). Development topics
only: ``suggestion_specifics_study.asked`` asks what ``eval_claim_suggestions.py
--dev-only`` asks, 30 candidates deep.

Each row is one (query, candidate) at shipped place ``p`` (0-29) with what the ranker
already computes or reads cheaply: its place (log, reciprocal) and its place in the
names query's order before the contrast; the contrast's event-word score and the count
of the claim's numbers it writes; its best statement's evidence and each feature's best
value over its statements, the most pieces of evidence, whether it is listable; plain
bm25()'s rank and score (every word of the statement OR-ed, as the eval's baseline) over
the first 50, the score as a share of the best; the share of the statement's IDF mass its
title writes; and how much of the rare words (IDF >= 4.5) two of the first three
candidates share it writes (the leaders' agreement, each leader against the other two).
"""

from __future__ import annotations

import math
import pickle
from dataclasses import dataclass, field

import numpy as np
from suggestion_replay import Case, Library, shipped
from suggestion_scoring import Query, as_vector

from workbench.core import claim_contrast as contrast
from workbench.core.claim_documents import document_words
from workbench.core.claim_matching import FEATURES, WEIGHTS
from workbench.nlp.pipeline import ANALYSIS_VERSION

DEPTH = 30
BASELINE_DEPTH = 50
# The statement features read per document (their best value over its statements).
READ_FEATURES = tuple(f for f in FEATURES if f != "context")
COLUMNS = ("log place", "1 / place", "log names place", "event words", "numbers written",
           "evidence", *READ_FEATURES, "pieces", "listable", "has statement",
           "log bm25 rank", "1 / bm25 rank", "bm25 score share", "title share",
           "leaders' words")


@dataclass
class Row:
    """One asked query: what the eval scores it with and its candidates' features."""

    query: Query
    topic: int
    order: list[int]
    table: np.ndarray = field(default_factory=lambda: np.zeros((0, len(COLUMNS))))


def plain_bm25(store, text: str, exclude: int) -> dict[int, tuple[int, float]]:
    """Plain bm25() over every word of the statement (the eval's baseline query): each of
    the first ``BASELINE_DEPTH`` documents' rank and score (higher better)."""
    from suggestion_queries import word_spans

    words = sorted({w for _, _, w in word_spans(text)})
    if not words:
        return {}
    query = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
    rows = store.db.execute(
        "SELECT rowid, bm25(documents_fts) FROM documents_fts WHERE documents_fts MATCH ?"
        " ORDER BY bm25(documents_fts) LIMIT ?", [query, BASELINE_DEPTH + 1]).fetchall()
    kept = [(int(r), -float(s)) for r, s in rows if int(r) != exclude][:BASELINE_DEPTH]
    return {d: (rank, score) for rank, (d, score) in enumerate(kept)}


def table(case: Case, order: list[int], baseline: dict[int, tuple[int, float]]) -> np.ndarray:
    """The feature rows of the first ``DEPTH`` documents of ``order`` (``COLUMNS``)."""
    library, query = case.library, case.query
    head = order[:DEPTH]
    names_place = {d: i for i, d in enumerate(case.candidates)}
    marks = contrast.event_words([library.words(d) for d in case.candidates[:contrast.DEPTH]],
                                 library.rare_weight) if len(case.candidates) > 6 else {}
    evidence = query.features @ as_vector(WEIGHTS) if len(query.doc_ids) else np.zeros(0)
    best_score = max((s for _, s in baseline.values()), default=1.0) or 1.0
    mass = sum(case.terms.weights.values()) or 1.0
    title_words = {d: document_words(library.texts[d][0], "") for d in head}
    leaders = head[:3]
    shared = _leaders_words(library, leaders)
    rows = []
    for place, doc in enumerate(head):
        mine = query.doc_ids == doc
        read = query.features[mine] if mine.any() else np.zeros((1, len(FEATURES)))
        rank, score = baseline.get(doc, (BASELINE_DEPTH, 0.0))
        title = sum(w for key, w in case.terms.weights.items()
                    if case.terms.terms[key].surfaces & title_words[doc])
        agreement = shared.get(doc, shared.get(None, {}))
        rows.append([
            math.log1p(place), 1 / (place + 1), math.log1p(names_place.get(doc, DEPTH)),
            contrast._written(marks, library.words(doc)), case.numbers.get(doc, 0),
            float(evidence[mine].max()) if mine.any() else 0.0,
            *[float(read[:, FEATURES.index(f)].max()) for f in READ_FEATURES],
            float(query.units[mine].max()) if mine.any() else 0.0,
            float(query.listable[mine].any()), float(mine.any()),
            math.log1p(rank), 1 / (rank + 1), score / best_score, title / mass,
            _share(agreement, library.words(doc))])
    return np.array(rows, dtype=float).reshape(len(rows), len(COLUMNS))


def _leaders_words(library: Library, leaders: list[int]) -> dict[int | None, dict[str, float]]:
    """The rare words (IDF >= ``contrast.MIN_IDF``, weighed by it) two of ``leaders`` write:
    for a leader, those both others write; for any other candidate (key None), two of three."""
    def rare(words: set[str]) -> dict[str, float]:
        weights = {w: library.rare_weight(w) for w in sorted(words)}
        return {w: x for w, x in weights.items() if x >= contrast.MIN_IDF}
    sets = [library.words(d) for d in leaders]
    found: dict[int | None, dict[str, float]] = {}
    if len(sets) == 3:
        found[None] = rare((sets[0] & sets[1]) | (sets[0] & sets[2]) | (sets[1] & sets[2]))
        for i, d in enumerate(leaders):
            others = [s for j, s in enumerate(sets) if j != i]
            found[d] = {w: x for w, x in found[None].items() if w in others[0] & others[1]}
    return found


def _share(weights: dict[str, float], words: frozenset[str]) -> float:
    """The share of ``weights``' mass among ``words`` (0 when there is none)."""
    total = sum(weights.values())
    return sum(x for w, x in weights.items() if w in words) / total if total else 0.0


def collect(store, queries: list[Query], topics: dict[int, int], library: Library
            ) -> list[Row]:
    """Every query with a match asked once (``asked``), with its feature table."""
    from suggestion_specifics_study import asked

    rows = []
    for case in asked(store, queries, library):
        order = shipped(case) if case.candidates else []
        baseline = plain_bm25(store, case.query.text, case.query.doc_id)
        rows.append(Row(case.query, topics.get(case.query.doc_id, -1), order,
                        table(case, order, baseline)))
    return rows


def dev_tables(refresh: bool = False) -> dict[str, list[Row]]:
    """The dev statements alone and dev ECB+ headlines, asked or read from the cache."""
    import ecbplus
    import eval_claim_suggestions as suggestions_eval

    from workbench.store import Store

    path = suggestions_eval.CACHE / f"learned-rank-dev-v{ANALYSIS_VERSION}.pkl"
    if path.exists() and not refresh:
        return pickle.loads(path.read_bytes())
    library_path, ids = suggestions_eval.build_library(True)
    topics = {ids[d.name]: d.topic for d in ecbplus.documents() if d.name in ids}
    sets = {"statements": [q for q in suggestions_eval.claims(ids) if q.split == "dev"],
            "headlines": [q for q in suggestions_eval.headlines(ids) if q.split == "dev"]}
    with Store(library_path) as store:
        library = Library(store)
        tables = {name: collect(store, queries, topics, library)
                  for name, queries in sets.items()}
    path.write_bytes(pickle.dumps(tables))
    return tables
