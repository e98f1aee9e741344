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
