"""TIMEX3 values (as `core.time_values` writes them) read back as intervals a timeline can place.

Why intervals and not dates: "2023", "the 1990s" and "last summer" are
periods, and a timeline that squeezed them to a day would claim a precision the
text never had. Each value becomes ``[start, end)`` plus its precision; a
time of day is kept when the value has one. Values that name no point on the
calendar (``PRESENT_REF``, ``XXXX-09-13``) or that are malformed
("2023-02-30") give None: the item is listed as undated, never guessed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

EARLIEST_YEAR = 1000
_EPOCH = dt.datetime(1970, 1, 1)
FUTURE_YEARS = 50

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(.*))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_CLOCK = re.compile(r"^(\d{2})(?::(\d{2}))?(?::(\d{2}))?")
# Meteorological seasons (northern hemisphere): first month, and length in months.
_SEASONS = {"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}


@dataclass(frozen=True)
class TimeSpan:
    """The interval a value names: ``start`` inclusive, ``end`` exclusive.

    ``timed`` says the value gave a time of day (``start`` then carries it).
    """

    start: dt.datetime
    end: dt.datetime
    precision: str
    timed: bool = False

    @property
    def iso(self) -> str:
        """The start as ISO text: a date, or a date and time when the value had one."""
        if self.timed:
            return self.start.isoformat(timespec="minutes")
        return self.start.date().isoformat()

    @functools.cached_property
    def seconds(self) -> tuple[float, float]:
        """Start and end as seconds since 1970 (naive, negative before); a timed span is a
        point. Kept on the span: spans are shared by every item of the same value, and a
        timeline view reads them for every item on every layout."""
        start = (self.start - _EPOCH).total_seconds()
        return (start, start) if self.timed else (start, (self.end - _EPOCH).total_seconds())

    @property
    def middle(self) -> dt.datetime:
        """Where a mark for the whole interval sits on an axis."""
        return self.start + (self.end - self.start) / 2


def parse_value(value: str | None) -> TimeSpan | None:
    """The interval of a TIMEX3 value, or None when it names no calendar period.

    Understood: ``2023-09-13``, ``2023-09-13T14:00``, ``2023-09``, ``2023-W37``,
    ``2023-Q3``, ``2023-SU``, ``2023``, ``199`` (the 1990s), ``19`` (the 1900s),
    ``FY2023`` and ``FY2023-Q3`` (a fiscal year, placed as its calendar year).
    """
    text = (value or "").strip().upper()
    if text.startswith("FY"):
        return _fiscal(text)
    return _parse_text(text) if text else None


def _fiscal(text: str) -> TimeSpan | None:
    """A fiscal year (``FY2008``) or one of its quarters (``FY2008-Q4``): the calendar year
    of its name, at year precision.

    Why not more precise: where a fiscal year starts is the company's own choice (Apple's
    fiscal 2008 began in September 2007), so even its quarter is placed as the whole year.
    """
    year = _YEAR.match(text[2:6])
    return _year(year) if year and text[6:] in ("", "-Q1", "-Q2", "-Q3", "-Q4") else None


@functools.lru_cache(maxsize=8192)
def _parse_text(text: str) -> TimeSpan | None:
    """``parse_value`` for cleaned text; cached, as a library repeats the same few values."""
    for pattern, reader in _READERS:
        match = pattern.match(text)
        if match:
            try:
                return reader(match)
            except (ValueError, OverflowError):
                return None  # "2023-02-30", "2023-W60", year 0
    return None


def _later(start: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """``start + delta``, clamped to the calendar's last instant.

    Why: a period that ends after 9999 ("9999-12-31", "9999", "the 9990s")
    still starts on the calendar; its end would overflow ``datetime``, and a
    user's ``--from 9999-12-31`` must be read, not refused as "not a date".
    """
    try:
        return start + delta
    except OverflowError:
        return dt.datetime.max


def _year_start(year: int) -> dt.datetime:
    """1 January of ``year``, or the calendar's last instant when that is after 9999."""
    return dt.datetime(year, 1, 1) if year <= dt.MAXYEAR else dt.datetime.max


def _day(match: re.Match[str]) -> TimeSpan | None:
    start = dt.datetime(int(match[1]), int(match[2]), int(match[3]))
    end = _later(start, dt.timedelta(days=1))
    clock = match[4]
    if clock is None:
        return TimeSpan(start, end, "day")
    found = _CLOCK.match(clock)
    if found is None:  # "TMO", "TEV": a part of the day, kept as the day
        return TimeSpan(start, end, "day") if clock.isalpha() else None
    hour, minute, second = (int(part or 0) for part in found.groups())
    if found.end() != len(clock) and not clock[found.end() :].startswith(("Z", "+", "-")):
        return None
    return TimeSpan(start.replace(hour=hour, minute=minute, second=second), end, "day", True)


def _month(match: re.Match[str]) -> TimeSpan:
    start = dt.datetime(int(match[1]), int(match[2]), 1)
    return TimeSpan(start, _add_months(start, 1), "month")


def _week(match: re.Match[str]) -> TimeSpan:
    start = dt.datetime.fromisocalendar(int(match[1]), int(match[2]), 1)
    return TimeSpan(start, _later(start, dt.timedelta(days=7)), "week")


def _quarter(match: re.Match[str]) -> TimeSpan:
    start = dt.datetime(int(match[1]), 3 * int(match[2]) - 2, 1)
    return TimeSpan(start, _add_months(start, 3), "quarter")


def _season(match: re.Match[str]) -> TimeSpan:
    start = dt.datetime(int(match[1]), _SEASONS[match[2]], 1)
    return TimeSpan(start, _add_months(start, 3), "season")


def _year(match: re.Match[str]) -> TimeSpan:
    year = int(match[1])
    start = dt.datetime(year, 1, 1)
    return TimeSpan(start, _year_start(year + 1), "year")


def _decade(match: re.Match[str]) -> TimeSpan:
    year = int(match[1]) * 10
    start = dt.datetime(year, 1, 1)
    return TimeSpan(start, _year_start(year + 10), "decade")


def _century(match: re.Match[str]) -> TimeSpan:
    year = int(match[1]) * 100
    start = dt.datetime(year, 1, 1)
    return TimeSpan(start, _year_start(year + 100), "century")


def _add_months(start: dt.datetime, months: int) -> dt.datetime:
    index = start.year * 12 + start.month - 1 + months
    if index // 12 > dt.MAXYEAR:
        return dt.datetime.max
    return start.replace(year=index // 12, month=index % 12 + 1, day=1)


_READERS = (
    (_DAY, _day),
    (_MONTH, _month),
    (_WEEK, _week),
    (_QUARTER, _quarter),
    (_SEASON, _season),
    (_YEAR, _year),
    (_DECADE, _decade),
    (_CENTURY, _century),
)


def out_of_range(span: TimeSpan, today: dt.date) -> str | None:
    """Why ``span`` cannot go on the axis (before 1000, or over 50 years ahead), else None.

    Why a range at all: one "year 201" typo or a far-future date would stretch
    the axis so that every real item crowds into a single pixel.
    """
    if span.start.year < EARLIEST_YEAR:
        return f"{span.iso} is before the year {EARLIEST_YEAR}"
    if span.start.date() > _years_after(today, FUTURE_YEARS):
        return f"{span.iso} is more than {FUTURE_YEARS} years ahead"
    return None


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)



_SEASON_NAMES = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}


def span_label(span: TimeSpan) -> str:
    """The interval in words at its own precision: ``2023-09-13``, ``September 2023``, ``1990s``."""
    start = span.start
    labels = {
        "day": span.iso.replace("T", " "),
        "week": f"week {start.isocalendar()[1]} of {start.isocalendar()[0]}",
        "month": start.strftime("%B %Y"),
        "quarter": f"Q{(start.month - 1) // 3 + 1} {start.year}",
        "season": f"{_SEASON_NAMES.get(start.month, 'season')} {start.year}",
        "year": str(start.year),
        "decade": f"{start.year}s",
        "century": f"{start.year}s (century)",
    }
    return labels.get(span.precision, span.iso)
