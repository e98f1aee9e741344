"""One entity for one thing's spellings: group plurals, the district's forms, fragments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.entity_support import body, entities, tag
from workbench.nlp.entities import finalize_mentions, raw_mentions

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_nationality_and_its_plural_are_one_group() -> None:
    text = "Americans voted on Tuesday. One American said the vote was fair."
    mentions = finalize_mentions([tag(text, "Americans", "NORP"),
                                  tag(text, "American", "NORP", 1)], text, "")
    assert set(entities(mentions)) == {"American"}


def test_a_party_name_of_two_words_keeps_its_plural() -> None:
    text = "The Young Republicans met in Ohio."
    mentions = finalize_mentions([tag(text, "Young Republicans", "NORP")], text, "")
    assert ("Young Republicans", "Young Republicans", "NORP") in body(mentions)


def test_the_district_spelled_three_ways_is_one_place() -> None:
    text = ("The senator flew to Washington, D.C. on Monday. Later in Washington, aides met. "
            "DC officials said the plan was ready.")
    raw = [tag(text, "Washington", "GPE"), tag(text, "D.C.", "GPE"),
           tag(text, "Washington", "GPE", 1), tag(text, "DC", "GPE")]
    places = {m.entity for m in finalize_mentions(raw, text, "") if m.label == "GPE"}
    assert places == {"Washington, D.C."}


def test_washington_alone_is_not_made_the_city() -> None:
    text = "Farmers in Washington grew apples. DC officials said the plan was ready."
    raw = [tag(text, "Washington", "GPE"), tag(text, "DC", "GPE")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Washington", "Washington", "GPE") in found
    assert ("DC", "Washington, D.C.", "GPE") in found


def test_washington_before_dc_is_the_city_in_an_article_naming_the_president() -> None:
    text = ("Marchers gathered in Washington, D.C. on Sunday. A statue of George Washington "
            "stood near the square.")
    raw = [tag(text, "Washington", "PERSON"), tag(text, "D.C.", "GPE"),
           tag(text, "George Washington", "PERSON")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Washington", "Washington, D.C.", "GPE") in found
    assert ("George Washington", "George Washington", "PERSON") in found


def test_the_opening_letters_of_a_coded_name_are_no_name() -> None:
    text = "The COVID-19 outbreak grew. COVI cases rose in the city of Lyon."
    raw = [tag(text, "COVID-19", "EVENT"), tag(text, "COVI", "ORG"), tag(text, "Lyon", "GPE")]
    names = {surface for surface, _, _ in body(finalize_mentions(raw, text, ""))}
    assert "COVI" not in names
    assert {"COVID-19", "Lyon"} <= names


def test_a_mention_cut_inside_a_word_is_dropped() -> None:
    text = "Officials at Globalcorp said the plant in Lyon would close."
    raw = [tag(text, "Globalc", "ORG"), tag(text, "Lyon", "GPE")]
    names = {surface for surface, _, _ in body(finalize_mentions(raw, text, ""))}
    assert names == {"Lyon"}


def test_a_command_opening_a_sentence_is_no_name(nlp: Language) -> None:
    text = ('He said "That\'s pretty cool.  Imagine just being able to jump in a helicopter." '
            "Imagine is a song by John Lennon.")
    starts = {m.start for m in raw_mentions(nlp(text))}
    assert text.index("Imagine") not in starts  # the command; the song's title may stay


def test_the_district_voted_a_person_is_a_place_again() -> None:
    from dataclasses import replace

    from workbench.nlp.entity_variants import one_district

    text = "Riots broke out in Washington, D.C. on Sunday."
    voted = replace(tag(text, "D.C.", "PERSON"), entity="Washington, D.C.")
    assert [(m.label, m.entity) for m in one_district([voted], text)] == [
        ("GPE", "Washington, D.C.")]
