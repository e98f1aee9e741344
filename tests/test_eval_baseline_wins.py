"""The eval's baseline-wins listing (tests/eval/baseline_wins.py): gold quotes both systems
find where only the textacy-style baseline names the right speaker.

Why tested though the app does not ship it: the listing decides which speaker errors are
read and fixed, so a quote we get right, or one only one system found, must never be
listed. Spans and names are made up for this test.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "eval"))

from baseline_wins import baseline_wins, describe  # noqa: E402
from quote_scoring import GoldStatement, Predicted  # noqa: E402

GOLD = [
    GoldStatement(0, 10, [(20, 25, "Smith")]),
    GoldStatement(30, 40, [(50, 55, "Jones")]),
    GoldStatement(60, 70, [(80, 85, "Brown")]),
]


def test_only_quotes_both_find_with_only_the_baseline_right_are_listed() -> None:
    ours = [
        Predicted(0, 10, ("Miller",)),  # wrong where the baseline is right: listed
        Predicted(30, 40, ("Jones",)),  # right: not listed
    ]
    baseline = [
        Predicted(0, 10, ("Mr Smith",)),
        Predicted(30, 40, ("Jones",)),
        Predicted(60, 70, ("Brown",)),  # we did not find this quote: not listed
    ]
    wins = baseline_wins(ours, baseline, GOLD)
    assert [(w.gold.start, w.kind) for w in wins] == [(0, "ours another speaker")]


def test_an_empty_speaker_is_its_own_kind_and_a_wrong_baseline_is_no_win() -> None:
    ours = [Predicted(0, 10), Predicted(30, 40)]
    baseline = [Predicted(0, 10, (), (20, 25)), Predicted(30, 40, ("Miller",))]
    wins = baseline_wins(ours, baseline, GOLD)
    assert [(w.gold.start, w.kind) for w in wins] == [(0, "ours empty")]
    line = describe("article", "x" * 100, wins[0])
    assert line.startswith("WIN [ours empty] article:") and "want=['Smith']" in line
