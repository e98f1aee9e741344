"""``--quote`` finds whole characters only: never half an emoji or a letter without its mark."""

from __future__ import annotations

import pytest

from workbench.core.anchoring import find_exact

TEXT = "The mayor 👍🏽 said yes. Then 👍 again. Flags 🇫🇷🇩🇪 and Iraq̃ too."


def test_a_quote_inside_an_emoji_with_its_skin_tone_skips_to_the_whole_one() -> None:
    start, end = find_exact(TEXT, "👍")
    assert TEXT[start - 5:end + 6] == "Then 👍 again"


@pytest.mark.parametrize("quote", ["🏽 said", "🇷🇩", "Iraq"])
def test_a_quote_that_only_cuts_a_character_is_refused_with_why(quote: str) -> None:
    with pytest.raises(ValueError, match="only as part of a character"):
        find_exact(TEXT, quote)


def test_whole_characters_are_found_as_before() -> None:
    for quote in ("👍🏽 said", "🇫🇷", "🇩🇪 and", "Iraq̃", "The mayor"):
        start, end = find_exact(TEXT, quote)
        assert TEXT[start:end] == quote
    with pytest.raises(ValueError, match="occurs 1 time; occurrence 2"):
        find_exact(TEXT, "Iraq̃", 2)
