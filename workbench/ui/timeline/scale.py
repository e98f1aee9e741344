"""The time axis: seconds ↔ pixels, zoom around a point, pan, fit, and tick marks per zoom level.

Why Qt-free: the arithmetic a zoom or a drag does is what the benchmark and
the tests check (zoom keeps the time under the pointer still; the ticks
change from years to days as one zooms in), and it needs no widget.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

EPOCH = dt.datetime(1970, 1, 1)
DAY = 86_400.0
LONGEST_YEAR = 366 * DAY
BULK_SHARE = 0.8  # of the items: Fit's bulk is the shortest stretch holding this share
# From about a day across a wide window to five centuries across a narrow one.
MIN_SECONDS_PER_PIXEL = 60.0
MAX_SECONDS_PER_PIXEL = 500 * 365.25 * DAY / 200
TICK_SPACING_PX = 90  # labelled ticks at least this far apart


def seconds(moment: dt.datetime) -> float:
    """A moment as seconds since 1970 (negative before), without time-zone games."""
    return (moment - EPOCH).total_seconds()


_FIRST = -62_135_596_800.0  # 0001-01-01
_LAST = 253_402_214_400.0  # 9999-12-31


def moment(value: float) -> dt.datetime:
    """The moment ``value`` seconds after 1970, kept inside the calendar Python knows."""
    return EPOCH + dt.timedelta(seconds=min(_LAST, max(_FIRST, value)))


@dataclass
class TimeScale:
    """Which moment sits at x = 0 and how many seconds one pixel spans."""

    origin: float = 0.0
    seconds_per_pixel: float = DAY

    def x_of(self, value: float) -> float:
        """The x of a moment (seconds)."""
        return (value - self.origin) / self.seconds_per_pixel

    def time_at(self, x: float) -> float:
        """The moment (seconds) at pixel ``x``."""
        return self.origin + x * self.seconds_per_pixel

    def zoom(self, factor: float, anchor_x: float) -> None:
        """Zoom by ``factor`` (> 1: in), keeping the moment under ``anchor_x`` where it is."""
        anchored = self.time_at(anchor_x)
        wanted = self.seconds_per_pixel / factor
        self.seconds_per_pixel = min(MAX_SECONDS_PER_PIXEL, max(MIN_SECONDS_PER_PIXEL, wanted))
        self.origin = anchored - anchor_x * self.seconds_per_pixel

    def pan(self, dx: float) -> None:
        """Move the view by ``dx`` pixels (drag right: earlier times come into view)."""
        self.origin -= dx * self.seconds_per_pixel

    def fit(self, first: float, last: float, width: float, margin: float = 24.0) -> None:
        """Show ``[first, last]`` across ``width`` pixels with a margin each side."""
        usable = max(1.0, width - 2 * margin)
        span = max(last - first, DAY)
        self.seconds_per_pixel = min(MAX_SECONDS_PER_PIXEL,
                                     max(MIN_SECONDS_PER_PIXEL, span / usable))
        middle = (first + last) / 2
        self.origin = middle - (width / 2) * self.seconds_per_pixel

    def ticks(self, width: float) -> list[tuple[float, str]]:
        """(x, label) of the axis's labelled ticks across ``width`` pixels, at a readable step."""
        step = _tick_step(self.seconds_per_pixel * TICK_SPACING_PX)
        start, end = moment(self.time_at(0)), moment(self.time_at(width))
        return [(self.x_of(seconds(when)), label) for when, label in step(start, end)]


Ticks = Callable[[dt.datetime, dt.datetime], list[tuple[dt.datetime, str]]]


def _tick_step(seconds_apart: float) -> Ticks:
    """The coarsest calendar step whose ticks are at least ``seconds_apart`` apart."""
    if seconds_apart <= 6 * 3600:
        hours = next(h for h in (1, 2, 3, 6) if h * 3600 >= seconds_apart)
        return lambda a, b: _hours(a, b, hours)
    if seconds_apart <= DAY / 2:
        return lambda a, b: _hours(a, b, 12)
    if seconds_apart <= 7 * DAY:
        days = 1 if seconds_apart <= DAY else 7
        return lambda a, b: _days(a, b, days)
    if seconds_apart <= 365.25 * DAY:
        months = next(m for m in (1, 3, 6, 12) if m * 30.5 * DAY >= seconds_apart)
        return lambda a, b: _months(a, b, months)
    years = next((y for y in (1, 2, 5, 10, 20, 50, 100, 200, 500)
                  if y * 365.25 * DAY >= seconds_apart), 1000)
    return lambda a, b: _years(a, b, years)


def _hours(start: dt.datetime, end: dt.datetime, hours: int) -> list[tuple[dt.datetime, str]]:
    when = start.replace(minute=0, second=0, microsecond=0)
    when -= dt.timedelta(hours=when.hour % hours)
    result = []
    while when <= end:
        label = when.strftime("%d %b") if when.hour == 0 else when.strftime("%H:%M")
        result.append((when, label))
        when += dt.timedelta(hours=hours)
    return result


def _days(start: dt.datetime, end: dt.datetime, days: int) -> list[tuple[dt.datetime, str]]:
    when = dt.datetime(start.year, start.month, start.day)
    if days == 7:
        when -= dt.timedelta(days=when.weekday())  # weeks start on Monday
    result = []
    while when <= end:
        result.append((when, when.strftime("%d %b %Y") if when.day <= days else
                       when.strftime("%d %b")))
        when += dt.timedelta(days=days)
    return result


def _months(start: dt.datetime, end: dt.datetime, months: int) -> list[tuple[dt.datetime, str]]:
    index = start.year * 12 + start.month - 1
    index -= index % months
    result = []
    while True:
        year, month = divmod(index, 12)
        if year < 1 or year > 9999:
            break
        when = dt.datetime(year, month + 1, 1)
        if when > end:
            break
        result.append((when, when.strftime("%b %Y") if month and months < 12 else str(year)))
        index += months
    return result


def _years(start: dt.datetime, end: dt.datetime, years: int) -> list[tuple[dt.datetime, str]]:
    year = max(1, start.year - start.year % years)
    result = []
    while year <= min(end.year, 9999):
        result.append((dt.datetime(year, 1, 1), str(year)))
        year += years
    return result


def fit_range(starts: np.ndarray, ends: np.ndarray) -> tuple[float, float]:
    """The time range Fit shows: every item, unless a few far outliers would squeeze the rest.

    The bulk is the shortest stretch of time that holds 80% of the items (by
    their middle), at least a year; from 20 items on, items further from it than
    it is wide are left out. Why the densest stretch, not the middle 90% by
    percentile: a library of two news years had a thin tail of dated sentences
    about 1867-2018 ("Andrew Johnson in 1868"); the percentiles' bulk reached back
    to 2006 and Fit drew 1990-2021, the two news years 70 px of 1100. The items
    kept are shown whole (a year is a bar), and the outliers stay a zoom-out or a
    drag away. An item longer than the bulk is wide ("the 21st century" beside
    sixty years of dates) is drawn where it overlaps but does not stretch the
    range, unless every item is that long; a year always counts (a one-article
    story of days beside "2023" shows the year, not only its days).
    """
    middles = (starts + ends) / 2
    low, high = densest_stretch(middles, BULK_SHARE)
    bulk = max(high - low, 1.0)
    keep = np.ones(middles.size, dtype=bool)
    if middles.size >= 20:
        reach = max(bulk, LONGEST_YEAR)
        keep &= (middles >= low - reach) & (middles <= high + reach)
    fine = keep & ((ends - starts) <= max(bulk, LONGEST_YEAR))
    if fine.any():
        keep = fine
    return float(starts[keep].min()), float(ends[keep].max())


def densest_stretch(values: np.ndarray, share: float) -> tuple[float, float]:
    """The shortest interval holding ``share`` of ``values`` (all of them when few)."""
    ordered = np.sort(values)
    count = max(1, int(np.ceil(share * ordered.size)))
    widths = ordered[count - 1:] - ordered[:ordered.size - count + 1]
    first = int(np.argmin(widths))
    return float(ordered[first]), float(ordered[first + count - 1])
