"""Days and weekends named by a dated day beside them: 'the day after Thanksgiving', 'the day
before March 3', 'the Thanksgiving weekend', 'the Memorial Day weekend'.

Why a module of its own: the words around the date only move it (a day on, a day back, to its
weekend); the date itself is read by ``time_normalise``, which hands its reader in (the
date inside may be a holiday, a weekday or a calendar date, read by tense like any other).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from workbench.core.time_values import DAY_VALUE, week_value

ReadDay = Callable[[str], "str | None"]
"""A reader of the date inside: its TIMEX3 value, or None."""

_DAY_BESIDE = re.compile(r"^day (?P<side>after|before) (?P<date>.+)$")
_WEEKEND_OF = re.compile(r"^(?P<date>.+?) weekend$")
WEEKEND_BEFORE = frozenset({0, 1})
"""A holiday on a Monday or Tuesday names the weekend before it (Memorial Day, Labor Day);
one later in the week, the weekend of its own week (Thanksgiving, Good Friday, Easter)."""


def _day_of(words: str, read: ReadDay) -> dt.date | None:
    value = read(words)
    if not value or not DAY_VALUE.fullmatch(value[:10]):
        return None
    return dt.date.fromisoformat(value[:10])


def day_beside(expression: str, read: ReadDay) -> str | None:
    """'day after thanksgiving' (cleaned) -> the day after the holiday's; None when the words
    after it name no day ('the day after the vote' is an event's, read by no calendar)."""
    match = _DAY_BESIDE.match(expression)
    day = _day_of(match["date"], read) if match else None
    if match is None or day is None:
        return None
    return (day + dt.timedelta(days=1 if match["side"] == "after" else -1)).isoformat()


def weekend_of(expression: str, read: ReadDay) -> str | None:
    """'thanksgiving weekend' (cleaned) -> the ISO weekend next to the day named (`-WE`)."""
    match = _WEEKEND_OF.match(expression)
    day = _day_of(match["date"], read) if match else None
    if match is None or day is None:
        return None
    if day.weekday() in WEEKEND_BEFORE:
        day -= dt.timedelta(days=day.weekday() + 1)  # the Sunday before
    return week_value(day) + "-WE"
