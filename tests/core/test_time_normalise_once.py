"""Normalising an expression reads it with each rule once: no rule is asked again the
same question it already failed (the cache hides nothing here: it is cleared)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from workbench.core import time_normalise
from workbench.core.time_normalise import normalise_time

ANCHOR = dt.date(2023, 9, 15)


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    normalise_time.cache_clear()


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> Counter[tuple[object, ...]]:
    asked: Counter[tuple[object, ...]] = Counter()
    real = getattr(time_normalise, name)

    def counted(*args: object) -> object:
        asked[args[:1] + tuple(str(a) for a in args[1:])] += 1
        return real(*args)

    monkeypatch.setattr(time_normalise, name, counted)
    return asked


@pytest.mark.parametrize("text", ["the quarterly zebra", "zebra crossing", "early zebra"])
def test_each_relative_reading_is_tried_once(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    asked = _counting(monkeypatch, "relative_value")
    normalise_time(text, ANCHOR, "past")
    assert asked and max(asked.values()) == 1


def test_a_military_time_with_no_day_is_read_as_a_clock_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counting(monkeypatch, "_clock_value")
    assert normalise_time("0900 GMT Tuesday", None, None) is None  # no day: no value
    assert sum(asked.values()) == 1


def test_values_are_unchanged_by_reading_once() -> None:
    assert normalise_time("1430 UTC", ANCHOR, "past").value == "2023-09-15T14:30Z"
    assert normalise_time("later this year", ANCHOR, "past").value == "2023"
    assert normalise_time("2 p.m. on Wednesday", ANCHOR, "past").value == "2023-09-13T14:00"
