"""The Wikinews gold's dev10 split: 30 unheld Wikinews articles picked by a rule in code.

Why tested though the app does not ship it: dev10 is worth something only as an honest
sample of the held-out register, so its articles must be exactly what ``dev10_pick.py``
chooses (not a hand pick), none may already be in another split, no interview may slip in,
and the eval must know the split as a tuning one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent / "eval"
sys.path[:0] = [str(EVAL), str(EVAL / "wikinews_gold")]

import dev10_pick  # noqa: E402
import eval_wikinews_quotes as wikinews  # noqa: E402

GOLD = EVAL / "wikinews_gold"


def _articles() -> list[dict]:
    lines = (GOLD / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _dev10() -> list[dict]:
    return [a for a in _articles() if a.get("split") == "dev10"]


def test_dev10_is_a_tuning_split_of_thirty_fresh_wikinews_articles() -> None:
    assert "dev10" in wikinews.TUNING_SPLITS and "dev10" in wikinews.SPLITS
    dev10 = _dev10()
    assert len(dev10) == dev10_pick.PICKED
    others = {a.get("url") for a in _articles() if a.get("split") != "dev10"}
    assert not others & {a["url"] for a in dev10}
    assert all((GOLD / "texts" / f"{a['slug']}.txt").exists() for a in dev10)


@pytest.mark.skipif(not dev10_pick.DEFAULT_DATA.exists(), reason="needs ../shared Wikinews CSVs")
def test_dev10_is_the_mechanical_pick() -> None:
    order = dev10_pick.dev10_order()
    assert {slug for slug, _, _ in order[: dev10_pick.PICKED]} == {a["slug"] for a in _dev10()}
    assert all(count >= dev10_pick.MIN_LONG_SPANS for _, _, count in order)


def test_slug_is_folded_and_cut_at_a_whole_word() -> None:
    assert dev10_pick.slug_of("Arrest made as mayor of Gdańsk, Poland stabbed on stage") == (
        "arrest-made-as-mayor-of-gdansk-poland-stabbed-on"
    )
    assert dev10_pick.slug_of("Millions don't turn up to 'storm' US airbase for evidence") == (
        "millions-don-t-turn-up-to-storm-us-airbase-for"
    )


def test_interviews_and_single_quote_articles_are_not_eligible() -> None:
    spans = 'He said "one two three four five six" and "seven eight nine ten eleven".'
    rows = {
        "u/report": {"title": "Storm hits coast", "text": spans},
        "u/one": {"title": "Fire in town", "text": 'She said "one two three four five six".'},
        "u/talk": {"title": "Wikinews interviews a mayor", "text": spans},
        "u/turns": {"title": "A mayor on roads", "text": f"((WN)) Why? {spans}"},
        "u/held": {"title": "Already held", "text": spans},
    }
    picked = dev10_pick.eligible(rows, taken_urls={"u/held"})
    assert picked == [("storm-hits-coast", "u/report", 2)]
