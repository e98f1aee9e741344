"""Full names read as organisations, made people by a person's noun before them or a
person's full name joined to them by "and" (issue 15)."""

from __future__ import annotations

from tests.nlp.entity_support import entities, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_name_shaped_people import name_shaped_people


def test_a_person_s_noun_before_a_full_name_makes_it_a_person_and_its_surname_joins() -> None:
    text = ("Harbour charity spokesperson Mirela Duvnjak said the ship had left. Duvnjak "
            "said a second ship would follow.")
    raw = [tag(text, "Mirela Duvnjak", "ORG"), tag(text, "Duvnjak", "ORG", 1)]
    assert entities(finalize_mentions(raw, text, "")) == {"Mirela Duvnjak": "PERSON"}


def test_a_full_name_joined_by_and_to_a_person_is_a_person() -> None:
    text = "The prizes went to Ivo Saltykov and Vera Lindqvist from the academy."
    raw = [tag(text, "Ivo Saltykov", "ORG"), tag(text, "Vera Lindqvist", "PERSON")]
    assert [m.label for m in name_shaped_people(raw, text)] == ["PERSON", "PERSON"]


def test_a_company_s_noun_an_organisation_s_word_or_a_lone_org_stays() -> None:
    text = ("The retailer Hollis Brandt cut prices. The union Fairway Press and Vera Lindqvist "
            "met. Kestrel Vale Group and Ann Pike agreed. Dorn Vollmer rose.")
    raw = [tag(text, "Hollis Brandt", "ORG"), tag(text, "Fairway Press", "ORG"),
           tag(text, "Vera Lindqvist", "PERSON"), tag(text, "Kestrel Vale Group", "ORG"),
           tag(text, "Ann Pike", "PERSON"), tag(text, "Dorn Vollmer", "ORG")]
    assert [m.label for m in name_shaped_people(raw, text)] == [
        "ORG", "ORG", "PERSON", "ORG", "PERSON", "ORG"]
