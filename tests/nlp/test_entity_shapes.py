"""Names whose shape tells their kind, where the model read a person: a road, a county,
a river ("County Mayo", "Abbey Road") and the "-exit" coinages ("Brexit")."""

from __future__ import annotations

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_shapes import shape_label


def test_counties_in_either_order_are_places_not_people() -> None:
    text = ("A weather warning applied to County Galway, County Mayo and Lincoln County "
            "from six in the evening.")
    raw = [tag(text, "County Galway", "GPE"), tag(text, "County Mayo", "PERSON"),
           tag(text, "Lincoln County", "PERSON")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("County Mayo", "County Mayo", "GPE") in found
    assert ("Lincoln County", "Lincoln County", "GPE") in found


def test_roads_and_rivers_are_facilities_and_locations() -> None:
    text = "Traffic stopped on Abbey Road while divers searched the Hudson River for hours."
    raw = [tag(text, "Abbey Road", "PERSON"), tag(text, "Hudson River", "PERSON")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Abbey Road", "Abbey Road", "FAC") in found
    assert ("Hudson River", "Hudson River", "LOC") in found


def test_a_surname_head_is_a_place_only_where_the_text_places_it() -> None:
    text = ("Police were called to a collision on Wellhouse Lane, Winchester. "
            "Actress Diane Lane said she had seen it.")
    assert shape_label(tag(text, "Wellhouse Lane", "PERSON"), text) == "FAC"
    assert shape_label(tag(text, "Diane Lane", "PERSON"), text) is None


def test_an_organisation_named_after_its_street_keeps_its_label() -> None:
    text = "Wall Street fell on Monday and Downing Street said nothing."
    assert shape_label(tag(text, "Wall Street", "ORG"), text) is None
    assert shape_label(tag(text, "Downing Street", "ORG"), text) is None


def test_exit_coinages_are_events_not_people() -> None:
    text = ("Supporters say Brexit will free the country. Critics of Brexit and of a "
            "Grexit disagree. The Brexit Party met.")
    raw = [tag(text, "Brexit", "PERSON"), tag(text, "Brexit", "PERSON", 1),
           tag(text, "Grexit", "ORG"), tag(text, "Brexit Party", "ORG")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Brexit", "Brexit", "EVENT") in found
    assert ("Grexit", "Grexit", "EVENT") in found
    assert ("Brexit Party", "Brexit Party", "ORG") in found
    assert not any(label == "PERSON" for _, _, label in found)


def test_a_person_whose_name_only_contains_a_head_stays_a_person() -> None:
    text = "River Phoenix and Kerry Park spoke to the county council."
    assert shape_label(tag(text, "River Phoenix", "PERSON"), text) is None
    assert shape_label(tag(text, "Kerry Park", "PERSON"), text) is None


def test_named_storms_are_events() -> None:
    text = "Hurricane Dorian hit Abaco. Storm Lorenzo reached Ireland as Typhoon Hagibis faded."
    raw = [tag(text, "Hurricane Dorian", "FAC"), tag(text, "Storm Lorenzo", "PERSON"),
           tag(text, "Typhoon Hagibis", "NORP")]
    found = {surface: label for surface, _, label in body(finalize_mentions(raw, text, ""))}
    assert [found[name] for name in ("Hurricane Dorian", "Storm Lorenzo", "Typhoon Hagibis")
            ] == ["EVENT", "EVENT", "EVENT"]


def test_a_nationality_in_the_plural_is_a_group() -> None:
    text = "Greeks voted on Sunday while Israelis waited for the count. Stevens said so."
    assert shape_label(tag(text, "Greeks", "PERSON"), text) == "NORP"
    assert shape_label(tag(text, "Israelis", "ORG"), text) == "NORP"
    assert shape_label(tag(text, "Stevens", "PERSON"), text) is None


def test_a_storm_s_name_alone_is_the_storm() -> None:
    text = "Storm Lorenzo hit Ireland on Friday. Lorenzo brought winds of 100 km/h."
    raw = [tag(text, "Storm Lorenzo", "PERSON"), tag(text, "Lorenzo", "PERSON", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Lorenzo", "Storm Lorenzo", "EVENT") in found
    assert not any(label == "PERSON" for _, _, label in found)


def test_the_plural_nationality_after_the_stays_a_group() -> None:
    text = "Two of his relatives were killed by the Israelis, the family said."
    raw = [tag(text, "Israelis", "ORG")]
    assert body(finalize_mentions(raw, text, "")) == {("Israelis", "Israeli", "NORP")}


def test_one_storm_under_two_kinds_is_one_entity() -> None:
    text = ("Storm Pedro formed off Cuba on Monday. By Wednesday Hurricane Pedro was a "
            "category two storm, and Hurricane Pedro then turned north.")
    raw = [tag(text, "Storm Pedro", "PERSON"), tag(text, "Hurricane Pedro", "ORG"),
           tag(text, "Hurricane Pedro", "ORG", 1)]
    found = {m for m in body(finalize_mentions(raw, text, "")) if "Pedro" in m[0]}
    assert {entity for _, entity, _ in found} == {"Hurricane Pedro"}
    assert {label for _, _, label in found} == {"EVENT"}


def test_a_super_typhoon_is_a_storm_as_the_library_spells_it() -> None:
    """The library already takes "Super Typhoon" for a storm's kind; the document did not."""
    text = "Super Typhoon Haiyan hit Tacloban. Typhoon Haiyan then weakened over the sea."
    assert shape_label(tag(text, "Super Typhoon Haiyan", "ORG"), text) == "EVENT"


def test_a_nationality_cut_from_its_sea_is_joined_to_it_again() -> None:
    """Sentences written for this test: "English" the language and "Channel" nothing."""
    text = ("The swimmer crossed the English Channel in 14 hours. Ferries on the Irish "
            "Sea were cancelled and tankers left the Persian Gulf.")
    raw = [tag(text, "English", "LANGUAGE"), tag(text, "Irish", "NORP"),
           tag(text, "Sea", "ORG"), tag(text, "Persian", "NORP")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("English Channel", "English Channel", "LOC") in found
    assert ("Irish Sea", "Irish Sea", "LOC") in found
    assert ("Persian Gulf", "Persian Gulf", "LOC") in found
    assert not {surface for surface, _, _ in found} & {"English", "Irish", "Sea", "Persian"}


def test_a_head_word_that_begins_a_longer_name_is_not_a_sea() -> None:
    text = ("The British Channel 4 presenter spoke French Channel Islands dialect, "
            "and the English team won.")
    raw = [tag(text, "British", "NORP"), tag(text, "Channel 4", "ORG"),
           tag(text, "French", "NORP"), tag(text, "English", "NORP")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("British", "British", "NORP") in found
    assert ("French", "French", "NORP") in found
    assert ("English", "English", "NORP") in found


def test_a_nationality_and_a_sea_read_whole_as_an_organisation_is_a_place() -> None:
    text = "Migrants crossed the English Channel again, and the Disney Channel reported it."
    raw = [tag(text, "English Channel", "ORG"), tag(text, "Disney Channel", "ORG")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("English Channel", "English Channel", "LOC") in found
    assert ("Disney Channel", "Disney Channel", "ORG") in found


def test_a_seas_head_word_alone_after_its_full_name_is_that_sea() -> None:
    text = ("The swimmer crossed the English Channel on Sunday. Crossing the Channel "
            "took him nine hours.")
    raw = [tag(text, "English", "LANGUAGE"), tag(text, "Channel", "ORG", occurrence=1)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Channel", "English Channel", "LOC") in found


def test_a_regions_adjective_is_a_nationality_word_not_the_region() -> None:
    text = ("She mediated in several Middle Eastern disputes and met West African envoys "
            "near the East Mediterranean gas fields.")
    raw = [tag(text, "Middle Eastern", "LOC"), tag(text, "West African", "GPE"),
           tag(text, "East Mediterranean", "LOC")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Middle Eastern", "Middle Eastern", "NORP") in found
    assert ("West African", "West African", "NORP") in found
    assert ("East Mediterranean", "East Mediterranean", "LOC") in found
