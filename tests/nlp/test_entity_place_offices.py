"""A place, its office and the holder's name read as one name ("Ontario Premier Doug
Ford") cut into the place and the person; sentences written for the test."""

from __future__ import annotations

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions


def test_a_run_of_place_office_and_name_is_a_place_and_a_person() -> None:
    for text, place, person in (
        ('"We will build it," Ontario Premier Doug Ford said.', "Ontario", "Doug Ford"),
        ('"It is over," B.C. Premier David Eby told reporters.', "B.C.", "David Eby"),
        ('"We are ready," Texas Gov. Greg Abbott said.', "Texas", "Greg Abbott"),
        ('"No," Ontario Health Minister Sylvia Jones said.', "Ontario", "Sylvia Jones"),
    ):
        start = text.index(place)
        run = text[start:text.index(person) + len(person)]
        found = body(finalize_mentions([tag(text, run, "WORK_OF_ART")], text, ""))
        assert (person, person, "PERSON") in found, text
        assert any(s == place and label == "GPE" for s, _, label in found), text
        assert not any(s == run for s, _, _ in found), text


def test_a_place_read_with_its_office_or_as_a_person_before_the_name_is_the_place() -> None:
    for text, wrong, label, place in (
        ("Edmonton Mayor Amarjeet Sohi spoke.", "Edmonton Mayor", "ORG", "Edmonton"),
        ("Manitoba Premier Wab Kinew spoke.", "Manitoba", "PERSON", "Manitoba"),
        ("Nova Scotia Premier Tim Houston spoke.", "Nova", "PERSON", "Nova Scotia"),
    ):
        name = " ".join(text.split()[-3:-1])
        raw = [tag(text, wrong, label), tag(text, name, "PERSON")]
        found = body(finalize_mentions(raw, text, ""))
        assert (place, place, "GPE") in found, text
        assert (name, name, "PERSON") in found, text


def test_no_cut_without_a_known_place_an_office_or_a_name() -> None:
    for text, run, label in (
        ("Royal Bank Chief Executive Dave McKay spoke.", "Royal Bank Chief Executive Dave "
         "McKay", "PERSON"),
        ("Liberal MP Anna Gainey spoke.", "Liberal MP Anna Gainey", "PERSON"),
        ("The Toronto Maple Leafs Hockey Club won.", "Toronto Maple Leafs Hockey Club", "ORG"),
        ("We watched Ontario Premier League highlights.", "Ontario Premier League", "ORG"),
    ):
        found = body(finalize_mentions([tag(text, run, label)], text, ""))
        assert not any(label == "GPE" and s in run.split()[0] for s, _, label in found), text


def test_a_body_named_after_a_place_and_a_place_read_whole_stay() -> None:
    text = "The United States General Services Administration said so."
    run = "United States General Services Administration"
    assert ("Services Administration", "Services Administration", "PERSON") not in body(
        finalize_mentions([tag(text, run, "ORG")], text, ""))
    text = "New York City Mayor Eric Adams spoke."
    raw = [tag(text, "New York City", "GPE"), tag(text, "Eric Adams", "PERSON")]
    found = body(finalize_mentions(raw, text, ""))
    assert any(s == "New York City" for s, _, _ in found)
