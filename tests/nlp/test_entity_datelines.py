"""State abbreviations after a town and datelines in capitals, as North American news has them."""

from __future__ import annotations

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_datelines import with_dateline_places


def test_a_province_abbreviation_after_a_town_is_the_province_not_a_person() -> None:
    text = "KINGSTON, Ont. — Police in Kingston, Ont., arrested a man on Friday."
    raw = [tag(text, "Ont", "PERSON"), tag(text, "Kingston", "GPE"), tag(text, "Ont", "ORG", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Ont", "Ontario", "GPE") in found
    assert not any(label == "PERSON" for _, _, label in found)


def test_an_untagged_state_abbreviation_is_added() -> None:
    text = "The plant in Fremont, Calif., will close, a spokesman said."
    found = body(with_dateline_places([tag(text, "Fremont", "GPE")], text))
    assert found == {("Fremont", "Fremont", "GPE"), ("Calif", "California", "GPE")}


def test_an_abbreviation_that_is_also_a_word_needs_the_town_before_it() -> None:
    text = "Miss. Taylor said the Man. Utd. fans and Ill. health were topics, in Ore. mining."
    assert with_dateline_places([], text) == []


def test_a_dateline_in_capitals_is_the_same_place_as_in_the_body() -> None:
    text = "SAN ANTONIO — Flooding closed roads in San Antonio on Monday."
    raw = [tag(text, "SAN ANTONIO", "GPE"), tag(text, "San Antonio", "GPE")]
    assert {m.entity for m in with_dateline_places(raw, text)} == {"San Antonio"}


def test_short_capitalised_places_and_organisations_keep_their_names() -> None:
    text = "USA and NASA and the UK."
    raw = [tag(text, "USA", "GPE"), tag(text, "NASA", "ORG"), tag(text, "UK", "GPE")]
    assert {m.entity for m in with_dateline_places(raw, text)} == {"USA", "NASA", "UK"}


def test_an_unknown_dateline_town_read_as_a_place_is_named_in_title_case() -> None:
    text = "GLENMORRAN, Ontario — Police said the driver fled on foot."
    found = body(with_dateline_places([tag(text, "GLENMORRAN", "GPE")], text))
    assert found == {("GLENMORRAN", "Glenmorran", "GPE")}
