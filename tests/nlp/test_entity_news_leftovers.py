"""Kinds of entity error issue 15 still named on unseen news (session 54): a town and its
country read as one body, ...

Hand-made mentions as the small model tags our own passages go through the
whole-document pass, so each test names the model mistake its rule repairs.
"""

from __future__ import annotations

import pytest

from tests.nlp.entity_support import entities, tag
from workbench.nlp.entities import finalize_mentions


@pytest.mark.parametrize(("text", "tagged", "town", "label"), [
    ("Auckland, New Zealand — A strong earthquake shook the city on Friday.",
     "Auckland, New Zealand", "Auckland", "GPE"),
    ("The Hamilton, New Zealand company Xero said profits rose.",
     "Hamilton, New Zealand", "Hamilton", "GPE"),
    ("Researchers at the University of Auckland, New Zealand, found the gene.",
     "University of Auckland, New Zealand", "University of Auckland", "ORG"),
    ("Crews in Smallbrook, Ohio, worked through the night.", "Smallbrook, Ohio",
     "Smallbrook", "GPE"),
])
def test_a_town_or_body_and_its_country_read_as_one_body_are_two_names(
        text: str, tagged: str, town: str, label: str) -> None:
    region = tagged.rpartition(", ")[2]
    found = entities(finalize_mentions([tag(text, tagged, "ORG")], text, ""))
    assert found == {town: label, region: "GPE"}


@pytest.mark.parametrize("name", ["Acme, Inc.", "Smith, Jones and Co", "Apple, Cupertino"])
def test_a_body_s_comma_without_a_country_after_it_stays_one_name(name: str) -> None:
    text = f"Shares of {name} rose on Friday."
    found = entities(finalize_mentions([tag(text, name, "ORG")], text, ""))
    assert list(found.values()) == ["ORG"]
