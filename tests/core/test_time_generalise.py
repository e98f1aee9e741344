"""Issue 19, fourth round: classes of time expressions a second development set showed.

Every case is a sentence fragment written for this test (not taken from a corpus),
read on Friday 15 September 2023 unless it says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_anaphora import anaphoric_value, is_anaphoric
from workbench.core.time_normalise import normalise_time

FRIDAY = dt.date(2023, 9, 15)


def value(text: str, tense: str | None = None, anchor: dt.date = FRIDAY) -> str | None:
    found = normalise_time(text, anchor, tense)  # type: ignore[arg-type]
    return found.value if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("this past Friday", "2023-09-08"), ("this past Monday", "2023-09-11"),
     ("this coming Friday", "2023-09-22"), ("this coming Tuesday", "2023-09-19")],
)
def test_this_past_and_this_coming_name_the_weekday_before_and_after(text: str,
                                                                     expected: str) -> None:
    assert value(text) == expected
    assert value(text, "present") == expected  # the words decide, not the tense


def test_a_weekday_without_a_tense_is_the_one_that_has_been() -> None:
    """'a report on Monday by the agency' (no verb of its own) on a Friday: this week's."""
    assert value("Monday") == "2023-09-11"  # the nearest Monday would be the 18th
    assert value("Monday", "future") == "2023-09-18"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0100 UTC", "2023-09-15T01:00Z"), ("2359 GMT", "2023-09-15T23:59Z"),
     ("1430 UTC", "2023-09-15T14:30Z"), ("at 0930 UTC", "2023-09-15T09:30Z")],
)
def test_four_digit_clock_times_with_their_zone_are_times_not_years(text: str,
                                                                      expected: str) -> None:
    assert value(text) == expected


def test_a_bare_four_digit_number_stays_a_year() -> None:
    assert value("1430") == "1430"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("6:40 p.m. (GMT +8)", "2023-09-15T10:40Z"), ("11 p.m. (UTC -5)", "2023-09-16T04:00Z"),
     ("9:15 a.m. GMT+2", "2023-09-15T07:15Z"), ("6:40 p.m. (GMT)", "2023-09-15T18:40Z")],
)
def test_a_clock_time_with_a_zone_offset_is_written_in_utc(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [("the week of October 16", "future", "2023-W42"),
     ("the week of September 4", "past", "2023-W36"),
     ("the week beginning October 2", None, "2023-W40")],
)
def test_the_week_of_a_day_is_that_days_iso_week(text: str, tense: str | None,
                                                 expected: str) -> None:
    assert value(text, tense) == expected


def test_later_this_year_in_the_last_quarter_is_that_quarter() -> None:
    assert value("later this year", anchor=dt.date(2023, 11, 2)) == "2023-Q4"
    assert value("later this year") == "2023"  # in September, more than a quarter is left
    assert value("earlier this year", anchor=dt.date(2023, 11, 2)) == "2023"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("that night", "2023-09-09TNI"), ("that morning", "2023-09-09TMO"),
     ("the next morning", "2023-09-10TMO"), ("the following evening", "2023-09-10TEV"),
     ("the previous night", "2023-09-08TNI")],
)
def test_a_part_of_day_is_read_on_the_day_named_last(text: str, expected: str) -> None:
    """'voted on Saturday afternoon and announced it that night': Saturday's night."""
    assert is_anaphoric(text)
    assert anaphoric_value(text, ["2023-09-15", "2023-09-09TAF"]) == expected


def test_a_midnight_that_has_passed_is_the_start_of_the_day() -> None:
    """'began at midnight local time' in that morning's news: 00:00, not the day's end."""
    assert value("midnight local time", "past") == "2023-09-15T00:00"
    assert value("midnight", "future") == "2023-09-15T24:00"  # TIMEX3: the end of the day
    assert value("midnight on Tuesday", "past") == "2023-09-12T24:00"


@pytest.mark.parametrize(("text", "expected"),
                         [("summer's end", "2023-SU"), ("March's close", "2023-03"),
                          ("2022's end", "2022")])
def test_a_period_named_with_its_part_after_it_is_that_period(text: str, expected: str) -> None:
    assert value(text, anchor=dt.date(2023, 8, 31)) == expected


@pytest.mark.parametrize(("text", "expected"),
                         [("the latest quarter", "2023-Q2"), ("the most recent quarter", "2023-Q2"),
                          ("the just-ended quarter", "2023-Q2"), ("the latest month", "2023-08")])
def test_the_latest_period_is_the_last_complete_one(text: str, expected: str) -> None:
    """Earnings news on 15 September: 'the latest quarter' is April-June, not July-September."""
    assert value(text) == expected
