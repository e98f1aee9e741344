"""Own rules for expressions read against the text's reference time, not the publication date.

Why apart from ``time_relative``: "yesterday", "last year" and "Wednesday" are
deictic — read on the day the article was written. "The previous day", "two
years later", "the same period a year earlier" are anaphoric — read on the date
the narrative was at when they occur: the last date the text named before them
("Boeing will start deliveries in 2011 and end two years later" means 2013, not
two years after the publication date); "the quarter" and "the year" alone are the
ones the text is about. This is the news strategy of HeidelTime
and of the TimeML guidelines: keep the dates mentioned so far, read an anaphoric
expression on the latest one that is precise enough for it (a day for "the
next day", a quarter or month for "the same period a year earlier"), and on the
publication date when the text has named none.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from workbench.core.time_values import (
    PARTS_OF_DAY,
    month_value,
    quarter_of,
    quarter_value,
    safe_date,
    shift_months,
    shift_quarters,
    value_precision,
    week_value,
)
from workbench.core.time_words import NUMBER, WEEKDAYS, clean_expression, number_of

ONE_DAY = dt.timedelta(days=1)
SATURDAY = 5
MAX_COUNT = 100
"""'two years later' is read; '500 days later' is a duration, not a date we place."""

_BACK = {"previous", "prior", "preceding", "before", "earlier"}
_FORWARD = {"following", "next", "after", "later", "afterwards", "afterward"}
_DAY_REF = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH_REF = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER_REF = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR_REF = re.compile(r"^(\d{4})(?:-.*)?$")

_THAT_DAY = re.compile(
    r"^(?:that (?:same )?day|same day|day|(?P<which>previous|prior|preceding|following|next)"
    r" (?P<trading>(?:trading|business) )?day|day (?P<side>before|after)"
    r"|(?:end|close|start|beginning|rest) of (?:the |that )?day)$"
)
"""'the next day', 'the previous trading day' (a weekday: Friday before a Monday), 'the end
of the day' (the day named last)."""
_THAT_PART = re.compile(
    r"^(?:that|the same|same|(?P<which>previous|following|next)) (?P<part>morning|afternoon"
    r"|evening|night)$"
)
"""'that night', 'the next morning': a part of the day named last (or of the day after)."""
_IN_THE_UNIT = re.compile(
    r"^(?:earlier|later) (?:(?:in|on) )?(?:the|that) (?P<unit>day|week|month|year)$"
)
"""'earlier in the day', 'later that day' (the day named last)."""
_THAT_WEEKDAY = re.compile(
    r"^(?P<which>previous|prior|preceding|following|next) (?P<weekday>monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)$"
)
"""'the previous Friday', 'the following Monday': that weekday before (after) the day named
last, not the anchor's ('next Monday' alone is read on the anchor by ``time_relative``;
this form is asked only with 'the' before it, see ``is_anaphoric``)."""
_UNITS_AWAY = re.compile(
    "^" + NUMBER + r" (?P<unit>day|week|month|year)s? (?P<side>later|after|afterwards?|earlier"
    r"|before)$"
)
_THAT_UNIT = re.compile(
    r"^(?:(?P<which>previous|prior|preceding|following|same|that) (?P<unit>week|month|quarter|year)"
    r"|(?P<unit2>week|month|quarter|year) (?P<side>before|after|earlier|later)"
    r"|(?:(?:full|whole|entire)[- ])?(?P<unit3>week|month|quarter|year))$"
)
_YEAR_EARLIER_PERIOD = re.compile(
    r"^(?:(?:same|corresponding|comparable) (?P<unit>period|quarter|month|time)"
    r" (?:(?:a|one) year (?:earlier|before|ago)|(?:of )?(?:the )?(?:last|previous|prior) year"
    r"|(?:of )?(?:the )?year (?:before|earlier))"
    r"|(?:year[- ](?:earlier|ago)|prior[- ]year) (?P<unit2>period|quarter|month|time))$"
)

_SAME_PERIOD_OF_YEAR = re.compile(
    r"^(?:same|corresponding|comparable) (?P<unit>period|quarter|month) (?:of|in) "
    r"(?P<year>[12]\d{3})$"
)
"""'the same quarter of 2008': the quarter named last, in the year written."""


def anaphoric_value(text: str, references: Sequence[str]) -> str | None:
    """The value of an anaphoric ``text`` read on ``references`` (values named so far, oldest
    first); None when ``text`` is not anaphoric or no reference is precise enough, or when
    the reading steps off the calendar ("the next day" after December 31, 9999)."""
    try:
        return _anaphoric_value(clean_expression(text), references)
    except (OverflowError, ValueError):
        return None


def _anaphoric_value(expression: str, references: Sequence[str]) -> str | None:
    match = _THAT_DAY.match(expression) or _THAT_WEEKDAY.match(expression)
    if match:
        return _day_near(match, _latest_day(references))
    match = _THAT_PART.match(expression)
    if match:
        day = _latest_day(references)
        if day is None:
            return None
        day += _step(match.group("which")) * ONE_DAY
        return f"{day.isoformat()}T{PARTS_OF_DAY[match.group('part')]}"
    match = _UNITS_AWAY.match(expression)
    if match:
        count = number_of(match.group("number"))
        if count is None or count > MAX_COUNT:
            return None
        return _shifted(references, match.group("unit"), count * _step(match.group("side")))
    match = _THAT_UNIT.match(expression)
    if match:
        unit = match.group("unit") or match.group("unit2") or match.group("unit3")
        step = _step(match.group("which") or match.group("side"))
        if unit == "week":  # "the following week" names a week, not a day
            day = _latest_day(references)
            return week_value(day + 7 * step * ONE_DAY) if day else None
        if unit in ("quarter", "month") and step == 0:  # "the quarter": the one named last
            return _named_period(references, unit, 0)
        return _shifted(references, unit, step)
    match = _IN_THE_UNIT.match(expression)
    if match:
        unit = match.group("unit")
        day = _latest_day(references) if unit in ("day", "week") else None
        if unit == "week":
            return week_value(day) if day else None
        return day.isoformat() if day else _shifted(references, unit, 0)
    return _compared_period(expression, references)


def _day_near(match: re.Match[str], day: dt.date | None) -> str | None:
    """'the next day', 'the previous trading day', 'the previous Friday' read on ``day``."""
    if day is None:
        return None
    groups = match.groupdict()
    step = _step(groups.get("which") or groups.get("side"))
    if groups.get("weekday"):
        return _weekday_beside(day, groups["weekday"], step)
    day += step * ONE_DAY
    while groups.get("trading") and step and day.weekday() >= SATURDAY:
        day += step * ONE_DAY  # markets do not trade at the weekend
    return day.isoformat()


def _weekday_beside(day: dt.date, weekday: str, step: int) -> str:
    """The ``weekday`` nearest before (``step`` -1) or after (+1) ``day``, never ``day``."""
    target = WEEKDAYS[weekday]
    if step > 0:
        return (day + ((target - day.weekday()) % 7 or 7) * ONE_DAY).isoformat()
    return (day - ((day.weekday() - target) % 7 or 7) * ONE_DAY).isoformat()


def _compared_period(expression: str, references: Sequence[str]) -> str | None:
    """'the same period a year earlier', 'the same quarter of 2008': the period results are
    compared with, read on the period named last."""
    match = _YEAR_EARLIER_PERIOD.match(expression)
    if match:
        return _period_a_year_before(references, match.group("unit") or match.group("unit2"))
    match = _SAME_PERIOD_OF_YEAR.match(expression)
    if match:
        return _period_in_year(references, match.group("unit"), int(match.group("year")))
    return None


@functools.lru_cache(maxsize=8192)
def is_anaphoric(text: str) -> bool:
    """Whether ``text`` is read on the reference time (one of this module's forms); cached,
    as the analysis asks it of every date mention and a library repeats its expressions."""
    expression = clean_expression(text)
    if _THAT_WEEKDAY.match(expression):  # 'the previous Friday', not 'next Friday'
        return bool(re.match(r"(?i)\s*the\s", text))
    return any(pattern.match(expression) for pattern in
               (_THAT_DAY, _THAT_PART, _UNITS_AWAY, _THAT_UNIT, _IN_THE_UNIT, _YEAR_EARLIER_PERIOD,
                _SAME_PERIOD_OF_YEAR))


def _step(word: str | None) -> int:
    if word in _BACK:
        return -1
    return 1 if word in _FORWARD else 0


def _shifted(references: Sequence[str], unit: str, offset: int) -> str | None:
    """The reference moved ``offset`` units, written at the unit's precision."""
    if unit in ("day", "week"):
        day = _latest_day(references)
        return (day + offset * (7 if unit == "week" else 1) * ONE_DAY).isoformat() if day else None
    if unit == "month":
        found = _latest_month(references)
        return month_value(*shift_months(*found, offset)) if found else None
    if unit == "quarter":
        quarter = _latest_quarter(references)
        return quarter_value(*shift_quarters(*quarter, offset)) if quarter else None
    year = _latest_year(references)
    return f"{year + offset:04d}" if year is not None else None


def _period_a_year_before(references: Sequence[str], unit: str) -> str | None:
    """'the same quarter last year': the quarter (or month) of the latest date named, a year
    back; 'the same period a year earlier': the latest quarter or month the text named, a
    year back, else the year before the latest year."""
    if unit in ("quarter", "month"):
        return _named_period(references, unit, -1)
    named = _latest_named(references, ("quarter", "month"))
    if named:
        kind, year, number = named
        return _period_value(kind, year - 1, number)
    year = _latest_year(references)
    return f"{year - 1:04d}" if year is not None else None


def _period_in_year(references: Sequence[str], unit: str, year: int) -> str | None:
    """'the same quarter (month) of 2008': the latest quarter (month) the text named as one,
    in ``year``; for 'the same period', the latest quarter, else month, named; None when the
    text named none (the year alone would pass a whole year off as the period)."""
    named = _latest_named(references, ("quarter", "month") if unit == "period" else (unit,))
    return _period_value(named[0], year, named[2]) if named else None


def _named_period(references: Sequence[str], unit: str, years: int) -> str | None:
    """The latest quarter (month) the text named as one, else the one its latest date falls
    in; moved ``years`` years.

    Why a named one first: in "third-quarter profit ... Ford said on Tuesday ... the same
    quarter last year" the quarter is the third, not the one Tuesday falls in.
    """
    named = _latest_named(references, (unit,))
    if named:
        found: tuple[int, int] | None = (named[1], named[2])
    else:
        found = _latest_quarter(references) if unit == "quarter" else _latest_month(references)
    if found is None:
        return None
    return _period_value(unit, found[0] + years, found[1])


_PERIOD_REFS = {"quarter": _QUARTER_REF, "month": _MONTH_REF}


def _latest_named(references: Sequence[str], kinds: Sequence[str]) -> tuple[str, int, int] | None:
    """The latest value written as a period of ``kinds`` ('2008-Q3', '2008-05'): its kind,
    year and number; the first of ``kinds`` wins within one value."""
    for value in reversed(references):
        for kind in kinds:
            named = _PERIOD_REFS[kind].match(value)
            if named:
                return kind, int(named[1]), int(named[2])
    return None


def _period_value(kind: str, year: int, number: int) -> str:
    return quarter_value(year, number) if kind == "quarter" else month_value(year, number)


def _latest_day(references: Sequence[str]) -> dt.date | None:
    for value in reversed(references):
        match = _DAY_REF.match(value)
        day = safe_date(int(match[1]), int(match[2]), int(match[3])) if match else None
        if day is not None:
            return day
    return None


def _latest_month(references: Sequence[str]) -> tuple[int, int] | None:
    for value in reversed(references):
        match = _DAY_REF.match(value) or _MONTH_REF.match(value)
        if match:
            return int(match[1]), int(match[2])
    return None


def _latest_quarter(references: Sequence[str]) -> tuple[int, int] | None:
    for value in reversed(references):
        quarter = _QUARTER_REF.match(value)
        if quarter:
            return int(quarter[1]), int(quarter[2])
        match = _DAY_REF.match(value) or _MONTH_REF.match(value)
        month = safe_date(int(match[1]), int(match[2]), 1) if match else None
        if month is not None:
            return month.year, quarter_of(month)
    return None


def _latest_year(references: Sequence[str]) -> int | None:
    for value in reversed(references):
        match = _YEAR_REF.match(value)
        if match:
            return int(match[1])
    return None


_REFERENCE_PRECISIONS = frozenset({"time", "day", "month", "quarter", "half", "season", "year"})


def is_reference(value: str | None) -> bool:
    """Whether a value can serve as a reference time: a calendar period with a year, named by
    its calendar (not a week, a fiscal year, a decade or 'the past')."""
    return (bool(value) and value[0].isdigit()  # type: ignore[index]
            and value_precision(value) in _REFERENCE_PRECISIONS)
