"""The vocabulary of English time expressions, shared by the normalisation rules.

Why a module of its own: months, weekdays, number words and ordinals are read by
the absolute rules, the relative rules and the expression cleaner alike.
"""

from __future__ import annotations

import re

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# Each weekday's spellings, Monday first: its full name, then the abbreviations.
_WEEKDAY_SPELLINGS = (
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
    ("thursday", "thu", "thur", "thurs"), ("friday", "fri"), ("saturday", "sat"),
    ("sunday", "sun"),
)
#: Any spelling -> the day's number, Monday 0 (as ``date.weekday()``).
WEEKDAYS = {name: number for number, names in enumerate(_WEEKDAY_SPELLINGS) for name in names}
#: The full names by number ("monday" ... "sunday"): how a value is put in words.
WEEKDAY_NAMES = tuple(names[0] for names in _WEEKDAY_SPELLINGS)
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}
CENTURY_WORDS = {
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "twenty first": 21,
}

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH = "(?P<month>" + _MONTH_WORDS + r")\.?"
MONTH_NAME = "(?:" + _MONTH_WORDS + r")\.?"
"""A month word, without a group (for patterns that hold more than one)."""
CAPITALISED_MONTH_NAME = (
    "(?:" + "|".join(sorted((name.capitalize() for name in MONTHS), key=len, reverse=True))
    + r")\.?"
)
"""A month word as a name is written ('Sept.', 'March'), for text read case-sensitively,
where a lower-case 'may' or 'march' is a verb."""
WEEKDAY = "(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?P<year>[12]\d{3})"
NUMBER = "(?P<number>\\d+|" + "|".join(NUMBER_WORDS) + ")"
ORDINAL = "(?P<ordinal>" + "|".join(ORDINALS) + ")"
PART_OF_DAY = r"(?P<part>morning|afternoon|evening|night)"

_QUOTES = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-"})
_LEADING = re.compile(r"^(?:(?:the|on|in|at|of|during|by|since|until|from|as of|over|throughout"
                      r"|within|before|after)\s+)+")
_SPACED_COMMA = re.compile(r"\s*,\s*")
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?<=[a-z])'s$")
_OWNER = re.compile(r"^(?:its|their)\s+(?=[a-z])")
"""'its latest quarter', 'their fiscal year': a company's period is named as the period (not
before a figure: 'their 30s' is an age)."""


def clean_expression(text: str) -> str:
    """Lower-case, unify quotes and dashes, collapse spaces, drop a leading 'on'/'in'.

    Why lower-case first: "Yesterday" and "yesterday" must give one value.
    """
    cleaned = _SPACES.sub(" ", text.translate(_QUOTES).lower()).strip(" .,;:!?\"'()")
    cleaned = _SPACED_COMMA.sub(", ", cleaned)
    cleaned = _POSSESSIVE.sub("", cleaned)
    return _OWNER.sub("", _LEADING.sub("", cleaned)).strip(" .,;:!?\"(")


def number_of(word: str) -> int | None:
    """'3' -> 3, 'three' -> 3, 'a' -> 1; None for anything else."""
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)
