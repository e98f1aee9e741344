"""Two entity leftovers of Canadian local news (issue 15): a surname the model read as a
place with its given name left out ("Jagmeet [Singh]": GPE), and a city's people in the
plural whose stem is no place the gazetteer knows ("Haligonians", "Fellow Haligonians")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_demonym_plurals import is_demonym_plural
from workbench.nlp.pipeline import analyze_document

SINGH = "Jagmeet Singh spoke on Monday. The vote was a blow to Singh. Many in Singh saw it."


def test_a_surname_read_as_a_place_is_the_person_named_in_full() -> None:
    raw = [tag(SINGH, "Singh", "GPE", n) for n in range(3)]
    found = body(finalize_mentions(raw, SINGH, ""))
    assert found == {("Jagmeet Singh", "Jagmeet Singh", "PERSON"),
                     ("Singh", "Jagmeet Singh", "PERSON")}


def test_the_model_s_place_singh_is_a_person_on_the_whole_path(nlp: Language) -> None:
    mentions = analyze_document("", SINGH, nlp).mentions
    assert {(m.entity, m.label) for m in mentions if m.text.endswith("Singh")} == {
        ("Jagmeet Singh", "PERSON")}


@pytest.mark.parametrize(("text", "place"), [
    ("Ferries stopped at Port Alberni on Monday.", "Alberni"),
    ("Outside Singh the roads were closed.", "Singh"),
    ("The Liberals won in Kanata on Monday.", "Kanata"),
    ("In March Kanata voted for the plan.", "Kanata"),
])
def test_a_place_after_a_prefix_or_function_word_stays_a_place(text: str, place: str) -> None:
    found = body(finalize_mentions([tag(text, place, "GPE")], text, ""))
    assert {surface for surface, _, kind in found if kind == "PERSON"} == set()
    assert any(surface == place for surface, _, _ in found)


@pytest.mark.parametrize("people", [
    "Haligonians", "Torontonians", "Calgarians", "Winnipeggers", "Brooklynites",
    "Fellow Haligonians"])
def test_a_city_s_people_outside_the_gazetteer_are_no_person(people: str) -> None:
    text = f"Mayor Mike Savage spoke on Thursday. {people} want action, he said."
    raw = [tag(text, "Mike Savage", "PERSON"), tag(text, people, "PERSON")]
    kinds = {kind for surface, _, kind in body(finalize_mentions(raw, text, ""))
             if surface == people.removeprefix("Fellow ")}  # the group word is cut off
    assert kinds == {"NORP"}


@pytest.mark.parametrize("name", ["Evans", "Sanders", "Summers", "Williams", "Jennings"])
def test_a_surname_is_no_demonym(name: str) -> None:
    assert not is_demonym_plural(name)
