"""A title of the shape "X of (the) Y" is one piece of evidence, a name after it another
(issue 16). Sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.core.claim_terms import claim_terms


def weight(word: str) -> float:
    return 3.0


def units(statement: str, *keys: str) -> list[int]:
    terms = claim_terms(statement, weight).terms
    return [terms[key].unit for key in keys]


def test_the_title_is_one_unit_and_the_name_after_it_another() -> None:
    speaker, house, nancy, pelosi, vote = units(
        "Speaker of the House Nancy Pelosi said the vote would go ahead.",
        "speaker", "hous", "nanci", "pelosi", "vote")
    assert speaker == house != nancy == pelosi != vote


@pytest.mark.parametrize(("statement", "title", "owner"), [
    ("Officials said the Bank of England raised rates.", "bank", "england"),
    ("Aides of Secretary of State John Kerry flew to Cairo.", "secretari", "state"),
    ("Students at the University of Toronto marched.", "universiti", "toronto"),
    ("Secretary of Homeland Security Janet Napolitano resigned.", "secretari", "homeland"),
])
def test_a_title_and_its_owner_share_a_unit(statement: str, title: str, owner: str) -> None:
    first, second = units(statement, title, owner)
    assert first == second


def test_a_name_after_a_title_keeps_its_own_unit() -> None:
    secretary, janet = units("Secretary of Homeland Security Janet Napolitano resigned.",
                             "secretari", "janet")
    assert secretary != janet
    kerry, state = units("Aides of Secretary of State John Kerry flew.", "kerri", "state")
    assert kerry != state


def test_lower_case_words_and_headlines_are_no_titles() -> None:
    mayor, lagos = units("Police arrested the mayor of Lagos.", "mayor", "lago")
    assert mayor != lagos
    bank, england = units("Bank Of England Raises Rates Again", "bank", "england")
    assert bank != england
