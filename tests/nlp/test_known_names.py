"""Names whose kind the text never needs to tell: a faith is a group in every sentence."""

from __future__ import annotations

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions


def test_a_faith_is_one_group_whatever_the_model_read() -> None:
    text = ("He converted to Islam last year. Critics of Islam spoke, and scholars of "
            "Buddhism replied.")
    raw = [tag(text, "Islam", "ORG"), tag(text, "Islam", "GPE", 1),
           tag(text, "Buddhism", "PERSON")]
    found = body(finalize_mentions(raw, text, ""))
    assert {label for _, _, label in found} == {"NORP"}


def test_a_surname_spelled_like_a_faith_stays_its_persons() -> None:
    text = "Nazrul Islam, the minister, spoke on Monday. Islam said the bridge would open."
    raw = [tag(text, "Nazrul Islam", "PERSON"), tag(text, "Islam", "PERSON", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert found == {("Nazrul Islam", "Nazrul Islam", "PERSON"),
                     ("Islam", "Nazrul Islam", "PERSON")}


def test_a_known_name_in_capitals_is_the_lists_entity() -> None:
    text = ("LONDON (REUTERS) - Nato leaders met on Monday. Allies told Reuters the "
            "summit would run late, and a NATO official agreed.")
    raw = [tag(text, "REUTERS", "PERSON"), tag(text, "Nato", "ORG"),
           tag(text, "Reuters", "ORG"), tag(text, "NATO", "ORG")]
    found = body(finalize_mentions(raw, text, ""))
    assert {(entity, label) for _, entity, label in found} == {("Reuters", "ORG"),
                                                               ("NATO", "ORG")}
