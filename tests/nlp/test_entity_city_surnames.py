"""A surname spelled like a big city, and a town with its state's letters (issue 15).

The lone-city vote leans a one-word "person" to the place only where it stands as one
("[Surrey] council", ""[Surrey] deserves better"", "in Surrey"): a driver who "led every
lap" or a scientist who "described the finches" stays a person. A town and its state's or
province's postal letters ("Austin TX", "Surrey BC") is a place, not a body's letters
("Surrey RCMP"). Passages of our own, run through ``analyze_document``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from workbench.nlp.pipeline import analyze_document

if TYPE_CHECKING:
    from spacy.language import Language


def _labels(text: str, nlp: Language) -> dict[str, str]:
    return {m.entity: m.label for m in analyze_document("", text, nlp).mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("Hamilton started from pole and led every lap. It was the 104th win of Hamilton's "
     "career.", "Hamilton"),
    ("Darwin first described the finches in 1839. Scientists now say Darwin underestimated "
     "how fast they change.", "Darwin"),
    ("Mendoza opened the scoring after ten minutes. Leon doubled the lead before "
     "half-time.", "Leon"),
    ("Jackson drove to the basket and scored. The win was the 20th of Jackson's career.",
     "Jackson"),
])
def test_a_surname_spelled_like_a_city_that_acts_stays_a_person(
        nlp: Language, text: str, name: str) -> None:
    """The subject of an action verb, or a possessive before a person's noun."""
    found = _labels(text, nlp)
    assert found[name] == "PERSON"
    assert found.get("Mendoza", "PERSON") == "PERSON"


@pytest.mark.parametrize(("text", "name"), [
    ('"Surrey deserves better," the mayor said.', "Surrey"),
    ("Hamilton needs a new hospital, the council said.", "Hamilton"),
    ('"Hamilton deserves better," Mayor Andrea Horwath told reporters.', "Hamilton"),
])
def test_a_city_as_the_subject_of_a_place_s_predicate_is_a_place(
        nlp: Language, text: str, name: str) -> None:
    assert _labels(text, nlp)[name] == "GPE"


@pytest.mark.parametrize(("text", "name"), [
    ("The convoy reached Austin TX two days later.", "Austin TX"),
    ("Police in Surrey BC said the road was closed.", "Surrey BC"),
    ("Flights to Denver CO were cancelled on Monday.", "Denver CO"),
    ("The plant near Moncton NB will close next year, the company said.", "Moncton NB"),
])
def test_a_town_and_its_state_s_letters_are_a_place(
        nlp: Language, text: str, name: str) -> None:
    assert _labels(text, nlp)[name] == "GPE"


def test_a_town_and_a_force_s_letters_stay_the_force(nlp: Language) -> None:
    assert _labels("Ottawa OPP said the highway would reopen by noon.", nlp)[
        "Ottawa OPP"] == "ORG"
