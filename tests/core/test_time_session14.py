"""Issue 19, session 14: a day named beside a dated one ('the day after Thanksgiving'), on
expressions written for these tests (anchor: Tuesday 14 October 2025)."""

from __future__ import annotations

import datetime as dt

import pytest

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
