"""Issue 19, session 14: market wraps and car-sales reports (the markets dev6 set's classes),
on sentences written for these tests (anchor: Tuesday 14 October 2025)."""

from __future__ import annotations

import datetime as dt

from tests.nlp.time_support import time_values

ANCHOR = dt.date(2025, 10, 14)


def _values(nlp, text: str) -> dict[str, str | None]:
    return time_values(nlp, text, ANCHOR)


def test_a_period_then_on_and_a_weekday_are_two_dates(nlp) -> None:
    values = _values(nlp, "Bond yields posted their sharpest jump of the month on Monday, as "
                          "traders sold Treasuries after the auction in 2024.")
    assert values.get("the month on Monday") is None
    assert values["Monday"] == "2025-10-13"


def test_the_day_after_a_holiday_is_one_date_a_day_later(nlp) -> None:
    values = _values(nlp, "Retailers expect crowds on the day after Thanksgiving.")
    assert values["the day after Thanksgiving"] == "2025-11-28"
    assert "Thanksgiving" not in values


def test_a_weekday_in_apposition_with_a_day_takes_that_day(nlp) -> None:
    values = _values(nlp, "Markets will close early next Friday, the day after Thanksgiving.")
    assert values["the day after Thanksgiving"] == "2025-11-28"
    assert any(words.endswith("Friday") and value == "2025-11-28"
               for words, value in values.items())


def test_a_day_and_its_part_in_apposition_keep_the_day(nlp) -> None:
    values = _values(nlp, "The founder died on Sunday, early in the morning.")
    assert values["Sunday"] == "2025-10-12"


def test_the_year_earlier_quarter_is_one_period_a_year_back(nlp) -> None:
    values = _values(nlp, "The brewer said sales in the third quarter rose 4 percent from the "
                          "year-earlier quarter.")
    assert values["the year-earlier quarter"] == "2024-Q3"
    assert "the year" not in values


def test_a_model_year_before_models_is_a_date(nlp) -> None:
    values = _values(nlp, "Dealers will start selling 2027 models in the spring.")
    assert values["2027"] == "2027"


def test_a_count_before_a_plural_noun_stays_a_count(nlp) -> None:
    assert "2000" not in _values(nlp, "The show drew 2000 visitors on Saturday.")
