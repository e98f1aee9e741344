"""Issue 19, review findings: names, modifiers and capitals that 'soon', holidays, bare units
and how-often words misread. The sentences are written for these tests (not from a corpus).
"""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_holidays import CAPITALISED_HOLIDAY
from workbench.core.time_normalise import normalise_time
from workbench.nlp import time_detection, time_unmarked
from workbench.nlp.time_unmarked import unmarked_time_words

APRIL = dt.date(2024, 4, 10)


def _found(text: str) -> list[str]:
    return [m.text for m in unmarked_time_words(text, APRIL)]


@pytest.mark.parametrize("text", [
    "The film starred Soon-Yi Previn in a small role.",
    "Foreign Minister Lee Soon Kyu arrived in Seoul on a state visit.",
    "Her soon-to-be husband declined to comment.",
])
def test_soon_in_a_name_or_a_compound_is_no_time(text: str) -> None:
    assert "Soon" not in _found(text) and "soon" not in _found(text)


def test_soon_alone_and_soon_at_a_sentence_start_are_future_references() -> None:
    text = "The council will vote soon. Soon, the mayor said, the bridge will reopen."
    assert _found(text).count("soon") == 1 and _found(text).count("Soon") == 1


@pytest.mark.parametrize("text", [
    "The mayor lit a Christmas tree outside the town hall.",
    "A boy in a Halloween costume waved from the float.",
    "The Easter egg hunt drew two hundred children.",
    "The studio announced the Independence Day sequel at the festival.",
])
def test_a_holiday_that_modifies_the_noun_after_it_is_no_date(text: str) -> None:
    assert CAPITALISED_HOLIDAY.search(text) is None
    assert _found(text) == []


@pytest.mark.parametrize(("text", "holiday"), [
    ("Shops stay open on Christmas Eve this year.", "Christmas Eve"),
    ("The queen spoke on Christmas Day as usual.", "Christmas Day"),
    ("Pilgrims gathered in the square on Easter Sunday.", "Easter Sunday"),
    ("The family stayed home over Christmas.", "Christmas"),
    ("Prices rose sharply before Christmas 2008.", "Christmas"),
    ("Traffic peaked during the Thanksgiving weekend.", "Thanksgiving"),
    ("The office closes between Christmas and New Year's Day.", "Christmas"),
    ("Halloween falls on a Thursday this year.", "Halloween"),
])
def test_a_holiday_before_a_time_word_a_function_word_or_a_number_stays_a_date(
        text: str, holiday: str) -> None:
    assert holiday in _found(text)


def test_the_new_year_is_the_coming_year_not_january_first() -> None:
    assert normalise_time("the new year", APRIL, None) is None
    assert normalise_time("New Year's Day", APRIL, "future").value == "2025-01-01"
    assert normalise_time("New Year's Eve", APRIL, "past").value == "2023-12-31"


def test_has_value_is_one_function_shared_by_detection() -> None:
    assert time_detection.has_value is time_unmarked.has_value
    assert time_unmarked.has_value("tomorrow", APRIL)
    assert not time_unmarked.has_value("the committee", APRIL)


@pytest.mark.parametrize(("text", "expected"), [
    ("For years, residents complained about the noise.", "years"),
    ("Within days the ministry reversed its decision.", "days"),
    ("Twice a year the board meets in Geneva.", "Twice a year"),
    ("Three times a week the ferry crosses to the island.", "Three times a week"),
])
def test_a_bare_unit_or_how_often_at_a_sentence_start_is_found(text: str, expected: str) -> None:
    assert expected in _found(text)
