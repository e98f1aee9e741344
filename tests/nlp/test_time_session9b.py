"""Issue 19, session 9 (second round): classes found on MEANTIME dev's end-to-end errors,
tested on sentences written for these tests (anchor: Wednesday 10 April 2024)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.time_support import time_values

ANCHOR = dt.date(2024, 4, 10)


def _values(nlp, text: str) -> dict[str, str | None]:
    return time_values(nlp, text, ANCHOR)


@pytest.mark.parametrize(("text", "words", "value"), [
    ("The mayor said that if there ever came a day when the bridge failed, she would resign.",
     "a day", "FUTURE_REF"),
    ("Engineers warn there will be a day when the reservoir runs dry.", "a day",
     "FUTURE_REF"),
    ("There was a day when the harbour handled most of the region's grain.", "a day",
     "PAST_REF"),
    ("One day when the mill closed, the town emptied.", "One day", "PAST_REF"),
])
def test_an_indefinite_day_with_a_when_clause_is_a_moment_not_a_length(
        nlp, text: str, words: str, value: str) -> None:
    """Not P1D: 'a day when ...' names an unspecified moment, past or future."""
    assert _values(nlp, text)[words] == value


def test_a_day_as_a_length_stays_a_length(nlp) -> None:
    values = _values(nlp, "The strike lasted a day, and the workers returned on Friday.")
    assert values["a day"] == "P1D"


@pytest.mark.parametrize(("text", "words"), [
    ("The minister will be on leave for an undetermined period of time, her office said.",
     "an undetermined period of time"),
    ("The plant was closed for an indefinite period of time after the fire.",
     "an indefinite period of time"),
])
def test_a_period_of_unknown_length_is_found_as_a_duration(nlp, text: str, words: str) -> None:
    """The model leaves these out; TimeML writes a length nobody stated as PXD."""
    assert _values(nlp, text)[words] == "PXD"


def test_a_time_period_with_no_unknown_length_is_not_taken(nlp) -> None:
    values = _values(nlp, "The period of time the court set has passed.")
    assert not any("period of time" in words for words in values)
