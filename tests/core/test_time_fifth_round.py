"""Issue 19, fifth round: classes found by writing news sentences of the kinds MEANTIME
covers (markets, carmakers) and reading what the normaliser made of them.

Every case is written for this test (not taken from a corpus).
"""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_normalise import normalise_time

WEDNESDAY = dt.date(2008, 10, 15)


def value(text: str, tense: str | None = None, anchor: dt.date = WEDNESDAY) -> str | None:
    found = normalise_time(text, anchor, tense)  # type: ignore[arg-type]
    return found.value if found else None


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [("December 16 and 17", "future", "2008-12-16"), ("March 3-4, 2007", None, "2007-03-03"),
     ("June 12 to 14", "past", "2008-06-12"), ("October 2 through 5, 2009", None, "2009-10-02"),
     ("May 5th-6th", "past", "2008-05-05")],
)
def test_a_run_of_days_in_one_month_is_read_on_its_first_day(text: str, tense: str | None,
                                                             expected: str) -> None:
    """'December 16 and 17' was read by ``dateparser`` as 16 December 2017."""
    assert value(text, tense) == expected


@pytest.mark.parametrize("text", ["aged 16 to 17", "groups 3-4", "pages 10 through 12"])
def test_a_run_of_numbers_after_a_word_that_is_no_month_is_no_date(text: str) -> None:
    """The run rule took any word for the month: 'aged 16 to 17' became a 16-year duration."""
    assert value(text, "past") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("15 a year", "P1Y"), ("twice a week", "P1W"), ("three times a day", "P1D"),
     ("once a month", "P1M"), ("just one year", "P1Y"), ("only two days", "P2D"),
     ("barely six months", "P6M")],
)
def test_rates_are_sets_and_a_hedged_count_is_still_a_duration(text: str, expected: str) -> None:
    """'at a rate of 15 a year' is a set (TimeML SET, P1Y); 'just one year after' counts a
    year all the same."""
    assert value(text) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [("H1 2009", None, "2009-H1"), ("2H 2008", None, "2008-H2"),
     ("the July-September quarter", "past", "2008-Q3"),
     ("the Jan-Mar quarter", "past", "2008-Q1"), ("the Jan-Mar quarter", "future", "2009-Q1"),
     ("the July-September quarter of 2007", None, "2007-Q3"),
     ("the April-September quarter", None, None), ("FY09", None, "FY2009")],
)
def test_halves_and_quarters_as_companies_write_them(text: str, tense: str | None,
                                                     expected: str | None) -> None:
    """'H1 2009' was read by ``dateparser`` as January 2009; a quarter named by its months
    is that quarter, and six months are no quarter."""
    assert value(text, tense) == expected
