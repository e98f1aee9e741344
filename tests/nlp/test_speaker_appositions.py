"""Roles and ties set off before a name (session 10, issue 15).

"The minister, Chrystia Freeland," gives Freeland a role a later "the minister" names;
"The union's president, Lana Payne," and "her lawyer, Bob Stein," name people whatever
label the model chose; "said Capt. Mark Jones" underlines the name, not the title's dot;
"Actress Dana Holt" makes her the later "the actress".
Sentences written for these tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.entity_support import tag
from tests.nlp.quote_support import analyse, direct
from workbench.core.models import Mention
from workbench.nlp.consistency import vote_labels
from workbench.nlp.speaker_role_titles import title_in_apposition
from workbench.nlp.speaker_roles import TitledPeople

if TYPE_CHECKING:
    from spacy.language import Language


def _person(text: str, surface: str) -> Mention:
    return tag(text, surface, "PERSON")


def test_a_role_in_apposition_before_a_name_is_that_persons_title() -> None:
    text = "The minister, Anna Lindqvist, was asked about the deficit."
    role = title_in_apposition(text, _person(text, "Anna Lindqvist"))
    assert role is not None and role.title == "minister"


def test_a_possessive_role_before_a_name_counts() -> None:
    text = "The union's president, Lana Okafor, said workers would strike."
    role = title_in_apposition(text, _person(text, "Lana Okafor"))
    assert role is not None and role.title == "president"


def test_a_place_or_time_before_a_comma_is_no_role() -> None:
    for text in ("In Ottawa, Anna Lindqvist said no.", "On Tuesday, Anna Lindqvist said no.",
                 "Lindqvist, Anna Lindqvist said no."):
        assert title_in_apposition(text, _person(text, "Anna Lindqvist")) is None


def test_the_role_named_later_resolves_to_the_person_given_it() -> None:
    text = ("The minister, Anna Lindqvist, was asked about the deficit. "
            "Asked whether taxes would rise, the minister said no.")
    people = TitledPeople([_person(text, "Anna Lindqvist")], text)
    assert people.holder("the minister", text.index("the minister")) == "Anna Lindqvist"


def test_two_people_given_the_role_leave_it_unresolved() -> None:
    text = ("The minister, Anna Lindqvist, met the minister, Paul Okoro. "
            "Later the minister said no.")
    mentions = [_person(text, "Anna Lindqvist"), _person(text, "Paul Okoro")]
    people = TitledPeople(mentions, text)
    assert people.holder("the minister", text.index("the minister said")) is None


def test_a_name_after_a_role_votes_person_against_the_model() -> None:
    text = "The union's president, Lana Okafor, said no. Later Okafor left."
    raw = [tag(text, "Lana Okafor", "ORG"), tag(text, "Okafor", "ORG")]
    voted = vote_labels(raw, text)
    assert voted[0].label == "PERSON"


def test_a_name_after_a_tie_votes_person() -> None:
    text = "Her lawyer, Bob Stein, declined to comment."
    assert vote_labels([tag(text, "Bob Stein", "ORG")], text)[0].label == "PERSON"


def test_a_company_after_a_comma_keeps_its_label() -> None:
    text = "Shares rose on Monday, Harbour Freight said."
    assert vote_labels([tag(text, "Harbour Freight", "ORG")], text)[0].label == "ORG"


def test_an_abbreviated_title_is_not_part_of_the_speaker_text(nlp: Language) -> None:
    text = '"It spread very quickly," said Capt. Mark Jensen of the fire department.'
    quote = direct(analyse(nlp, text))[0]
    assert quote.speaker_text == "Mark Jensen"


def test_an_occupation_written_before_a_name_resolves_the_definite_noun() -> None:
    text = "Actress Dana Holt will appear in the final season. The actress recalled her debut."
    people = TitledPeople([_person(text, "Dana Holt")], text)
    assert people.holder("The actress", text.index("The actress")) == "Dana Holt"


def test_an_occupation_two_people_share_resolves_to_nobody() -> None:
    text = "Artist Dana Holt met artist Mia Rowe. The artist said no."
    people = TitledPeople([_person(text, "Dana Holt"), _person(text, "Mia Rowe")], text)
    assert people.holder("The artist", text.index("The artist")) is None

