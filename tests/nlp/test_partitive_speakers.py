"""A pronoun speaker continues "One of X, Name," as Name (issue 15): the partitive "one"
names its person in apposition, as "Her husband, Karim," does."""

from __future__ import annotations

import pytest

from workbench.nlp.pipeline import analyze_document


@pytest.mark.parametrize(
    "text",
    [
        "Ray Mills spoke first. Later, one of his deputies, Lisa Grant, took questions. "
        '"We will rebuild," she said.',
        "Ray Mills thanked the crews. One of the council members, Lisa Grant, also spoke "
        'about the fire. She said "This is a sad day for the town."',
    ],
)
def test_pronoun_after_one_of_them_is_the_named_person(text: str) -> None:
    quotes = [q for q in analyze_document("", text).quotes if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Lisa Grant"]


def test_a_number_subject_is_still_no_person() -> None:
    text = 'Lisa Grant chairs the board. Two of the members resigned. "It is over," she said.'
    quotes = [q for q in analyze_document("", text).quotes if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Lisa Grant"]
