"""The dateparser answer kept per process is the answer a fresh parse gives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.time_fallback import dateparser_value, parsed_value

BASE = dt.datetime(2017, 1, 20, 12)


@pytest.mark.parametrize("expression",
                         ["January 2017", "Jan. 3", "30/06/2008", "the spring of 1999"])
@pytest.mark.parametrize("prefer", ["past", "future", "current_period"])
def test_cached_answer_equals_a_fresh_parse(expression: str, prefer: str) -> None:
    first = parsed_value(expression, prefer, BASE)
    assert parsed_value(expression, prefer, BASE) == first
    assert parsed_value.__wrapped__(expression, prefer, BASE) == first


def test_a_date_repeated_on_one_day_is_parsed_once() -> None:
    """Two documents of one day naming the same date cost one parse, not two."""
    parsed_value.cache_clear()
    for _ in range(2):
        assert dateparser_value("January 2017", dt.date(2017, 1, 20), "past") is not None
    assert (parsed_value.cache_info().misses, parsed_value.cache_info().hits) == (1, 1)


def test_the_base_is_part_of_the_key() -> None:
    """A month read from two publication dates in different years is two values."""
    assert dateparser_value("march 5", dt.date(2017, 1, 20), "past") == "2016-03-05"
    assert dateparser_value("march 5", dt.date(2019, 6, 1), "past") == "2019-03-05"
