"""Own rules for durations and recurrences: TIMEX3 values of type DURATION and SET.

Why values for them: "three years", "the past 12 months" or "a 58-year-old" are not
points in time, but TimeML gives them a value all the same (``P3Y``, ``P12M``,
``P58Y``), and so do the corpora a normaliser is scored on; "every quarter" and
"annually" are sets (``P3M``, ``P1Y``), "every Monday" is ``XXXX-WXX-1``. These values
name no period on the calendar, so the timeline never places them (``time_spans``
reads none of them); they only tell the reader what the expression means.

They are read last (``time_normalise``): anything with a date reading ("two weeks
ago", "the past decade", "three years later") is decided before a duration is tried.
An unknown count ("several years", "for years") keeps ``X`` for the number, as in
TimeML (``PXY``).
"""

from __future__ import annotations

import re

from workbench.core.time_words import NUMBER_WORDS, WEEKDAY, WEEKDAYS

MAX_COUNT = 10_000
_UNIT_CODES = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
    "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE",
}
_UNIT = r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)"
_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
"""Longest first, so 'seventeen' is not read as 'seven' (one pattern for durations and sets)."""
_VAGUE_COUNT = r"(?P<vague>several|a few|few|many|some|a couple of|a number of)"
_DURATION = re.compile(
    r"^(?:(?:for|over|during|within|in|about|around|almost|nearly|roughly|approximately|just"
    r"|only|barely|exactly|well over"
    r"|more than|less than|at least|up to|just over|just under|over the|some|the past|the last"
    r"|the next|the previous|the coming|the first|the final|past|last|next|previous|coming"
    r"|first|final"
    r"|another|an extra|a further|a full|the full|an entire|a whole)\s+)*"
    r"(?:an? (?=\d))?(?:(?P<number>\d+(?:\.\d+)?|" + _NUMBER_WORDS + r")|" + _VAGUE_COUNT
    + r")?[\s-]*(?:(?:consecutive|straight|successive|full|whole) )?" + _UNIT + r"(?:s|ies|y)?"
    r"(?:[\s-]+old|\s+(?:period|span|stretch|term|stint|run|spell|window))?$"
)
_PLURAL_ONLY = re.compile(r"^(?:for |over |in )?(?:the )?" + _UNIT + r"(?:s|ies)$")
_AGED = re.compile(r"^(?:aged |age )(?P<number>\d{1,3})$")
UNKNOWN_LENGTH = (r"(?:an? )?(?:undetermined|indefinite|unspecified|undisclosed|unknown)"
                  r" (?:period|length|amount) of time")
"""'for an undetermined period of time': a length nobody stated, PXD as TimeML corpora write
it (the unit, too, is unknown; the day is their placeholder)."""
_UNKNOWN_LENGTH = re.compile(f"^(?:for )?{UNKNOWN_LENGTH}$")
_PAST_OR_NEXT = re.compile(r"^(?:over |during |for |in |within )?(?:the )?past ")
"""'the past week' is the week up to now; 'last week' is a calendar week (a date)."""
_SET_UNIT = re.compile(r"^(?:every|each|per|a|an)\s+(?:(?P<number>\d+|other|" + _NUMBER_WORDS
                       + r")\s+)?" + _UNIT + r"s?$")
_RATE = re.compile(r"^(?:[\d.,]+|" + _NUMBER_WORDS + r"|once|twice|thrice|(?:\S+ )?times)"
                   r"\s+(?:a|an|per|each)\s+" + _UNIT + "$")
"""'15 a year', 'twice a week', 'three times a day': how often, a set of one unit."""
_SET_ADVERBS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P1Q",
    "annually": "P1Y", "annual": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M",
    "every day": "P1D", "each day": "P1D", "every year": "P1Y",
}
_SET_WEEKDAYS = (re.compile(r"^(?:every |each |on )?" + WEEKDAY + r"s$"),
                 re.compile(r"^(?:every|each) " + WEEKDAY + "$"))


def duration_value(expression: str) -> tuple[str, str] | None:
    """(value, rule name) for a duration ('three years', '58-year-old') or a set ('every
    quarter', 'annually', 'Mondays'), else None; ``expression`` is cleaned (lower case)."""
    found = _set_value(expression)
    if found:
        return found, "rule:set"
    found = _duration(expression)
    return (found, "rule:duration") if found else None


def _duration(expression: str) -> str | None:
    aged = _AGED.match(expression)
    if aged:
        return f"P{int(aged['number'])}Y"
    if _UNKNOWN_LENGTH.match(expression):
        return "PXD"
    match = _DURATION.match(expression) or _PLURAL_ONLY.match(expression)
    if match is None:
        return None
    groups = match.groupdict()
    count = _count(groups.get("number"), groups.get("vague"))
    if count is None and _PAST_OR_NEXT.match(expression) and not _is_plural(expression, match):
        count = "1"  # "the past week": one week back from now
    if count is None and not _is_plural(expression, match):
        return None  # "the year", "quarter": a date the anaphora rules read, not a duration
    return _written(count or "X", match["unit"])


def _is_plural(expression: str, match: re.Match[str]) -> bool:
    return expression[match.end("unit"):].startswith(("s", "ies"))


def _count(number: str | None, vague: str | None) -> str | None:
    """The count as TIMEX3 writes it: '3', '1.5', 'X' for 'several'; None when absent."""
    if number:
        if number in NUMBER_WORDS:
            return str(NUMBER_WORDS[number])
        amount = float(number)
        if amount <= 0 or amount > MAX_COUNT:
            return None
        return str(int(amount)) if amount.is_integer() else number
    return "X" if vague else None


def _written(count: str, unit: str) -> str:
    code = _UNIT_CODES["century" if unit == "centur" else unit]
    if code == "2W":
        return f"P{int(count) * 2}W" if count.isdigit() else "PXW"
    if code.startswith("T"):
        return f"PT{count}{code[1]}"
    return f"P{count}{code}"


def _set_value(expression: str) -> str | None:
    if expression in _SET_ADVERBS:
        return _SET_ADVERBS[expression]
    if expression in ("a day", "an hour", "a year", "a week", "a month"):
        return None  # "$5 a day" is a set, "in a day" a duration: leave it to the duration
    weekday = _SET_WEEKDAYS[0].match(expression) or _SET_WEEKDAYS[1].match(expression)
    if weekday:
        return f"XXXX-WXX-{WEEKDAYS[weekday['weekday']] + 1}"
    rate = _RATE.match(expression)
    if rate:
        return _written("1", rate["unit"])
    match = _SET_UNIT.match(expression)
    if match is None:
        return None
    number = "2" if match["number"] == "other" else match["number"]  # "every other week"
    count = str(NUMBER_WORDS.get(number or "", number or 1))
    return _written(count, match["unit"])
