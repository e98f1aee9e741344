"""Pronoun antecedents the parse hides (issue 15): "One of X, Name," names its person in
apposition, as "Her husband, Karim," does; a credit line the parser runs into the next
paragraph ("—Name, Twitter") is no subject, its conjunct on the verb's line is."""

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


def test_a_credit_line_the_parser_runs_into_the_paragraph_is_no_subject() -> None:
    text = (
        "The count went on past midnight.\n\n"
        "—Mike Dorsey, Twitter\n\n"
        "In Ohio, which was planning to hold its primary election on Tuesday, Governor Mike "
        "Dorsey postponed it, citing the health crisis. In a two-part statement on Twitter, "
        'he wrote, "To vote tomorrow would put poll workers at risk."'
    )
    quotes = [q for q in analyze_document("", text).quotes if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Mike Dorsey"]
