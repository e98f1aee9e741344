"""Names of North American wire copy the speaker passages tripped on (issue 15, stop 55):
a particle run inside a full name, a hyphenated place pair opening a body's name, a
demonym plural read as a person, a full name opening a sentence read as a company."""

from __future__ import annotations

import pytest

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions


@pytest.mark.parametrize(("text", "cut", "rest", "name"), [
    ("EU chief Ursula von der Leyen arrived in Ottawa on Monday.",
     "Ursula von", "Leyen", "Ursula von der Leyen"),
    ("The coach, Erik van den Berg, resigned on Friday.", "Erik van", "Berg",
     "Erik van den Berg"),
    ("Singer Maria de la Torre cancelled her tour.", "Maria de", "Torre",
     "Maria de la Torre"),
])
def test_a_full_name_cut_inside_its_particle_run_is_one_person(
        text: str, cut: str, rest: str, name: str) -> None:
    """ "[Ursula von] der [Leyen]": the model stops at the first particle and reads the
    surname a place; the particles and the one surname after them are the person's."""
    found = body(finalize_mentions([tag(text, cut, "PERSON"), tag(text, rest, "GPE")],
                                   text, ""))
    assert (name, name, "PERSON") in found
    assert not any(kind == "GPE" and surface == rest for surface, _, kind in found)


@pytest.mark.parametrize(("text", "surname"), [
    ("Ursula von der Leyen spoke first. \"Canada is a partner,\" von der Leyen said.",
     "von der Leyen"),
    ("Erik van den Berg resigned. Club officials thanked van den Berg on Friday.",
     "van den Berg"),
])
def test_a_lower_case_particle_surname_after_the_full_name_is_that_person(
        text: str, surname: str) -> None:
    """ "... von der [Leyen] said": a surname's lower-case particles mid-sentence belong
    to it, and it is the person the text named in full."""
    full = text.split(" spoke")[0].split(" resigned")[0]
    raw = [tag(text, full, "PERSON"), tag(text, surname.rsplit(" ", 1)[-1], "GPE", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert (surname, full, "PERSON") in found


@pytest.mark.parametrize(("text", "tagged", "label"), [
    ("He rode the Tour de France twice.", "France", "GPE"),
    ("Flights to Rio de Janeiro resumed.", "Janeiro", "GPE"),
    ("The memo was signed de Gaulle style.", "Gaulle", "ORG"),
])
def test_lower_case_particles_after_a_capitalised_word_or_alone_leave_the_name(
        text: str, tagged: str, label: str) -> None:
    """A place's "de" after its first word, or one particle with no person named in full,
    is no surname's."""
    found = body(finalize_mentions([tag(text, tagged, label)], text, ""))
    assert any(surface == tagged for surface, _, _ in found)


@pytest.mark.parametrize("people", [
    "Nova Scotians", "Albertans", "Manitobans", "Texans", "New Yorkers", "Ontarians"])
def test_a_place_s_people_in_the_plural_are_no_person(people: str) -> None:
    """ "[Nova Scotians] want action, he said": a group, never the "he" of the next line."""
    text = f"Premier Tim Houston spoke on Thursday. {people} want action, he said."
    raw = [tag(text, "Tim Houston", "PERSON"), tag(text, people, "PERSON")]
    kinds = {kind for surface, _, kind in body(finalize_mentions(raw, text, ""))
             if surface == people}
    assert kinds == {"NORP"}


@pytest.mark.parametrize(("text", "tagged"), [
    ("Coach Mike Evans resigned. Evans said he was tired.", "Evans"),
    ("Jim Bowers runs the shop. Bowers said sales fell.", "Bowers"),
    ("Sanders said the vote was rigged.", "Sanders"),
])
def test_a_surname_shaped_like_a_demonym_stays_a_person(text: str, tagged: str) -> None:
    """Its stem is no known place, or the text names the person in full."""
    raw = [tag(text, tagged, "PERSON", text.count(tagged) - 1)]
    if text.count(tagged) > 1:
        raw.insert(0, tag(text, text.split(" resigned")[0].split(" runs")[0].removeprefix(
            "Coach "), "PERSON"))
    found = body(finalize_mentions(raw, text, ""))
    assert any(surface == tagged and kind == "PERSON" for surface, _, kind in found)


@pytest.mark.parametrize(("text", "place", "body_name", "name"), [
    ("A statement came from the Ottawa-Carleton District School Board on Monday.",
     "Ottawa", "District School Board", "Ottawa-Carleton District School Board"),
    ("Officers of the Kitchener-Waterloo Regional Police arrested two men.",
     "Kitchener", "Regional Police", "Kitchener-Waterloo Regional Police"),
])
def test_a_hyphenated_place_pair_opening_a_body_s_name_belongs_to_it(
        text: str, place: str, body_name: str, name: str) -> None:
    """ "the [Ottawa]-Carleton [District School Board]": one board, no place "Ottawa"."""
    found = body(finalize_mentions([tag(text, place, "GPE"), tag(text, body_name, "ORG")],
                                   text, ""))
    assert (name, name, "ORG") in found
    assert not any(surface == place for surface, _, _ in found)


def test_a_hyphenated_pair_of_words_no_place_leaves_the_body() -> None:
    """ "the Pro-Choice Action League": "Pro" is no place."""
    text = "Members of the Pro-Choice Action League rallied."
    found = body(finalize_mentions([tag(text, "Action League", "ORG")], text, ""))
    assert ("Action League", "Action League", "ORG") in found


def test_a_name_shaped_body_whose_surname_alone_speaks_is_a_person() -> None:
    """ "[Riley Stone] scored twice ... "...," [Stone] said": one person, not a company."""
    text = 'Riley Stone scored twice on Saturday. "I just shot the puck," Stone said.'
    raw = [tag(text, "Riley Stone", "ORG"), tag(text, "Saturday", "DATE"),
           tag(text, "Stone", "ORG", 1)]
    people = {(surface, entity) for surface, entity, kind
              in body(finalize_mentions(raw, text, "")) if kind == "PERSON"}
    assert people == {("Riley Stone", "Riley Stone"), ("Stone", "Riley Stone")}


def test_a_company_cut_to_its_first_word_stays_a_company() -> None:
    """ "Hudson Home ... Hudson said": a company goes by its first word."""
    text = 'Hudson Home will close 12 stores. "It is hard," Hudson said.'
    raw = [tag(text, "Hudson Home", "ORG"), tag(text, "Hudson", "ORG", 1)]
    kinds = {kind for _, entity, kind in body(finalize_mentions(raw, text, ""))
             if entity == "Hudson Home"}
    assert kinds == {"ORG"}


@pytest.mark.parametrize(("text", "company", "person"), [
    ('Morgan Stanley cut its forecast. Analyst Rachel Stanley disagreed. "The numbers look '
     'fine," Stanley said.', "Morgan Stanley", "Rachel Stanley"),
    ('The Dow Jones fell 300 points, said Mark Jones, a trader. "It was a rout," Jones said.',
     "Dow Jones", "Mark Jones"),
])
def test_a_surname_a_person_named_in_full_bears_leaves_the_company(
        text: str, company: str, person: str) -> None:
    """Review of stop 55: "Stanley said" after "Rachel Stanley" is hers, so "Morgan
    Stanley" stays a company."""
    surname = person.split()[-1]
    raw = [tag(text, company, "ORG"), tag(text, person, "PERSON"),
           tag(text, surname, "PERSON", text.count(surname) - 1)]
    kinds = {kind for _, entity, kind in body(finalize_mentions(raw, text, ""))
             if entity == company}
    assert kinds == {"ORG"}
