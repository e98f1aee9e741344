"""Scoring an ACH matrix as Heuer's method does: weighted inconsistency and diagnosticity.

Why only inconsistency counts: Heuer's Analysis of Competing Hypotheses
ranks hypotheses by the evidence *against* them, because evidence consistent
with a hypothesis is usually consistent with its rivals too; the most likely
hypothesis is the one with the least weighted inconsistency. Pure functions
over plain records, so the matrix editor, the CLI and the exports score
alike, and a worked example can be checked by hand
(``tests/core/test_ach_scoring.py``).

Formula (shown in the README and in the matrix's tooltip)::

    inconsistency(h) = sum over evidence e of  points(rating(e, h)) * weight(e)
    points:  I = 1, II = 2, every other rating (CC, C, N) or no rating = 0
    weight(e) = reliability_weight(e's document) * credibility_weight(e's claim)
    grade weights: each step of the Admiralty code from the middle grade (C, 3)
    multiplies by 2**0.25, so A/1 = sqrt 2 (PARC ACH's "High"), B/2 = 2**0.25,
    C/3 = 1, D/4 = 2**-0.25, E/5 = 1/sqrt 2 (PARC ACH's "Low"); F, 6 ("cannot be
    judged") and an ungraded item count 1, like the middle grade.

    diagnosticity(e) = max - min of the rating values of e's rated cells,
    with CC = +2, C = +1, N = 0, I = -1, II = -2 (0 with fewer than two rated
    cells): 0 for evidence that rates every hypothesis alike (it tells them
    nothing apart), 4 for evidence very consistent with one and very
    inconsistent with another.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from workbench.core.vocabulary import ACH_RATINGS, CLAIM_STATUSES

RATING_VALUES: dict[str, int] = {"CC": 2, "C": 1, "N": 0, "I": -1, "II": -2}
INCONSISTENCY_POINTS: dict[str, int] = {"I": 1, "II": 2}
_STEP = 2**0.25
RELIABILITY_WEIGHTS: dict[str | None, float] = {
    "A": _STEP**2,
    "B": _STEP,
    "C": 1.0,
    "D": 1 / _STEP,
    "E": 1 / _STEP**2,
    "F": 1.0,
    None: 1.0,
}
CREDIBILITY_WEIGHTS: dict[int | None, float] = {
    1: _STEP**2,
    2: _STEP,
    3: 1.0,
    4: 1 / _STEP,
    5: 1 / _STEP**2,
    6: 1.0,
    None: 1.0,
}
FORMULA = (
    "Weighted inconsistency = sum of (I = 1, II = 2) x weight; "
    "weight = reliability weight x credibility weight "
    "(A/1 = 1.41, B/2 = 1.19, C/3 = 1, D/4 = 0.84, E/5 = 0.71; F, 6 and ungraded = 1). "
    "Lower is more likely. Diagnosticity = highest minus lowest rating in the row "
    "(CC = 2, C = 1, N = 0, I = -1, II = -2)."
)
assert set(RATING_VALUES) == set(ACH_RATINGS)


@dataclass(frozen=True)
class EvidenceRow:
    """One row of the matrix: its ratings by hypothesis id and the grades that weigh it.

    ``status`` is the claim's verification status, ``sources`` how many
    distinct sources report it (None when unknown) and ``orphaned`` whether its
    passage was lost from a new version of the text; they only raise flags.
    """

    id: Hashable
    ratings: Mapping[Hashable, str] = field(default_factory=dict)
    reliability: str | None = None
    credibility: int | None = None
    status: str | None = None
    sources: int | None = None
    orphaned: bool = False


def evidence_weight(reliability: str | None, credibility: int | None) -> float:
    """How much one item of evidence counts: its source's reliability times its credibility."""
    return RELIABILITY_WEIGHTS[reliability] * CREDIBILITY_WEIGHTS[credibility]


def inconsistency_scores(
    hypotheses: Iterable[Hashable], evidence: Iterable[EvidenceRow]
) -> dict[Hashable, float]:
    """Each hypothesis's weighted inconsistency (see the module's formula); unrated cells add 0."""
    scores = dict.fromkeys(hypotheses, 0.0)
    for row in evidence:
        weight = evidence_weight(row.reliability, row.credibility)
        for hypothesis, rating in row.ratings.items():
            if hypothesis in scores:
                scores[hypothesis] += INCONSISTENCY_POINTS.get(_checked(rating), 0) * weight
    return scores


def diagnosticity(row: EvidenceRow, hypotheses: Iterable[Hashable] | None = None) -> int:
    """The spread of a row's ratings (highest value minus lowest), over ``hypotheses`` if given."""
    wanted = None if hypotheses is None else set(hypotheses)
    values = [
        RATING_VALUES[_checked(rating)]
        for hypothesis, rating in row.ratings.items()
        if wanted is None or hypothesis in wanted
    ]
    return max(values) - min(values) if len(values) >= 2 else 0


def ranked_hypotheses(scores: Mapping[Hashable, float]) -> list[Hashable]:
    """Hypotheses from most to least likely: least inconsistency first, ties in given order."""
    order = {hypothesis: index for index, hypothesis in enumerate(scores)}
    return sorted(scores, key=lambda h: (round(scores[h], 9), order[h]))


#: Claim statuses that make a row's evidence shaky, as Heuer asks the analyst to check.
SHAKY_STATUSES = ("disputed", "retracted")
SINGLE_SOURCE = "single source"
ORPHANED = "orphaned"
assert set(SHAKY_STATUSES) <= set(CLAIM_STATUSES)


def evidence_flags(row: EvidenceRow) -> tuple[str, ...]:
    """Why a row deserves a second look: "single source", "disputed", "retracted",
    "orphaned" (its passage is not in the current text).

    Why flags and not weights: Heuer's "sensitivity" step asks which evidence
    the conclusion rests on and whether it could be wrong; a flag shows it
    without hiding it in a number.
    """
    flags = []
    if row.sources == 1:
        flags.append(SINGLE_SOURCE)
    if row.status in SHAKY_STATUSES:
        flags.append(str(row.status))
    if row.orphaned:
        flags.append(ORPHANED)
    return tuple(flags)


def _checked(rating: str) -> str:
    if rating not in RATING_VALUES:
        raise ValueError(f"unknown rating {rating!r}; use {', '.join(RATING_VALUES)}")
    return rating


def hypotheses_by_rank(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """A scored analysis record's hypotheses, most likely (least inconsistent) first."""
    return sorted(record["hypotheses"], key=lambda h: h["rank"])
