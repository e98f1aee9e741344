"""The rank study's fusion and loss counts (tests/eval/suggestion_rank_study.py).

Why tested though the app does not ship it: docs/quality-suggestions.md reports reciprocal-rank
fusion with plain BM25 and the statements BM25 ranks better from these functions, so each must
do what the doc says. The rankings are made up for this test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parent / "eval" / "suggestion_rank_study.py"
_SPEC = importlib.util.spec_from_file_location("suggestion_rank_study", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
study = importlib.util.module_from_spec(_SPEC)
sys.modules["suggestion_rank_study"] = study
_SPEC.loader.exec_module(study)
scoring = sys.modules["suggestion_scoring"]


def test_fusion_keeps_the_first_places_and_lifts_what_bm25_ranks_first():
    ours = [1, 2, 3, 4, 5]
    assert study.fused(ours, [5, 4], k=1, weight=1.0, keep=1) == [1, 5, 4, 2, 3]


def test_fusion_with_no_weight_is_our_order():
    assert study.fused([3, 1, 2], [2, 1, 3], k=60, weight=0.0, keep=0) == [3, 1, 2]


def test_a_document_bm25_did_not_return_ranks_after_those_it_did():
    assert study.fused([7, 8], [8], k=60, weight=1.0, keep=0) == [8, 7]


def test_losses_count_statements_bm25_ranks_better_and_our_wrong_documents_by_topic():
    query = scoring.Query("a statement", 0, frozenset({1, 2}), "dev", baseline=[1, 2, 9])
    topic = {1: 3, 2: 3, 8: 3, 9: 5, 6: 7}
    line, = study.losses([query], [[1, 8, 6, 2]], topic)
    assert line.startswith("0 statements")
    worse, = study.losses([query], [[1, 8, 6]], topic)
    assert worse.startswith("1 statements") and "'its topic': 1" in worse
    assert "'another topic': 1" in worse
