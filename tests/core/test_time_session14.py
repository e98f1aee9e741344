"""Issue 19, session 14: a day named beside a dated one ('the day after Thanksgiving'), on
expressions written for these tests (anchor: Tuesday 14 October 2025)."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_anaphora import anaphoric_value, is_anaphoric
from workbench.core.time_normalise import normalise_time

TUESDAY = dt.date(2025, 10, 14)


def value(text: str, tense: str | None = None) -> str | None:
    found = normalise_time(text, TUESDAY, tense)  # type: ignore[arg-type]
    return found.value if found else None


@pytest.mark.parametrize(("text", "expected"), [
    ("the day after Thanksgiving", "2025-11-28"),
    ("the day before Christmas", "2025-12-24"),
    ("the day after March 3, 2026", "2026-03-04"),
    ("the day before Jan. 1, 2025", "2024-12-31"),
])
def test_the_day_beside_a_dated_day(text, expected) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text", ["the day after the vote", "the day before the deadline",
                                  "the day after 2026"])
def test_the_day_beside_no_calendar_day_has_no_value(text) -> None:
    assert value(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("the Thanksgiving weekend", "2025-W48-WE"),  # Thursday 27 November: its own week's
    ("the Memorial Day weekend", "2025-W21-WE"),  # Monday 26 May 2025: the weekend before
    ("the Labor Day weekend", "2025-W35-WE"),  # Monday 1 September 2025 (nearest reading)
])
def test_a_holiday_weekend_is_the_weekend_next_to_the_holiday(text, expected) -> None:
    assert value(text) == expected


def test_a_weekend_of_no_calendar_day_has_no_value() -> None:
    assert value("the election weekend") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Black Friday", "2025-11-28"), ("Cyber Monday", "2025-12-01")])
def test_the_shopping_days_after_thanksgiving(text, expected) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2:30 p.m. ET", "2025-10-14T14:30"), ("10 a.m. PT", "2025-10-14T10:00")])
def test_a_clock_time_with_a_us_zone_of_two_letters(text, expected) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the previous Friday", "2025-10-10"), ("the following Monday", "2025-10-20"),
    ("the previous Tuesday", "2025-10-07"), ("later that day", "2025-10-14"),
    ("earlier that week", "2025-W42")])
def test_a_weekday_or_unit_read_on_the_day_named_last(text, expected) -> None:
    assert is_anaphoric(text)
    assert anaphoric_value(text, [TUESDAY.isoformat()]) == expected


def test_next_weekday_alone_stays_deictic() -> None:
    assert not is_anaphoric("next Friday")


@pytest.mark.parametrize(("text", "expected"), [
    ("mid-day", "2025-10-14T12:00"), ("by mid-day on Monday", "2025-10-13T12:00"),
    ("this past week", "2025-W41"), ("this past month", "2025-09")])
def test_market_day_words_read_on_the_anchor(text, expected) -> None:
    assert value(text, "past") == expected


def test_the_past_week_stays_a_duration() -> None:
    assert value("the past week") == "P1W"


@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("the previous trading day", "2025-10-13", "2025-10-10"),  # Monday -> Friday
    ("the previous trading day", "2025-10-14", "2025-10-13"),
    ("the next trading day", "2025-10-17", "2025-10-20"),  # Friday -> Monday
    ("the end of the day", "2025-10-13", "2025-10-13"),
])
def test_trading_days_and_the_end_of_the_day_on_the_day_named_last(text, reference,
                                                                   expected) -> None:
    assert is_anaphoric(text)
    assert anaphoric_value(text, [reference]) == expected


def test_this_past_weekend_told_on_the_weekend_keeps_its_own_rule() -> None:
    saturday = dt.date(2025, 10, 4)
    found = normalise_time("this past weekend", saturday, "past")
    assert found is not None and found.value == "2025-W40-WE"
