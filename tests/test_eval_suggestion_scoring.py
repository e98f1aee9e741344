"""The suggestion eval's scoring (tests/eval/suggestion_scoring.py): MRR and its gap to BM25.

Why tested though the app does not ship it: docs/quality-suggestions.md explains the
MRR lost to plain BM25 by these numbers, so they must add up to the MRR they explain.
The claims are made up for this test: document ids and features only.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from workbench.core.claim_matching import FEATURES

_PATH = Path(__file__).resolve().parent / "eval" / "suggestion_scoring.py"
_SPEC = importlib.util.spec_from_file_location("suggestion_scoring", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
scoring = importlib.util.module_from_spec(_SPEC)
sys.modules["suggestion_scoring"] = scoring  # its dataclasses look their module up
_SPEC.loader.exec_module(scoring)

WEIGHTS = np.array([1.0 if name == "bm25" else 0.0 for name in FEATURES])


def _claim(relevant: set[int], baseline: list[int], candidates: list[tuple[int, float]]
           ) -> scoring.Query:
    """A claim whose candidate documents (in candidate order) have one statement each,
    with enough evidence, scored by its ``bm25`` feature alone."""
    features = np.zeros((len(candidates), len(FEATURES)))
    features[:, FEATURES.index("bm25")] = [score for _, score in candidates]
    return scoring.Query(
        "A claim.", 0, frozenset(relevant), "dev", baseline=baseline,
        doc_ids=np.array([d for d, _ in candidates], dtype=np.int64), features=features,
        positions=np.arange(len(candidates)), units=np.full(len(candidates), 3.0),
        listable=np.ones(len(candidates), dtype=bool))


def test_mrr_gap_splits_silence_from_order() -> None:
    claims = [
        _claim({1}, [1, 2], [(2, 0.9), (1, 0.9)]),  # ranked lower: 1 -> 1/2
        _claim({3}, [4, 3], [(3, 0.9)]),  # ranked higher: 1/2 -> 1
        _claim({5}, [5], [(5, 0.1)]),  # silenced by the threshold: BM25's 1 is lost
        _claim(set(), [6], [(6, 0.9)]),  # no match: not in the MRR at all
    ]
    gap = scoring.mrr_gap(claims, WEIGHTS, 0.5)
    assert gap.ranked_lower == pytest.approx(0.5 / 3)
    assert gap.ranked_higher == pytest.approx(0.5 / 3)
    assert gap.silenced == pytest.approx(1 / 3)
    assert gap.first_true == pytest.approx(1 / 3)
    assert gap.baseline_first_true == pytest.approx(2 / 3)
    shipped = scoring.system_metrics(claims, WEIGHTS, 0.5).mrr
    assert gap.net == pytest.approx(shipped - scoring.baseline_metrics(claims).mrr)


def test_reciprocal_rank_counts_only_the_first_ten() -> None:
    assert scoring.reciprocal_rank([9, 8, 7], frozenset({7})) == pytest.approx(1 / 3)
    assert scoring.reciprocal_rank(list(range(20, 31)), frozenset({30})) == 0.0
    assert scoring.reciprocal_rank([], frozenset({1})) == 0.0


def test_the_false_rate_bound_is_clopper_pearson() -> None:
    """Checked against the closed forms: none of n seen -> 1 - 0.05 ** (1 / n); all -> 1."""
    assert scoring.false_rate_bound(0, 10) == pytest.approx(1 - 0.05 ** (1 / 10), abs=1e-9)
    assert scoring.false_rate_bound(10, 10) == 1.0
    # 10 of 144 (6.9%) may well be 11% on unseen claims: its bound is above 10%.
    assert 0.10 < scoring.false_rate_bound(10, 144) < 0.12
    assert scoring.false_rate_bound(5, 200) < scoring.false_rate_bound(5, 100)


def test_fewer_may_pass_than_the_allowed_rate_of_a_small_set() -> None:
    assert scoring.allowed_through(144, 0.10) == 8
    assert scoring.allowed_through(10, 0.10) == 0
    large = scoring.allowed_through(2000, 0.10)
    assert 0.08 < large / 2000 < 0.10


def _unmatched(top: float) -> scoring.Query:
    return _claim(set(), [1], [(1, top)])


def test_the_threshold_keeps_every_set_within_the_bound() -> None:
    """An easy set (low scores) must not lower the threshold a hard set needs."""
    hard = [_unmatched(0.5 + i / 1000) for i in range(100)]
    easy = [_unmatched(0.1) for _ in range(900)]
    alone = scoring.calibrate([hard], WEIGHTS, 0.10)
    assert scoring.calibrate([hard, easy], WEIGHTS, 0.10) == alone
    through = scoring.system_metrics(hard, WEIGHTS, alone).false_rate * len(hard)
    assert round(through) == scoring.allowed_through(len(hard), 0.10)
    assert scoring.calibrate([[*hard, *easy]], WEIGHTS, 0.10) < alone


def test_reachable_counts_listable_true_reports_read_at_most_ten() -> None:
    """The pool's reach: true reports among the listable candidates, ten at most per claim,
    whatever their order; claims with no match are not counted."""
    twelve_true = _claim(set(range(1, 13)), [], [(d, 0.5) for d in range(1, 13)])
    one_of_two = _claim({7, 8}, [], [(1, 0.9), (8, 0.1)])
    not_listable = _claim({5}, [], [(5, 0.9)])
    not_listable.listable = np.zeros(1, dtype=bool)
    no_match = _claim(set(), [], [(3, 0.9)])
    reach = scoring.reachable_in_candidates([twelve_true, one_of_two, not_listable, no_match])
    assert reach == pytest.approx((10 / 12 + 1 / 2 + 0) / 3)
    assert scoring.reachable_in_candidates([no_match]) == 0.0
