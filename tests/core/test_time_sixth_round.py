"""Issue 19, sixth round: TIMEX3 categories of TimeBank-style news (holidays, decades,
fiscal years), each on sentences written for these tests (not taken from a corpus).
"""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_holidays import easter_sunday, holiday_day
from workbench.core.time_normalise import normalise_time

FEB_1998 = dt.date(1998, 2, 18)


def value(text: str, tense: str | None = None, anchor: dt.date = FEB_1998) -> str | None:
    found = normalise_time(text, anchor, tense)  # type: ignore[arg-type]
    return found.value if found else None


@pytest.mark.parametrize(
    ("year", "expected"),
    [(1998, dt.date(1998, 4, 12)), (2008, dt.date(2008, 3, 23)), (2019, dt.date(2019, 4, 21)),
     (2024, dt.date(2024, 3, 31)), (2025, dt.date(2025, 4, 20))],
)
def test_easter_falls_on_its_computed_sunday(year: int, expected: dt.date) -> None:
    assert easter_sunday(year) == expected


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [("thanksgiving", 1998, "1998-11-26"), ("thanksgiving", 2023, "2023-11-23"),
     ("memorial day", 1998, "1998-05-25"), ("memorial day", 2021, "2021-05-31"),
     ("labor day", 1998, "1998-09-07"), ("good friday", 2019, "2019-04-19"),
     ("new year's day", 1998, "1998-01-01"), ("christmas eve", 1997, "1997-12-24")],
)
def test_holidays_fall_on_their_day_of_that_year(name: str, year: int, expected: str) -> None:
    day = holiday_day(name, year)
    assert day is not None and day.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [("Christmas", "past", "1997-12-25"), ("New Year's Day", "past", "1998-01-01"),
     ("Thanksgiving", "past", "1997-11-27"), ("Thanksgiving", "future", "1998-11-26"),
     ("last Christmas", None, "1997-12-25"), ("next Christmas", None, "1998-12-25"),
     ("Easter 2008", "past", "2008-03-23"), ("Christmas of 1996", None, "1996-12-25"),
     ("Memorial Day", "future", "1998-05-25"), ("this Thanksgiving", "past", "1998-11-26")],
)
def test_a_holiday_is_the_day_it_falls_on_in_the_year_the_sentence_means(
        text: str, tense: str | None, expected: str) -> None:
    assert value(text, tense) == expected


@pytest.mark.parametrize("text", ["Thanksgiving 99999", "Holiday", "Christmas 0"])
def test_holidays_in_no_readable_year_get_no_value(text: str) -> None:
    assert value(text, "past") in (None, "PRESENT_REF", "PAST_REF")


@pytest.mark.parametrize(("text", "expected"),
                         [("the 1997 fiscal year", "FY1997"), ("2009 financial year", "FY2009")])
def test_a_year_before_fiscal_year_is_that_fiscal_year(text: str, expected: str) -> None:
    assert value(text, "past") == expected


@pytest.mark.parametrize(("text", "tense", "expected"),
                         [("the end of the decade", "future", "199"),
                          ("the last decade", "past", "198")])
def test_the_decade_after_a_modifier_is_the_anchor_decade(text: str, tense: str,
                                                          expected: str) -> None:
    assert value(text, tense) == expected


@pytest.mark.parametrize(("text", "expected"),
                         [("the nine months ended Sept. 30", "P9M"),
                          ("the six months ended June 30", "P6M"),
                          ("the three months ended June 30", "1997-Q2"),
                          ("the quarter ended Dec. 31", "1997-Q4")])
def test_a_count_of_months_ended_on_a_day_is_a_duration(text: str, expected: str) -> None:
    """Reporting periods: one quarter is a date on the calendar, 'the nine months ended
    Sept. 30' a stretch of nine months (TIMEX3 DURATION)."""
    assert value(text, "past") == expected


@pytest.mark.parametrize(("text", "tense", "expected"),
                         [("a century ago", "past", "18"), ("two centuries ago", "past", "17"),
                          ("the rest of the week", "future", "1998-W08"),
                          ("three consecutive days", "past", "P3D"),
                          ("five straight quarters", "past", "P5Q"),
                          ("12 o'clock", "past", "1998-02-18T12:00"),
                          ("30 centuries ago", "past", None)])
def test_news_phrasings_of_common_units(text: str, tense: str, expected: str | None) -> None:
    assert value(text, tense) == expected


@pytest.mark.parametrize(("text", "tense", "expected"),
                         [("Sunday", "present", "1998-02-22"),
                          ("Wednesday", "present", "1998-02-18"), ("Sunday", "past", "1998-02-15"),
                          ("Sunday", None, "1998-02-15")])
def test_a_weekday_in_the_present_tense_is_scheduled(text: str, tense: str | None,
                                                     expected: str) -> None:
    """'The minister travels to Paris on Sunday' (published on a Wednesday): the coming
    Sunday; the news reports what has happened in the past tense."""
    assert value(text, tense) == expected


@pytest.mark.parametrize("anchor", [dt.date(9999, 12, 31), dt.date(1, 1, 1)])
@pytest.mark.parametrize("text", ["Sunday", "next week", "Easter", "tomorrow", "the weekend",
                                  "ten years from now", "a century ago", "the rest of the week"])
def test_an_anchor_off_the_calendar_reads_nothing(anchor: dt.date, text: str) -> None:
    assert value(text, "future", anchor) is None


@pytest.mark.parametrize(("text", "expected"),
                         [("last year's fourth quarter", "1997-Q4"),
                          ("this year's first half", "1998-H1"), ("by year's end", "1998"),
                          ("the early part of next year", "1999"),
                          ("the latter part of 1997", "1997")])
def test_a_part_of_a_year_named_with_a_possessive_or_part_of(text: str, expected: str) -> None:
    assert value(text, "past") == expected


@pytest.mark.parametrize(("text", "expected"),
                         [("twice a year", "P1Y"), ("once a month", "P1M"),
                          ("every other week", "P2W"), ("three times a week", "P1W")])
def test_how_often_is_a_set(text: str, expected: str) -> None:
    assert value(text) == expected
