"""The ``dateparser`` path: absolute dates in forms the own rules do not list.

Why gated: ``dateparser`` reads almost anything as a date relative to its base —
"two years" becomes two years ago, "the 1990s" becomes *now*, "may" becomes
May. It is asked only about expressions that carry a calendar cue of their own
(a month name, a four-digit year, a numeric date such as 30/06/2008), and its
answer is written at the precision it reports (day, month or year), never with
parts it filled in from the base.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Any

from workbench.core.time_values import Tense
from workbench.core.time_words import MONTH

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

_CALENDAR_CUE = re.compile(
    r"\b(?:" + MONTH[len("(?P<month>"):-len(r")\.?")] + r")\b|\b[12]\d{3}\b"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"
)
_DURATION_CUE = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|decades?)\b(?! ago)")
_YEAR = re.compile(r"\b[12]\d{3}\b")
_PRECISION = {"day": 10, "month": 7, "year": 4}


def has_calendar_cue(expression: str) -> bool:
    """True when the expression names a month or a year or writes a numeric date."""
    return bool(_CALENDAR_CUE.search(expression)) and not _DURATION_CUE.search(expression)


@functools.lru_cache(maxsize=256)
def _parser(prefer: str, base: dt.datetime) -> DateDataParser:
    """One parser per (preference, base): documents of one day share it."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True,
                                "RELATIVE_BASE": base}
    return DateDataParser(languages=["en"], settings=settings)


def dateparser_value(expression: str, anchor: dt.date | None, tense: Tense | None) -> str | None:
    """The value ``dateparser`` reads, at its reported precision; None without a cue."""
    if not has_calendar_cue(expression) or (anchor is None and not _YEAR.search(expression)):
        return None  # without an anchor only a stated year makes a value
    prefer = {"past": "past", "future": "future"}.get(tense or "", "current_period")
    return parsed_value(expression, prefer, dt.datetime.combine(anchor or dt.date.today(),
                                                                dt.time(12)))


@functools.lru_cache(maxsize=4096)
def parsed_value(expression: str, prefer: str, base: dt.datetime) -> str | None:
    """``dateparser``'s value of ``expression`` read from ``base``, kept per process.

    Why cached: the parse is the costliest call of time normalising (~3 ms), and news
    repeats its dates ("January 2017", "Jan. 20") across the documents of one day; the
    answer depends only on the words, the preference and the base, all in the key."""
    try:
        found = _parser(prefer, base).get_date_data(expression)
    except (ValueError, OverflowError, TypeError):
        return None
    return format_parsed(found.date_obj, found.period)


def format_parsed(parsed: dt.datetime | None, period: str | None) -> str | None:
    """TIMEX3 value of a parse at its precision ('day', 'month', 'year'; 'time' -> minutes)."""
    if parsed is None:
        return None
    if period == "time":
        return parsed.strftime("%Y-%m-%dT%H:%M")
    width = _PRECISION.get(period or "day")
    if width is None:  # week, part of day: no single TIMEX3 form we trust from here
        return None
    return parsed.date().isoformat()[:width]
