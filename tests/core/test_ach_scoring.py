"""Heuer's ACH scoring on a worked example whose numbers are computed by hand below.

Weights (module docstring): A/1 = sqrt 2, B/2 = 2**0.25, C/3 = 1, D/4 = 2**-0.25,
E/5 = 1/sqrt 2; F, 6 and ungraded = 1. Points: I = 1, II = 2.

    evidence  grades  weight                      H1   H2   H3
    E1        A1      sqrt2 * sqrt2 = 2           C    I    II
    E2        C3      1 * 1 = 1                   I    N    CC
    E3        E5      (1/sqrt2) * (1/sqrt2) = 0.5 II   II   II
    E4        -6      1 * 1 = 1                   C    .    .
    E5        B1      2**0.25 * 2**0.5 = 2**0.75  CC   I    .

    H1 = E2 1*1 + E3 2*0.5               = 1 + 1         = 2
    H2 = E1 1*2 + E3 2*0.5 + E5 1*2**0.75 = 2 + 1 + 1.6818 = 4.6818
    H3 = E1 2*2 + E3 2*0.5               = 4 + 1         = 5
    diagnosticity (max - min, CC=2 C=1 N=0 I=-1 II=-2):
    E1 1-(-2) = 3; E2 2-(-1) = 3; E3 -2-(-2) = 0; E4 one cell = 0; E5 2-(-1) = 3
"""

from __future__ import annotations

import math

import pytest

from workbench.core.ach_scoring import (
    EvidenceRow,
    diagnosticity,
    evidence_flags,
    evidence_weight,
    inconsistency_scores,
    ranked_hypotheses,
)
from workbench.core.vocabulary import parse_ach_rating

HYPOTHESES = ("H1", "H2", "H3")
EVIDENCE = (
    EvidenceRow("E1", {"H1": "C", "H2": "I", "H3": "II"}, "A", 1),
    EvidenceRow("E2", {"H1": "I", "H2": "N", "H3": "CC"}, "C", 3),
    EvidenceRow("E3", {"H1": "II", "H2": "II", "H3": "II"}, "E", 5),
    EvidenceRow("E4", {"H1": "C"}, None, 6),
    EvidenceRow("E5", {"H1": "CC", "H2": "I"}, "B", 1),
)


def test_weights_follow_the_grades() -> None:
    assert evidence_weight("A", 1) == pytest.approx(2.0)
    assert evidence_weight("E", 5) == pytest.approx(0.5)
    assert evidence_weight("B", 1) == pytest.approx(2**0.75)
    assert evidence_weight("D", 2) == pytest.approx(1.0)
    assert evidence_weight("F", 6) == evidence_weight(None, None) == 1.0
    assert evidence_weight("A", None) == pytest.approx(math.sqrt(2))


def test_weighted_inconsistency_of_the_worked_example() -> None:
    scores = inconsistency_scores(HYPOTHESES, EVIDENCE)
    assert scores["H1"] == pytest.approx(2.0)
    assert scores["H2"] == pytest.approx(3 + 2**0.75)  # 4.6818
    assert scores["H3"] == pytest.approx(5.0)
    assert ranked_hypotheses(scores) == ["H1", "H2", "H3"]


def test_diagnosticity_of_the_worked_example() -> None:
    assert [diagnosticity(row) for row in EVIDENCE] == [3, 3, 0, 0, 3]
    # Over H1 and H3 alone, E5 rates one hypothesis only: nothing to tell apart.
    assert diagnosticity(EVIDENCE[4], ["H1", "H3"]) == 0


def test_consistent_evidence_never_counts_for_or_against() -> None:
    row = EvidenceRow("E", {"H1": "CC", "H2": "C", "H3": "N"}, "A", 1)
    assert inconsistency_scores(HYPOTHESES, [row]) == {"H1": 0.0, "H2": 0.0, "H3": 0.0}


def test_ratings_for_unknown_hypotheses_are_ignored_and_unknown_ratings_refused() -> None:
    assert inconsistency_scores(["H1"], [EvidenceRow("E", {"H9": "II"})]) == {"H1": 0.0}
    with pytest.raises(ValueError, match="unknown rating 'X'"):
        inconsistency_scores(["H1"], [EvidenceRow("E", {"H1": "X"})])


@pytest.mark.parametrize(
    ("text", "code"),
    [("CC", "CC"), ("ii", "II"), ("very-consistent", "CC"), ("Very inconsistent", "II"),
     ("neutral", "N"), ("consistent", "C"), ("inconsistent", "I")],
)
def test_ratings_parse_from_codes_and_names(text: str, code: str) -> None:
    assert parse_ach_rating(text) == code


def test_an_unknown_rating_names_every_rating() -> None:
    with pytest.raises(ValueError, match=r"rating must be one of CC \(very consistent\), C"):
        parse_ach_rating("likely")


def test_flags_name_single_sources_and_shaky_claims() -> None:
    assert evidence_flags(EvidenceRow("E", sources=1, status="disputed")) == (
        "single source", "disputed")
    assert evidence_flags(EvidenceRow("E", sources=3, status="retracted")) == ("retracted",)
    assert evidence_flags(EvidenceRow("E", sources=2, status="corroborated")) == ()
    assert evidence_flags(EvidenceRow("E")) == ()  # unknown counts flag nothing


def test_a_row_whose_passage_was_lost_is_flagged_orphaned() -> None:
    """An update removed the words of an evidence row's claim; the matrix still counted it
    with no word of warning (only `workbench orphans` told)."""
    assert evidence_flags(EvidenceRow("E", sources=2, orphaned=True)) == ("orphaned",)
    assert evidence_flags(EvidenceRow("E", sources=1, status="disputed", orphaned=True)) == (
        "single source", "disputed", "orphaned")
