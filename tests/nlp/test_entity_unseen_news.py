"""Shapes of news the tuning articles seldom show (issue 15): clubs and airlines named
after places, storms and people with accented names, surnames with particles.

Hand-made mentions (as the small model tags them, checked on passages of our own through
``analyze_document``) go through the whole-document pass, so each test names the model
mistake its rule repairs.
"""

from __future__ import annotations

from tests.nlp.entity_support import body, entities, tag
from workbench.nlp.entities import finalize_mentions


def test_a_storm_with_an_accented_name_is_an_event() -> None:
    """ "Storm Ciarán": the storm's pattern stopped at the "á", so the model's
    organisation stayed."""
    text = "Storm Ciarán brought winds of 100 mph to Cornwall on Thursday."
    raw = [tag(text, "Storm Ciarán", "ORG"), tag(text, "Cornwall", "GPE")]
    assert entities(finalize_mentions(raw, text, "")) == {"Storm Ciarán": "EVENT",
                                                          "Cornwall": "GPE"}


def test_an_accented_full_name_with_a_middle_initial_is_a_person() -> None:
    text = "The contract was signed by José A. Núñez on Monday in Bogotá."
    raw = [tag(text, "José A. Núñez", "ORG"), tag(text, "Bogotá", "GPE")]
    assert entities(finalize_mentions(raw, text, ""))["José A. Núñez"] == "PERSON"


def test_a_club_s_prefix_joins_the_place_the_model_kept_alone() -> None:
    """ "Real [Madrid] beat [Barcelona]": the club is no capital city."""
    text = "Real Madrid beat Barcelona 3-1. Fans in Madrid celebrated until dawn."
    raw = [tag(text, "Madrid", "GPE"), tag(text, "Barcelona", "GPE"),
           tag(text, "Madrid", "GPE", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Real Madrid", "Real Madrid", "ORG") in found
    assert ("Madrid", "Madrid", "GPE") in found  # the city itself stays a place


def test_an_airline_named_air_and_its_country_is_an_organisation() -> None:
    text = "Air China ordered 20 jets. China said the deal was fair."
    raw = [tag(text, "Air", "ORG"), tag(text, "China", "GPE"), tag(text, "China", "GPE", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Air China", "Air China", "ORG") in found
    assert ("China", "China", "GPE") in found
    assert not any(surface == "Air" for surface, _, _ in found)


def test_a_prefix_inside_a_longer_word_is_no_club() -> None:
    text = "The Surreal Madrid exhibition opened. Crowds came to Madrid."
    raw = [tag(text, "Madrid", "GPE"), tag(text, "Madrid", "GPE", 1)]
    assert entities(finalize_mentions(raw, text, "")) == {"Madrid": "GPE"}


def test_a_place_and_a_club_s_head_word_is_an_organisation() -> None:
    """ "[Leeds United]" read as the city; "[Bayern Munich]" as a location."""
    text = "Leeds United signed a striker. Bayern Munich sold him in June."
    raw = [tag(text, "Leeds United", "GPE"), tag(text, "Bayern Munich", "LOC")]
    assert entities(finalize_mentions(raw, text, "")) == {"Leeds United": "ORG",
                                                          "Bayern Munich": "ORG"}


def test_a_town_before_its_manager_or_boss_is_its_club() -> None:
    text = "Leeds manager Daniel Farke praised the fans. Wigan boss Shaun Maloney agreed."
    raw = [tag(text, "Leeds", "GPE"), tag(text, "Daniel Farke", "PERSON"),
           tag(text, "Wigan", "GPE"), tag(text, "Shaun Maloney", "PERSON")]
    found = entities(finalize_mentions(raw, text, ""))
    assert (found["Leeds"], found["Wigan"]) == ("ORG", "ORG")


def test_a_surname_with_particles_is_not_cut_from_the_person() -> None:
    """ "[Ursula von der] [Leyen]": the model ends the person on "der" and reads the
    surname as a place; "Von der Leyen" opening a sentence is the same person."""
    text = ("Volodymyr Zelensky met Ursula von der Leyen in Kyiv. Von der Leyen said the "
            "EU would send more aid.")
    raw = [tag(text, "Volodymyr Zelensky", "PERSON"), tag(text, "Ursula von der", "PERSON"),
           tag(text, "Leyen", "GPE"), tag(text, "Kyiv", "GPE"),
           tag(text, "Von der Leyen", "PERSON"), tag(text, "EU", "ORG")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Ursula von der Leyen", "Ursula von der Leyen", "PERSON") in found
    assert ("Von der Leyen", "Ursula von der Leyen", "PERSON") in found
    assert not any(surface == "Leyen" for surface, _, _ in found)


def test_a_given_name_van_is_no_particle() -> None:
    text = "Van Morrison played in Belfast. Morrison thanked the crowd."
    raw = [tag(text, "Van Morrison", "PERSON"), tag(text, "Belfast", "GPE"),
           tag(text, "Morrison", "PERSON", 1)]
    assert ("Morrison", "Van Morrison", "PERSON") in body(finalize_mentions(raw, text, ""))
