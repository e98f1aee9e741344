"""Titles stay out of a person's name, and a name after "the" is no person (issue 15).

Hand-made model mentions: the model sometimes takes the office into the PERSON span
("Treasurer Bob Hart"), and the library then holds one person under two names.
"""

from __future__ import annotations

import pytest

from tests.nlp.entity_support import body, entities, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_titles import untitled_name


def test_an_office_before_a_full_name_is_not_part_of_the_person() -> None:
    text = "Treasurer Bob Hart said the budget was balanced. Hart blamed nobody."
    raw = [tag(text, "Treasurer Bob Hart", "PERSON"), tag(text, "Hart", "PERSON", 1)]
    found = body(finalize_mentions(raw, text, "Budget"))
    assert found == {("Treasurer Bob Hart", "Bob Hart", "PERSON"), ("Hart", "Bob Hart", "PERSON")}


def test_a_title_that_made_an_organisation_a_person_is_cut_after_the_vote() -> None:
    text = "Spokeswoman Sandy Angers declined to comment on the closures."
    raw = [tag(text, "Spokeswoman Sandy Angers", "ORG")]
    assert body(finalize_mentions(raw, text, "Closures")) == {
        ("Spokeswoman Sandy Angers", "Sandy Angers", "PERSON")
    }


def test_a_title_before_a_single_name_stays() -> None:
    assert untitled_name("Pope Francis") == "Pope Francis"
    assert untitled_name("Mr. Dunmore") == "Mr. Dunmore"


def test_a_role_phrase_is_not_cut_to_its_tail() -> None:
    assert untitled_name("Director of Communications") == "Director of Communications"
    assert untitled_name("Deputy Mayor Ann Lowe") == "Ann Lowe"


@pytest.mark.parametrize("words", ["to the Moon", "To The Moon"])
def test_a_lone_name_after_to_the_is_a_place_not_a_person(words: str) -> None:
    """Headline case too: "Flew To The Moon" searched for a lowercase "the"."""
    text = f'She wrote, "We flew {words} and back in one night."'
    raw = [tag(text, "Moon", "PERSON")]
    assert body(finalize_mentions(raw, text, "Flight")) == {("Moon", "Moon", "LOC")}


def test_a_title_or_a_name_before_its_noun_stays_a_person_after_the() -> None:
    text = "The choir sang to the Pope and wrote to the Hart campaign, which thanked Hart."
    raw = [tag(text, "Pope", "PERSON"), tag(text, "Hart", "PERSON"),
           tag(text, "Hart", "PERSON", 1)]
    assert {label for _, _, label in body(finalize_mentions(raw, text, "Visit"))} == {"PERSON"}


def test_an_office_read_as_a_person_before_of_is_no_entity() -> None:
    text = ("Former Vice President of the United States Lena Holm won the vote. "
            "The President of Ruritania Karl Brandt congratulated her. The President said "
            "nothing else.")
    raw = [tag(text, "Vice President", "PERSON"), tag(text, "United States", "GPE"),
           tag(text, "Lena Holm", "PERSON"), tag(text, "President", "PERSON", 1),
           tag(text, "Karl Brandt", "PERSON"), tag(text, "President", "PERSON", 2)]
    found = body(finalize_mentions(raw, text, "Vote"))
    assert {entity for _, entity, label in found if label == "PERSON"} == {
        "Lena Holm", "Karl Brandt", "President"}
    assert ("Vice President", "Vice President", "PERSON") not in found


def test_a_title_without_of_is_left_to_the_other_rules() -> None:
    text = "Pope Francis met the press. The Prime Minister spoke after him."
    raw = [tag(text, "Pope Francis", "PERSON"), tag(text, "Prime Minister", "PERSON")]
    found = {(surface, label) for surface, _, label in body(finalize_mentions(raw, text, "Press"))}
    assert found == {("Pope Francis", "PERSON"), ("Prime Minister", "PERSON")}


@pytest.mark.parametrize("role", ["Immunologist", "Herpetologist", "Geochemist", "Economist",
                                  "Statistician", "Photographer"])
def test_an_occupation_at_a_sentence_start_is_not_part_of_a_name_written_once(role: str) -> None:
    """The occupation's ending says it is a role, even when the text never writes it again."""
    text = f"{role} Marta Kowalczyk said the samples were clean. Kowalczyk left early."
    raw = [tag(text, f"{role} Marta Kowalczyk", "PERSON"), tag(text, "Kowalczyk", "PERSON", 1)]
    found = body(finalize_mentions(raw, text, "Samples"))
    assert {entity for _, entity, _ in found} == {"Marta Kowalczyk"}


def test_a_given_name_is_not_taken_for_an_occupation() -> None:
    """Short given names ending like a role ("Kist"), surnames in "-qvist" and "-christ"
    and ordinary names stay whole."""
    names = ["Kist Anna Berg", "Christian Lars Holm", "Lindqvist Maja Ek", "Gilchrist Ola Dahl",
             "Lindquist Eva Ek"]
    text = (f"{names[0]} and {names[1]} spoke first. {names[2]} and then {names[3]} followed. "
            f"{names[4]} spoke last.")
    raw = [tag(text, name, "PERSON") for name in names]
    found = body(finalize_mentions(raw, text, "Talks"))
    assert {entity for _, entity, _ in found} == set(names)


def test_a_state_legislators_title_makes_an_organisation_a_person() -> None:
    text = "Assemblywoman Dana Whitfield filed the bill. Whitfield expects a vote in May."
    raw = [tag(text, "Assemblywoman Dana Whitfield", "ORG"), tag(text, "Whitfield", "ORG", 1)]
    assert body(finalize_mentions(raw, text, "Bill")) == {
        ("Assemblywoman Dana Whitfield", "Dana Whitfield", "PERSON"),
        ("Whitfield", "Dana Whitfield", "PERSON"),
    }


def test_a_surname_led_by_a_particle_is_the_person_named_in_full() -> None:
    text = "Candidate Marta De La Vega spoke first. De La Vega backed the plan."
    raw = [tag(text, "Marta De La Vega", "PERSON"), tag(text, "De La Vega", "ORG", 1)]
    assert entities(finalize_mentions(raw, text, "Debate")) == {"Marta De La Vega": "PERSON"}


def test_a_particle_surname_several_people_share_is_left_alone() -> None:
    text = ("Ana Van Dorn and Piet Van Dorn founded the band Van Dorn. "
            "Van Dorn released a record.")
    raw = [tag(text, "Ana Van Dorn", "PERSON"), tag(text, "Piet Van Dorn", "PERSON"),
           tag(text, "Van Dorn", "ORG", 2), tag(text, "Van Dorn", "ORG", 3)]
    assert entities(finalize_mentions(raw, text, "Band"))["Van Dorn"] == "ORG"
