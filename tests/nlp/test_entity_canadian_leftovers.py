"""Entity leftovers of Canadian outlets' pages (issue 15): a given name left out of a
speaking person, a city read as a person, a group word kept in a place's people.

Passages of our own in Canadian outlets' style; hand-made mentions are as the small model
tags them (checked through ``analyze_document``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_caption_people import caption_people
from workbench.nlp.entity_teams import missed_teams
from workbench.nlp.furniture import furniture_spans
from workbench.nlp.pipeline import analyze_document

if TYPE_CHECKING:
    from spacy.language import Language


def test_an_unfamiliar_given_name_opening_a_sentence_joins_the_person_who_speaks(
        nlp: Language) -> None:
    """ "Harjit [Sajjan] told": the model tags the surname alone."""
    text = ("Harjit Sajjan told CBC News the aid was on its way. Sajjan said the planes left "
            "Trenton on Monday.")
    found = {(m.text, m.entity, m.label) for m in analyze_document("", text, nlp).mentions}
    assert ("Harjit Sajjan", "Harjit Sajjan", "PERSON") in found
    assert ("Sajjan", "Harjit Sajjan", "PERSON") in found


def test_a_title_or_a_place_before_a_speaking_person_is_no_given_name() -> None:
    text = "Minister Sajjan told reporters the aid was ready. In Trenton Sajjan said so too."
    raw = [tag(text, "Sajjan", "PERSON"), tag(text, "Sajjan", "PERSON", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert {entity for _, entity, _ in found} == {"Sajjan"}


def test_a_group_word_opening_a_sentence_is_cut_off_a_place_s_people(nlp: Language) -> None:
    """ "[Fellow Haligonians] lined the harbour": the model's organisation keeps "Fellow"."""
    text = ("Fellow Haligonians lined the harbour on Sunday to watch the tall ships. Many "
            "Haligonians stayed until dark.")
    found = {(m.text, m.entity, m.label) for m in analyze_document("", text, nlp).mentions}
    assert not any("Fellow" in entity for _, entity, _ in found)
    assert ("Haligonians", "Haligonian", "NORP") in found


def test_a_group_word_before_no_place_s_people_stays_in_the_name() -> None:
    text = "Many Rivers Press said the book sold out. Fellow Travellers Ltd declined comment."
    raw = [tag(text, "Many Rivers Press", "ORG"), tag(text, "Fellow Travellers Ltd", "ORG")]
    assert {entity for _, entity, _ in body(finalize_mentions(raw, text, ""))} == {
        "Many Rivers Press", "Fellow Travellers Ltd"}


def test_a_city_no_full_name_holds_is_a_place_not_a_person(nlp: Language) -> None:
    """ "[Surrey] council ... in [Surrey]": the model reads the B.C. city as a person."""
    text = ("Surrey council voted on Monday to widen the highway. Mayor Brenda Locke said the "
            "work would start in the spring. Traffic in Surrey has doubled in a decade.")
    found = {m.entity: m.label for m in analyze_document("", text, nlp).mentions}
    assert found["Surrey"] == "GPE"


def test_a_city_that_is_a_full_name_s_surname_stays_the_person() -> None:
    text = "Janet Surrey spoke in Ottawa. Surrey said in Toronto that the plan would work."
    raw = [tag(text, "Janet Surrey", "PERSON"), tag(text, "Surrey", "PERSON", 1)]
    assert {label for _, _, label in body(finalize_mentions(raw, text, ""))} == {"PERSON"}


def test_a_surname_read_as_a_group_that_speaks_is_a_person(nlp: Language) -> None:
    """ "The Tories under [Poilievre] ... Poilievre told": the model's NORP, the speaking
    mention left untagged."""
    text = ("The Tories under Poilievre have promised tax cuts. Poilievre told CTV News the "
            "cuts were affordable.")
    found = {m.entity: m.label for m in analyze_document("", text, nlp).mentions}
    assert found["Poilievre"] == "PERSON"


def test_a_nationality_or_a_group_s_member_that_speaks_stays_a_group() -> None:
    text = ("Canadian officials met. Canadian said nothing. A Sikh told reporters the Sikh "
            "community was worried. Tories said so too.")
    raw = [tag(text, "Canadian", "NORP"), tag(text, "Canadian", "NORP", 1),
           tag(text, "Sikh", "NORP"), tag(text, "Sikh", "NORP", 1), tag(text, "Tories", "NORP")]
    assert {label for _, _, label in body(finalize_mentions(raw, text, ""))} == {"NORP"}


def test_a_city_after_residents_of_is_a_place(nlp: Language) -> None:
    """ "Residents of [Surrey] packed city hall": the model's person is the B.C. city."""
    text = ("Residents of Surrey packed city hall on Monday night to oppose the tower. The "
            "developer said it would come back with a smaller plan.")
    found = {m.entity: m.label for m in analyze_document("", text, nlp).mentions}
    assert found["Surrey"] == "GPE"


def test_a_smaller_town_after_residents_of_is_a_place() -> None:
    """A town under the size the lone-city vote trusts, placed by "residents of"."""
    text = "Residents of Scarborough packed the meeting. Scarborough wants a subway."
    raw = [tag(text, "Scarborough", "PERSON"), tag(text, "Scarborough", "PERSON", 1)]
    assert {label for _, _, label in body(finalize_mentions(raw, text, ""))} == {"GPE"}


def test_a_name_after_residents_of_that_is_no_town_keeps_its_label() -> None:
    text = "Residents of Trump Tower were told to stay inside on Monday."
    raw = [tag(text, "Trump Tower", "FAC")]
    assert body(finalize_mentions(raw, text, "")) == {("Trump Tower", "Trump Tower", "FAC")}


def test_a_city_a_speaker_names_in_a_quotation_is_a_place(nlp: Language) -> None:
    """ ""[Surrey] deserves a real police force"": the city as a subject in a quotation."""
    text = ('"Surrey deserves a real police force, and Surrey will get one," Mayor Brenda '
            "Locke told reporters on Monday.")
    found = {m.entity: m.label for m in analyze_document("", text, nlp).mentions}
    assert found["Surrey"] == "GPE"
    assert found["Brenda Locke"] == "PERSON"


def test_a_town_and_its_force_s_letters_are_the_force_not_a_person(nlp: Language) -> None:
    """ "[Surrey RCMP] said": the detachment, which the model reads as a person."""
    text = ("Surrey RCMP said officers would stay in the city until the transition ends. "
            "Cpl. Vanessa Munn said the detachment had 800 members.")
    found = {m.entity: m.label for m in analyze_document("", text, nlp).mentions}
    assert found["Surrey RCMP"] == "ORG"


def test_a_person_s_post_nominal_letters_make_no_body() -> None:
    text = "Toronto MPP Jessica Bell spoke. Later, Jessica Bell MPP said the bill was weak."
    raw = [tag(text, "Jessica Bell", "PERSON"), tag(text, "Jessica Bell MPP", "PERSON")]
    assert {label for _, _, label in body(finalize_mentions(raw, text, ""))} == {"PERSON"}


def test_a_road_named_after_a_titled_person_is_no_person(nlp: Language) -> None:
    """ "a crash on [King George Boulevard]": "King" is no title there, and the road is
    no person "George Boulevard"."""
    text = ("A crash on King George Boulevard closed two lanes in Surrey on Tuesday. Police "
            "said the northbound lanes reopened at noon.")
    mentions = analyze_document("", text, nlp).mentions
    found = {m.entity: m.label for m in mentions}
    assert "George Boulevard" not in found
    assert found["King George Boulevard"] == "FAC"


def test_a_road_the_model_read_as_a_titled_person_is_a_facility() -> None:
    text = "Traffic was diverted off Queen Elizabeth Drive after the crash."
    raw = [tag(text, "Queen Elizabeth Drive", "PERSON")]
    assert body(finalize_mentions(raw, text, "")) == {
        ("Queen Elizabeth Drive", "Queen Elizabeth Drive", "FAC")}


_CAPTIONED = ("Ontario Premier Doug Ford announces the cut at Queen's Park in Toronto on Monday. "
              "(Chris Young/The Canadian Press)\n\n"
              "The province will cut the gas tax by 5.7 cents a litre starting July 1. Ford said "
              'the cut would save families money. "People are hurting," Ford said.')


def test_a_caption_s_titled_full_name_makes_a_bare_surname_a_person(nlp: Language) -> None:
    """The caption is furniture, but its "Premier Doug Ford" says who "Ford said" is: not
    the carmaker the model reads."""
    analysis = analyze_document("Ford to cut gas tax", _CAPTIONED, nlp)
    caption_end = _CAPTIONED.index("\n")
    fords = [m for m in analysis.mentions if m.field == "text" and m.text == "Ford"]
    assert fords
    assert {m.label for m in fords} == {"PERSON"}
    assert not [m for m in analysis.mentions
                if m.field == "text" and m.start < caption_end and m.label == "PERSON"]


def test_a_caption_s_photographer_is_no_evidence() -> None:
    text = _CAPTIONED
    raw = [tag(text, "Doug Ford", "PERSON"), tag(text, "Chris Young", "PERSON")]
    found = caption_people(raw, text, furniture_spans(text))
    assert [m.text for m in found] == ["Doug Ford"]


@pytest.mark.parametrize(("text", "name"), [
    ('"We are watching the data closely," Tiff Macklem said on Wednesday.', "Tiff Macklem"),
    ('The Toronto Raptors lost their fifth straight game on Friday. "We have to be better," '
     "Scottie Barnes said.", "Scottie Barnes"),
])
def test_a_full_name_speaking_after_a_quotation_is_a_person_not_a_work(
        nlp: Language, text: str, name: str) -> None:
    """ ""…," [Tiff Macklem] said": the model reads the name after the closing mark as a
    title (WORK_OF_ART); a work never speaks."""
    found = {m.entity: m.label for m in analyze_document("", text, nlp).mentions}
    assert found[name] == "PERSON"


@pytest.mark.parametrize("text", [
    "The Toronto Raptors lost their fifth straight game on Friday night.",
    "Fans of the Toronto Raptors lined up for playoff tickets on Monday.",
])
def test_a_city_and_a_team_plural_the_model_left_untagged_is_the_team(
        nlp: Language, text: str) -> None:
    found = {m.entity: m.label for m in analyze_document("", text, nlp).mentions}
    assert found.get("Toronto Raptors") == "ORG"


def test_a_plural_the_text_writes_in_lowercase_is_no_team() -> None:
    text = "Toronto Homeowners Face Higher Taxes\n\nMost homeowners will pay more next year."
    assert missed_teams([], text) == []
