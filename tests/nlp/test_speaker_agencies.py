"""A generic noun for a public body ("the agency", "the regulator") speaks for the body
named in full just before it (issue 15; sentences written for these tests)."""

from __future__ import annotations

import pytest

from workbench.core.models import Mention
from workbench.nlp.speaker_descriptions import described_entity


def _org(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, "ORG", name)


@pytest.mark.parametrize(
    ("text", "body", "phrase"),
    [
        ('The Food and Drug Administration approved the drug. "The benefits are clear," '
         "the agency said.", "Food and Drug Administration", "the agency"),
        ('The Securities and Exchange Commission charged the firm. "Investors were misled," '
         "the regulator said.", "Securities and Exchange Commission", "the regulator"),
        ('The Office of the Comptroller fined the bank. "The failures were serious," the '
         "watchdog said.", "Office of the Comptroller", "the watchdog"),
    ],
)
def test_a_generic_noun_is_the_body_named_before(text: str, body: str, phrase: str) -> None:
    found = described_entity(phrase, text.index(phrase), [_org(text, body)], text)
    assert found is not None and found.entity == body


def test_a_body_of_another_kind_is_not_the_agency() -> None:
    """ "the agency" is no company or ministry named before it."""
    text = 'Acme Foods recalled the salad. "We acted fast," the agency said.'
    assert described_entity("the agency", text.index("the agency"),
                            [_org(text, "Acme Foods")], text) is None


@pytest.mark.parametrize("phrase", ["the club", "the team"])
def test_the_club_is_the_sports_club_named_before(phrase: str) -> None:
    text = f'Leeds United signed the striker. "He is a great addition," {phrase} said.'
    found = described_entity(phrase, text.index(phrase), [_org(text, "Leeds United")], text)
    assert found is not None and found.entity == "Leeds United"


@pytest.mark.parametrize(
    ("text", "body", "phrase"),
    [
        ('Health Canada recalled the baby formula on Tuesday. "Parents should stop using it," '
         "the department said.", "Health Canada", "the department"),
        ('Statistics Canada said inflation slowed in March. "Gasoline prices fell," the '
         "agency said.", "Statistics Canada", "the agency"),
        ('Global Affairs Canada is aware of the arrest. "Consular officials are in contact with '
         'the family," the department said.', "Global Affairs Canada", "the department"),
        ('The Ministry of Transportation closed the highway. "Crews are clearing the road," '
         "the department said.", "Ministry of Transportation", "the department"),
    ],
)
def test_a_canadian_federal_body_is_the_department_or_agency(
    text: str, body: str, phrase: str
) -> None:
    """Stop 55: "Health Canada" names no kind of body, yet it is "the department"."""
    found = described_entity(phrase, text.index(phrase), [_org(text, body)], text)
    assert found is not None and found.entity == body


def test_the_bank_of_canada_is_no_agency() -> None:
    """ "Canada" after "of" is where a body is ("Bank of Canada"), not what it is."""
    text = 'The Bank of Canada held its rate. "Inflation is easing," the agency said.'
    assert described_entity("the agency", text.index("the agency"),
                            [_org(text, "Bank of Canada")], text) is None


@pytest.mark.parametrize(
    ("body", "phrase"),
    [("Air Canada", "the department"), ("Hockey Canada", "the department"),
     ("Bell Canada", "the agency"), ("Walmart Canada", "the ministry")],
)
def test_a_company_or_sports_body_named_canada_is_no_federal_body(body: str, phrase: str) -> None:
    """Review of stop 55: only a field before "Canada" makes a federal body; "Air Canada
    cancelled flights ... the department said" is not the airline."""
    text = (f'{body} cancelled hundreds of bookings on Monday. "Customers are owed a refund," '
            f"{phrase} said.")
    assert described_entity(phrase, text.index(phrase), [_org(text, body)], text) is None


def test_the_ministry_is_no_department() -> None:
    """Review of stop 55: a foreign ministry answering the State Department is not it."""
    text = ("The State Department criticised the new security law on Tuesday. China rejected "
            'the criticism. "Stop interfering in our affairs," the ministry said.')
    assert described_entity("the ministry", text.index("the ministry"),
                            [_org(text, "State Department")], text) is None
