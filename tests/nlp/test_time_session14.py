"""Issue 19, session 14: market wraps and car-sales reports (the markets dev6 set's classes),
on sentences written for these tests (anchor: Tuesday 14 October 2025)."""

from __future__ import annotations

import datetime as dt

from tests.nlp.time_support import time_values
from workbench.core.models import Mention
from workbench.nlp.time_false_alarms import is_false_alarm

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


def test_a_period_then_since_and_a_year_are_two_dates(nlp) -> None:
    values = _values(nlp, "Home sales in September were the weakest for the month since 1995, "
                          "the agents said Monday.")
    assert values["1995"] == "1995"
    assert "the month since 1995" not in values


def test_the_previous_weekday_is_read_on_the_day_named_before(nlp) -> None:
    values = _values(nlp, "The index rose on Wednesday, Oct. 8, after it had fallen the "
                          "previous Friday.")
    assert any(words.endswith("previous Friday") and value == "2025-10-03"
               for words, value in values.items())


def test_later_that_day_is_found_and_read_on_the_day_named_before(nlp) -> None:
    values = _values(nlp, "The bill failed on Monday, and leaders said later that day that "
                          "they would try again.")
    assert values["later that day"] == "2025-10-13"


def test_a_clock_time_in_eastern_time_is_a_time(nlp) -> None:
    values = _values(nlp, "Shares began to slide shortly after 2:30 p.m. ET on Monday.")
    assert any(words.endswith("2:30 p.m. ET") and value == "2025-10-13T14:30"
               for words, value in values.items())


def test_black_friday_is_the_day_after_thanksgiving(nlp) -> None:
    values = _values(nlp, "Dealers offered big discounts on Black Friday.")
    assert values["Black Friday"] == "2025-11-28"


def test_an_index_level_is_no_date() -> None:
    text = "The index closed at 10,412.85 on Friday."
    level = Mention(20, 29, "10,412.85", "DATE", "10,412.85")
    assert is_false_alarm(level, text, ANCHOR)
    day = Mention(33, 39, "Friday", "DATE", "Friday")
    assert not is_false_alarm(day, text, ANCHOR)


def test_the_previous_trading_day_named_in_apposition_takes_that_day(nlp) -> None:
    values = _values(nlp, "On the previous trading day, Friday, the index had lost 2 percent.")
    assert any(words.endswith("previous trading day") and value == "2025-10-10"
               for words, value in values.items())


def test_a_stock_index_with_its_number_is_no_date() -> None:
    text = "The Nikkei 225 rose 3 percent on Tuesday."
    assert is_false_alarm(Mention(4, 14, "Nikkei 225", "DATE", "Nikkei 225"), text, ANCHOR)


def test_an_index_level_before_a_clock_time_is_no_date(nlp) -> None:
    values = _values(nlp, "The Dow Jones industrial average closed at 10,365.45 at 4:00 p.m. ET.")
    assert not any("10,365.45" in words for words in values)
    assert any(words.startswith("4:00 p.m.") for words in values)
