"""Quoted nicknames inside a person's name and possessive place names (issue 15).

A new user's walk through Wikinews found "Matiu "Matt" Ratana" filed as the person
"Matiu Matt" (and "Ratana", alone later, as a place), and "Hawke's Bay" as a person
"Hawke" beside a facility "Bay". Mentions below are tagged as the small model tags them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.entity_support import body, entities, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_nicknames import nicknamed_people
from workbench.nlp.entity_possessive_places import possessive_places
from workbench.nlp.pipeline import analyze_document

if TYPE_CHECKING:
    from spacy.language import Language

NICKNAMED = ('Sergeant Matiu "Matt" Ratana, 54, died in hospital on Friday. Ratana had '
             "served for 30 years.")


def test_a_quoted_nickname_is_inside_one_person_named_without_it() -> None:
    raw = [tag(NICKNAMED, 'Sergeant Matiu "Matt', "PERSON"), tag(NICKNAMED, "Ratana", "GPE"),
           tag(NICKNAMED, "Ratana", "GPE", 1)]
    found = body(nicknamed_people(raw, NICKNAMED))
    assert found == {('Matiu "Matt" Ratana', 'Matiu "Matt" Ratana', "PERSON"),
                     ("Ratana", 'Matiu "Matt" Ratana', "PERSON")}


def test_curly_and_single_nickname_marks_and_their_pairing() -> None:
    text = "Earvin \u2018Magic\u2019 Johnson and Dwayne \u201cThe Rock\u201d Johnson met."
    raw = [tag(text, "Earvin", "PERSON"), tag(text, "Dwayne", "PERSON")]
    assert entities(nicknamed_people(raw, text)) == {
        "Earvin \u2018Magic\u2019 Johnson": "PERSON",
        "Dwayne \u201cThe Rock\u201d Johnson": "PERSON",
    }
    mismatched = "Earvin \u2018Magic\u201d Johnson met."
    raw = [tag(mismatched, "Earvin", "PERSON")]
    assert entities(nicknamed_people(raw, mismatched)) == {"Earvin": "PERSON"}


def test_a_quoted_word_after_no_person_is_no_nickname() -> None:
    """ "The "Big" Apple": no person there; a quoted title after an organisation stays."""
    text = 'The "Big" Apple is busy. Apple "Vision" Pro sold out.'
    raw = [tag(text, "Apple", "GPE"), tag(text, "Apple", "ORG", 1)]
    assert nicknamed_people(raw, text) == raw


def test_a_possessive_place_is_one_place() -> None:
    text = ("Floods hit Hawke's Bay on Monday. They holidayed on Martha\u2019s Vineyard and in "
            "St John's Wood.")
    raw = [tag(text, "Hawke", "PERSON"), tag(text, "Bay", "FAC"), tag(text, "Monday", "DATE"),
           tag(text, "Martha\u2019s Vineyard", "GPE"), tag(text, "St John", "PERSON")]
    found = entities(possessive_places(raw, text))
    assert found == {"Hawke's Bay": "LOC", "Monday": "DATE",
                     "Martha\u2019s Vineyard": "GPE", "St John's Wood": "LOC"}


def test_a_person_s_lower_case_thing_is_no_place() -> None:
    text = ("Smith's bay horse won. Obama's visit was short. Google's Head of Research, "
            "Ana Lee, spoke.")
    raw = [tag(text, "Smith", "PERSON"), tag(text, "Obama", "PERSON"),
           tag(text, "Google", "ORG"), tag(text, "Ana Lee", "PERSON")]
    assert possessive_places(raw, text) == raw


def test_both_through_the_whole_document_pass() -> None:
    text = "Police in Hawke's Bay said Sergeant Matiu \"Matt\" Ratana died. Ratana was 54."
    raw = [tag(text, "Hawke", "PERSON"), tag(text, "Bay", "FAC"),
           tag(text, 'Sergeant Matiu "Matt', "PERSON"), tag(text, "Ratana", "GPE", 1)]
    found = entities(finalize_mentions(raw, text, ""))
    assert found == {"Hawke's Bay": "LOC", 'Matiu "Matt" Ratana': "PERSON"}


def test_the_new_user_s_sentence_through_the_pipeline(nlp: Language) -> None:
    text = ("Police in Hawke's Bay said on Monday that the roads were closed. "
            + NICKNAMED)
    found = {(m.text, m.entity, m.label) for m in analyze_document("", text, nlp).mentions}
    assert ("Hawke's Bay", "Hawke's Bay", "LOC") in found
    assert ('Matiu "Matt" Ratana', 'Matiu "Matt" Ratana', "PERSON") in found
    assert ("Ratana", 'Matiu "Matt" Ratana', "PERSON") in found
    assert not any(label == "PERSON" and surface == "Hawke" for surface, _, label in found)
