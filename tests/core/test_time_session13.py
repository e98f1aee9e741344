"""Issue 19, session 13: how business news names its periods (the classes the business dev5
set showed), on expressions written for these tests (anchor: Tuesday 14 October 2025)."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_anaphora import anaphoric_value, is_anaphoric
from workbench.core.time_normalise import normalise_time
from workbench.core.time_words import clean_expression

TUESDAY = dt.date(2025, 10, 14)


def value(text: str, tense: str | None = None) -> str | None:
    found = normalise_time(text, TUESDAY, tense)  # type: ignore[arg-type]
    return found.value if found else None


@pytest.mark.parametrize(("text", "expected"), [
    ("the final quarter of 2023", "2023-Q4"),
    ("the last quarter of 2021", "2021-Q4"),
    ("2022's final quarter", "2022-Q4"),
    ("the last quarter of fiscal 2024", "FY2024-Q4"),
    ("the full year 2023", "2023"),
    ("the whole year 2019", "2019"),
    ("full-year 2024", "2024"),
])
def test_a_period_with_its_year_written(text: str, expected: str) -> None:
    assert value(text) == expected


def test_the_last_quarter_without_a_year_is_still_the_one_before() -> None:
    assert value("the last quarter") == "2025-Q3"


@pytest.mark.parametrize(("text", "expected"), [
    ("its latest quarter", "2025-Q3"),
    ("their most recent quarter", "2025-Q3"),
    ("its fiscal year", value("the fiscal year")),
])
def test_a_company_s_period_is_read_as_the_period(text: str, expected: str | None) -> None:
    assert expected is not None
    assert value(text) == expected


def test_an_age_after_their_is_not_taken_for_a_decade() -> None:
    assert clean_expression("their 30s") == "their 30s"


@pytest.mark.parametrize("text", ["the three months ended Aug. 31", "the quarter ended May 31",
                                  "the three months that ended Nov. 30"])
def test_a_quarter_closing_off_the_calendar_s_quarters_gets_no_calendar_quarter(text) -> None:
    assert value(text, "past") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("the quarter ended Sept. 30", "2025-Q3"), ("the three months ended June 30", "2025-Q2"),
])
def test_a_quarter_closing_on_a_calendar_quarter_s_last_day_is_that_quarter(text, expected):
    assert value(text, "past") == expected


@pytest.mark.parametrize(("text", "references", "expected"), [
    ("the same quarter of 2023", ["2025-10-14", "2025-Q2"], "2023-Q2"),
    ("the same month of 2024", ["2025-10-14", "2025-08"], "2024-08"),
    ("the corresponding period of 2022", ["2025-10-14", "2025-Q1"], "2022-Q1"),
    ("the same quarter of 2023", ["2025-10-14"], None),
])
def test_the_same_period_of_a_year_is_the_period_named_last_in_that_year(
        text: str, references: list[str], expected: str | None) -> None:
    assert is_anaphoric(text)
    assert anaphoric_value(text, references) == expected
