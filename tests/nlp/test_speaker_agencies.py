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
