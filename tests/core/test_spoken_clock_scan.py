"""The spoken-clock scan with its first look finds what the full pattern finds."""

from __future__ import annotations

from workbench.core.time_spoken_clock import SPOKEN_CLOCK_IN_TEXT, spoken_clocks

TEXTS = [
    "They met at a quarter to five and left at half past eight in the evening.",
    "Trading closed at twenty-five past 4 p.m.; ten to six people came, Half past noon.",
    "Shares rose by a quarter to 3 billion dollars, a rise of ten to 12 percent.",
    "The council voted to go ahead after a long debate about the budget.",  # no hour
    "",
]


def test_spoken_clocks_equal_the_full_scan() -> None:
    for text in TEXTS:
        found = [(m.span(), m.groupdict()) for m in spoken_clocks(text)]
        assert found == [(m.span(), m.groupdict()) for m in SPOKEN_CLOCK_IN_TEXT.finditer(text)]
    assert [m.group() for m in spoken_clocks(TEXTS[0])] == [
        "a quarter to five", "half past eight in the evening"]
