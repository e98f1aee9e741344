"""``eval_wikinews_quotes.py --split devN --errors`` must print the workbench's errors.

Why: without ``--predictor`` the eval prints one row per predictor through a path that
takes no ``errors`` flag, so the documented tuning command printed the table and no
error at all, silently: a tuner comparing error lists before and after a change compared
two empty lists.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent / "eval"
sys.path[:0] = [str(EVAL), str(EVAL / "wikinews_gold")]

import eval_wikinews_quotes as wikinews  # noqa: E402


def test_errors_without_a_predictor_are_the_workbenchs(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[object, bool]] = []

    def fake_evaluate(nlp, articles, predictor, errors=False):  # noqa: ANN001, ANN202
        """Record what would be scored; scoring itself needs the model."""
        calls.append((predictor, errors))

    monkeypatch.setattr(wikinews, "load_model", lambda: None)
    monkeypatch.setattr(wikinews, "load_gold", lambda folder, split: [])
    monkeypatch.setattr(wikinews, "evaluate", fake_evaluate)
    monkeypatch.setattr(wikinews, "format_row", lambda name, result: name)
    assert wikinews.main(["--split", "dev", "--errors"]) == 0
    assert calls == [(wikinews.PREDICTORS["workbench"], True)]


def test_baseline_wins_are_listed_on_the_pattern_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pattern sets are tuning data too: ``--set patterns --baseline-wins`` lists them."""
    listed: list[tuple[object, object]] = []
    articles = [object()]
    monkeypatch.setattr(wikinews, "load_model", lambda: None)
    monkeypatch.setattr(wikinews, "load_patterns_gold", lambda name, batch=None: articles)
    monkeypatch.setattr(wikinews, "evaluate", lambda *args, **kwargs: None)
    monkeypatch.setattr(wikinews, "format_row", lambda name, result: name)
    monkeypatch.setattr(
        wikinews, "list_baseline_wins",
        lambda nlp, chosen, predictor: listed.append((chosen, predictor)),
    )
    assert wikinews.main(["--set", "patterns", "--baseline-wins"]) == 0
    assert listed == [(articles, wikinews.PREDICTORS["workbench"])]
