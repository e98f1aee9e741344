"""Issue 19, session 9: classes found on the whole-lead Wikinews dev3 set, tested on
sentences written for these tests (anchor: Wednesday 10 April 2024)."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_normalise import normalise_time
from workbench.nlp.pipeline import analyze_document

ANCHOR = dt.date(2024, 4, 10)


def _values(nlp, text: str) -> dict[str, str | None]:
    analysis = analyze_document("", text, nlp, published=ANCHOR.isoformat())
    return {m.text: m.value for m in analysis.mentions
            if m.label in ("DATE", "TIME") and m.field == "text"}


def test_a_clock_time_before_its_own_day_is_that_days_after_an_earlier_day(nlp) -> None:
    """'(0200 UTC Tuesday)' after 'on Monday': the UTC time is Tuesday's, not Monday's."""
    values = _values(nlp, "The bulletin, issued at 10 p.m. EDT on Monday (0200 UTC Tuesday), "
                          "moved the storm north.")
    assert values["10 p.m. EDT"] == "2024-04-08T22:00"
    assert values["0200 UTC"] == "2024-04-09T02:00Z"


@pytest.mark.parametrize(("words", "value"), [
    ("late at night", "2024-04-10TNI"),
    ("early in the afternoon", "2024-04-10TAF"),
    ("late in the evening", "2024-04-10TEV"),
    ("Early in the morning", "2024-04-10TMO"),
])
def test_early_and_late_parts_of_day_are_parts_of_day(words: str, value: str) -> None:
    assert normalise_time(words, ANCHOR, None).value == value


def test_a_part_of_day_after_a_day_and_a_comma_is_that_days(nlp) -> None:
    values = _values(nlp, "The ferry sank on Monday, late in the evening.")
    assert values["late in the evening"] == "2024-04-08TEV"


@pytest.mark.parametrize(("text", "value"), [
    ("The bank was expected to announce the deal on Tuesday.", "2024-04-09"),
    ("Forecasters predicted that the rain would stop on Tuesday.", "2024-04-09"),
    ("The bank is expected to announce the deal on Tuesday.", "2024-04-16"),
    ("The senator backed a law that would take effect in May.", "2024-05"),
])
def test_a_future_told_in_the_past_reads_nearest(nlp, text: str, value: str) -> None:
    """'was expected to', 'predicted that ... would': ahead of the expecting, not of the
    article, so the nearest reading; a present expecting and a 'would' of a relative clause
    still read ahead."""
    assert [v for v in _values(nlp, text).values()] == [value]


def test_a_quarter_of_something_is_a_share_not_a_time(nlp) -> None:
    values = _values(nlp, "Turnout fell and about a quarter of the voters stayed home; costs "
                          "were a quarter as high as in 2020. Dividends are paid every "
                          "quarter, and profit rose in the quarter.")
    assert values == {"2020": "2020", "every quarter": "P1Q", "the quarter": "2024-Q2"}


def test_a_description_before_a_date_and_a_comma_takes_its_value(nlp) -> None:
    """TIMEX3 marks both 'the preceding Friday' and 'April 5'; one names the other."""
    values = _values(nlp, "She last called on the preceding Friday, April 5, from a hotel.")
    assert values == {"the preceding Friday": "2024-04-05", "April 5": "2024-04-05"}
