"""Entity kinds an analyst saw wrong on real news (issue 15, session 50): laws read as
organisations, titles kept in a person's name, a title read as a person of its own.

Hand-made mentions (as the small model tags them) go through the whole-document pass.
"""

from __future__ import annotations

from tests.nlp.entity_support import entities, tag
from workbench.nlp.entities import finalize_mentions


def test_a_name_headed_like_a_law_is_a_law_not_an_organisation() -> None:
    text = ("The senators cited the Harbour Safety Act and the Treaty of Ghent. The "
            "Fourteenth Amendment was read aloud before the Clean Rivers Bill passed.")
    raw = [tag(text, "Harbour Safety Act", "ORG"), tag(text, "Treaty of Ghent", "WORK_OF_ART"),
           tag(text, "Fourteenth Amendment", "ORG"), tag(text, "Clean Rivers Bill", "ORG")]
    assert set(entities(finalize_mentions(raw, text, "")).values()) == {"LAW"}


def test_a_person_called_bill_stays_a_person() -> None:
    text = "Buffalo Bill rode into town on Monday."
    raw = [tag(text, "Buffalo Bill", "PERSON")]
    assert entities(finalize_mentions(raw, text, "")) == {"Buffalo Bill": "PERSON"}
