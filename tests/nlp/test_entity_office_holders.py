"""The untagged person after "<office> of <place>" ("Foreign Minister of Lithuania Linas
Vaitkus"), sentences written for the test."""

from __future__ import annotations

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions


def test_the_name_after_an_office_and_its_country_is_a_person() -> None:
    text = ("Foreign Minister of Lithuania Linas Vaitkus said the talks had failed. "
            "Vaitkus left for Vilnius.")
    raw = [tag(text, "Lithuania", "GPE"), tag(text, "Vaitkus", "PERSON", 1),
           tag(text, "Vilnius", "GPE")]
    found = body(finalize_mentions(raw, text, "Talks"))
    assert ("Linas Vaitkus", "Linas Vaitkus", "PERSON") in found
    assert ("Vaitkus", "Linas Vaitkus", "PERSON") in found


def test_no_person_without_an_office_or_with_more_capitals() -> None:
    for text in ("Trade with Lithuania Linas Vaitkus called vital.",
                 "The President of Lithuania Cup Final Series Board met today.",
                 "The Minister of Lithuania Says No to the plan, say the headlines; no, says "
                 "he."):
        raw = [tag(text, "Lithuania", "GPE")]
        assert {surface for surface, _, label in body(finalize_mentions(raw, text, ""))
                if label == "PERSON"} == set(), text


def test_a_surname_the_model_tagged_alone_gives_way_to_the_full_name() -> None:
    text = ("Rafi Khan was arrested. Mayor of Leeds Amina Khan said the city was safe. "
            "Police said Khan acted alone.")
    raw = [tag(text, "Rafi Khan", "PERSON"), tag(text, "Leeds", "GPE"),
           tag(text, "Khan", "PERSON", 1)]
    found = body(finalize_mentions(raw, text, "Arrest"))
    assert ("Amina Khan", "Amina Khan", "PERSON") in found
