"""Periods at the end of the calendar: their end clamps instead of overflowing."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_spans import parse_value


@pytest.mark.parametrize(
    ("value", "start", "precision"),
    [
        ("9999-12-31", dt.datetime(9999, 12, 31), "day"),
        ("9999-12-31T23:00", dt.datetime(9999, 12, 31, 23), "day"),
        ("9999-12", dt.datetime(9999, 12, 1), "month"),
        ("9999-Q4", dt.datetime(9999, 10, 1), "quarter"),
        ("9999-WI", dt.datetime(9999, 12, 1), "season"),
        ("9999-W52", dt.datetime(9999, 12, 27), "week"),
        ("9999", dt.datetime(9999, 1, 1), "year"),
        ("999", dt.datetime(9990, 1, 1), "decade"),
        ("99", dt.datetime(9900, 1, 1), "century"),
    ],
)
def test_last_periods_end_at_the_calendars_end(value, start, precision):
    span = parse_value(value)
    assert span is not None
    assert (span.start, span.end, span.precision) == (start, dt.datetime.max, precision)
    assert span.seconds[0] <= span.seconds[1]


def test_an_ordinary_year_still_ends_at_the_next_new_year():
    span = parse_value("2023")
    assert span is not None and span.end == dt.datetime(2024, 1, 1)


def test_impossible_dates_still_name_no_period():
    assert parse_value("9999-12-32") is None
    assert parse_value("2023-02-30") is None
