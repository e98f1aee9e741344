"""Issue 19, session 10: classes the fourth Wikinews set (dev4) showed, on sentences and
expressions written for these tests (anchor: Tuesday 14 October 2025 unless said)."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_holidays import holiday_day
from workbench.core.time_normalise import normalise_time
from workbench.core.time_spoken_clock import written_clock

TUESDAY = dt.date(2025, 10, 14)
SATURDAY = dt.date(2025, 10, 18)


def value(text: str, tense: str | None = None, anchor: dt.date = TUESDAY) -> str | None:
    found = normalise_time(text, anchor, tense)  # type: ignore[arg-type]
    return found.value if found else None


@pytest.mark.parametrize(("said", "written"), [
    ("a quarter before 11 a.m.", "10:45 a.m."),
    ("quarter past 3 p.m.", "3:15 p.m."),
    ("half past nine", "9:30"),
    ("ten to six in the evening", "5:50 p.m."),
    ("twenty minutes after 8 a.m.", "8:20 a.m."),
    ("a quarter to one p.m.", "12:45 p.m."),
    ("a quarter past midnight", "12:15 a.m."),
    ("a quarter to noon", "11:45 a.m."),
    ("a quarter to midnight", "11:45 p.m."),
    ("at 9 in the evening", "at 9 p.m."),
    ("7:30 in the morning", "7:30 a.m."),
    ("at 12 at night", "at 12 a.m."),
    ("quarter past 12 at night", "12:15 a.m."),
    ("12:30 in the afternoon", "12:30 p.m."),
])
def test_spoken_clock_times_are_written_as_digits(said: str, written: str) -> None:
    assert written_clock(said) == written


@pytest.mark.parametrize("words", [
    "half to three",  # no English clock
    "june 3 in the morning",  # a day and its part, not 3 a.m.
    "about a quarter of the voters",
    "15:30 in the afternoon",  # a 24-hour clock says it already
])
def test_words_that_are_no_spoken_clock_stay_as_they_are(words: str) -> None:
    assert written_clock(words) == words


@pytest.mark.parametrize(("text", "expected"), [
    ("a quarter before 11 a.m. on Thursday", "2025-10-16T10:45"),
    ("half past nine in the morning", "2025-10-14T09:30"),
    ("ten past eight in the evening", "2025-10-14T20:10"),
    ("20 minutes to 9 p.m.", "2025-10-14T20:40"),
])
def test_spoken_clock_times_get_clock_values(text: str, expected: str) -> None:
    assert value(text, "future") == expected


def test_a_past_this_weekend_told_on_a_weekday_is_the_weekend_just_gone() -> None:
    """'formed over the islands this weekend', told on a Tuesday: 11-12 October (week 41)."""
    assert value("this weekend", "past") == "2025-W41-WE"


@pytest.mark.parametrize(("tense", "anchor", "expected"), [
    ("future", TUESDAY, "2025-W42-WE"),  # 'is expected to reach the coast this weekend'
    (None, TUESDAY, "2025-W42-WE"),
    ("past", SATURDAY, "2025-W42-WE"),  # told on the weekend itself: that weekend
])
def test_other_this_weekends_are_the_weeks_own(tense: str | None, anchor: dt.date,
                                               expected: str) -> None:
    assert value("this weekend", tense, anchor) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("July 13 of last year", "2024-07-13"),
    ("July 13, last year", "2024-07-13"),
    ("March 2 next year", "2026-03-02"),
    ("July 13 to 17 of last year", "2024-07-13"),  # a run of days on its first day
    ("July of last year", "2024-07"),
])
def test_a_day_of_a_named_year_is_that_years(text: str, expected: str) -> None:
    assert value(text, "past") == expected


def test_an_impossible_day_of_a_named_year_has_no_value() -> None:
    assert value("February 30 of next year") is None


@pytest.mark.parametrize(("name", "day"), [
    ("international women's day", dt.date(2025, 3, 8)),
    ("earth day", dt.date(2025, 4, 22)),
    ("juneteenth", dt.date(2025, 6, 19)),
    ("anzac day", dt.date(2025, 4, 25)),
    ("cinco de mayo", dt.date(2025, 5, 5)),
])
def test_fixed_observances_fall_on_their_day(name: str, day: dt.date) -> None:
    assert holiday_day(name, 2025) == day


def test_an_observance_ahead_of_the_anchor_is_read_by_tense() -> None:
    assert value("International Women's Day", "future", dt.date(2025, 3, 6)) == "2025-03-08"


@pytest.mark.parametrize(("text", "expected"), [
    ("the early hours of Sunday", "2025-10-12"),
    ("in the early hours of March 4", "2025-03-04"),
    ("the night of March 4", "2025-03-04TNI"),
    ("the early morning hours of Thursday", "2025-10-09TMO"),
])
def test_the_early_hours_of_a_day_are_that_day(text: str, expected: str) -> None:
    assert value(text, "past") == expected


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("at least Friday", "future", "2025-10-17"),
    ("no later than March 3", "future", "2026-03-03"),
    ("not until next week", "future", "2025-W43"),
    ("at least 1995", None, "1995"),
])
def test_bounds_before_a_date_are_modifiers(text: str, tense: str | None, expected: str) -> None:
    assert value(text, tense) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the July-September period", "2025-Q3"),
    ("the Jan.-March three months", "2025-Q1"),
])
def test_a_quarter_named_by_its_months_is_that_quarter(text: str, expected: str) -> None:
    assert value(text, "past") == expected
