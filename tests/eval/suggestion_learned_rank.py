"""A re-ranker learned from the dev topics, cross-validated by leaving topics out: session
55's study (issue 16).

Run ``PYTHONPATH=. .venv/bin/python tests/eval/suggestion_learned_rank.py`` (development
topics only; the first run asks every dev statement alone and ECB+ headline 30 candidates
deep, ``suggestion_learned_features``, and caches the table; a pairwise fit takes seconds,
coordinate ascent minutes, every setting about a quarter of an hour on this machine).

The model is linear: a candidate's score is ``w . z``, ``z`` its features
(``suggestion_learned_features.COLUMNS``) standardised with the training rows' mean and
spread; ``w`` is fitted by pairwise logistic regression (RankNet with a linear scorer,
L2 penalty, Newton's method: deterministic, no random start) on every pair of a true
report and another document of one statement among the candidates it may move, each
statement's pairs weighing 1 in all (a statement with many pairs does not outweigh one
with few). Candidates at places ``keep`` to ``depth`` of the shipped order are re-ordered
by it; the first ``keep`` stay (MRR rests on them), as the contrast's leaders do. Each fold
of topics is scored by a model fitted on the other folds' statements only; its statements
and headlines are then ranked, gated and listed as the eval does (``suggestion_replay
.ranked``: the 12 first candidates read), and the folds' lists are scored together.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from suggestion_learned_features import COLUMNS, Row  # noqa: E402
from suggestion_replay import ranked  # noqa: E402
from suggestion_scoring import evaluate  # noqa: E402

from workbench.core.claim_matching import THRESHOLD  # noqa: E402

# The features a model weighs: all but the two a statement alone never has.
MODEL_COLUMNS = tuple(i for i, c in enumerate(COLUMNS) if c not in ("speaker", "recency"))
NEWTON_STEPS = 25
# Coordinate ascent's moves of one weight (standardised features; the place spans 1).
STEPS = (-0.2, -0.1, -0.05, -0.02, 0.02, 0.05, 0.1, 0.2)
ROUNDS = 4


@dataclass(frozen=True)
class Setting:
    """How a model is fitted and used: candidates ``keep`` to ``depth`` re-ordered; ``l2``;
    ``offset``: the score adds to the shipped place (minus the place over the block's length,
    as the contrast's keys), so the model learns a correction and L2 pulls it to the shipped
    order; ``per_query``: features standardised within each statement's block, not over the
    training rows; ``boundary``: only pairs with one document before place 10 and the
    other after it, whichever is true (the swaps recall@10 turns on, as LambdaRank weighs
    them); ``ascent``: coordinate ascent on the
    training statements' recall@10 instead of the pairwise loss."""

    keep: int = 5
    depth: int = 20
    l2: float = 1.0
    offset: bool = False
    per_query: bool = False
    boundary: bool = False
    ascent: bool = False


Model = tuple[np.ndarray, np.ndarray, np.ndarray]


def block(row: Row, setting: Setting, model: Model | None = None) -> np.ndarray:
    """The re-orderable candidates' features, standardised (by ``model``'s scaling or within
    the block when ``per_query``)."""
    found = row.table[setting.keep:setting.depth]
    if setting.per_query:
        spread = found.std(axis=0)
        return np.where(spread > 0, (found - found.mean(axis=0)) / np.where(
            spread > 0, spread, 1.0), 0.0)
    assert model is not None
    return (found - model[1]) / model[2]


def places(count: int) -> np.ndarray:
    """Each place of a block of ``count`` over the block's length (0 to under 1)."""
    return np.arange(count) / max(count, 1)


def pairs(rows: list[Row], setting: Setting, model: Model
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each (true report - other document) feature difference, its place difference (the
    offset's margin: positive when the true report comes first) and its weight (1 / the
    statement's pairs)."""
    differences, margins, weights = [], [], []
    for row in rows:
        z = block(row, setting, model)
        true = np.array([d in row.query.relevant
                         for d in row.order[setting.keep:setting.depth]], dtype=bool)
        first, second = np.flatnonzero(true), np.flatnonzero(~true)
        if not len(first) or not len(second):
            continue
        found = (z[first][:, None, :] - z[second][None, :, :]).reshape(-1, z.shape[1])
        place = places(len(z))
        margin = (place[second][None, :] - place[first][:, None]).reshape(-1)
        if setting.boundary:
            cut = 10 - setting.keep
            straddle = ((first[:, None] < cut) != (second[None, :] < cut)).reshape(-1)
            found, margin = found[straddle], margin[straddle]
            if not len(found):
                continue
        differences.append(found)
        margins.append(margin)
        weights.append(np.full(len(found), 1 / len(found)))
    return np.vstack(differences), np.concatenate(margins), np.concatenate(weights)


def scaling(rows: list[Row]) -> tuple[np.ndarray, np.ndarray]:
    """The training rows' feature mean and spread (1 where a feature never varies)."""
    stacked = np.vstack([row.table for row in rows if len(row.table)])
    spread = stacked.std(axis=0)
    return stacked.mean(axis=0), np.where(spread > 0, spread, 1.0)


def fit(rows: list[Row], setting: Setting, columns: tuple[int, ...] = MODEL_COLUMNS) -> Model:
    """Weights of the standardised features (zero outside ``columns``) and the scaling:
    pairwise logistic regression by Newton's method, or ``ascend``."""
    mean, spread = scaling(rows)
    if setting.ascent:
        return ascend(rows, setting, (np.zeros(len(COLUMNS)), mean, spread), columns)
    chosen = np.array(columns)
    differences, margins, weights = pairs(rows, setting, (np.zeros(0), mean, spread))
    x, offset = differences[:, chosen], margins if setting.offset else 0.0
    w = np.zeros(len(chosen))
    for _ in range(NEWTON_STEPS):
        p = 1 / (1 + np.exp(x @ w + offset))  # the chance the pair is ranked wrong
        gradient = -(x * (weights * p)[:, None]).sum(axis=0) + 2 * setting.l2 * w
        hessian = (x * (weights * p * (1 - p))[:, None]).T @ x + 2 * setting.l2 * np.eye(len(w))
        w = w - np.linalg.solve(hessian, gradient)
    full = np.zeros(len(COLUMNS))
    full[chosen] = w
    return full, mean, spread


def keys(row: Row, model: Model, setting: Setting) -> np.ndarray:
    """The re-orderable candidates' scores (higher first)."""
    z = block(row, setting, model)
    return z @ model[0] - (places(len(z)) if setting.offset or setting.ascent else 0.0)


def reordered(row: Row, model: Model, setting: Setting) -> list[int]:
    """The shipped order with places ``keep`` to ``depth`` re-ordered by the model's score
    (ties keep their place)."""
    found = keys(row, model, setting)
    if len(found) < 2:
        return row.order
    moved = sorted(range(len(found)), key=lambda i: (-found[i], i))
    keep = setting.keep
    return row.order[:keep] + [row.order[keep + i] for i in moved] + row.order[keep + len(
        found):]


def recall_at_10(row: Row, model: Model, setting: Setting) -> float:
    """Recall@10 of the model's order as ranking only lists it (the first 12 read, the
    listable ones, the first 10 of those), without asking ``ranked``: ascent's objective."""
    order = np.argsort(-keys(row, model, setting), kind="stable") + setting.keep
    read = np.concatenate([np.arange(min(setting.keep, len(row.order))), order])[:12]
    listable = row.table[read, COLUMNS.index("listable")] > 0
    found = [row.order[i] for i in read[listable][:10]]
    return len(row.query.relevant & set(found)) / max(len(row.query.relevant), 1)


def ascend(rows: list[Row], setting: Setting, model: Model, columns: tuple[int, ...]) -> Model:
    """Coordinate ascent on the training statements' recall@10 (``recall_at_10``): each
    column's weight in turn moved by each of ``STEPS`` while that gains, ``ROUNDS`` times,
    from all weights 0 (the shipped order). Deterministic."""
    w, mean, spread = model
    used = [r for r in rows if len(r.table) > setting.keep + 1]

    def total(weights: np.ndarray) -> float:
        return sum(recall_at_10(r, (weights, mean, spread), setting) for r in used)
    best = total(w)
    for _ in range(ROUNDS):
        improved = False
        for column in columns:
            for step in STEPS:
                trial = w.copy()
                trial[column] += step
                found = total(trial)
                if found > best + 1e-9:
                    w, best, improved = trial, found, True
        if not improved:
            break
    return w, mean, spread


def listed(row: Row, order: list[int], threshold: float) -> list[int]:
    """The documents the eval lists for ``order`` (``suggestion_replay.ranked``)."""
    return ranked(SimpleNamespace(query=row.query), order, threshold) if order else []


def folds(rows: list[Row], count: int) -> list[set[int]]:
    """The dev topics in ``count`` folds, dealt in topic order (0: one fold per topic)."""
    topics = sorted({row.topic for row in rows})
    count = count or len(topics)
    return [set(topics[i::count]) for i in range(count)]


def cross_validated(statements: list[Row], headlines: list[Row], count: int, setting: Setting
                    ) -> dict[str, tuple[float, float, float, float]]:
    """Recall@10 / MRR as shipped and ranked only, each fold ranked by a model fitted on
    the other folds' statements: for statements alone and headlines."""
    orders: dict[int, list[int]] = {}
    for fold in folds(statements, count):
        model = fit([r for r in statements if r.topic not in fold], setting)
        for row in statements + headlines:
            if row.topic in fold:
                orders[id(row)] = reordered(row, model, setting)
    return {name: scored(rows, [orders[id(r)] for r in rows])
            for name, rows in (("statements", statements), ("headlines", headlines))}


def scored(rows: list[Row], orders: list[list[int]]) -> tuple[float, float, float, float]:
    """Recall@10 and MRR as shipped (gated) and ranked only."""
    queries = [r.query for r in rows]
    gated = evaluate(queries, [listed(r, o, THRESHOLD) for r, o in zip(rows, orders,
                                                                     strict=True)])
    only = evaluate(queries, [listed(r, o, -1.0) for r, o in zip(rows, orders, strict=True)])
    return gated.recall10, gated.mrr, only.recall10, only.mrr


SETTINGS = {
    "pairwise, keep 5, depth 12": Setting(depth=12),
    "pairwise, keep 5, depth 20, L2 0.01": Setting(l2=0.01),
    "pairwise, keep 5, depth 20": Setting(),
    "pairwise, keep 5, depth 30": Setting(depth=30),
    "pairwise, keep 1, depth 20": Setting(keep=1),
    "pairwise, keep 0, depth 20": Setting(keep=0),
    "pairwise, per statement, depth 20": Setting(per_query=True),
    "pairwise, per statement, depth 15": Setting(depth=15, per_query=True),
    "pairwise across place 10, depth 20": Setting(boundary=True),
    "offset, across place 10, depth 20": Setting(boundary=True, offset=True),
    "offset, depth 12": Setting(depth=12, offset=True),
    "offset, depth 20": Setting(offset=True),
    "offset, depth 20, L2 10": Setting(offset=True, l2=10.0),
    "offset, depth 30": Setting(depth=30, offset=True),
    "ascent, depth 20": Setting(ascent=True),
    "ascent, depth 30": Setting(depth=30, ascent=True),
}


def main() -> None:
    """Print the shipped order's figures, each setting's fitted on every dev statement (in
    sample) and cross-validated, one fold per topic and six folds."""
    from suggestion_learned_features import dev_tables

    tables = dev_tables()
    statements, headlines = tables["statements"], tables["headlines"]
    print(f"{len(statements)} statements, {len(headlines)} headlines,"
          f" {len({r.topic for r in statements})} topics;"
          " recall@10 / MRR as shipped (ranking only)")
    for name, rows in (("statements", statements), ("headlines", headlines)):
        print(f"shipped {name}: %.4f / %.4f (%.4f / %.4f)" % scored(rows, [r.order for r in rows]))
    for label, setting in SETTINGS.items():
        model = fit(statements, setting)
        inside = scored(statements, [reordered(r, model, setting) for r in statements])
        print(f"{label}: in sample %.4f / %.4f (%.4f / %.4f)" % inside)
        for count in (0, 6):
            found = cross_validated(statements, headlines, count, setting)
            print(f"  folds {count or 'by topic'}: " + "; ".join(
                f"{n} %.4f / %.4f (%.4f / %.4f)" % v for n, v in found.items()), flush=True)


if __name__ == "__main__":
    main()
