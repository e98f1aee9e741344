"""Date and time mentions as entities: one name per expression, no numbers or codes taken for dates.

Why: the Entities page lists every DATE and TIME expression as an entity, so a new user
sees "yesterday" and "Yesterday", "Now" and "now", "5:00 pm EDT" next to "5:00 PM EDT",
a count ("2000 attendees") or a virus code ("2019-nCoV") filed as a date. Names are made
canonical word by word (the capital a sentence start gives is dropped; months, weekdays,
holidays and time zones keep theirs), so every variant of one expression is one entity
across the library. Time detection adds and cuts mentions after the entity pass, so the
pipeline runs ``tidy_time_names`` on those (and only those) once more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from workbench.core.models import Mention
from workbench.core.time_holidays import HOLIDAY_NAMES, written_holiday
from workbench.core.time_words import MONTHS, NUMBER_WORDS, WEEKDAY_NAMES, WEEKDAYS
from workbench.nlp.names import previous_word

TIME_LABELS = frozenset({"DATE", "TIME"})
TIME_ZONES = frozenset(
    "UTC GMT EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT CET CEST EET "
    "EEST WET WEST BST IST JST KST HKT SGT AEST AEDT ACST AWST NZST NZDT MSK".split()
)
"""Time-zone abbreviations: part of a time, never an organisation or a person."""

_DATE_CONTEXT = frozenset(
    "in since until till by from during before after year circa mid early late between "
    "of through throughout around spring summer autumn fall winter".split()
)
_YEAR_DETERMINERS = frozenset(
    "the its their his her our your this that and or to a an ''".split()
) | {""}
"""Words before a year the model tagged DATE that still read as a year ('in 2008 and 2009')."""
_FESTIVALS = frozenset("ramadan eid hanukkah diwali passover lent advent".split())
"""Religious festivals a date names without a day the normaliser can compute."""
_PROPER_TIME_WORDS = (
    frozenset(MONTHS) | frozenset(WEEKDAYS) | _FESTIVALS
    | {name for name in HOLIDAY_NAMES if " " not in name}
)
"""Words a date keeps capitalised wherever it stands: months and weekdays with their
abbreviations, one-word holidays, festivals (one list each, shared with the normaliser)."""
_HOLIDAY_PHRASE = re.compile(
    r"\b(?:" + "|".join(re.escape(name).replace("'", "['’]") for name in HOLIDAY_NAMES
                        if " " in name) + r")\b",
    re.IGNORECASE,
)
"""A holiday of several words, capitalised as a whole ("Labor Day", "Christmas Eve"): its
words alone ("day", "eve", "new", "good") are ordinary in any other date."""
_DATE_LETTERS = frozenset(
    "s st nd rd th am pm a m p h hrs q fy mid early late pre post bc ad bce ce".split()
) | {zone.lower() for zone in TIME_ZONES} | _PROPER_TIME_WORDS
"""Letters a one-token date may contain ("1990s", "21st", "5pm", "Q3", "FY2019", "mid-2019")."""
_BARE_NUMBER = re.compile(r"\d{1,4}")
_NUMBERED_THING = re.compile(
    r"(?i:flight|route|highway|interstate|road|room|gate|platform|terminal|line|bus|train"
    r"|apollo|windows|section|article|chapter|page|amendment|proposition|resolution|bill"
    r"|no\.?|number|unit|ward|district|precinct|block|lot|exit|pier|berth|channel|track)"
    r"\s+\d[\d,.]*"
)
"""A numbered thing the model read as a date or time: "Flight 1625", "Route 66", "No. 10"."""
MIN_YEAR, MAX_YEAR = 1000, 2199
_FAR_YEAR_CONTEXT = frozenset({"in", "until", "till", "year"})
"""Words after which a later year the model tagged DATE is still a year ("mark the day in
2999"): kept, so the timeline flags it as too far ahead instead of losing it. Not "by",
"from" or "of", after which such a number is as often an amount ("rose by 2500")."""
_COUNTED = re.compile(
    r"\s+(?!(?:was|is|has|as|its|this|plus|brings|marks|sees|begins|ends|starts|promises"
    r"|looks|proves|means|remains|seems|represents|follows|comes|goes|becomes|holds|gives"
    r"|offers|poses|needs|appears|witnesses|says|shows|features|sets|kicks|models)\b)"
    r"(?:[a-z]+s|people|men|women|children|staff|police)\b"
)
"""A plural noun after a number: a count ('2000 attendees'), unless the word is a verb a
year is often the subject of ('2009 brings', '2020 marks'), nor 'models' ('2011 models':
how carmakers name a model year, TimeML's date)."""


def _date_word(word: str) -> str:
    """One word of a date's canonical name.

    A capital only a sentence start or a shouted headline gives ("Yesterday",
    "NOW") goes; months, weekdays, holidays and time zones keep theirs; "PM" and
    "pm" are one word.
    """
    bare = word.strip(".,")
    if bare.lower() in _PROPER_TIME_WORDS:
        return word[:1].upper() + word[1:].lower()
    if bare in TIME_ZONES:
        return word
    if word.isupper() or (word[:1].isupper() and word[1:] == word[1:].lower()):
        return word.lower()
    return word


def date_name(surface: str) -> str:
    """Canonical name of a date or time expression, the same for all its case variants."""
    name = " ".join(_date_word(word) for word in surface.split())
    return _HOLIDAY_PHRASE.sub(lambda match: written_holiday(match.group().lower()), name)


def is_code(surface: str) -> bool:
    """Tell whether a one-token DATE/TIME is a code with digits ("2019-nCoV", "N2-CO2").

    A date written as one token capitalises only a few words (quarters, am/pm,
    months, time zones); any other capitalised word in it ("nCoV", "CO") makes it a
    name or a formula, while lowercase words are the date's own ("58-year-old").
    """
    if " " in surface or not any(char.isdigit() for char in surface):
        return False
    words = re.findall(r"[A-Za-z]+", surface)
    return any(word.lower() not in _DATE_LETTERS and word != word.lower() for word in words)


_AGE_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
"""The number after "aged" or "the age of": "13", "ten"."""
_COUNT = r"(?:\d{1,3}(?:[-\u2013]\d{1,3})?|[a-z]+(?:-[a-z]+)?)"
_AGE = re.compile(
    r"(?i:(?:the[ \u00a0]+)?(?:(?:about|around|nearly|almost|only|just|over|under)[ \u00a0]+)?"
    r"(?:" + _COUNT + r"[- \u00a0](?:year|month|week|day)s?[- \u00a0]old"
    r"|(?:aged|age[ \u00a0]+of|ages)[ \u00a0]+" + _AGE_NUMBER
    + r"(?:[ \u00a0]+(?:or|and|to)[ \u00a0]+" + _AGE_NUMBER + r")?))")
"""An age: "36-year-old", "three-month-old", "95 years old", "aged 36", "the age of 13".

Why not a date: an age describes a person (or a thing), it names no day the timeline
could place (its value, P36Y, never goes on the axis) and no date an analyst files, yet
the model tags it DATE, so the Entities page listed "36-year-old" among the dates."""


def is_age(surface: str) -> bool:
    """Tell whether a date expression is an age ("36-year-old", "aged 36")."""
    return _AGE.fullmatch(surface) is not None


def tidy_time_names(mentions: Iterable[Mention]) -> list[Mention]:
    """Give every DATE/TIME mention its canonical name; drop codes, numbered things
    ("2019-nCoV", "Flight 1625") and ages ("36-year-old") the model read as dates."""
    result = []
    for mention in mentions:
        if mention.label in TIME_LABELS:
            if (is_code(mention.text) or _NUMBERED_THING.fullmatch(mention.text)
                    or is_age(mention.text)):
                continue
            name = date_name(mention.entity or mention.text)
            if name != mention.entity:
                mention = replace(mention, entity=name)
        result.append(mention)
    return result


def _dated_number(mention: Mention, text: str) -> bool:
    """Tell whether a bare number is a year in a date context ("in 1625", "since 2019")."""
    year = int(mention.text)
    before = previous_word(text, mention.start).lower().strip("(,")
    if before in _YEAR_DETERMINERS or before.endswith(("'s", "’s")) or before.endswith("."):
        # "the 1991 agreement", "its 2009 outlook", "GM's 2010 plan", "2008 was": modern years
        return 1900 <= year <= 2099  # noqa: PLR2004
    if before in _DATE_CONTEXT:
        return MIN_YEAR <= year <= MAX_YEAR or (
            before in _FAR_YEAR_CONTEXT and year > MAX_YEAR
            and not _counts_what_follows(text, mention.end))
    # "the index ended 2008 down", "said 2009 would be", "forecast for 2019": a modern year
    # the model read as a date is one, unless it counts what follows ("2000 attendees")
    return 1900 <= year <= 2099 and not _counts_what_follows(text, mention.end)  # noqa: PLR2004


def _counts_what_follows(text: str, end: int) -> bool:
    """'2000 attendees', '2019 people': a plural noun after the number makes it a count."""
    return _COUNTED.match(text, end) is not None


_WEEKDAY_SHORT = re.compile(r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)")
_BEFORE_DATE = re.compile(
    r"\.?,?[ \u00a0]*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)")
"""What follows a weekday's short form in a time stamp: "Sun., Aug. 4", "Tue, 02 Jul"."""


def _weekday_stamp(mention: Mention, text: str) -> bool:
    """Tell whether a name is a weekday's short form opening a date ("Sun., Aug. 4, 2013"),
    which the model files as a place or an organisation ("Sun")."""
    return (mention.label not in TIME_LABELS and _WEEKDAY_SHORT.fullmatch(mention.text) is not None
            and _BEFORE_DATE.match(text, mention.end) is not None)


_NAMED_DAY_AFTER = re.compile(
    r"[ \u00a0]+(?:" + "|".join(name.capitalize() for name in WEEKDAY_NAMES) + r")\b")
_NAMED_DAY_BEFORE = re.compile(
    r"(?:^|[\"'\u201c\u2018(]|\b(?:the|on|of|before|after|since|until|by|as|for|from))"
    r"[ \u00a0]*$", re.IGNORECASE)
"""What stands before a named day: a quotation mark, "on", "before", "the", a line start."""


def _named_day_word(mention: Mention, text: str) -> bool:
    """Tell whether a one-word "name" is the first word of a day's name ("on Super
    Tuesday", "before Black Friday", "known as \u201cCyber Monday\u201d"): the model
    files the weekday as a date and the word before it as a place, person or work of
    art, an entity named after half a date. Never a word the text also writes without a
    weekday after it ("signed by Holm Monday" beside "Holm praised"), and not a name the
    day follows in a dateline or an attribution ("in Paris Monday", "said Trump Tuesday")
    unless the text writes the word, more than once, before a weekday every time."""
    if (mention.label in TIME_LABELS or " " in mention.text or not mention.text[:1].isupper()
            or mention.text.lower() in WEEKDAYS
            or _NAMED_DAY_AFTER.match(text, mention.end) is None):
        return False
    found = _written_at(mention.text, text)
    if not all(_NAMED_DAY_AFTER.match(text, m.end()) for m in found):
        return False  # "signed by Holm Monday" beside "Holm praised": a name the day follows
    return (_NAMED_DAY_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
            or len(found) > 1)


def _written_at(word: str, text: str) -> list[re.Match[str]]:
    """Where the text writes ``word`` as a word of its own. A day's name ("Super Tuesday")
    has its weekday after every one; a place or a person is also written without it."""
    return list(re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))


def normalise_dates(mentions: Iterable[Mention], text: str) -> list[Mention]:
    """Merge case variants of dates and times; drop bare numbers that are not years and
    the first words of named days ("Super" of "Super Tuesday"); a weekday's short form
    before a date is a date."""
    kept = []
    for mention in mentions:
        if _named_day_word(mention, text):
            continue
        if _weekday_stamp(mention, text):
            mention = replace(mention, label="DATE")  # noqa: PLW2901 - relabelled in place
        if mention.label in TIME_LABELS and _BARE_NUMBER.fullmatch(mention.text) and not (
            mention.label == "DATE" and _dated_number(mention, text)
        ):
            continue
        kept.append(mention)
    return tidy_time_names(kept)
