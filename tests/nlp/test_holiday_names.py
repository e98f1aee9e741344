"""Holidays are listed once (``HOLIDAY_NAMES``): every holiday the normaliser can date is
one detection finds in running text, written as texts write it. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_holidays import CAPITALISED_HOLIDAY, HOLIDAY_NAMES, written_holiday
from workbench.core.time_normalise import normalise_time
from workbench.nlp.time_unmarked import unmarked_time_words

APRIL = dt.date(2024, 4, 10)


@pytest.mark.parametrize(("name", "written"), [
    ("new year's day", "New Year's Day"),
    ("st. patrick's day", "St. Patrick's Day"),
    ("fourth of july", "Fourth of July"),
    ("martin luther king jr. day", "Martin Luther King Jr. Day"),
])
def test_a_holiday_is_written_with_a_capital_on_each_word_but_of(name: str, written: str) -> None:
    assert written_holiday(name) == written


@pytest.mark.parametrize("name", HOLIDAY_NAMES)
def test_every_holiday_the_normaliser_dates_is_detected(name: str) -> None:
    assert normalise_time(name, APRIL, None) is not None
    assert CAPITALISED_HOLIDAY.fullmatch(written_holiday(name))


@pytest.mark.parametrize(("text", "holiday", "value"), [
    ("Dublin's streets filled with green on St. Patrick's Day last year.", "St. Patrick's Day",
     "-03-17"),
    ("Fireworks lit the harbour on the Fourth of July.", "Fourth of July", "-07-04"),
    ("The bishop led a procession on Palm Sunday.", "Palm Sunday", "-03-24"),
    ("Paris held its military parade on Bastille Day.", "Bastille Day", "-07-14"),
    ("Veterans laid wreaths at the memorial on Remembrance Day.", "Remembrance Day",
     "-11-11"),
    ("Workers marched through the capital on May Day.", "May Day", "-05-01"),
    ("The priest marked foreheads with ashes on Ash Wednesday.", "Ash Wednesday", "-02-14"),
])
def test_holidays_the_old_list_missed_are_found_and_dated(text: str, holiday: str,
                                                          value: str) -> None:
    found = [m.text for m in unmarked_time_words(text, APRIL)]
    assert holiday in found
    assert normalise_time(holiday, APRIL, "past").value.endswith(value)


@pytest.mark.parametrize("text", [
    "Thousands watched the St. Patrick's Day parade downtown.",
    "The union printed a May Day banner for the rally.",
    "A Bastille Day concert closed the festival.",
])
def test_a_newly_listed_holiday_that_modifies_a_noun_is_no_date(text: str) -> None:
    assert CAPITALISED_HOLIDAY.search(text) is None
