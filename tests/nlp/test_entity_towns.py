"""A town the model read as a person, known by the region after it (issue 15): "a man
from [Harlow Vale], Ontario". Sentences written for these tests; mentions made by hand,
as the small model tags them."""

from __future__ import annotations

from tests.nlp.entity_support import tag
from workbench.nlp.entity_towns import towns_before_regions


def _labels(text: str, raw: list) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in towns_before_regions(raw, text)]


def test_a_person_before_a_comma_and_a_region_that_ends_the_phrase_is_a_town() -> None:
    text = "A man from Harlow Vale, Ontario was arrested. Harlow Vale has 900 people."
    raw = [tag(text, "Harlow Vale", "PERSON"), tag(text, "Ontario", "GPE"),
           tag(text, "Harlow Vale", "PERSON", 1)]
    assert _labels(text, raw) == [("Harlow Vale", "GPE"), ("Ontario", "GPE"),
                                  ("Harlow Vale", "GPE")]


def test_a_region_between_commas_makes_a_town_only_after_a_placing_word() -> None:
    text = ("The mill in Dunmore, Pennsylvania, closed. Dana Okafor, Texas, and Lee Holt, "
            "Ohio, voted.")
    raw = [tag(text, "Dunmore", "PERSON"), tag(text, "Pennsylvania", "GPE"),
           tag(text, "Dana Okafor", "PERSON"), tag(text, "Texas", "GPE"),
           tag(text, "Lee Holt", "PERSON"), tag(text, "Ohio", "GPE")]
    assert dict(_labels(text, raw)) == {"Dunmore": "GPE", "Pennsylvania": "GPE",
                                        "Dana Okafor": "PERSON", "Texas": "GPE",
                                        "Lee Holt": "PERSON", "Ohio": "GPE"}


def test_a_place_with_a_possessive_or_a_noun_after_it_describes_a_person() -> None:
    text = "Ana Ruiz, Ontario's premier, spoke. Lee Holt, Ohio senator, agreed."
    raw = [tag(text, "Ana Ruiz", "PERSON"), tag(text, "Ontario", "GPE"),
           tag(text, "Lee Holt", "PERSON"), tag(text, "Ohio", "GPE")]
    assert _labels(text, raw) == [(m.text, m.label) for m in raw]


def test_a_titled_name_or_one_whose_surname_speaks_alone_stays_a_person() -> None:
    text = ("We met Mayor Dean Holt, Ohio. Dana Okafor, Texas was there too. Okafor said "
            "it went well.")
    raw = [tag(text, "Mayor Dean Holt", "PERSON"), tag(text, "Ohio", "GPE"),
           tag(text, "Dana Okafor", "PERSON"), tag(text, "Texas", "GPE"),
           tag(text, "Okafor", "PERSON", 1)]
    assert _labels(text, raw) == [(m.text, m.label) for m in raw]


def test_a_person_after_a_place_noun_and_of_is_a_place_everywhere() -> None:
    text = ("Voters in the electoral district of Tarrow go to the polls. One issue for Tarrow "
            "is water. The state of Dana Okafor's campaign worried aides.")
    raw = [tag(text, "Tarrow", "PERSON"), tag(text, "Tarrow", "PERSON", 1),
           tag(text, "Dana Okafor", "PERSON")]
    assert _labels(text, raw) == [("Tarrow", "GPE"), ("Tarrow", "GPE"),
                                  ("Dana Okafor", "PERSON")]


def test_a_titled_person_after_seat_of_stays_a_person() -> None:
    text = "The seat of Senator Lee Holt is safe."
    raw = [tag(text, "Senator Lee Holt", "PERSON")]
    assert _labels(text, raw) == [("Senator Lee Holt", "PERSON")]


def test_a_person_after_a_name_an_age_and_of_is_a_hometown() -> None:
    text = ("Dolores Quint, 54, of Bramwell, told the board she would sue. Luis Ortega, 37, "
            "from Pellham said the same. The son, 12, of Dana Okafor was not hurt.")
    raw = [tag(text, "Dolores Quint", "PERSON"), tag(text, "Bramwell", "PERSON"),
           tag(text, "Luis Ortega", "PERSON"), tag(text, "Pellham", "PERSON"),
           tag(text, "Dana Okafor", "PERSON")]
    assert _labels(text, raw) == [("Dolores Quint", "PERSON"), ("Bramwell", "GPE"),
                                  ("Luis Ortega", "PERSON"), ("Pellham", "GPE"),
                                  ("Dana Okafor", "PERSON")]


def test_a_person_after_an_age_and_of_with_a_possessive_stays_a_person() -> None:
    """ "of Linda Brandt's house" names a place by its owner: the owner is a person."""
    text = ("The jury heard that Tyler Brandt, 19, of Linda Brandt's house in Ames, fired twice."
            " Linda Brandt declined to comment. Mara Voss, 33, from Ken Oduya\u2019s farm near"
            " Hollin, was the first witness.")
    raw = [tag(text, "Tyler Brandt", "PERSON"), tag(text, "Linda Brandt", "PERSON"),
           tag(text, "Linda Brandt", "PERSON", 1), tag(text, "Mara Voss", "PERSON"),
           tag(text, "Ken Oduya", "PERSON")]
    assert {label for _name, label in _labels(text, raw)} == {"PERSON"}


def test_a_name_after_a_title_before_its_country_stays_a_person() -> None:
    text = ("Weakened by the unpopularity of the government of Prime Minister Nikos Varela, "
            "Greece is still awaiting a report. The mill in St. Albert, Alberta was sold.")
    raw = [tag(text, "Nikos Varela", "PERSON"), tag(text, "Greece", "GPE"),
           tag(text, "Albert", "PERSON"), tag(text, "Alberta", "GPE")]
    assert _labels(text, raw) == [("Nikos Varela", "PERSON"), ("Greece", "GPE"),
                                  ("Albert", "GPE"), ("Alberta", "GPE")]


def test_a_person_after_neighbourhood_of_is_a_place_everywhere() -> None:
    text = ("Students marched to the edgy neighborhood of Vathia, where the boy was shot. "
            "Tear gas hung over Vathia all night.")
    raw = [tag(text, "Vathia", "PERSON"), tag(text, "Vathia", "PERSON", 1)]
    assert _labels(text, raw) == [("Vathia", "GPE"), ("Vathia", "GPE")]
