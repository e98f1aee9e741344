"""Own rules for time expressions read against an anchor date and the sentence's tense.

Why own rules: ``dateparser`` resolves "Wednesday" always to the past one and
"September 13" always to the anchor's year, has no "earlier this week",
quarters or seasons, and reports "last week" as a day. Here every expression
without a year gets its candidates on the calendar (the Wednesday before and
after the anchor, September 13 of last, this and next year) and the tense of
its sentence picks one: the latest not after the anchor for the past, the
earliest not before it for the future, the nearest otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from workbench.core.time_holidays import HOLIDAY, holiday_day
from workbench.core.time_values import (
    PARTS_OF_DAY,
    SEASONS,
    Tense,
    month_value,
    quarter_of,
    quarter_value,
    safe_date,
    shift_months,
    shift_quarters,
    week_value,
)
from workbench.core.time_words import (
    DAY,
    MONTH,
    MONTHS,
    NUMBER,
    ORDINAL,
    ORDINALS,
    PART_OF_DAY,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    number_of,
)

ONE_DAY = dt.timedelta(days=1)
TENSE_REACH_DAYS = 300
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@dataclass(frozen=True)
class Anchor:
    """The day an expression is read from (publication date) and its sentence's tense."""

    day: dt.date
    tense: Tense | None = None


Span = tuple[dt.date, dt.date, str]
"""A candidate reading: first day, last day, value."""


def pick(candidates: list[Span], anchor: Anchor) -> str | None:
    """The candidate the tense points to (see the module docstring).

    The tense decides only within ``TENSE_REACH_DAYS`` (ten months): "issued a ruling ...
    until October 14" three weeks before October 14 means this year's, not a
    date eleven months back that the past tense of "issued" would point to.
    """
    day = anchor.day
    if anchor.tense == "past":
        before = [c for c in candidates if c[0] <= day and _distance(c, day) <= TENSE_REACH_DAYS]
        if before:
            return max(before, key=lambda c: c[0])[2]
    if anchor.tense == "future":
        after = [c for c in candidates if c[1] >= day and _distance(c, day) <= TENSE_REACH_DAYS]
        if after:
            return min(after, key=lambda c: c[1])[2]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (_distance(c, day), c[0]))[2]


def _distance(candidate: Span, day: dt.date) -> int:
    if candidate[0] <= day <= candidate[1]:
        return 0
    return min(abs((candidate[0] - day).days), abs((candidate[1] - day).days))


def _with_part(value: str, part: str | None) -> str:
    return f"{value}T{PARTS_OF_DAY[part]}" if part else value


def _today(match: re.Match[str], anchor: Anchor) -> str | None:
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this": 0,
              "last": -1}[match.group("word")]
    part = match.groupdict().get("part") or ("night" if match.group("word") == "tonight" else None)
    return _with_part((anchor.day + offset * ONE_DAY).isoformat(), part)


def _day_beside(match: re.Match[str], anchor: Anchor) -> str | None:
    offset = -2 if match.group("word") == "before yesterday" else 2
    return (anchor.day + offset * ONE_DAY).isoformat()


def _unit_offset(word: str | None) -> int:
    # 'this past week' is the week before (not 'the past week', a duration)
    return {"last": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1}.get(word or "", 0)


def _named_unit(match: re.Match[str], anchor: Anchor) -> str | None:
    """this/last/next week, month, year, quarter, weekend, century; earlier this week;
    a fiscal year as TimeML writes it ('last fiscal year' -> 'FY2022'); 'later this year'
    read in the last quarter is that quarter (all that is left of the year; MEANTIME's
    reading), earlier in the year the year."""
    groups = match.groupdict()
    offset, day = _unit_offset(groups.get("which")), anchor.day
    unit = groups.get("unit") or "year"
    if unit == "year" and groups.get("kind") in ("fiscal", "financial"):
        return f"FY{day.year + offset:04d}"
    if unit == "year" and offset == 0 and groups.get("side") == "later" and day.month >= 10:
        return quarter_value(day.year, 4)  # what is left of the year is its last quarter
    if unit == "week":
        return week_value(day + 7 * offset * ONE_DAY)
    if unit == "weekend":
        return week_value(day + 7 * _weekend_offset(offset, anchor) * ONE_DAY) + "-WE"
    if unit == "month":
        return month_value(*shift_months(day.year, day.month, offset))
    if unit == "quarter":
        return quarter_value(*shift_quarters(day.year, quarter_of(day), offset))
    if unit == "century":
        return f"{day.year // 100 + offset:02d}"
    return f"{day.year + offset:04d}"


def _weekend_offset(offset: int, anchor: Anchor) -> int:
    """'formed over the Bahamas this weekend' told on a Tuesday is the weekend just past: on
    a weekday a past 'this weekend' is the one before the anchor's week (an ISO week ends
    with its weekend); told on the weekend itself, or in any other tense, it is the week's."""
    weekday = anchor.day.weekday() < 5  # noqa: PLR2004 - Saturday is 5
    return -1 if offset == 0 and anchor.tense == "past" and weekday else offset


def _latest_period(match: re.Match[str], anchor: Anchor) -> str | None:
    """'the latest quarter', 'the just-ended quarter', 'in the latest week' (of mortgage
    rates): the last one complete on the anchor day (the one reported on), not the
    anchor's own."""
    day = anchor.day
    if match.group("unit") == "week":
        return week_value(day - 7 * ONE_DAY)
    if match.group("unit") == "month":
        return month_value(*shift_months(day.year, day.month, -1))
    return quarter_value(*shift_quarters(day.year, quarter_of(day), -1))


def _decade(match: re.Match[str], anchor: Anchor) -> str | None:
    """'the last decade' in 2011 -> '200' (the 2000s), 'this decade' -> '201'.

    Why 'past' counts here and not before 'year': "the past year" is most often the
    twelve months just gone (a duration); "the past decade" names the decade before
    (MEANTIME annotates it both ways, once each; the date keeps it on the timeline).
    """
    offset = {"past": -1}.get(match.group("which"), _unit_offset(match.group("which")))
    return f"{anchor.day.year // 10 + offset:03d}"


def _ago(match: re.Match[str], anchor: Anchor) -> str | None:
    """'three days ago' -> a day, 'two months ago' -> a month, 'a year ago' -> a year;
    'ten years from now' the same way forward."""
    count, unit, day = number_of(match.group("number")), match.group("unit"), anchor.day
    if count is None or count > 5000:  # noqa: PLR2004 - not a count of units
        return None
    if match.groupdict().get("ahead"):
        count = -count
    if unit in ("day", "week"):
        return (day - count * (7 if unit == "week" else 1) * ONE_DAY).isoformat()
    if unit == "month":
        return month_value(*shift_months(day.year, day.month, -count))
    if unit == "decade":
        return f"{(day.year - 10 * count) // 10:03d}"
    if unit.startswith("centur"):
        return f"{(day.year - 100 * count) // 100:02d}" if 100 * count < day.year else None
    return f"{day.year - count:04d}"


def _weekday(match: re.Match[str], anchor: Anchor) -> str | None:
    """'Wednesday' by tense; 'last Wednesday' before the anchor, 'next Wednesday' after it.

    With no tense the weekday is read as past: in news a weekday without a verb of its
    own ("according to a report on Wednesday") is almost always one that has been.
    """
    wanted, which = WEEKDAYS[match.group("weekday")], match.group("which")
    if anchor.tense is None:  # verbless ("a report on Wednesday by ..."): news report the past
        anchor = Anchor(anchor.day, "past")
    elif anchor.tense == "present":  # "the minister travels to Paris on Sunday": scheduled
        anchor = Anchor(anchor.day, "future")
    offsets = {"last": range(-7, 0), "past": range(-7, 0), "next": range(1, 8),
               "coming": range(1, 8)}.get(which or "", range(-6, 7))
    days = [anchor.day + k * ONE_DAY for k in offsets]
    candidates = [(d, d, d.isoformat()) for d in days if d.weekday() == wanted]
    return _with_part(pick(candidates, anchor) or "", match.group("part")) or None


def _weekday_of_week(match: re.Match[str], anchor: Anchor) -> str | None:
    """'Monday next week', 'Friday of last week': that day of the week named, whatever the
    tense (the week says which)."""
    monday = anchor.day - anchor.day.weekday() * ONE_DAY
    week = monday + 7 * _unit_offset(match.group("which")) * ONE_DAY
    return (week + WEEKDAYS[match.group("weekday")] * ONE_DAY).isoformat()


def _month_day(match: re.Match[str], anchor: Anchor) -> str | None:
    """'September 13' in last, this or next year, by tense; None for 'February 30'."""
    month, number = MONTHS[match.group("month")], int(match.group("day"))
    days = [safe_date(anchor.day.year + k, month, number) for k in (-1, 0, 1)]
    candidates = [(d, d, d.isoformat()) for d in days
                  if d is not None and abs((d - anchor.day).days) <= TENSE_REACH_DAYS]
    return _with_part(pick(candidates, anchor) or "", match.groupdict().get("part")) or None


def _month(match: re.Match[str], anchor: Anchor) -> str | None:
    """'September' / 'last September' / 'next September'."""
    month, which = MONTHS[match.group("month")], match.group("which")
    candidates = []
    for year in (anchor.day.year - 1, anchor.day.year, anchor.day.year + 1):
        start = dt.date(year, month, 1)
        end = dt.date(*shift_months(year, month, 1), 1) - ONE_DAY
        candidates.append((start, end, month_value(year, month)))
    return pick(_strictly(candidates, anchor, which), _directed(anchor, which))


def _strictly(candidates: list[Span], anchor: Anchor, which: str | None) -> list[Span]:
    """'last September' in September is a year ago; 'next March' in March a year ahead."""
    if which in ("last", "past"):
        return [c for c in candidates if c[1] < anchor.day]
    if which in ("next", "coming"):
        return [c for c in candidates if c[0] > anchor.day]
    return candidates


def _directed(anchor: Anchor, which: str | None) -> Anchor:
    """'last'/'next' before a month or season override the sentence's tense."""
    tense = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(which or "")
    return Anchor(anchor.day, tense or anchor.tense)  # type: ignore[arg-type]


def _season(match: re.Match[str], anchor: Anchor) -> str | None:
    code, which = SEASONS[match.group("season")], match.group("which")
    first, last = _SEASON_MONTHS[code]
    candidates = []
    for year in (anchor.day.year - 1, anchor.day.year, anchor.day.year + 1):
        start = dt.date(*shift_months(year, first, 0), 1)
        end = dt.date(*shift_months(year, last, 1), 1) - ONE_DAY
        candidates.append((start, end, f"{year:04d}-{code}"))
    if which == "this":
        return f"{anchor.day.year:04d}-{code}"
    return pick(_strictly(candidates, anchor, which), _directed(anchor, which))


def _quarter(match: re.Match[str], anchor: Anchor) -> str | None:
    """'the fourth quarter' (of last, this or next year, by tense)."""
    ordinal = match.group("ordinal")
    quarter = ORDINALS[ordinal] if ordinal else int(match.group("q"))
    candidates = []
    for year in (anchor.day.year - 1, anchor.day.year, anchor.day.year + 1):
        start = dt.date(year, 3 * quarter - 2, 1)
        end = dt.date(*shift_months(year, 3 * quarter, 1), 1) - ONE_DAY
        candidates.append((start, end, quarter_value(year, quarter)))
    return pick(candidates, anchor)


def _holiday(match: re.Match[str], anchor: Anchor) -> str | None:
    """'Christmas', 'last Thanksgiving', 'Easter 1997': the day it falls on in the year the
    tense (or 'last'/'next', or the year written) points to (``time_holidays``)."""
    name, which = match.group("holiday"), match.group("which")
    if match.group("year"):
        day = holiday_day(name, int(match.group("year")))
        return day.isoformat() if day else None
    days = [holiday_day(name, anchor.day.year + k) for k in (-1, 0, 1)]
    candidates = [(d, d, d.isoformat()) for d in days if d is not None]
    if which == "this":
        return next((c[2] for c in candidates if c[0].year == anchor.day.year), None)
    return pick(_strictly(candidates, anchor, which), _directed(anchor, which))


def _weekend(match: re.Match[str], anchor: Anchor) -> str | None:
    """'the weekend': the one before or after the anchor, by tense (its ISO week + '-WE');
    'this past weekend' the one before, whatever the tense."""
    saturdays = [anchor.day + k * ONE_DAY for k in range(-7, 8)]
    candidates = [(d, d + ONE_DAY, week_value(d) + "-WE") for d in saturdays if d.weekday() == 5]
    if match.groupdict().get("past"):
        anchor = Anchor(anchor.day, "past")
    return pick(candidates, anchor)


def _month_of_year(match: re.Match[str], anchor: Anchor) -> str | None:
    """'January of this year', 'September next year'; 'July 13 of last year' (a day:
    None when that year has no such day)."""
    year = anchor.day.year + _unit_offset(match.group("which"))
    if match.groupdict().get("day"):
        day = safe_date(year, MONTHS[match.group("month")], int(match.group("day")))
        return day.isoformat() if day else None
    return month_value(year, MONTHS[match.group("month")])


def _period_of_year(match: re.Match[str], anchor: Anchor) -> str | None:
    """'the fourth quarter of last year', 'the first half of the year' (the anchor's)."""
    year = anchor.day.year + _unit_offset(match.group("which"))
    if match.groupdict().get("half"):
        return f"{year:04d}-H{ORDINALS[match.group('ordinal')]}"
    ordinal = match.group("ordinal")
    return quarter_value(year, ORDINALS[ordinal] if ordinal else int(match.group("q")))


def _half(match: re.Match[str], anchor: Anchor) -> str | None:
    """'the first half' (of last, this or next year, by tense)."""
    number = ORDINALS[match.group("ordinal")]
    if number > 2:  # noqa: PLR2004 - no third half
        return None
    candidates = []
    for year in (anchor.day.year - 1, anchor.day.year, anchor.day.year + 1):
        start = dt.date(year, 6 * number - 5, 1)
        end = dt.date(*shift_months(year, 6 * number, 1), 1) - ONE_DAY
        candidates.append((start, end, f"{year:04d}-H{number}"))
    return pick(candidates, anchor)


def _year_end(match: re.Match[str], anchor: Anchor) -> str | None:
    """'year-end': the year whose end the tense points to (TIMEX3 writes the year)."""
    candidates = [(dt.date(year, 12, 1), dt.date(year, 12, 31), f"{year:04d}")
                  for year in (anchor.day.year - 1, anchor.day.year, anchor.day.year + 1)]
    return pick(candidates, anchor)


def _part_of_today(match: re.Match[str], anchor: Anchor) -> str | None:
    return _with_part(anchor.day.isoformat(), match.group("part"))


_WHICH = r"(?:(?:this )?(?P<which>last|next|this|past|coming) )?"
"""'last', 'next', ... and their longer forms 'this past Friday', 'this coming Friday'."""
_PART = "(?: " + PART_OF_DAY + ")?"
_QUARTER = r"(?:" + ORDINAL + r"[\s-]quarter|q(?P<q>[1-4]))"
_OF_YEAR = r"(?:(?P<which>this|last|next|current|previous|the) )?year$"
RelativeRule = tuple[str, re.Pattern[str], Callable[[re.Match[str], Anchor], str | None]]
RELATIVE_RULES: tuple[RelativeRule, ...] = (
    ("today", re.compile(r"^(?:(?:earlier|later) )?(?P<word>today|yesterday|tomorrow|tonight)"
                         + _PART + "$"), _today),
    ("today", re.compile(r"^(?P<word>last) (?P<part>night)$"), _today),
    ("today", re.compile("^this " + PART_OF_DAY + "$"), _part_of_today),
    ("part-of-day", re.compile("^(?:(?:early|late) (?:in |at )?)?(?:(?:that|the same|the) )?"
                               + PART_OF_DAY + "$"), _part_of_today),
    ("day-beside", re.compile(r"^day (?P<word>before yesterday|after tomorrow)$"), _day_beside),
    ("named-unit",
     re.compile(r"^(?:(?P<side>earlier|later) )?(?P<which>this past(?! weekend)|this|current"
                r"|last|previous|next|coming) (?:(?P<kind>financial|fiscal|calendar) )?"
                r"(?P<unit>week|weekend|month|quarter|year|century)$"), _named_unit),
    ("fiscal-year", re.compile(r"^(?P<kind>financial|fiscal) year$"), _named_unit),
    ("latest-period", re.compile(r"^(?:latest|most recent|just[- ]ended|just[- ]completed"
                                 r"|recently ended) (?P<unit>quarter|month|week)$"),
     _latest_period),
    ("decade", re.compile(r"^(?P<which>this|current|last|past|previous|next|coming) decade$"),
     _decade),
    ("month-of-year", re.compile("^" + MONTH + r"(?: " + DAY + r")?,? (?:of )?"
                                 r"(?P<which>this|last|next) year$"), _month_of_year),
    ("weekend", re.compile(r"^(?:the |(?P<past>(?:this )?past) )?weekend$"), _weekend),
    ("holiday", re.compile("^" + _WHICH + HOLIDAY + r"(?:,? (?:of )?" + YEAR + ")?$"), _holiday),
    ("ago", re.compile("^" + NUMBER + r" (?P<unit>day|week|month|year|decade|centur(?:y|ie))s?"
                       r" ago$"), _ago),
    ("ago", re.compile("^" + NUMBER + r" (?P<unit>day|week|month|year|decade)s? (?P<ahead>from "
                       r"(?:now|today))$"), _ago),
    ("weekday", re.compile("^" + _WHICH + WEEKDAY + _PART + "$"), _weekday),
    ("weekday-of-week", re.compile("^" + WEEKDAY + r"(?: of)? (?P<which>this|last|next) week$"),
     _weekday_of_week),
    ("month-day", re.compile("^" + MONTH + " " + DAY + _PART + "$"), _month_day),
    ("month-day", re.compile("^" + DAY + " (?:of )?" + MONTH + "$"), _month_day),
    ("month", re.compile("^" + _WHICH + MONTH + "$"), _month),
    ("season", re.compile(_WHICH.replace("(?:(", "^(?:(") + "(?P<season>" + "|".join(SEASONS)
                          + ")$"), _season),
    ("quarter", re.compile("^" + _QUARTER + "$"), _quarter),
    ("period-of-year", re.compile("^" + _QUARTER + r",? (?:of )?" + _OF_YEAR), _period_of_year),
    ("period-of-year", re.compile("^" + ORDINAL + r" (?P<half>half),? (?:of )?" + _OF_YEAR),
     _period_of_year),
    ("half", re.compile("^" + ORDINAL + r" half$"), _half),
    ("year-end", re.compile(r"^year[- ]end$"), _year_end),
)


def relative_value(expression: str, anchor: Anchor) -> tuple[str | None, str] | None:
    """(value or None, rule name) when a rule reads the expression, else None."""
    for name, pattern, build in RELATIVE_RULES:
        match = pattern.match(expression)
        if match:
            return build(match, anchor), f"rule:{name}"
    return None
