"""Durations and sets get TIMEX3 values (P3Y, P1Q, XXXX-WXX-1) the timeline never places."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_durations import duration_value
from workbench.core.time_normalise import normalise_time
from workbench.core.time_spans import parse_value

WEDNESDAY = dt.date(2009, 3, 11)


def _value(text: str, tense: str | None = "past") -> str | None:
    found = normalise_time(text, WEDNESDAY, tense)  # type: ignore[arg-type]
    return found.value if found else None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three years", "P3Y"), ("17 years", "P17Y"), ("two weeks", "P2W"),
        ("the past 12 months", "P12M"), ("the last three months", "P3M"),
        ("a 12-month period", "P12M"), ("six-month", "P6M"), ("a decade", "P1DE"),
        ("two hours", "PT2H"), ("30 minutes", "PT30M"), ("an hour", "PT1H"),
        ("a fortnight", "P2W"), ("the past week", "P1W"),
        ("several years", "PXY"), ("for years", "PXY"), ("months", "PXM"),
    ],
)
def test_durations_get_iso_durations(text: str, value: str) -> None:
    assert _value(text) == value


@pytest.mark.parametrize(("text", "value"), [("58-year-old", "P58Y"), ("aged 58", "P58Y"),
                                             ("a 12-year-old", "P12Y")])
def test_ages_are_durations_in_years(text: str, value: str) -> None:
    assert _value(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("every quarter", "P1Q"), ("each year", "P1Y"), ("annually", "P1Y"),
     ("quarterly", "P1Q"), ("daily", "P1D"), ("every two years", "P2Y"),
     ("Mondays", "XXXX-WXX-1"), ("every Friday", "XXXX-WXX-5")],
)
def test_sets_get_their_period(text: str, value: str) -> None:
    assert _value(text) == value


@pytest.mark.parametrize("text", ["the year", "quarter", "day", "a record year", "month"])
def test_a_unit_without_a_count_is_no_duration(text: str) -> None:
    """'the year' is anaphoric (read by time_anaphora), not one year long."""
    assert duration_value(text.removeprefix("the ")) is None


@pytest.mark.parametrize(("text", "value"), [("two weeks ago", "2009-02-25"),
                                             ("last week", "2009-W10"),
                                             ("the past decade", "199"),
                                             ("the last decade", "199")])
def test_a_date_reading_comes_before_a_duration(text: str, value: str) -> None:
    assert _value(text) == value


@pytest.mark.parametrize(("text", "value"), [("the past two decades", "P2DE"),
                                             ("the past year", "P1Y")])
def test_the_past_unit_is_the_stretch_just_gone(text: str, value: str) -> None:
    """TimeML: "the past year" is a duration; "the past decade" stays the decade before
    (MEANTIME annotates it both ways)."""
    assert _value(text) == value


@pytest.mark.parametrize("value", ["P3Y", "PT2H", "P1Q", "XXXX-WXX-1", "PXY"])
def test_the_timeline_places_no_duration(value: str) -> None:
    assert parse_value(value) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("the quarter ended Dec. 31", "2008-Q4"), ("the year ended Dec. 31, 2008", "2008"),
     ("the fiscal year ended June 30", "FY2008"), ("the week ending March 6", "2009-W10"),
     ("the month ended Jan. 31", "2009-01"), ("the period ended Feb. 28", "2009-02-28")],
)
def test_a_reporting_period_is_the_one_its_last_day_closes(text: str, value: str) -> None:
    assert _value(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("mid-afternoon", "2009-03-11TAF"), ("late morning", "2009-03-11TMO"),
     ("the evening", "2009-03-11TEV"), ("midnight", "2009-03-11T00:00")],
)
def test_a_part_of_day_alone_is_the_anchor_days(text: str, value: str) -> None:
    """Read in a past-tense sentence (``_value``'s default): a midnight that has passed is
    the anchor day's start (tests/core/test_time_generalise.py has the future one)."""
    assert _value(text) == value
