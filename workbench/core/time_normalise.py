"""Normalise one time expression: its TIMEX3 value, or None when it cannot be derived.

The order of the paths (each value says which one decided it):

1. ``rule:reference`` — "now", "recently", "in the future": PRESENT_REF, PAST_REF,
   FUTURE_REF (a timeline lists them as undated).
2. ``rule:<name>`` in ``time_absolute`` — expressions that name their year.
3. ``rule:<name>`` in ``time_relative`` — expressions read against the anchor
   (publication date) and the sentence's tense.
4. ``rule:time`` — a clock time, on the day the rest of the expression names
   (or the anchor day when it names none).
5. ``dateparser`` — other absolute forms with a calendar cue of their own.
6. ``<rule>, before a comma`` — the date that opens a longer span ("June 17, two
   days before the launch").
7. ``rule:duration`` / ``rule:set`` in ``time_durations`` — "three years" (``P3Y``),
   "a 58-year-old" (``P58Y``), "every quarter" (``P1Q``): values the timeline never places.

Anaphoric expressions ("the previous day", "two years later") are read on the
text's reference time, in ``time_anaphora`` (called by the analysis, which knows
the dates named before them).

Never a guess: vague spans ("a few days ago"), anaphora the analysis cannot read
and impossible dates ("February 30") get None.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from workbench.core.time_absolute import absolute_value, strip_modifiers
from workbench.core.time_durations import duration_value
from workbench.core.time_fallback import dateparser_value
from workbench.core.time_neighbours import day_beside, weekend_of
from workbench.core.time_relative import Anchor, relative_value
from workbench.core.time_spans import parse_value
from workbench.core.time_spoken_clock import written_clock
from workbench.core.time_values import (
    PARTS_OF_DAY,
    Tense,
    TimeValue,
    closes_quarter,
    flag_for,
    quarter_of,
    quarter_value,
    usable_anchor,
    week_value,
)
from workbench.core.time_words import MONTH_NAME, clean_expression

MAX_EXPRESSION_CHARS = 80
DATE_LINE_LINES = 3
"""A date line is among the first lines: a headline and a byline may come before it."""
DATE_LINE_REACH = 400
MAX_LATER_DATE_LINE = 40
_REFERENCES = {
    "PRESENT_REF": (
        "now", "right now", "currently", "current", "at present", "present", "presently",
        "nowadays", "these days", "at the moment", "ongoing", "today's", "the present time",
    ),
    "PAST_REF": (
        "recently", "recent", "lately", "the past", "past", "previously", "formerly",
        "in the past", "recent years", "recent months", "recent weeks", "recent days",
        "in recent years", "earlier", "once", "former", "more recently", "most recently",
        "very recently", "only recently",
    ),
    "FUTURE_REF": (
        "the future", "future", "in the future", "near future", "soon", "very soon", "shortly",
        "in the near future", "the near future", "in the coming years", "the coming years",
        "coming years", "in the years to come", "the years to come", "eventually",
        "a later date", "a later time", "a later stage", "a future date",
        "foreseeable future", "distant future", "immediate future",
    ),
}
_REFERENCE_OF = {phrase: value for value, phrases in _REFERENCES.items() for phrase in phrases}
_ZONE = (r"(?:\s*\(?\s*(?P<zone>utc|gmt|[a-z]{2,4}t|[ecmp]t|local time)"
         r"(?:\s*(?P<sign>[+-])\s*(?P<shift>\d{1,2})(?::?00)?)?\)?)?")
_CLOCK = re.compile(
    r"(?:^|\b)(?:at )?(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*"
    r"(?P<ampm>a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock)?" + _ZONE + r"(?=$|[\s,])"
)
_MILITARY = re.compile(
    r"(?:^|\b)(?:at )?(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hours |hrs )?"
    r"(?P<ampm>)(?P<zone>utc|gmt|z)(?P<sign>)(?P<shift>)\b"
)
"""'1430 UTC', '0100 GMT': four digits are a clock time only with their zone."""
_WEEK_OF = re.compile(r"^(?:the )?week (?:of|beginning|starting|from) (?P<date>.+)$")
_NOON = re.compile(r"\b(?:at )?(?P<word>noon|mid-?day|midnight)\b")
_DATELINE_DASH = re.compile(r"\s+[-–—]+\s+|\s*[–—]\s*")
_THE_UNIT = re.compile(r"^(?:the )?(?=(?:week|month|year|quarter|decade|century)$)")
"""'the end of the month': after a modifier, 'the month' is the anchor's month."""
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|T)")
_APPROXIMATELY = re.compile(
    r"\b(?:about|around|approximately|roughly|some|shortly|just|(?:a little )?(?:before|after)"
    r"|local time)\b"
)
_DAY_RANGE = re.compile(
    r"^(?P<first>" + MONTH_NAME + r" \d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|and|to|through|until)\s*"
    r"\d{1,2}(?:st|nd|rd|th)?\b(?P<year>,? \d{4}| of (?:last|this|next|that) year)?$"
)
"""'December 16 and 17', 'March 3-4, 2008', 'July 13 to 17 of last year': a run of days in one
month is read on its first day (a timeline places the run where it starts); ``dateparser``
took the '17' for a year."""
_MONTHS_QUARTER = re.compile(
    r"^(?:the )?(?P<first>jan|apr|jul|oct)[a-z]*\.?\s*[-–/]\s*(?P<last>mar|jun|sep|dec)[a-z]*\.?"
    r" (?:quarter|period|three months)\b"
)
_YEARS_PART = re.compile(r"^(?P<which>this|last|next|current|previous) year's (?P<part>.+)$")
"""'last year's fourth quarter' is 'the fourth quarter of last year'."""
_QUARTER_ORDINALS = {("jan", "mar"): "first", ("apr", "jun"): "second",
                     ("jul", "sep"): "third", ("oct", "dec"): "fourth"}


def _quarter_of_months(match: re.Match[str]) -> str:
    """'the July-September quarter' (or period) is the third quarter (read like it: tense,
    year)."""
    ordinal = _QUARTER_ORDINALS.get((match["first"], match["last"]))
    return f"{ordinal} quarter" if ordinal else match.group()


_JOINERS = re.compile(r"^(?:on|at|,)\s+|\s+(?:on|at|,)$|^,|,$")


@functools.lru_cache(maxsize=8192)
def normalise_time(
    text: str, anchor: dt.date | None = None, tense: Tense | None = None
) -> TimeValue | None:
    """The TIMEX3 value of ``text`` read on ``anchor`` in a sentence of ``tense``.

    Cached: a library repeats its expressions ("Wednesday", "last year") on the
    same publication days, and the ``dateparser`` path costs milliseconds.
    """
    if tense == "reported-future":
        return _reported_future(text, usable_anchor(anchor))
    expression = clean_expression(text)
    if not expression or len(expression) > MAX_EXPRESSION_CHARS:
        return None
    anchor = usable_anchor(anchor)
    expression = written_clock(_DAY_RANGE.sub(r"\g<first>\g<year>", expression))
    expression = _MONTHS_QUARTER.sub(_quarter_of_months, expression)
    expression = _YEARS_PART.sub(r"\g<part> of \g<which> year", expression)
    found = _reference(expression)
    # '1430 UTC' is no year 1430: a military time is read as a clock before as a date.
    readers = ((_clock_value, _date_value) if _MILITARY.search(expression)
               else (_date_value, _clock_value))
    for read in readers:
        found = found or read(expression, anchor, tense)
    found = found or _period_ended(expression, anchor, tense)
    found = found or _week_of(expression, anchor, tense)
    found = found or _part_of_day_of(expression, anchor, tense)
    found = found or _day_beside(expression, anchor, tense)
    if (found is None or found[0] is None) and ", " in expression:
        found = _leading_date(expression, anchor, tense)
    if found is None or found[0] is None:
        found = duration_value(expression) or found
    if found is None or found[0] is None:
        return None
    value, decided_by = found
    return TimeValue(value, decided_by, flag_for(value, anchor))


REPORTING_LAG = dt.timedelta(days=2)
"""How long before publication a reported future was said, at most, as news tells it."""


def _reported_future(text: str, anchor: dt.date | None) -> TimeValue | None:
    """'predicted that it would pass on Wednesday night', 'said the bridge would reopen by the
    weekend': ahead of the saying, which news reports a day or two before publication. So
    the nearest reading when it starts within those days before the anchor (Wednesday night
    in a Thursday report), else the reading ahead (the coming weekend, not last weekend)."""
    near = normalise_time(text, anchor, None)
    ahead = normalise_time(text, anchor, "future")
    span = parse_value(near.value) if near else None
    if anchor is None or span is None:
        return ahead or near
    since = dt.datetime.combine(anchor, dt.time()) - span.start
    return near if dt.timedelta(0) < since <= REPORTING_LAG else (ahead or near)


def _leading_date(
    expression: str, anchor: dt.date | None, tense: Tense | None
) -> tuple[str | None, str] | None:
    """'November 11, three days later': the date before the comma, when the rest has no
    value of its own (the model often runs a date and an appositive phrase into one span)."""
    head, rest = expression.split(", ", 1)
    if _date_value(rest, anchor, tense):
        return None
    found = _reference(head) or _date_value(head, anchor, tense)
    return (found[0], f"{found[1]}, before a comma") if found and found[0] else None


_PERIOD_ENDED = re.compile(
    r"^(?:(?P<fiscal>fiscal|financial) )?(?:(?:first|second|third|fourth) )?"
    r"(?P<unit>quarter|year|month|week|period|three months"
    r"|(?P<count>\w+) (?P<units>weeks|months|years)),? (?:that )?end(?:ed|ing|s)? (?:on )?"
    r"(?P<date>.+)$"
)


def _period_ended(
    expression: str, anchor: dt.date | None, tense: Tense | None
) -> tuple[str | None, str] | None:
    """'the quarter ended Dec. 31' (how companies name a reporting period): the quarter
    (year, month, week) that day closes; 'the period ended June 30' is that day; 'the
    nine months ended Sept. 30' is nine months long."""
    match = _PERIOD_ENDED.match(expression)
    if match is None:
        return None
    if match["count"] and match["unit"] != "three months":
        # 'the nine months ended Sept. 30': TIMEX3 gives the stretch its duration (P9M)
        return duration_value(f"{match['count']} {match['units']}")
    found = _date_value(match["date"], anchor, "past" if tense is None else tense)
    day = found[0] if found and found[0] and _DAY.match(found[0]) else None
    if day is None:
        return None
    last = dt.date.fromisoformat(day[:10])
    unit = match["unit"]
    if unit in ("quarter", "three months") and not closes_quarter(last):
        return None, "rule:period-ended"  # a fiscal quarter off the calendar's: no value sure
    fiscal = "FY" if match["fiscal"] and unit == "year" and last.strftime("%m%d") != "1231" else ""
    value = {"quarter": quarter_value(last.year, quarter_of(last)), "year": f"{fiscal}{last.year}",
             "three months": quarter_value(last.year, quarter_of(last)),
             "month": last.isoformat()[:7], "week": week_value(last)}.get(unit, last.isoformat())
    return value, "rule:period-ended"


def _week_of(
    expression: str, anchor: dt.date | None, tense: Tense | None
) -> tuple[str | None, str] | None:
    """'the week of October 21': the ISO week of that day."""
    match = _WEEK_OF.match(expression)
    found = _date_value(match["date"], anchor, tense) if match else None
    if found is None or not found[0] or not _DAY.match(found[0]):
        return None
    return week_value(dt.date.fromisoformat(found[0][:10])), "rule:week-of"


_PART_OF_DAY_OF = re.compile(r"^(?:(?:early|late) )?(?:in )?(?:(?:the|that) )?(?:(?:early|late) )?"
                             r"(?:(?P<part>morning|afternoon|evening|night)"
                             r"|(?:early|small|wee) hours|early (?P<morning>morning) hours)"
                             r" of (?P<date>.+)$")


def _part_of_day_of(
    expression: str, anchor: dt.date | None, tense: Tense | None
) -> tuple[str | None, str] | None:
    """'the night of March 4': that day's part of day (TIMEX3 `1998-03-04TNI`); 'the early
    hours of Sunday' (after midnight) the day itself, 'the early morning hours of' its morning."""
    match = _PART_OF_DAY_OF.match(expression)
    found = _date_value(match["date"], anchor, tense) if match else None
    if match is None or found is None or not found[0] or len(found[0]) != len("2000-01-01"):
        return None
    named = match["part"] or match["morning"]
    part = f"T{PARTS_OF_DAY[named]}" if named else ""
    return f"{found[0]}{part}", "rule:part-of-day-of"


def _day_beside(
    expression: str, anchor: dt.date | None, tense: Tense | None
) -> tuple[str | None, str] | None:
    """'the day after Thanksgiving', 'the Thanksgiving weekend': a day or weekend beside a
    dated day (``time_neighbours``), the day read here by tense like any other date."""
    def read(words: str) -> str | None:
        found = _date_value(words, anchor, tense)
        return found[0] if found else None

    value = day_beside(expression, read) or weekend_of(expression, read)
    return (value, "rule:day-beside") if value else None


def _reference(expression: str) -> tuple[str | None, str] | None:
    value = _REFERENCE_OF.get(expression)
    return (value, "rule:reference") if value else None


def _date_value(
    expression: str, anchor: dt.date | None, tense: Tense | None
) -> tuple[str | None, str] | None:
    """Own rules (absolute, then relative when anchored), then ``dateparser``.

    A rule that reads the expression decides it, value or not: "February 29"
    with no leap year near the anchor is not handed on to ``dateparser``.
    """
    stripped = strip_modifiers(expression)
    if stripped != expression:  # 'end of the first quarter': cleaned as the whole was
        stripped = clean_expression(stripped)
    found = absolute_value(stripped)
    if found is None and anchor is not None:  # the modifier first: 'later this year'
        found = relative_value(expression, Anchor(anchor, tense))
        if found is None and stripped != expression:
            found = relative_value(stripped, Anchor(anchor, tense))
            this_unit = _THE_UNIT.sub("this ", stripped)
            if found is None and this_unit != stripped:
                found = relative_value(this_unit, Anchor(anchor, tense))
    if found is None:
        value = dateparser_value(stripped, anchor, tense)
        found = (value, "dateparser") if value else None
    return found


def _clock_value(
    expression: str, anchor: dt.date | None, tense: Tense | None
) -> tuple[str | None, str] | None:
    """'2 p.m.', '14:00 UTC', 'Wednesday at 2 pm', '2:30 p.m. on September 13'."""
    clock = _clock_in(expression, tense)
    if clock is None:
        return None
    time, rest, shift = clock
    rest = _JOINERS.sub("", _APPROXIMATELY.sub("", rest).strip()).strip()
    if not rest:
        day = anchor.isoformat() if anchor else None
    else:
        found = _date_value(rest, anchor, tense)
        day = found[0][:10] if found and found[0] and _DAY.match(found[0]) else None
    if day is None:
        return None
    if shift:  # '6:40 p.m. (GMT +8)': written in UTC, as TIMEX3 writes a time with its zone
        moment = dt.datetime.fromisoformat(f"{day}T{time[:5]}") - dt.timedelta(hours=shift)
        return moment.strftime("%Y-%m-%dT%H:%MZ"), "rule:time"
    return f"{day}T{time}", "rule:time"


def _clock_in(expression: str, tense: Tense | None = None) -> tuple[str, str, int] | None:
    """('HH:MM[Z]', the rest of the expression, hours east of UTC) for a clock time in
    it, else None.

    TIMEX3 writes midnight T24:00, the end of its day; a midnight with no day of its own
    that has passed ("began at midnight", in that morning's news) is the day's start, T00:00.
    """
    noon = _NOON.search(expression)
    if noon:
        rest = expression[: noon.start()] + expression[noon.end():]
        time = "12:00"
        if noon["word"] == "midnight":
            alone = not _APPROXIMATELY.sub("", rest).strip()
            time = "00:00" if tense == "past" and alone else "24:00"
        return time, rest, 0
    for match in (*_CLOCK.finditer(expression), *_MILITARY.finditer(expression)):
        time = _clock_time(match)
        if time:
            shift = int(match["shift"] or 0) * (-1 if match["sign"] == "-" else 1)
            return time, expression[: match.start()] + expression[match.end():], shift
    return None


def _clock_time(match: re.Match[str]) -> str | None:
    """'HH:MM' (+ 'Z' for UTC/GMT) when the match is a clock time, else None."""
    hour, minute, ampm = int(match.group("hour")), match.group("minute"), match.group("ampm")
    if minute is None and not ampm:
        return None  # a bare number is no clock time
    if ampm:
        if not 1 <= hour <= 12:  # noqa: PLR2004
            return None
        if ampm != "o'clock":  # "9 o'clock" is written as said (TIMEX3 does the same)
            hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    if hour > 23 or int(minute or 0) > 59:  # noqa: PLR2004
        return None
    zone = "Z" if match.group("zone") in ("utc", "gmt", "z") else ""
    return f"{hour:02d}:{int(minute or 0):02d}{zone}"


def date_line_anchor(text: str) -> dt.date | None:
    """The day a body's date line states ("March 01, 2008" alone on a line near the top, or
    "WASHINGTON, Sept. 13, 2023 -" opening it): the anchor of a document with no
    publication date.

    Why the lines after the first: a headline, a byline or a place often comes first
    ("Airbus wins tanker deal" / "March 01, 2008"). Those later lines count only when
    short and not a sentence, so "He was born on March 3, 2001." is no date line.
    """
    lines = [line.strip() for line in text.lstrip()[:DATE_LINE_REACH].split("\n")]
    lines = [line for line in lines if line][:DATE_LINE_LINES]
    for number, line in enumerate(lines):
        if number and (len(line) > MAX_LATER_DATE_LINE or line.endswith((".", "!", "?"))):
            continue
        day = _day_on_line(line[:MAX_EXPRESSION_CHARS])
        if day is not None:
            return day
    return None


def _day_on_line(line: str) -> dt.date | None:
    """The day the line's head (before a dateline dash) ends with, at day precision."""
    head = _DATELINE_DASH.split(line, maxsplit=1)[0]
    pieces = head.split(",")
    for start in range(len(pieces)):
        found = absolute_value(strip_modifiers(clean_expression(",".join(pieces[start:]))))
        if found and found[0] and len(found[0]) == len("2000-01-01"):
            return usable_anchor(dt.date.fromisoformat(found[0]))
    return None
