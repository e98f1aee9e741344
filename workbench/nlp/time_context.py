"""Values a time expression takes from the one before it in its sentence.

Why apart from ``time_expressions``: these read two mentions together (a month after the
year its sentence named, the end of a run of weekdays), where ``time_expressions`` reads
each mention on the publication date and the sentence's tense. Both rules only move a value
the anchor alone would have put elsewhere; neither guesses one where there was none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.core.time_anaphora import is_anaphoric, is_reference
from workbench.core.time_values import DAY_VALUE, PARTS_OF_DAY, Tense
from workbench.core.time_words import MONTH_NAME, WEEKDAY, WEEKDAYS
from workbench.nlp.time_detection import DAY_WORDS

_BARE_MONTH = re.compile(r"(?:(?:in|until|till|by|since|from|through) )?" + MONTH_NAME,
                         re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d{2}\b")
_YEAR_VALUE = re.compile(r"(?:1[89]|20)\d{2}")
_MONTH_VALUE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})")
#: A reporting verb just before a month ('the company said in March'): the month dates
#: the report, so it stays in the publication year. Its own list, not the quote lists
#: (quote_misplaced_marks, speaker_pronouns): it asks when something was reported, so it
#: has "announced" and "reported" and no verbs that only introduce a quotation.
_REPORTED = re.compile(r"\b(?:said|says|announced|reported|told|added|stated|wrote)"
                       r"(?: (?:on|in|early|late))? *$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(rf"[.!?][\"”’)]*\s+[\"“(]*{CAPITAL}|\n")
_WEEKDAY_ALONE = re.compile(r"(?:on )?" + WEEKDAY, re.IGNORECASE)
_RUN_TO = re.compile(r"\s*(?:through|thru|to|until|till|[-–])\s*", re.IGNORECASE)
_MONTH_DAY_VALUE = re.compile(r"\d{4}(?P<rest>-\d{2}(?:-\d{2})?)")
_MONTH_DAY_WORDS = re.compile(MONTH_NAME + r"(?: \d{1,2}(?:st|nd|rd|th)?)?", re.IGNORECASE)
_ADJACENT = re.compile(r",? ")


def in_named_year(month: Mention, earlier: Sequence[Mention], text: str, anchor: dt.date | None,
                  tense: Tense | None) -> Mention:
    """'In the 2016 election, he stayed in the race until June': June of the year the
    sentence named before it, not the last June before the publication date (TimeML reads a
    month on the time its context talks about).

    Only a month the anchor alone put in another year than its own: a month of the
    publication year stays there ('sales rose in 2019, the company said in March'), and so
    does a month ahead of a future verb, after a reporting verb, or in a sentence that wrote
    no year before it."""
    found = _MONTH_VALUE.fullmatch(month.value or "")
    if (found is None or anchor is None or found["year"] == str(anchor.year)
            or tense == "future" or not _BARE_MONTH.fullmatch(month.text)
            or _REPORTED.search(text, max(0, month.start - 20), month.start)):
        return month
    for mention in reversed(earlier):
        if _SENTENCE_BREAK.search(text, mention.end, month.start):
            return month
        if _YEAR_VALUE.fullmatch(mention.value or "") and _YEAR_WRITTEN.search(mention.text):
            return replace(month, value=f"{mention.value}-{found['month']}")
    return month


_RANGE_JOIN = re.compile(r"\s*(?:and|to|through|thru|until|till|[-–])\s*", re.IGNORECASE)
_YEAR_NAMED = re.compile(r"\b(?:1[89]|20)\d{2}\b|\b(?:last|this|next) year\b", re.IGNORECASE)


def range_start_in_year(start: Mention | None, end: Mention, text: str) -> Mention | None:
    """'between April and June of last year', 'from March to May 2019': the first month of
    a range takes the year its end names (a December before a February the year before);
    None when ``start`` is no bare month (or month and day) joined so to a dated end."""
    if start is None or not _MONTH_DAY_WORDS.fullmatch(start.text):
        return None
    first, last = _MONTH_VALUE.match(start.value or ""), _MONTH_VALUE.match(end.value or "")
    if (first is None or last is None or not _YEAR_NAMED.search(end.text)
            or not _RANGE_JOIN.fullmatch(text[start.end:end.start])):
        return None
    year = int(last["year"]) - (first["month"] > last["month"])
    return replace(start, value=f"{year:04d}{(start.value or '')[4:]}")


def in_year_before(date: Mention, year: Mention | None, text: str) -> Mention:
    """'Last year August 8', '2019, March 3': a month or a month and day written right after
    a year (the model tags them apart) is in that year, not in the anchor's."""
    found = _MONTH_DAY_VALUE.fullmatch(date.value or "")
    if (year is None or found is None or not _YEAR_VALUE.fullmatch(year.value or "")
            or not _ADJACENT.fullmatch(text[year.end:date.start])
            or not _MONTH_DAY_WORDS.fullmatch(date.text)):
        return date
    return replace(date, value=f"{year.value}{found['rest']}")


def run_end(start: Mention | None, end: Mention, text: str) -> Mention:
    """'three days of mourning, Wednesday through Friday': the second weekday of a run is
    the first one on or after the first, whatever the tense made of it alone."""
    if (start is None or not _WEEKDAY_ALONE.fullmatch(start.text)
            or not _WEEKDAY_ALONE.fullmatch(end.text)
            or not _RUN_TO.fullmatch(text[start.end:end.start])
            or not DAY_VALUE.fullmatch(start.value or "")
            or not DAY_VALUE.fullmatch(end.value or "")):
        return end
    first, last = dt.date.fromisoformat(start.value), dt.date.fromisoformat(end.value)
    while last < first:
        last += dt.timedelta(days=7)
    while last - first >= dt.timedelta(days=7):
        last -= dt.timedelta(days=7)
    return replace(end, value=last.isoformat())


_PART_BEFORE = re.compile(r"(?:(?:the|that) )?(?:(?:early|late) )?"
                          r"(?:(?P<part>morning|afternoon|evening|night)|(?:early|small|wee) hours"
                          r"|early (?P<morning>morning) hours)"
                          r"(?: of)?", re.IGNORECASE)
"""'the night of', 'the early hours of' (after midnight: the day itself, no TIMEX3 part),
'the early morning hours of' (its morning)."""
_OF = re.compile(r"\s*(?:of\s+)?")


def part_before_day(part: Mention | None, day: Mention, text: str) -> Mention | None:
    """'the night of' + 'March 4' as the model split them: the part of day is that day's
    (whatever day an earlier date lent it), or None when the two are not so joined."""
    found = _PART_BEFORE.fullmatch(part.text) if part is not None else None
    if (part is None or found is None or not DAY_VALUE.fullmatch(day.value or "")
            or not _OF.fullmatch(text[part.end:day.start])
            or "of" not in (part.text + text[part.end:day.start]).lower().split()):
        return None
    named = found["part"] or found["morning"]
    if named is None:
        return replace(part, value=day.value)
    return replace(part, value=f"{day.value}T{PARTS_OF_DAY[named.lower()]}")


_OFFSET = re.compile(r"\b(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies))\s+"
                     r"(?:later|earlier|after(?:wards)?|before)", re.IGNORECASE)
_APPOSITION = re.compile(r",\s+(?:(?:in|on)\s+)?", re.IGNORECASE)
_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def offset_named_again(offset: Mention, date: Mention, text: str) -> bool:
    """'A decade later, in 2008', 'Two days later, on June 3': an offset from an event told
    before, then a comma and a calendar date, is that date (an apposition, as TimeML reads
    it); the date the text writes is surer than the offset counted from a guessed event."""
    return (bool(_OFFSET.search(offset.text)) and offset.end <= date.start
            and bool(_APPOSITION.fullmatch(text[offset.end:date.start]))
            and bool(_CALENDAR_VALUE.fullmatch(date.value or "")))


_INDEFINITE_DAY = re.compile(r"(?:a|one) (?:day|time|moment)", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s+when\b", re.IGNORECASE)
_HYPOTHETICAL_BEFORE = re.compile(r"\b(?:if|ever|should|would|will|may|might|could)\b",
                                  re.IGNORECASE)
_HYPOTHETICAL_REACH = 40


def indefinite_day(mention: Mention, text: str, tense: Tense | None) -> Mention:
    """'if there ever came a day when I could no longer...', 'there was a time when': an
    indefinite day described by its 'when' clause names a moment, not a length of one day
    (``P1D``): the past when the sentence tells of the past, else the future (TimeML's
    PAST_REF / FUTURE_REF). A conditional before it ('if ... ever came') is not a past."""
    if (not _INDEFINITE_DAY.fullmatch(mention.text)
            or not _WHEN_AFTER.match(text, mention.end)):
        return mention
    before = text[max(0, mention.start - _HYPOTHETICAL_REACH):mention.start]
    sentence_start = max(before.rfind(". "), before.rfind("\n"))
    hypothetical = _HYPOTHETICAL_BEFORE.search(before[sentence_start + 1:])
    past = tense == "past" and not hypothetical
    return replace(mention, value="PAST_REF" if past else "FUTURE_REF")


_YEAR_AFTER = re.compile(r"\s+(?:in|of)\s+(?P<year>\d{4})\b")


def anaphor_in_named_year(mention: Mention, text: str) -> Mention:
    """An anaphor ("the day", read on the last date named) that a year right after it
    places elsewhere ("mark the day in 2999"), without that value.

    Why: "the day" read on October 14, 1066 took that day, though the words after it say
    the day meant lies in 2999; which day of that year the sentence does not say, so it
    keeps no value rather than a date in the wrong millennium. The same year ("the day in
    1066") changes nothing. The caller has found the body mention anaphoric.
    """
    value = mention.value or ""
    following = _YEAR_AFTER.match(text, mention.end)
    if following is None or not value[:4].isdigit() or following["year"] == value[:4]:
        return mention
    return replace(mention, value=None)


CLOSE_IN_SENTENCE = re.compile(r"[^.!?;\n]{0,60}")
_BARE_HOUR = re.compile(r"(?:at )?\d{1,2}(?::\d{2})?(?: o'clock)?", re.IGNORECASE)
_LATE_PART = re.compile(r"T(?:AF|EV|NI)$")


def in_the_evening(part: Mention | None, clock: Mention, text: str) -> Mention:
    """'tonight at 9 o'clock', 'this evening at 7:30': an hour written without a.m./p.m.
    after an afternoon, evening or night of the same day is after noon."""
    value = clock.value or ""
    if (part is None or not _LATE_PART.search(part.value or "") or len(value) != len(
            "2000-01-01T09:00") or value[:10] != (part.value or "")[:10]
            or not _BARE_HOUR.fullmatch(clock.text) or int(value[11:13]) >= 12  # noqa: PLR2004
            or not CLOSE_IN_SENTENCE.fullmatch(text[part.end:clock.start])):
        return clock
    return replace(clock, value=f"{value[:11]}{int(value[11:13]) + 12:02d}{value[13:]}")


def in_apposition(date: Mention | None, mention: Mention, text: str) -> Mention:
    """'on March 9, four days later than planned': the anaphoric expression after a date and
    a comma names that date again (an apposition), as TimeML reads it."""
    if (date is None or not date.value or not is_reference(date.value)
            or text[date.end:mention.start] != ", " or not is_anaphoric(mention.text)):
        return mention
    return replace(mention, value=date.value)


DAY_OR_PART = re.compile(r"\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?")
"""A day's value, with or without its part of day ('Monday morning': '2025-10-13TMO')."""


def names_again(description: Mention, date: Mention, text: str) -> bool:
    """'the preceding Saturday, August 17': a time expression with no value of its own,
    then a comma and a date, is that date described (an apposition), as TimeML reads it;
    so too 'next Friday, the day after Thanksgiving' when that day is a Friday ('next
    Friday' alone may be either of two Fridays: the apposition says which), and 'the previous
    trading day, Friday' (read on the day named before it, which the apposition corrects)."""
    if (not _COMMA_THE.fullmatch(text[description.end:date.start])
            or not DAY_WORDS.search(description.text)
            or not DAY_OR_PART.match(date.value or "")):
        return False
    if description.value is None:
        return text[description.end:date.start] == ", "
    # a day, not a part of one: 'on Sunday, early in the morning' keeps Sunday a day; an
    # anaphoric description was read on a guess of the day before it ('the previous
    # trading day, Friday'): the apposition says which
    return bool(DAY_VALUE.fullmatch(date.value or "")) and (
        _same_weekday(description.text, date.value or "") or is_anaphoric(description.text))


_COMMA_THE = re.compile(r", (?:the )?")
"""A comma, and the 'the' the entity clean-up cut off the date after it."""


_WEEKDAY_NAME = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _same_weekday(words: str, value: str) -> bool:
    """Whether ``words`` name the weekday the day ``value`` falls on."""
    named = _WEEKDAY_NAME.search(words)
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return named is not None and WEEKDAYS[named[0].lower()] == day.weekday()
