"""Issue 19, session 9: classes found on the whole-lead Wikinews dev3 set, tested on
sentences written for these tests (anchor: Wednesday 10 April 2024)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.time_support import time_values
from workbench.core.time_normalise import normalise_time

ANCHOR = dt.date(2024, 4, 10)


def _values(nlp, text: str) -> dict[str, str | None]:
    return time_values(nlp, text, ANCHOR)


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
    ("The minister said the talks would resume on Sunday.", "2024-04-14"),
    ("Officials said the bridge would reopen by the weekend.", "2024-W15-WE"),
    ("The company said it would close the plant in September.", "2024-09"),
    ("The bank is expected to announce the deal on Tuesday.", "2024-04-16"),
    ("The senator backed a law that would take effect in May.", "2024-05"),
])
def test_a_future_told_in_the_past_is_ahead_of_the_saying(nlp, text: str, value: str) -> None:
    """'was expected to', 'said ... would': ahead of the saying, which news reports a day or
    two before publication: yesterday's Tuesday, but the coming Sunday and weekend, not last
    ones; a present expecting and a 'would' of a relative clause read ahead as before."""
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


def test_a_month_reaching_into_another_year_takes_the_year_its_sentence_named(nlp) -> None:
    """Read in April 2024, a past June alone is June 2023; after 'the 2016 election' in the
    same sentence it is June 2016."""
    values = _values(nlp, "In the 2016 election, the senator stayed in the race until June "
                          "and endorsed her rival in July.")
    assert (values["June"], values["July"]) == ("2016-06", "2016-07")


@pytest.mark.parametrize(("text", "month", "value"), [
    ("Sales rose in 2019, the company said in March.", "March", "2024-03"),
    ("After the 2016 crash, the plant will reopen in June.", "June", "2024-06"),
    ("The 2016 law was passed. In June, it was repealed.", "June", "2023-06"),
])
def test_a_month_keeps_the_anchors_year_outside_that_case(nlp, text: str, month: str,
                                                           value: str) -> None:
    """A month of the publication year, a month ahead of a future verb and a month in
    another sentence than the year are read on the anchor as before."""
    assert _values(nlp, text)[month] == value


def test_the_end_of_a_run_of_weekdays_is_on_or_after_its_start(nlp) -> None:
    """'Monday through Thursday' read alone in the past tense would put Thursday a week
    before Monday."""
    values = _values(nlp, "The council announced four days of closures, Monday through "
                          "Thursday.")
    assert (values["Monday"], values["Thursday"]) == ("2024-04-08", "2024-04-11")


@pytest.mark.parametrize(("words", "value"), [
    ("the first nine months", "P9M"),
    ("the final two weeks", "P2W"),
    ("the latest week", "2024-W14"),
    ("the fiscal third quarter, ended March 31", "2024-Q1"),
    ("the second quarter ended March 31", "2024-Q1"),
])
def test_reporting_periods_of_business_news(words: str, value: str) -> None:
    """Earnings-report wording: a count of months from the year's start is a duration, the
    latest week the last complete one, a numbered quarter named by its last day that day's."""
    assert normalise_time(words, ANCHOR, "past").value == value


def test_the_first_day_alone_is_no_duration() -> None:
    assert normalise_time("the first day", ANCHOR, None) is None


def test_a_period_before_a_comma_and_a_day_keeps_its_own_reading(nlp) -> None:
    """Only a description of a day takes the date after its comma: a quarter does not
    become the Tuesday the report is due."""
    values = _values(nlp, "The firm will report results for the fiscal third quarter, ended "
                          "March 31, next Tuesday.")
    assert values["next Tuesday"] == "2024-04-16"
    assert values.get("the fiscal third quarter, ended March 31") == "2024-Q1"


@pytest.mark.parametrize(("words", "value"), [
    ("the night of April 4", "2024-04-04TNI"),
    ("the morning of March 28", "2024-03-28TMO"),
    ("the night of the vote", None),
])
def test_a_part_of_day_of_a_date_is_that_days(words: str, value: str | None) -> None:
    found = normalise_time(words, ANCHOR, "past")
    assert (found.value if found else None) == value


def test_a_part_of_day_split_from_its_date_is_that_dates(nlp) -> None:
    """Not the day an earlier date in the sentence lent it."""
    values = _values(nlp, "Talks resumed on the night of April 2 and ended on the morning "
                          "of April 3.")
    parts = {text: value for text, value in values.items() if "April" not in text}
    assert sorted(parts.values()) == ["2024-04-02TNI", "2024-04-03TMO"]


def test_a_count_from_now_split_by_the_model_is_joined(nlp) -> None:
    values = _values(nlp, "Three weeks from now, voters go to the polls.")
    assert values == {"Three weeks from now": "2024-05-01"}


def test_a_calendar_date_the_model_left_out_is_found() -> None:
    """'April 2' the model skipped after 'the night of'; a lower-case 'may 5' is a verb and
    a number, and 'March 3, 4' no date."""
    from workbench.nlp.time_unmarked import unmarked_time_words

    text = ("Talks resumed on the night of April 2, 2019. Prices may 5 times rise. The score "
            "was March 3, 4 to 2. It was Sept. 11th.")
    assert [m.text for m in unmarked_time_words(text, ANCHOR)] == ["April 2, 2019", "Sept. 11th"]


@pytest.mark.parametrize(("words", "value"), [
    ("Monday next week", "2024-04-15"),
    ("on Friday of last week", "2024-04-05"),
    ("Thursday this week", "2024-04-11"),
])
def test_a_weekday_of_a_named_week(words: str, value: str) -> None:
    assert normalise_time(words, ANCHOR, "past").value == value


def test_a_quarter_named_as_what_is_reported_is_the_nearest_one(nlp) -> None:
    """'will report third-quarter results' in October: the quarter just ended, not next
    year's (the future is the reporting's); a quarter as a noun keeps the tense's reading."""
    values = _values(nlp, "The company will report first-quarter results on April 25.")
    assert values["first-quarter"] == "2024-Q1"


@pytest.mark.parametrize(("words", "value"), [
    ("the end of the first quarter of next year", "2025-Q1"),
    ("the start of the third quarter of 2026", "2026-Q3"),
])
def test_a_modifier_before_a_period_with_its_article(words: str, value: str) -> None:
    assert normalise_time(words, ANCHOR, "future").value == value


def test_a_year_run_into_the_next_expressions_earlier_is_cut(nlp) -> None:
    """The model's '2003 earlier' in 'its lowest since 2003 earlier in the day'."""
    values = _values(nlp, "The index hit its lowest level since 2003 earlier in the day, "
                          "traders said.")
    assert values.get("2003") == "2003"


def test_a_forecast_told_in_the_past_is_ahead_of_it(nlp) -> None:
    values = _values(nlp, "The storm was forecast to reach the coast on Saturday.")
    assert values["Saturday"] == "2024-04-13"


def test_a_count_before_later_stays_one_anaphoric_expression(nlp) -> None:
    """'some months later' is an offset from an event, not the duration 'some months'."""
    values = _values(nlp, "The plant closed, and some months later the town emptied.")
    assert "some months" not in values


def test_a_date_written_right_after_a_year_is_in_that_year(nlp) -> None:
    """'Last year August 8' (the model tags the two apart): August 8 of last year, and the
    anaphora after it counts from there."""
    values = _values(nlp, 'She wrote, "Last year August 8 was a happy day for me."')
    assert values.get("August 8") == "2023-08-08"
