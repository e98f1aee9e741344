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
