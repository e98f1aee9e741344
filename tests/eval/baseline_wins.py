"""Gold quotes where the textacy-style baseline names the speaker and we do not.

Why: on unseen news a generic baseline (textacy's ``direct_quotations``) named the right
speaker more often than an older build of ours, so our rules must never lose where that
baseline is right. Listed on tuning splits only (``--baseline-wins`` of
``eval_wikinews_quotes.py`` and ``eval_quotes.py``); both systems must have found the
quote, so the list is about speakers, not about which quotes were detected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quote_scoring import GoldStatement, Predicted, match_spans, speaker_is_right


@dataclass(frozen=True)
class BaselineWin:
    """One gold quote both systems matched, right for the baseline, wrong for us."""

    gold: GoldStatement
    ours: Predicted
    baseline: Predicted

    @property
    def kind(self) -> str:
        """A first sort: did we name nobody, or somebody else?"""
        return "ours empty" if not self.ours.names else "ours another speaker"


def baseline_wins(
    ours: Sequence[Predicted], baseline: Sequence[Predicted], gold: Sequence[GoldStatement]
) -> list[BaselineWin]:
    """Gold quotes matched by both, where only the baseline's speaker is right."""
    spans = [(g.start, g.end) for g in gold]
    our_match = {j: i for i, j in match_spans([(p.start, p.end) for p in ours], spans).items()}
    base_match = match_spans([(p.start, p.end) for p in baseline], spans)
    wins = []
    for i, j in sorted(base_match.items(), key=lambda pair: pair[1]):
        if j not in our_match or not speaker_is_right(baseline[i], gold[j]):
            continue
        mine = ours[our_match[j]]
        if not speaker_is_right(mine, gold[j]):
            wins.append(BaselineWin(gold[j], mine, baseline[i]))
    return wins


def describe(name: str, text: str, win: BaselineWin) -> str:
    """One line for reading: the lead-in, the quote, both speakers and what gold wants."""
    start = win.gold.start
    before = text[max(0, start - 100) : start].replace("\n", " | ")
    after = text[win.gold.end : win.gold.end + 60].replace("\n", " | ")
    quoted = text[start : win.gold.end][:70]
    want = [s[2] or text[s[0] : s[1]] for s in win.gold.sources]
    return (
        f"WIN [{win.kind}] {name}: ...{before!r} {quoted!r} {after!r}... "
        f"ours={list(win.ours.names)} base={list(win.baseline.names)} want={want} "
        f"{win.ours.note}"
    )
