"""Units after a figure and amounts with their magnitude are no names."""

from __future__ import annotations

from tests.nlp.entity_support import entities, tag
from workbench.nlp.entities import finalize_mentions


def test_a_unit_after_a_figure_is_no_place_or_person() -> None:
    text = ("The phone comes in 64 GB and 128GB models for $299 USD. Its speaker reaches "
            "90 dB. Team GB won gold.")
    raw = [tag(text, "GB", "GPE"), tag(text, "GB", "PERSON", 1), tag(text, "USD", "ORG"),
           tag(text, "dB", "ORG"), tag(text, "GB", "ORG", 2)]
    found = finalize_mentions(raw, text, "")
    assert [(m.text, m.start) for m in found] == [("GB", text.index("Team GB") + 5)]


def test_an_amount_with_its_magnitude_is_no_person() -> None:
    text = "The deal is worth US$140bn to the maker, Vela Moss said, at 320x240 pixels."
    raw = [tag(text, "140bn", "PERSON"), tag(text, "Vela Moss", "PERSON"),
           tag(text, "320x240", "ORG")]
    assert entities(finalize_mentions(raw, text, "")) == {"Vela Moss": "PERSON"}
