"""The gate study's counts (tests/eval/suggestion_gate_study.py): kinds and agreement.

Why tested though the app does not ship it: docs/quality-suggestions.md sorts the silenced
matches by these kinds and compares the two sides of the gate by this agreement, so each
must say what the doc says it does. The statements and rankings are made up for this test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np

from workbench.core.claim_matching import FEATURES
from workbench.core.claim_terms import claim_terms

_PATH = Path(__file__).resolve().parent / "eval" / "suggestion_gate_study.py"
_SPEC = importlib.util.spec_from_file_location("suggestion_gate_study", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
study = importlib.util.module_from_spec(_SPEC)
sys.modules["suggestion_gate_study"] = study
_SPEC.loader.exec_module(study)
scoring = sys.modules["suggestion_scoring"]

WEIGHTS = np.array([1.0 if name == "bm25" else 0.0 for name in FEATURES])


def _kind(text: str) -> str:
    return study.silence_kind(claim_terms(text, lambda word: 5.0))


def test_a_statement_naming_someone_is_of_that_kind_whatever_its_length():
    assert _kind("Lindsay Lohan checked into a rehab facility on Monday.") == "names someone"


def test_a_short_statement_naming_nobody_offers_only_its_words():
    assert _kind("He did not specify what she was being treated for.") == "names nobody"


def test_a_long_statement_naming_nobody_is_told_apart_from_a_short_one():
    text = ("A retired teacher who spent decades restoring antique clocks in a small workshop "
            "near the harbour donated the whole collection to the town museum after a long "
            "illness.")
    assert _kind(text) == "long, names nobody"


def _query(baseline: list[int], candidates: list[tuple[int, float]]) -> object:
    features = np.zeros((len(candidates), len(FEATURES)))
    features[:, FEATURES.index("bm25")] = [score for _, score in candidates]
    return scoring.Query(
        "A statement.", 0, frozenset({7}), "dev", baseline=baseline,
        doc_ids=np.array([d for d, _ in candidates], dtype=np.int64), features=features,
        positions=np.arange(len(candidates)), units=np.full(len(candidates), 3.0),
        listable=np.array([True] * len(candidates)))


def test_the_rankings_agree_when_bm25s_first_answer_is_the_first_listed():
    assert study.first_agrees(_query([7, 8], [(7, 0.3), (8, 0.2)]), WEIGHTS)


def test_they_disagree_when_the_first_listed_is_another_document():
    assert not study.first_agrees(_query([8, 7], [(7, 0.3), (8, 0.2)]), WEIGHTS)


def test_a_statement_bm25_answers_nothing_does_not_agree():
    assert not study.first_agrees(_query([], [(7, 0.3)]), WEIGHTS)


def test_the_band_is_under_the_threshold_and_above_its_floor():
    low, inside, high = (_query([7], [(7, s)]) for s in (0.05, 0.15, 0.25))
    assert study.in_band([low, inside, high], WEIGHTS, 0.2) == [inside]
