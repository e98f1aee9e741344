"""Issue 19, session 10: detection classes the fourth Wikinews set (dev4) showed, tested on
sentences written for these tests (anchor: Tuesday 14 October 2025)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.time_support import time_values
from workbench.core.models import Mention
from workbench.core.time_spoken_clock import SPOKEN_CLOCK_IN_TEXT, is_spoken_clock
from workbench.nlp.time_false_alarms import is_false_alarm

ANCHOR = dt.date(2025, 10, 14)


def _values(nlp, text: str) -> dict[str, str | None]:
    return time_values(nlp, text, ANCHOR)


def test_a_spoken_clock_time_the_model_leaves_out_is_found(nlp) -> None:
    values = _values(nlp, "The market opened late, and at a quarter to five it closed.")
    assert values["a quarter to five"] == "2025-10-14T04:45"


def test_a_spoken_clock_time_takes_its_part_of_day_and_its_day(nlp) -> None:
    values = _values(nlp, "Witnesses said the shots were fired at ten past eight in the evening "
                          "on Saturday.")
    assert values["ten past eight in the evening"] == "2025-10-11T20:10"


def test_a_spoken_clock_time_before_its_day_moves_to_that_day(nlp) -> None:
    values = _values(nlp, "The driver left the depot a quarter before 11 a.m. on Thursday.")
    assert values["a quarter before 11 a.m."] == "2025-10-09T10:45"


@pytest.mark.parametrize("text", [
    "Attendance grew from ten to six hundred in a year.",
    "Sales rose by a quarter to 3 billion dollars.",
    "The rate fell a quarter to 5.5 percent.",
])
def test_counts_and_shares_are_no_spoken_clock(text: str) -> None:
    assert not any(is_spoken_clock(m) for m in SPOKEN_CLOCK_IN_TEXT.finditer(text))


@pytest.mark.parametrize(("text", "words"), [
    ("Prices have risen recently, and in the past the bank has cut rates.", "in the past"),
    ("In the past the river flooded every spring.", "In the past"),
])
def test_in_the_past_before_its_clause_is_a_past_reference(nlp, text: str, words: str) -> None:
    assert _values(nlp, text)[words] == "PAST_REF"


def test_in_the_past_opening_a_duration_is_not_a_past_reference(nlp) -> None:
    values = _values(nlp, "In the past two years the bank has cut rates four times.")
    assert "PAST_REF" not in values.values()


@pytest.mark.parametrize(("text", "offset", "expected"), [
    ("A decade later, in 2011, the plant was sold to a rival.", "A decade later", "2011"),
    ("Two days later, on June 3, the firm filed for bankruptcy.", "Two days later", "06-03"),
])
def test_an_offset_before_a_comma_and_a_date_is_that_date(nlp, text: str, offset: str,
                                                          expected: str) -> None:
    assert _values(nlp, text)[offset].endswith(expected)


def test_the_early_hours_of_a_day_split_by_the_model_are_that_day(nlp) -> None:
    values = _values(nlp, "The ferry sank in the early hours of Sunday near the harbour.")
    assert "2025-10-12" in values.values()
    assert all(v == "2025-10-12" for k, v in values.items() if "hours" in k)


def test_the_early_morning_hours_of_a_day_split_by_the_model_are_its_morning(nlp) -> None:
    values = _values(nlp, "The talks lasted until the early morning hours of Thursday.")
    assert values["the early morning hours"] == "2025-10-09TMO"


def _mention(text: str, words: str) -> Mention:
    start = text.index(words)
    return Mention(start, start + len(words), words, "DATE", words)


@pytest.mark.parametrize(("text", "words"), [
    ("The storm became a Category 4 hurricane overnight.", "Category 4"),
    ("The plan moves to Phase II next month.", "Phase II"),
    ('She was named their "Player of the Year" by the league.', "Year"),
    ("The magazine's Person of the Year is a scientist.", "the Year"),
    ("The birds leave their summer and winter habitats early.", "summer"),
    ("The birds leave their summer and winter habitats early.", "winter"),
    ("The team keeps its spring training camp in Florida.", "spring"),
    ("Cases of the 2019-nCoV virus rose again.", "2019"),
])
def test_classes_titles_and_describing_seasons_are_false_alarms(text: str, words: str) -> None:
    assert is_false_alarm(_mention(text, words), text, ANCHOR)


@pytest.mark.parametrize(("text", "words"), [
    ("The bill passed on June 5 after a long debate.", "June 5"),
    ("The lake dries up in summer and fills in winter.", "summer"),
    ("The summer months were dry.", "summer"),
    ("In winter temperatures drop below zero.", "winter"),
    ("During summer tourists fill the town.", "summer"),
    ("Since spring prices have doubled.", "spring"),
    ("They met in the spring of that year.", "spring"),
    ("Sales rose in the year to March.", "the year"),
    ("The 2020-21 season was cut short.", "2020"),
    ("The 2008-era rules were dropped in 2012-Q3.", "2008"),
])
def test_real_times_are_not_false_alarms(text: str, words: str) -> None:
    assert not is_false_alarm(_mention(text, words), text, ANCHOR)


def test_a_class_the_model_tags_as_a_date_is_dropped_from_the_analysis(nlp) -> None:
    """The model tags 'Category 5' DATE in this sentence (checked with en_core_web_sm)."""
    text = ("At noon the weather service reported that Hurricane Maria in the Atlantic had "
            "strengthened into a Category 5 hurricane.")
    assert "Category 5" in [e.text for e in nlp(text).ents if e.label_ == "DATE"]
    assert "Category 5" not in _values(nlp, text)


def test_a_season_describing_a_noun_is_dropped_from_the_analysis(nlp) -> None:
    text = "The birds leave their summer and winter habitats early."
    assert "summer" in [e.text for e in nlp(text).ents if e.label_ == "DATE"]
    assert "summer" not in _values(nlp, text)


@pytest.mark.parametrize(("text", "words"), [
    ("We will probably see more storms like this in the future.", "the future"),
    ("The plant will stay closed for the foreseeable future.", "the foreseeable future"),
    ("Rates will stay low in the near future, the bank said.", "the near future"),
])
def test_the_future_after_in_or_for_is_a_future_reference(nlp, text: str, words: str) -> None:
    assert _values(nlp, text)[words] == "FUTURE_REF"


def test_the_future_of_something_is_no_time(nlp) -> None:
    assert "FUTURE_REF" not in _values(nlp, "The future of the firm is unclear.").values()


def test_as_of_a_weekday_with_a_present_verb_is_the_one_gone_by(nlp) -> None:
    """Told on Tuesday 14 October: the Sunday before, not the next one."""
    values = _values(nlp, "As of Sunday evening, all three climbers are in stable condition.")
    assert values["Sunday"] == "2025-10-12TEV"


def test_as_of_a_weekday_with_a_future_verb_stays_ahead(nlp) -> None:
    values = _values(nlp, "As of Monday, the new rules will apply to every driver.")
    assert values["Monday"] == "2025-10-20"


@pytest.mark.parametrize(("text", "clock", "expected"), [
    ("The guard was attacked at roughly 2am local time (0100 UTC) on Friday by an inmate.",
     "roughly 2am local time", "2025-10-10T02:00"),
    ("At around 12:20 p.m. local time on Wednesday a man set fire to a car.",
     "around 12:20 p.m. local time", "2025-10-08T12:20"),
])
def test_local_time_the_model_left_out_joins_its_clock_and_its_day(nlp, text: str, clock: str,
                                                                  expected: str) -> None:
    assert _values(nlp, text)[clock] == expected


def test_a_part_of_day_after_a_weekend_stays_on_its_own_day(nlp) -> None:
    """A week's value ('2025-W41-WE') is no day to put 'this morning' on."""
    values = _values(nlp, "The stock fell over the weekend and closed at a record this morning.")
    assert values["this morning"] == "2025-10-14TMO"


def test_a_figure_run_into_an_offset_is_cut_off(nlp) -> None:
    values = _values(nlp, "The shares traded at 45 yesterday, compared with 50 a week ago.")
    assert values["a week ago"] == "2025-10-07"


@pytest.mark.parametrize(("text", "first", "expected"), [
    ("Researchers collected samples between April and June of last year.", "April", "2024-04"),
    ("The survey ran from March to May 2019 in three countries.", "March", "2019-03"),
    ("The plant was shut from December to February 2021.", "December", "2020-12"),
    ("The show ran from May 3 to June 9, 2019.", "May 3", "2019-05-03"),
])
def test_the_first_month_of_a_range_takes_the_year_its_end_names(nlp, text: str, first: str,
                                                                 expected: str) -> None:
    assert _values(nlp, text)[first] == expected


def test_a_month_before_an_unrelated_year_keeps_its_own_year(nlp) -> None:
    values = _values(nlp, "He visited in March and wrote about it in 2019.")
    assert values["March"] == "2025-03"


def test_clock_times_before_their_own_day_leave_the_day_a_sentence_before_named(nlp) -> None:
    """'As of Monday, ...' lends Monday to the next sentence's clocks until their own day
    ('on Sunday', after the bracketed UTC time) takes them."""
    values = _values(nlp, "As of Monday, the driver was still in hospital. A second man was "
                          "arrested in Leeds at 3am local time (0200 UTC) on Sunday.")
    assert values["3am local time"] == "2025-10-12T03:00"
    assert values["0200 UTC"] == "2025-10-12T02:00Z"


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister will travel to Brussels on Friday and return on Monday.", "2025-10-20"),
    ("The minister travelled to Brussels on Friday and returned on Monday.", "2025-10-13"),
])
def test_a_second_verb_shares_the_first_ones_auxiliary(nlp, text: str, expected: str) -> None:
    assert _values(nlp, text)["Monday"] == expected


def test_a_count_run_into_a_date_is_taken_apart(nlp) -> None:
    values = _values(nlp, "The court heard the case over two days last week and will rule soon.")
    assert values["two days"] == "P2D"
    assert values["last week"] == "2025-W41"
