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


_SWALLOWED_CREDIT = (
    'Microsoft issued a fix on Monday. Security researcher Anna Colville said, "It is a good '
    'first step." “It is important to say that every release is affected, including the beta, '
    "Tyler Marquand, technical manager of research for Brightline, says. \"Since attacks are "
    'happening now, everyone should patch soon.” He adds, “For less technical users, another '
    "browser is the best option.”"
)


def test_he_adds_after_a_name_crediting_from_after_its_title_is_that_name() -> None:
    """The parse hangs "Tyler Marquand" on "the beta" as an apposition; it credits the
    quotation all the same, and "He adds" goes on with him, not with Anna Colville."""
    quotes = [q for q in analyze_document("", _SWALLOWED_CREDIT).quotes if q.kind == "direct"]
    assert [q.speaker for q in quotes][-1] == "Tyler Marquand"


def test_a_body_credited_from_after_its_description_is_no_he() -> None:
    text = (
        'Anna Colville runs the fund. "Rates will rise," Anna Colville said. "Lending will '
        'slow," Northgate Holdings, a regional lender, says. "Nobody expected this," he added.'
    )
    quotes = [q for q in analyze_document("", text).quotes if q.kind == "direct"]
    assert [q.speaker for q in quotes][-1] == "Anna Colville"
