"""Issue 19, bad input: far and impossible dates are found and kept, an anaphor a year
places elsewhere takes no value (sentences written for these tests; anchor 1 May 2024)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.time_support import time_values

ANCHOR = dt.date(2024, 5, 1)
BATTLE = "The Normans won the battle of Hastings on October 14, 1066. "


def _values(nlp, text: str) -> dict[str, str | None]:
    return time_values(nlp, text, ANCHOR)


def test_the_day_a_later_year_places_is_not_the_day_named_before(nlp) -> None:
    """Before: 'the day' took 1066-10-14 and '2999' was dropped."""
    values = _values(nlp, BATTLE + "Historians will mark the day in 2999, the society said.")
    assert values["the day"] is None
    assert values["2999"] == "2999"


def test_the_day_in_the_year_named_before_is_still_that_day(nlp) -> None:
    values = _values(nlp, BATTLE + "They marked the day in 1066 with a feast.")
    assert values["the day"] == "1066-10-14"


@pytest.mark.parametrize("text", ["The probe will arrive in 2999.",
                                  "The lease will run until 2500."])
def test_a_far_year_after_in_or_until_is_a_date(nlp, text: str) -> None:
    assert any(value is not None and value[:1] in "25" for value in _values(nlp, text).values())


def test_a_far_number_counting_what_follows_is_no_date(nlp) -> None:
    assert _values(nlp, "Sales rose by 2500 in 3000 stores.") == {}


def test_an_impossible_day_is_found_and_keeps_no_value(nlp) -> None:
    """Before: 'February 30' was dropped as a class number ('Category 5')."""
    assert _values(nlp, "The meeting is set for February 30, the organisers said.") == {
        "February 30": None}
