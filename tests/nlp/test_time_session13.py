"""Issue 19, session 13: business and markets news (the business dev5 set's classes), on
sentences written for these tests (anchor: Tuesday 14 October 2025)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.time_support import time_values

ANCHOR = dt.date(2025, 10, 14)


def _values(nlp, text: str) -> dict[str, str | None]:
    return time_values(nlp, text, ANCHOR)


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The brewer earned $410 million in the third quarter, up from $380 million a year earlier.",
     "a year earlier", "2024-Q3"),
    ("Home sales fell 6 percent in September from a year ago, the agents' group said.",
     "a year ago", "2024-09"),
    ("The chain's profit in 2024 rose 9 percent from a year earlier.", "a year earlier", "2023"),
])
def test_a_year_back_after_a_period_is_that_period_a_year_back(nlp, text, words, expected):
    assert _values(nlp, text)[words] == expected


def test_a_year_back_in_the_next_sentence_is_not_read_on_the_period(nlp) -> None:
    values = _values(nlp, "Output fell in September. A year earlier, the plant had closed.")
    assert values["A year earlier"] != "2024-09"


def test_a_futures_month_is_ahead_whatever_the_tense(nlp) -> None:
    values = _values(nlp, "Copper for March delivery fell 2 percent, while gold for "
                          "December delivery rose.")
    assert values["March"] == "2026-03"
    assert values["December"] == "2025-12"


def test_a_month_before_other_words_keeps_its_tense(nlp) -> None:
    assert _values(nlp, "Copper fell in March, traders said.")["March"] == "2025-03"


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The union will hold talks on cutting costs on Friday.", "Friday", "2025-10-17"),
    ("Despite winning the primary in March, the senator lost the nomination.", "March",
     "2025-03"),
    ("After cutting 300 jobs in March, the company said it would hire again.", "March",
     "2025-03"),
])
def test_a_gerund_takes_the_time_of_its_clause(nlp, text, words, expected) -> None:
    assert _values(nlp, text)[words] == expected


def test_a_fiscal_quarter_named_by_the_day_that_closed_it(nlp) -> None:
    values = _values(nlp, "The retailer lost $40 million in its fiscal second quarter, which "
                          "ended Sept. 30.")
    assert values["its fiscal second quarter"] == "2025-Q3"
    assert values["Sept. 30"] == "2025-09-30"


def test_a_fiscal_quarter_closing_off_the_calendar_keeps_no_value(nlp) -> None:
    values = _values(nlp, "The retailer lost $40 million in its fiscal second quarter, which "
                          "ended Aug. 31.")
    assert values.get("its fiscal second quarter") is None
    assert values["Aug. 31"] == "2025-08-31"


def test_three_months_ended_off_the_calendar_are_a_duration_and_a_day(nlp) -> None:
    values = _values(nlp, "The bank said it lost $1.2 billion in the three months ended "
                          "Aug. 31.")
    assert values["the three months"] == "P3M"
    assert values["Aug. 31"] == "2025-08-31"


def test_a_fiscal_year_named_by_its_end_gets_no_guess(nlp) -> None:
    values = _values(nlp, "The carmaker expects a profit in the fiscal year that ends in "
                          "March 2027.")
    assert values.get("the fiscal year") is None
    assert values["March 2027"] == "2027-03"


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Output figures for the July-September period will be published on Thursday.",
     "July-September period", "2025-Q3"),
    ("Results for the third quarter will be released on Friday.", "the third quarter",
     "2025-Q3"),
    ("The chain will report results for the January-March quarter in April.",
     "January-March quarter", "2026-Q1"),
])
def test_the_period_a_report_covers_is_read_nearest(nlp, text, words, expected) -> None:
    assert _values(nlp, text)[words] == expected


def test_a_range_of_months_is_still_two_dates_without_a_period_word(nlp) -> None:
    values = _values(nlp, "The exhibition runs July-September in the old town hall.")
    assert "July-September period" not in values
