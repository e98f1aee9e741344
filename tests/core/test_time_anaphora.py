"""Anaphoric time expressions are read on the last date the text named, not on its publication."""

from __future__ import annotations

import pytest

from workbench.core.time_anaphora import anaphoric_value, is_anaphoric, is_reference

# The text named, in order: the publication day, the third quarter, then a Monday.
EARNINGS = ["2008-10-28", "2008-Q3", "2008-10-27"]


@pytest.mark.parametrize(
    ("text", "references", "expected"),
    [
        ("the previous day", EARNINGS, "2008-10-26"),
        ("the day before", EARNINGS, "2008-10-26"),
        ("the following day", EARNINGS, "2008-10-28"),
        ("the next day", ["2005-11-05", "2005-11-11"], "2005-11-12"),
        ("that same day", EARNINGS, "2008-10-27"),
        ("the day", EARNINGS, "2008-10-27"),
        ("earlier in the day", EARNINGS, "2008-10-27"),
        ("two years later", ["2007-06-09", "2011"], "2013"),
        ("a year earlier", ["2007-06-09", "2011"], "2010"),
        ("three days earlier", ["2023-09-15", "2023-09-13"], "2023-09-10"),
        ("two weeks later", ["2023-09-15", "2023-09-13"], "2023-09-27"),
        ("six months later", ["2023-09-15", "2023-03"], "2023-09"),
        ("the following week", ["2023-09-15"], "2023-W38"),
        ("the previous year", ["2023-09-15", "2019"], "2018"),
        ("that year", ["2023-09-15", "2019"], "2019"),
        ("the year", ["2023-09-15"], "2023"),
        ("the quarter", EARNINGS, "2008-Q3"),  # the one named, not the one Monday is in
        ("the same quarter last year", EARNINGS, "2007-Q3"),
        ("the same period a year earlier", EARNINGS, "2007-Q3"),
        ("the year-earlier quarter", EARNINGS, "2007-Q3"),
        ("the same month last year", ["2008-11-04", "2008-10"], "2007-10"),
        ("the same period a year earlier", ["2008-11-04"], "2007"),
    ],
)
def test_anaphora_read_on_the_reference_time(text: str, references: list[str],
                                            expected: str) -> None:
    assert is_anaphoric(text)
    assert anaphoric_value(text, references) == expected


@pytest.mark.parametrize(
    ("text", "references"),
    [
        ("the previous day", []),  # nothing named, no publication date
        ("the previous day", ["2008", "2008-Q3"]),  # no day to step from
        ("500 days later", ["2008-10-27"]),  # a duration, not a date we place
    ],
)
def test_no_value_without_a_precise_enough_reference(text: str, references: list[str]) -> None:
    assert anaphoric_value(text, references) is None


@pytest.mark.parametrize("text", ["yesterday", "last year", "Wednesday", "two years",
                                  "next year", "a few days later"])
def test_deictic_and_vague_expressions_are_not_anaphoric(text: str) -> None:
    assert not is_anaphoric(text)
    assert anaphoric_value(text, EARNINGS) is None


def test_only_calendar_periods_serve_as_reference_times() -> None:
    assert is_reference("2008-10-27") and is_reference("2008-Q3") and is_reference("2008")
    assert is_reference("2008-10-27T14:00")
    for value in ("PRESENT_REF", "2008-W44", "FY2008", None, ""):
        assert not is_reference(value)


def test_a_malformed_reference_is_skipped_for_the_one_before_it():
    """'2008-13' names no month: the quarter comes from the date named before it."""
    from workbench.core.time_anaphora import anaphoric_value

    named = ["2009-05-02", "2009-13"]
    assert anaphoric_value("the same quarter a year earlier", named) == "2008-Q2"
    assert anaphoric_value("the previous day", ["2009-05-02", "2009-02-30"]) == "2009-05-01"


def test_a_winter_is_a_reference_time_and_a_week_is_not():
    from workbench.core.time_anaphora import is_reference

    assert is_reference("2008-WI") and is_reference("2008-Q3") and is_reference("2008-05-03TAF")
    assert not any(is_reference(v) for v in ("2008-W10", "FY2008", "199", "PAST_REF", "P3Y", ""))


def test_the_full_year_is_the_year_the_text_is_about() -> None:
    from workbench.core.time_anaphora import anaphoric_value as read

    assert read("the full year", ["2009-03-02", "2008"]) == "2008"
    assert read("the whole year", ["2009-03-02"]) == "2009"
