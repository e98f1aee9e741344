"""Score time expressions: detection by span overlap, then the value of each detected one.

Protocol (the same for every system, so the rows compare):
* gold = TIMEX3 of type DATE or TIME (MEANTIME) with tokens, the document creation
  time left out (it is the anchor);
* a predicted span overlapping only a DURATION/SET timex or the creation time is
  not scored (we normalise points in time, not durations);
* detection: a gold timex is found when a prediction overlaps it; precision counts
  the scored predictions that overlap some gold timex;
* value: for a found gold timex, the overlapping prediction's value must equal the
  gold value; unresolvable gold ("XXXX-XX-XX") expects no value, partly specified
  gold ("2011-06-XX") is cut to what is known ("2011-06").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Prediction = tuple[int, int, "str | None"]
"""(start, end, value) of one predicted DATE/TIME span."""


@dataclass(frozen=True)
class GoldTime:
    start: int
    end: int
    text: str
    expected: str | None


@dataclass
class TimeScores:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    predicted_right: int = 0
    values_right: int = 0
    errors: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)
    missed: list[tuple[str, str, str | None]] = field(default_factory=list)
    spurious: list[tuple[str, str, str | None]] = field(default_factory=list)
    """Predictions no gold expression overlaps (doc, text, value): the precision side."""

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        """Right values among the gold timexes found."""
        return self.values_right / self.found if self.found else 0.0

    @property
    def end_to_end(self) -> float:
        """Gold timexes found with the right value, over all gold timexes."""
        return self.values_right / self.gold if self.gold else 0.0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_document(
    scores: TimeScores,
    doc_id: str,
    gold: Sequence[GoldTime],
    ignored: Iterable[tuple[int, int]],
    predictions: Sequence[Prediction],
    text: str = "",
) -> None:
    """Add one document's counts (and its value errors) to ``scores``; ``text`` names
    the spurious predictions."""
    ignored = list(ignored)
    gold_spans = [(g.start, g.end) for g in gold]
    kept = [p for p in predictions
            if any(_overlaps(p[:2], s) for s in gold_spans)
            or not any(_overlaps(p[:2], s) for s in ignored)]
    scores.predicted += len(kept)
    scores.predicted_right += sum(1 for p in kept if any(_overlaps(p[:2], s) for s in gold_spans))
    scores.gold += len(gold)
    scores.spurious += [(doc_id, text[p[0]:p[1]], p[2]) for p in kept
                        if not any(_overlaps(p[:2], s) for s in gold_spans)]
    for item in gold:
        touching = [p for p in kept if _overlaps(p[:2], (item.start, item.end))]
        if not touching:
            scores.missed.append((doc_id, item.text, item.expected))
            continue
        scores.found += 1
        best = max(touching, key=lambda p: _overlap(p[:2], (item.start, item.end)))
        if best[2] == item.expected:
            scores.values_right += 1
        else:
            scores.errors.append((doc_id, item.text, item.expected, best[2]))
