"""Time expressions get the TIMEX3 value a careful reader gives them, or none.

Each case is an expression as it appears in news text, read on Friday 15 September
2023 unless the case says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_normalise import date_line_anchor, normalise_time
from workbench.core.time_values import (
    anchor_date,
    describe_value,
    flag_for,
    value_precision,
    value_year,
)
from workbench.core.time_words import WEEKDAY_NAMES, WEEKDAYS

FRIDAY = dt.date(2023, 9, 15)


def value(text: str, tense: str | None = None, anchor: dt.date | None = FRIDAY) -> str | None:
    found = normalise_time(text, anchor, tense)  # type: ignore[arg-type]
    return found.value if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("September 13, 2023", "2023-09-13"),
        ("13 September 2023", "2023-09-13"),
        ("Sept. 13, 2023", "2023-09-13"),
        ("December 30 , 2006", "2006-12-30"),
        ("the 3rd of March, 2021", "2021-03-03"),
        ("Wednesday, September 13, 2023", "2023-09-13"),
        ("2023-09-13", "2023-09-13"),
        ("March 2008", "2008-03"),
        ("September of 2008", "2008-09"),
        ("in 2008", "2008"),
        ("fiscal 2008", "FY2008"),
        ("FY08", "FY2008"),
        ("fiscal year 2008", "FY2008"),
        ("the fourth quarter of fiscal 2008", "FY2008-Q4"),
        ("mid-2020", "2020"),
        ("early 2009", "2009"),
        ("late 2008", "2008"),
        ("the summer of 2023", "2023-SU"),
        ("winter 2019", "2019-WI"),
        ("the fourth quarter of 2006", "2006-Q4"),
        ("Q3 2023", "2023-Q3"),
        ("the first half of 2009", "2009-H1"),
        ("the 1990s", "199"),
        ("the '90s", "199"),
        ("the 2000s", "200"),
        ("the nineties", "199"),
        ("the 20th century", "19"),
        ("the late nineteenth century", "18"),
        ("the 13th century", "12"),
        ("end-December 2016", "2016-12"),
        ("30/06/2008", "2008-06-30"),
    ],
)
def test_expressions_that_name_their_year(text: str, expected: str) -> None:
    assert value(text) == expected
    assert value(text, anchor=None) == expected  # no anchor needed


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("yesterday", None, "2023-09-14"),
        ("Yesterday", None, "2023-09-14"),
        ("today", None, "2023-09-15"),
        ("tomorrow", "future", "2023-09-16"),
        ("earlier today", "past", "2023-09-15"),
        ("this morning", None, "2023-09-15TMO"),
        ("tonight", "future", "2023-09-15TNI"),
        ("last night", "past", "2023-09-14TNI"),
        ("yesterday morning", "past", "2023-09-14TMO"),
        ("Early yesterday morning", "past", "2023-09-14TMO"),
        ("Wednesday", "past", "2023-09-13"),
        ("Wednesday", "future", "2023-09-20"),
        ("Wednesday", None, "2023-09-13"),
        ("Monday", "future", "2023-09-18"),
        ("on Friday", "past", "2023-09-15"),
        ("last Wednesday", None, "2023-09-13"),
        ("next Wednesday", None, "2023-09-20"),
        ("Wednesday night", "past", "2023-09-13TNI"),
        ("earlier Tuesday", "past", "2023-09-12"),
        ("next Wednesday, September 20", "future", "2023-09-20"),
        ("last week", None, "2023-W36"),
        ("this week", None, "2023-W37"),
        ("earlier this week", "past", "2023-W37"),
        ("next week", "future", "2023-W38"),
        ("last weekend", "past", "2023-W36-WE"),
        ("the weekend", "past", "2023-W36-WE"),
        ("the weekend", "future", "2023-W37-WE"),
        ("last month", None, "2023-08"),
        ("last month's", None, "2023-08"),
        ("earlier this month", "past", "2023-09"),
        ("next month", "future", "2023-10"),
        ("this year", None, "2023"),
        ("this year's", None, "2023"),
        ("last year", None, "2022"),
        ("the previous year", "past", "2022"),
        ("next year", "future", "2024"),
        ("earlier this year", "past", "2023"),
        ("the end of the month", None, "2023-09"),
        ("the beginning of the year", None, "2023"),
        ("last quarter", None, "2023-Q2"),
        ("the current financial quarter", None, "2023-Q3"),
        ("three days ago", None, "2023-09-12"),
        ("a week ago", None, "2023-09-08"),
        ("two months ago", None, "2023-07"),
        ("two years ago", None, "2021"),
        ("September 13", None, "2023-09-13"),
        ("November 20", "past", "2022-11-20"),
        ("May 20", "future", "2024-05-20"),
        ("September 20", "future", "2023-09-20"),
        # the tense reaches ten months, not a year: "issued a ruling ... until October 14"
        ("October 14", "past", "2023-10-14"),
        ("September 20", "past", "2023-09-20"),
        ("13 September", None, "2023-09-13"),
        ("March", "past", "2023-03"),
        ("March", "future", "2024-03"),
        ("December", "past", "2022-12"),
        ("last September", None, "2022-09"),
        ("late September", "past", "2023-09"),
        ("January of this year", None, "2023-01"),
        ("September next year", None, "2024-09"),
        ("the month of February", "past", "2023-02"),
        ("this summer", None, "2023-SU"),
        ("last summer", None, "2023-SU"),  # on 15 September: the one just over
        ("last winter", None, "2022-WI"),
        ("the fourth quarter", "past", "2022-Q4"),
        ("the third quarter", None, "2023-Q3"),
        ("Christmas", "past", "2022-12-25"),
        ("Christmas", "future", "2023-12-25"),
        ("the last decade", None, "201"),  # in 2023: the 2010s
        ("the end of the decade", "future", "202"),
        ("the last decade", None, "201"),
        ("this decade", None, "202"),
        ("the next decade", None, "203"),
        ("the financial year", None, "FY2023"),
        ("this fiscal year", None, "FY2023"),
        ("last fiscal year", None, "FY2022"),
        ("so far this year", None, "2023"),
        ("November 11, three days later", "future", "2023-11-11"),
        ("less than two weeks ago", None, "2023-09-01"),
        ("the fourth quarter of last year", None, "2022-Q4"),
        ("the third quarter of this year", None, "2023-Q3"),
        ("the second half of the year", None, "2023-H2"),
        ("the first half", "past", "2023-H1"),
        ("the second half", "future", "2023-H2"),
        ("year-end", "future", "2023"),
        ("about a year ago", None, "2022"),
        ("nearly three months ago", None, "2023-06"),
        ("over the weekend", "past", "2023-W36-WE"),
        ("before Monday", "future", "2023-09-18"),
        ("June 17, two days before the launch", "future", "2024-06-17"),
    ],
)
def test_expressions_read_on_the_anchor_and_tense(text: str, tense: str | None,
                                                  expected: str) -> None:
    assert value(text, tense) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 p.m.", "2023-09-15T14:00"),
        ("14:00 UTC", "2023-09-15T14:00Z"),
        ("16:08 GMT", "2023-09-15T16:08Z"),
        ("9:45 a.m.", "2023-09-15T09:45"),
        ("about 17:00", "2023-09-15T17:00"),
        ("15:30 local time", "2023-09-15T15:30"),
        ("noon", "2023-09-15T12:00"),
        ("Wednesday at 2 p.m.", "2023-09-13T14:00"),
        ("2:30 pm on September 13", "2023-09-13T14:30"),
        ("8:10 am this morning", "2023-09-15T08:10"),
    ],
)
def test_clock_times_land_on_their_day(text: str, expected: str) -> None:
    assert value(text, "past") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("in the past", "PAST_REF"),
        ("in the future", "FUTURE_REF"),
        ("the near future", "FUTURE_REF"),
        ("soon", "FUTURE_REF"),
        ("more recently", "PAST_REF"),
        ("until recently", "PAST_REF"),
    ],
)
def test_vague_references_get_timex_reference_values(text: str, expected: str) -> None:
    assert value(text) == expected
    assert value(text, anchor=None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a few days ago",  # vague (durations such as "two years": test_time_durations)
        "the same day",  # anaphora
        "two weeks later",
        "that day",
        "the day",
        "February 30",  # impossible
        "February 30, 2023",
        "31 April 2020",
        "between 2014 and 2016",  # an interval, not a point
        "3000",  # not read as a year
        "the age of 56",
        "",
        "x" * 200,
    ],
)
def test_no_value_rather_than_a_guess(text: str) -> None:
    assert value(text, "past") is None


def test_relative_expressions_need_an_anchor() -> None:
    assert value("Wednesday", "past", anchor=None) is None
    assert value("last month", anchor=None) is None
    assert value("January", anchor=None) is None  # not January of the year we run in
    assert value("2 p.m.", anchor=None) is None


def test_case_variants_give_one_value() -> None:
    variants = ["yesterday", "Yesterday", "YESTERDAY", " yesterday, "]
    assert {value(v) for v in variants} == {"2023-09-14"}
    assert value("LAST WEEK") == value("last week")


def test_the_deciding_path_is_named() -> None:
    assert normalise_time("Wednesday", FRIDAY, "past").decided_by == "rule:weekday"
    assert normalise_time("the 1990s", FRIDAY).decided_by == "rule:decade"
    assert normalise_time("recently", FRIDAY).decided_by == "rule:reference"
    assert normalise_time("2 p.m.", FRIDAY).decided_by == "rule:time"
    assert normalise_time("30/06/2008", FRIDAY).decided_by == "dateparser"


def test_far_values_are_flagged_not_dropped() -> None:
    battle = normalise_time("1066", FRIDAY)
    assert battle is not None and battle.value == "1066" and battle.flag == "far"
    assert normalise_time("2023", FRIDAY).flag is None
    assert flag_for("2400", FRIDAY) == "far"
    assert flag_for("PAST_REF", FRIDAY) is None


def test_year_boundaries() -> None:
    new_year = dt.date(2024, 1, 2)  # a Tuesday
    assert value("last week", anchor=new_year) == "2023-W52"
    assert value("December 28", "past", anchor=new_year) == "2023-12-28"
    assert value("last month", anchor=new_year) == "2023-12"
    assert value("the fourth quarter", "past", anchor=new_year) == "2023-Q4"
    assert value("Friday", "past", anchor=new_year) == "2023-12-29"
    leap = dt.date(2024, 3, 1)
    assert value("February 29", "past", anchor=leap) == "2024-02-29"
    assert value("February 29", "past", anchor=dt.date(2023, 3, 1)) is None


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2023-09-15", dt.date(2023, 9, 15)),
        ("2023-09-15T08:30:00+02:00", dt.date(2023, 9, 15)),
        ("March 2019", None),
        ("", None),
        (None, None),
        ("2023-02-30", None),
    ],
)
def test_anchor_from_the_publication_date(published: str | None,
                                          expected: dt.date | None) -> None:
    assert anchor_date(published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 01, 2008\n\nNorthrop Grumman and Airbus ...", dt.date(2008, 3, 1)),
        ("WASHINGTON, Sept. 13, 2023 - The minister said", dt.date(2023, 9, 13)),
        ("Friday, January 4, 2019\n\nAn apartment building collapsed", dt.date(2019, 1, 4)),
        ("KYIV (Reuters) - Officials said on Monday", None),
        ("The talks of March 2019 failed.", None),
        ("Harbour strike ends\n\nNovember 14, 2025\n\nDock workers returned.",
         dt.date(2025, 11, 14)),
        ("Harbour strike ends\nIt began on November 14, 2025.\nMore.", None),
        ("February 30, 2025\n\nThe council voted.", None),
    ],
)
def test_anchor_from_a_date_line(text: str, expected: dt.date | None) -> None:
    assert date_line_anchor(text) == expected


@pytest.mark.parametrize(
    ("stored", "words", "precision"),
    [
        ("2023-09-13", "13 Sep 2023", "day"),
        ("2023-09-13T14:00", "13 Sep 2023, 14:00", "time"),
        ("2023-09-13T14:00Z", "13 Sep 2023, 14:00 UTC", "time"),
        ("2023-09-13TMO", "13 Sep 2023, morning", "time"),
        ("2023-09", "September 2023", "month"),
        ("2023-W37", "week 37 of 2023", "week"),
        ("2023-Q3", "Q3 2023", "quarter"),
        ("2023-SU", "summer 2023", "season"),
        ("2023", "2023", "year"),
        ("199", "the 1990s", "decade"),
        ("19", "the 20th century", "century"),
        ("20", "the 21st century", "century"),
        ("PAST_REF", "the past", "reference"),
    ],
)
def test_values_in_words_and_precision(stored: str, words: str, precision: str) -> None:
    assert describe_value(stored) == words
    assert value_precision(stored) == precision


def test_value_year() -> None:
    assert value_year("2023-09-13") == 2023
    assert value_year("199") == 1990
    assert value_year("19") == 1900
    assert value_year("FUTURE_REF") is None
    assert value_precision("not a value") is None


def test_fiscal_years_are_described_and_placed_as_their_calendar_year() -> None:
    from workbench.core.time_spans import parse_value

    assert describe_value("FY2008") == "fiscal year 2008"
    assert describe_value("FY2008-Q4") == "Q4 of fiscal year 2008"
    assert value_precision("FY2008") == "year" and value_year("FY2008") == 2008
    for text in ("FY2008", "FY2008-Q4"):
        span = parse_value(text)
        assert span is not None and span.start.year == 2008 and span.precision == "year"
    assert parse_value("FY20") is None and parse_value("FY2008-Q5") is None


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [("ten years from now", "future", "2033"), ("two weeks from today", None, "2023-09-29"),
     ("a decade from now", None, "203")],
)
def test_units_from_now_count_forward(text: str, tense: str | None, expected: str) -> None:
    assert value(text, tense) == expected


@pytest.mark.parametrize("tense", ["future", None])
def test_this_past_weekend_is_the_one_before_whatever_the_tense(tense: str | None) -> None:
    assert value("this past weekend", tense) == "2023-W36-WE"
    assert value("the weekend", "future") == "2023-W37-WE"


@pytest.mark.parametrize(("value", "words"), [
    ("P4Y", "a span of 4 years"),
    ("P1Q", "a span of 1 quarter"),
    ("P1.5Y", "a span of 1.5 years"),
    ("PT3H", "a span of 3 hours"),
    ("PXD", "a span of some days"),
    ("XXXX-WXX-5", "a Friday, week unknown"),
])
def test_durations_and_unplaced_weekdays_are_described_in_words(value: str, words: str) -> None:
    assert describe_value(value) == words


def test_every_weekday_code_is_described_with_the_vocabularys_name_for_that_day() -> None:
    """One weekday vocabulary (``time_words``): the words that read "Friday" as day 5 are
    the words that describe XXXX-WXX-5."""
    for spelling, number in WEEKDAYS.items():
        described = describe_value(f"XXXX-WXX-{number + 1}")
        assert described == f"a {WEEKDAY_NAMES[number].capitalize()}, week unknown"
        assert WEEKDAY_NAMES[number].startswith(spelling[:3])
    assert describe_value("XXXX-WXX-1") == "a Monday, week unknown"
    assert describe_value("XXXX-WXX-7") == "a Sunday, week unknown"
