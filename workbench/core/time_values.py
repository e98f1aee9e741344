"""Normalised time values in TIMEX3 syntax: what a date mention means on the calendar.

Why TIMEX3 (the syntax of TimeML, used by MEANTIME and TempEval): one string says
both *when* and *how precisely* — ``2023-09-13`` (a day), ``2023-09`` (a month),
``2023-W37`` (an ISO week), ``2023-Q3`` (a quarter), ``2023-SU`` (a season),
``199`` (the 1990s), ``19`` (the 20th century), ``2023-09-13T14:00`` (a time) and
``PAST_REF``/``PRESENT_REF``/``FUTURE_REF`` for "recently", "now", "in the future",
``FY2008`` and ``FY2008-Q4`` for a company's fiscal year and its quarters.

This module holds the value syntax and calendar arithmetic; ``time_rules`` turns
expressions into values (own rules first, ``dateparser`` for the rest).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from workbench.core.time_words import WEEKDAY_NAMES

Tense = Literal["past", "present", "future", "reported-future"]
"""'reported-future': a future told in the past ('said it would reopen by the weekend'),
ahead of a saying that came shortly before the anchor (``time_normalise`` decides)."""
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
"""A day's value ('2025-10-14'); with ``match``, also a day's time ('2025-10-14T09:00')."""
REFERENCE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
FAR_YEARS = 200
"""A value more than this many years from its anchor is flagged 'far' (kept, but suspect)."""

_VALUE = re.compile(
    r"^(?P<fiscal>FY)?(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T.*)?)?"
    r"|W(?P<week>\d{2})(?P<weekend>-WE)?|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?$"
)
_COARSE = re.compile(r"^(?P<digits>\d{2,3})$")
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_SEASON_WORDS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_REFERENCE_WORDS = {"PAST_REF": "the past", "PRESENT_REF": "the present",
                    "FUTURE_REF": "the future"}


@dataclass(frozen=True)
class TimeValue:
    """A normalised value, which path decided it, and a flag for suspect values.

    ``decided_by`` names the rule ("rule:weekday", "dateparser", ...) so a wrong
    value can be traced; ``flag`` is "far" for values centuries from the anchor.
    """

    value: str
    decided_by: str
    flag: str | None = None


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def closes_quarter(day: dt.date) -> bool:
    """Whether ``day`` is the last of a calendar quarter (March 31, June 30, ...)."""
    following = day + dt.timedelta(days=1)
    return following.day == 1 and following.month in (1, 4, 7, 10)


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) ``delta`` months away (negative goes back)."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_quarters(year: int, quarter: int, delta: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + delta
    return index // 4, index % 4 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for an impossible one ("February 30") or a year out of range."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def value_year(value: str) -> int | None:
    """The (first) year a value falls in: ``199`` -> 1990, ``19`` -> 1900, refs -> None."""
    match = _VALUE.match(value)
    if match:
        return int(match.group("year"))
    coarse = _COARSE.match(value)
    if coarse:
        digits = coarse.group("digits")
        return int(digits) * 10 ** (4 - len(digits))
    return None


def flag_for(value: str, anchor: dt.date | None) -> str | None:
    """'far' when the value lies more than ``FAR_YEARS`` from its anchor (or from today)."""
    year = value_year(value)
    if year is None:
        return None
    base = (anchor or dt.date.today()).year
    return "far" if abs(year - base) > FAR_YEARS else None


def value_precision(value: str) -> str | None:
    """How precise a value is: minute, day, week, month, quarter, half, season, year,
    decade, century, reference; None when the value is not TIMEX3 syntax we know."""
    if value in REFERENCE_VALUES:
        return "reference"
    coarse = _COARSE.match(value)
    if coarse:
        return "decade" if len(coarse.group("digits")) == 3 else "century"  # noqa: PLR2004
    match = _VALUE.match(value)
    if match is None:
        return None
    if "T" in value:
        return "time"
    for part in ("day", "month", "week", "quarter", "half", "season"):
        if match.group(part):
            return part
    return "year"


# Every unit ``core.time_durations`` writes: quarters ("every quarter" is P1Q) and
# fractional counts ("1.5 years" is P1.5Y) read as codes when the pattern lacked them.
_COUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = re.compile(rf"P(?:(?P<date>(?:{_COUNT}(?:DE|CE|Y|Q|M|W|D))+))?"
                       rf"(?:T(?P<time>(?:{_COUNT}[HMS])+))?")
_DURATION_PART = re.compile(rf"({_COUNT})(DE|CE|Y|Q|M|W|D|H|S)")
_DURATION_UNITS = {"DE": "decade", "CE": "century", "Y": "year", "Q": "quarter", "W": "week",
                   "D": "day", "H": "hour", "S": "second"}
_ANY_WEEKDAY = re.compile(r"XXXX-WXX-(?P<day>[1-7])")


def describe_value(value: str) -> str:
    """The value in words for a tooltip: '13 Sep 2023', 'September 2023', 'the 1990s',
    'a span of 4 years', 'a Friday, week unknown'.

    Why durations and weekdays too: a hover read "four years → P4Y" and "Friday →
    XXXX-WXX-5", the TIMEX3 codes an analyst is not expected to know.
    """
    duration = _DURATION.fullmatch(value)
    if duration and (duration["date"] or duration["time"]):
        return "a span of " + _duration_words(duration["date"] or "", duration["time"] or "")
    weekday = _ANY_WEEKDAY.fullmatch(value)
    if weekday:
        # TIMEX3 counts ISO days from 1 (Monday); the vocabulary numbers them from 0
        return f"a {WEEKDAY_NAMES[int(weekday['day']) - 1].capitalize()}, week unknown"
    return _describe_calendar_value(value)


def _duration_words(date: str, time: str) -> str:
    """'2 years, 6 months'; "M" is months before the T and minutes after it."""
    parts = []
    for text, m_unit in ((date, "month"), (time, "minute")):
        for amount, code in _DURATION_PART.findall(text):
            unit = m_unit if code == "M" else _DURATION_UNITS[code]
            units = "centuries" if unit == "century" else f"{unit}s"
            parts.append(f"some {units}" if amount == "X"
                         else f"{amount} {unit if amount == '1' else units}")
    return ", ".join(parts)


def _describe_calendar_value(value: str) -> str:
    """A value on the calendar in words: '13 Sep 2023', 'September 2023', 'the 1990s'."""
    words = _REFERENCE_WORDS.get(value)
    if words:
        return words
    coarse = _COARSE.match(value)
    if coarse:
        return _describe_coarse(coarse.group("digits"))
    match = _VALUE.match(value)
    if match is None:
        return value
    return _describe_match(match, value)


def _describe_coarse(digits: str) -> str:
    if len(digits) == 3:  # noqa: PLR2004 - decade
        return f"the {digits}0s"
    century = int(digits) + 1
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(century % 10 if century // 10 % 10 != 1 else 0, "th")
    return f"the {century}{suffix} century"


def _describe_match(match: re.Match[str], value: str) -> str:
    year = match.group("year")
    if match.group("fiscal"):
        quarter = match.group("quarter")
        return f"Q{quarter} of fiscal year {year}" if quarter else f"fiscal year {year}"
    if match.group("day"):
        day = dt.date(int(year), int(match.group("month")), int(match.group("day")))
        words = f"{day.day} {day.strftime('%b')} {year}"
        time = value.partition("T")[2]
        return f"{words}, {_describe_time(time)}" if time else words
    if match.group("month"):
        return f"{_MONTH_NAMES[int(match.group('month')) - 1]} {year}"
    if match.group("week"):
        weekend = "the weekend of " if match.group("weekend") else ""
        return f"{weekend}week {int(match.group('week'))} of {year}"
    if match.group("quarter"):
        return f"Q{match.group('quarter')} {year}"
    if match.group("half"):
        return f"{'first' if match.group('half') == '1' else 'second'} half of {year}"
    if match.group("season"):
        return f"{_SEASON_WORDS[match.group('season')]} {year}"
    return year


def _describe_time(time: str) -> str:
    words = {code: name for name, code in PARTS_OF_DAY.items()}
    if time in words:
        return words[time]
    return time.replace("Z", " UTC")


def anchor_date(published: str | None) -> dt.date | None:
    """The day a document's relative dates are read from: its ISO publication date.

    Why nothing cleverer: ``published`` is stored as ISO when import could read
    it; anything else ("March 2019", free text) gives no anchor, and then
    relative expressions get no value rather than one read from the wrong day.
    """
    if not published:
        return None
    try:
        return usable_anchor(dt.date.fromisoformat(published.strip()[:10]))
    except ValueError:
        return None


ANCHOR_YEARS = range(1000, 9000)
"""Years a day can anchor relative expressions in: "next Sunday" read on 9999-12-31 would
step off the calendar, and such a publication date is a typo, not a date to read on."""


def usable_anchor(day: dt.date | None) -> dt.date | None:
    """``day``, or None when it is too far in the past or future to read anything on."""
    return day if day is not None and day.year in ANCHOR_YEARS else None
