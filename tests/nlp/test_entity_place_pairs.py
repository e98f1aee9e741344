"""A place in a place read as one name, and ideas or codes read as people or bodies."""

from __future__ import annotations

from tests.nlp.entity_support import body, tag
from workbench.core.models import Mention
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_place_pairs import (
    names_no_one,
    split_place_pairs,
    without_non_names,
)


def test_a_place_in_a_place_is_two_places() -> None:
    text = "Protesters gathered in Tarnow in Lesser Poland on Sunday."
    found = split_place_pairs([tag(text, "Tarnow in Lesser Poland", "GPE")])
    assert [(m.text, text[m.start:m.end]) for m in found] == [
        ("Tarnow", "Tarnow"), ("Lesser Poland", "Lesser Poland")]


def test_an_organisation_in_a_known_place_is_cut_before_the_place() -> None:
    text = "Staff of Vostok Bank in Russia and Women in Film met in Omsk in Siberia."
    found = split_place_pairs([tag(text, "Vostok Bank in Russia", "ORG"),
                               tag(text, "Women in Film", "ORG"),
                               tag(text, "Omsk in Siberia", "ORG")])
    assert [(m.text, m.label) for m in found] == [
        ("Vostok Bank", "ORG"), ("Russia", "GPE"), ("Women in Film", "ORG"),
        ("Omsk", "GPE"), ("Siberia", "LOC")]


def test_a_name_with_in_not_between_capitals_stays() -> None:
    text = "She visited Stratford-upon-Avon and the Palace in the Sky on Friday."
    kept = [tag(text, "the Palace in the Sky", "FAC"), tag(text, "Stratford-upon-Avon", "GPE")]
    assert split_place_pairs(kept) == kept
    person_text = "Elin Barr in Oslo spoke first."
    person = [tag(person_text, "Elin Barr in Oslo", "PERSON")]
    assert split_place_pairs(person) == person


def test_the_split_places_reach_the_entity_list() -> None:
    text = "A blast hit Tarnow in Lesser Poland. Tarnow is a quiet town."
    found = body(finalize_mentions([tag(text, "Tarnow in Lesser Poland", "GPE")], text, ""))
    assert "Tarnow in Lesser Poland" not in {surface for surface, _, _ in found}
    assert {"Tarnow", "Lesser Poland"} <= {surface for surface, _, _ in found}


def test_ideas_and_coded_names_are_no_people_or_bodies() -> None:
    text = "Antisemitism rose as Covid-19 spread; Marxism and Xenophobia were debated."
    assert names_no_one(tag(text, "Covid-19", "PERSON"))
    assert names_no_one(tag(text, "Covid-19", "ORG"))
    assert names_no_one(tag(text, "Xenophobia", "ORG"))
    assert names_no_one(Mention(0, 10, "SARS-CoV-2", "ORG", "SARS-CoV-2"))
    assert names_no_one(tag(text, "Marxism", "PERSON"))
    assert not names_no_one(tag(text, "Covid-19", "EVENT"))


def test_a_coded_name_stays_findable_as_an_event_and_an_idea_goes() -> None:
    """Dropping "COVID-19" emptied the Entities list of 2020 news's main subject."""
    text = "Covid-19 has killed thousands. Islamophobia rose as Covid-19 spread."
    raw = [tag(text, "Covid-19", "ORG"), tag(text, "Islamophobia", "PERSON"),
           tag(text, "Covid-19", "GPE", 1)]
    kept = without_non_names(raw)
    assert [(m.text, m.label) for m in kept] == [("Covid-19", "EVENT"), ("Covid-19", "EVENT")]


def test_people_and_short_codes_are_kept() -> None:
    text = "Jane Prism met the G-20, Blink-182 and Tom Baptism at Forbes 500 in Kentucky."
    for surface, label in (("Jane Prism", "PERSON"), ("G-20", "ORG"), ("Tom Baptism", "PERSON"),
                           ("Blink-182", "ORG")):
        assert not names_no_one(tag(text, surface, label))


def test_a_disease_read_as_a_person_is_filed_as_an_event() -> None:
    text = "Covid-19 has closed schools, officials said. Covid-19 cases rose in Lagos."
    raw = [tag(text, "Covid-19", "PERSON"), tag(text, "Covid-19", "ORG", 1),
           tag(text, "Lagos", "GPE")]
    found = body(finalize_mentions(raw, text, ""))
    assert {label for surface, _, label in found if surface == "Covid-19"} == {"EVENT"}
    assert ("Lagos", "Lagos", "GPE") in found


def test_two_places_joined_by_and_are_two_places() -> None:
    text = "The pipeline would cross the sea between Rhodes and Cyprus next year."
    found = split_place_pairs([tag(text, "Rhodes and Cyprus", "ORG")])
    assert [(m.text, m.label, text[m.start:m.end]) for m in found] == [
        ("Rhodes", "GPE", "Rhodes"), ("Cyprus", "GPE", "Cyprus")]


def test_a_name_with_and_stays_unless_a_country_stands_beside_a_place() -> None:
    text = ("Marks and Spencer, Trinidad and Tobago and the Australia and New Zealand "
            "Banking Group signed.")
    kept = [tag(text, "Marks and Spencer", "ORG"), tag(text, "Trinidad and Tobago", "GPE"),
            tag(text, "Australia and New Zealand Banking Group", "ORG")]
    assert split_place_pairs(kept) == kept


def test_a_codes_letters_alone_are_that_code() -> None:
    text = "COVID-19 cases rose again. COVID has closed schools, and Falcon flew."
    raw = [tag(text, "COVID-19", "ORG"), tag(text, "COVID", "PERSON", 1),
           tag(text, "Falcon", "PERSON")]
    assert {(m.text, m.label, m.entity) for m in without_non_names(raw)} == {
        ("COVID-19", "EVENT", "COVID-19"), ("COVID", "EVENT", "COVID-19"),
        ("Falcon", "PERSON", "Falcon")}


def test_a_known_places_full_name_the_text_places_is_no_person() -> None:
    text = ("People ran into the streets in Banda Aceh as the quake struck the province of "
            "Aceh. Houses in Aceh were damaged.")
    raw = [tag(text, "Banda Aceh", "PERSON"), tag(text, "Aceh", "GPE", 1),
           tag(text, "Aceh", "GPE", 2)]
    assert body(finalize_mentions(raw, text, "Quake")) == {
        ("Banda Aceh", "Banda Aceh", "GPE"), ("Aceh", "Aceh", "GPE")}


def test_a_persons_full_name_after_a_placing_word_stays_a_person() -> None:
    text = "A letter from Jack London was sold. London said nothing."
    raw = [tag(text, "Jack London", "PERSON"), tag(text, "London", "GPE", 1)]
    assert ("Jack London", "Jack London", "PERSON") in body(finalize_mentions(raw, text, "Sale"))


def test_a_town_and_its_region_after_a_comma_are_two_places() -> None:
    text = ("The jet landed at Karipur, Kerala on Friday. A bus hit a bridge in Dunmore, "
            "Westshire, England. Crews flew from Portland, Ore. at noon.")
    found = split_place_pairs([tag(text, "Karipur, Kerala", "GPE"),
                               tag(text, "Dunmore, Westshire, England", "GPE"),
                               tag(text, "Portland, Ore.", "GPE")])
    assert [(m.text, text[m.start:m.end], m.label) for m in found] == [
        ("Karipur", "Karipur", "GPE"), ("Kerala", "Kerala", "GPE"),
        ("Dunmore", "Dunmore", "GPE"), ("Westshire", "Westshire", "GPE"),
        ("England", "England", "GPE"), ("Portland", "Portland", "GPE"),
        ("Ore.", "Ore.", "GPE")]


def test_the_district_a_body_and_a_lowercase_word_keep_their_comma() -> None:
    text = ("Aides met in Washington, D.C. while Veltrix, Inc. staff and the Port of Tarn, "
            "Westshire waited.")
    kept = [tag(text, "Washington, D.C.", "GPE"), tag(text, "Veltrix, Inc.", "ORG"),
            tag(text, "Port of Tarn, Westshire", "GPE")]
    assert split_place_pairs(kept) == kept


def test_the_abbreviated_state_of_a_split_town_is_the_state() -> None:
    text = "Crews flew from Portland, Ore. at noon."
    found = body(finalize_mentions([tag(text, "Portland, Ore.", "GPE")], text, ""))
    assert ("Portland", "Portland", "GPE") in found
    assert "Oregon" in {entity for _, entity, _ in found}
