"""Clock times said in words ("a quarter before 11 a.m.", "half past nine", "ten to six in
the evening") written as the digits the clock rules read ("10:45 a.m.", "9:30", "5:50 p.m.").

Why a module of its own: the clock rules in ``time_normalise`` read digits; a time said
as minutes before or after an hour counts back or on from that hour first, and a part of
day after a bare hour ("9 in the evening") says a.m. or p.m. as the letters would. Works
on cleaned (lower-case) expressions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.time_words import NUMBER_WORDS

HOURS_ON_A_CLOCK = 12
MINUTES_IN_AN_HOUR = 60
_HOUR_WORDS = {word: n for word, n in NUMBER_WORDS.items()
               if n <= HOURS_ON_A_CLOCK and word not in ("a", "an")}
_HOUR = r"(?P<hour>1[0-2]|0?[1-9]|" + "|".join(_HOUR_WORDS) + r"|noon|midday|midnight)"
_MINUTES = {"quarter": 15, "a quarter": 15, "half": 30}
_MINUTE_WORDS = {**NUMBER_WORDS, "twenty-five": 25, "twenty five": 25}
_NUMBER_WORD = "|".join(w for w in NUMBER_WORDS if w not in ("a", "an", "hundred"))
_SPOKEN = re.compile(
    r"\b(?P<minutes>(?:a )?quarter|half|(?P<count>\d{1,2}|twenty[- ]five|" + _NUMBER_WORD
    + r")(?: minutes?)?) (?P<way>past|after|to|before|till) " + _HOUR
    + r"(?P<tail>(?: o'clock)?(?:\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?))?)"
)
_PART_AFTER_HOUR = re.compile(
    r"(?:\b(?P<clock>\d{1,2}:\d{2})|(?:^|\b(?:at|about|around|by|until|before|after) |\b(?=\d{1,2}"
    r" o'clock))(?P<hour>\d{1,2}))(?: o'clock)? (?P<part>in the morning|in the afternoon"
    r"|in the evening|at night|tonight)\b"
)
"""A clock with minutes or "o'clock", or a bare hour at the start or after 'at': "June 3 in
the morning" is a day and its part, not 3 a.m."""
_AFTERNOON_PARTS = ("in the afternoon", "in the evening", "at night", "tonight")
_O_CLOCK = " o'clock"


def written_clock(expression: str) -> str:
    """``expression`` with a spoken clock time as digits, and a bare hour's part of day as
    a.m./p.m.; unchanged when it has neither."""
    expression = _SPOKEN.sub(_as_digits, expression)
    return _PART_AFTER_HOUR.sub(_with_meridiem, expression)


def _as_digits(match: re.Match[str]) -> str:
    """'a quarter before 11 a.m.' -> '10:45 a.m.'; 'quarter past midnight' -> '12:15 a.m.'.
    'half' counts only after the hour ('half past nine'): 'half to' is no English clock."""
    minutes = _minutes(match)
    way = match["way"]
    if (minutes is None or not 0 < minutes < MINUTES_IN_AN_HOUR
            or (match["minutes"] == "half" and way != "past")):
        return match.group()
    hour_word, tail = match["hour"], match["tail"]
    meridiem = {"noon": " p.m.", "midday": " p.m.", "midnight": " a.m."}.get(hour_word)
    hour = (HOURS_ON_A_CLOCK if meridiem else int(hour_word) if hour_word.isdigit()
            else _HOUR_WORDS[hour_word])
    if way in ("to", "before", "till"):
        hour = (hour - 2) % HOURS_ON_A_CLOCK + 1
        minutes = MINUTES_IN_AN_HOUR - minutes
        if meridiem:  # a quarter to noon is in the morning, a quarter to midnight at night
            meridiem = " a.m." if meridiem == " p.m." else " p.m."
    return f"{hour}:{minutes:02d}{meridiem or tail.replace(_O_CLOCK, '')}"


def _minutes(match: re.Match[str]) -> int | None:
    said = match["minutes"]
    if said in _MINUTES:
        return _MINUTES[said]
    count = match["count"]
    return int(count) if count.isdigit() else _MINUTE_WORDS.get(count)


def _with_meridiem(match: re.Match[str]) -> str:
    """'9 in the evening' -> '9 p.m.'; '7:30 in the morning' -> '7:30 a.m.'."""
    clock = match["clock"] or match["hour"]
    if int(clock.split(":")[0]) > HOURS_ON_A_CLOCK:  # a 24-hour clock says it already
        return match.group()
    said = match.group()[: match.start("clock" if match["clock"] else "hour") - match.start()]
    return said + clock + _meridiem(int(clock.split(":")[0]), match["part"])


def _meridiem(hour: int, part: str) -> str:
    """The letters a part of day gives an hour: 12 o'clock is noon only in the afternoon
    ("12 at night" is midnight, 12 a.m.; "9 at night" 9 p.m.)."""
    if hour == HOURS_ON_A_CLOCK:
        return " p.m." if part == "in the afternoon" else " a.m."
    return " p.m." if part in _AFTERNOON_PARTS else " a.m."


_WAYS = r"past|after|to|before|till"
_HOUR_SAID = r"(?:1[0-2]|0?[1-9]|" + "|".join(_HOUR_WORDS) + r"|noon|midday|midnight)\b"
"""The way to an hour and the hour, shared by the full pattern and its quick first look."""
_COUNT = r"(?:\d{1,2}|" + _NUMBER_WORD + r"|[Tt]wenty[- ]five)"
_NOT_A_CLOCK_AFTER = (r"(?![-%.,]\d| ?(?:%|percent|per|points?|times|fold|hundred|thousand"
                      r"|[mbtr]illion)\b)")
SPOKEN_CLOCK_IN_TEXT = re.compile(
    r"(?<!\bby )(?<!\bof )\b(?:(?P<sure>(?:[Aa] )?[Qq]uarter|[Hh]alf(?= past)|" + _COUNT
    + r" minutes)|" + _COUNT + r") (?P<way>" + _WAYS + r") " + _HOUR_SAID
    + r"(?P<tail>(?: o'clock)?"
    r"(?:\s*[AaPp]\.?\s?[Mm]\b\.?)?(?: (?:in the (?:morning|afternoon|evening)|at night))?)"
    + _NOT_A_CLOCK_AFTER
)
"""A spoken clock time in running text ("at a quarter to five", "ten past eight in the
evening"). Sure when it counts a quarter, a half or minutes, or says 'past' or a.m., p.m.
or a part of day; "from ten to six people" says none of these and is left out
(``is_spoken_clock``). Not a share ("rose by a quarter to 3 billion", "a quarter of")."""


_WAY_TO_AN_HOUR = re.compile(r"(?:" + _WAYS + r") " + _HOUR_SAID)
"""The words every ``SPOKEN_CLOCK_IN_TEXT`` match holds ("past eight"), looked for alone."""


def spoken_clocks(text: str) -> Iterator[re.Match[str]]:
    """``SPOKEN_CLOCK_IN_TEXT``'s matches in ``text``, the same ones in the same order.

    Why the first look: five texts in six name no hour after "past", "to" ...; finding
    that costs a tenth of the full pattern, which tries its counts at every word."""
    if _WAY_TO_AN_HOUR.search(text) is None:
        return iter(())
    return SPOKEN_CLOCK_IN_TEXT.finditer(text)


def is_spoken_clock(match: re.Match[str]) -> bool:
    """Whether a ``SPOKEN_CLOCK_IN_TEXT`` match is a clock time, not two counts ('ten to six')."""
    return bool(match["sure"] or match["way"] == "past" or match["tail"].strip())
