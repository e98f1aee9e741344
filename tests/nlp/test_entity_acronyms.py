"""An acronym read as a place that no place goes by is an organisation's."""

from __future__ import annotations

from tests.nlp.entity_support import tag
from workbench.core.models import Mention
from workbench.nlp.entity_acronyms import unplaced_acronyms


def labels(text: str, *mentions: Mention) -> list[str]:
    return [m.label for m in unplaced_acronyms(list(mentions), text)]


def test_an_unknown_acronym_read_as_a_place_is_an_organisation() -> None:
    text = "He hosted a show on QXT before the QXT notice came."
    assert labels(text, tag(text, "QXT", "GPE"), tag(text, "QXT", "NORP", 1)) == ["ORG", "ORG"]


def test_letters_a_place_goes_by_stay_a_place() -> None:
    for letters in ("UK", "NYC", "NSW", "U.S."):
        text = f"Prices rose across {letters}. {letters} officials agreed."
        assert labels(text, tag(text, letters, "GPE", 1)) == ["GPE"]


def test_an_acronym_the_text_places_stays_a_place() -> None:
    text = "Flights from the QXR resumed. QXR officials said so."
    assert labels(text, tag(text, "QXR", "GPE"), tag(text, "QXR", "GPE", 1)) == ["GPE", "GPE"]


def test_an_acronym_the_text_defines_keeps_its_name_and_label() -> None:
    text = "The Qarvan Republic (QR) voted. QR officials agreed."
    defined = tag(text, "QR", "GPE", 1)
    defined = Mention(defined.start, defined.end, "QR", "GPE", "Qarvan Republic")
    assert labels(text, defined) == ["GPE"]


def test_a_former_states_letters_stay_a_place() -> None:
    """Issue 15: "Stalin ruled the USSR" names a country, not a body."""
    for letters in ("USSR", "GDR", "FRG", "SFRY", "PRC", "DPRK"):
        text = f"The {letters} had fifteen republics. Stalin ruled the {letters} for decades."
        assert labels(text, tag(text, letters, "GPE"), tag(text, letters, "GPE", 1)) \
            == ["GPE", "GPE"]
