"""Holidays as days of the calendar: fixed ones ("Christmas", "New Year's Day") and the
ones that move from year to year ("Thanksgiving", "Easter", "Labor Day").

Why a module of its own: TimeML gives a holiday the date it falls on in the year
the text means ("Thanksgiving" in a December 1998 story is ``1998-11-26``), and a
moving holiday needs its own arithmetic (the n-th weekday of a month, Easter's
computus). The relative rules pick the year by tense like any other date.
Names are the lower-case, cleaned forms (``clean_expression``).
"""

from __future__ import annotations

import datetime as dt
import re

from workbench.core.letters import CAPITAL

_FIXED = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "new years day": (1, 1), "new years eve": (12, 31),
    "halloween": (10, 31), "valentine's day": (2, 14), "independence day": (7, 4),
    "fourth of july": (7, 4), "july fourth": (7, 4), "veterans day": (11, 11),
    "veterans' day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "may day": (5, 1),
    "guy fawkes night": (11, 5), "bastille day": (7, 14),
    # observances the world dates the same every year
    "international women's day": (3, 8), "international workers' day": (5, 1),
    "earth day": (4, 22), "world environment day": (6, 5),
    "world health day": (4, 7), "human rights day": (12, 10), "world refugee day": (6, 20),
    "world press freedom day": (5, 3), "international day of peace": (9, 21),
    "holocaust memorial day": (1, 27), "juneteenth": (6, 19), "canada day": (7, 1),
    "australia day": (1, 26), "anzac day": (4, 25), "st. george's day": (4, 23),
    "st george's day": (4, 23), "st. andrew's day": (11, 30), "st andrew's day": (11, 30),
    "all saints' day": (11, 1), "all souls' day": (11, 2),
    "cinco de mayo": (5, 5),
}
_NTH_WEEKDAY = {
    # name: (month, weekday Monday=0, n-th; -1 = the last)
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1), "memorial day": (5, 0, -1), "columbus day": (10, 0, 2),
    "martin luther king day": (1, 0, 3), "martin luther king jr. day": (1, 0, 3),
    "presidents day": (2, 0, 3), "presidents' day": (2, 0, 3), "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
}
_EASTER_SHIFT = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
    "palm sunday": -7, "ash wednesday": -46, "pentecost": 49, "whit monday": 50,
}
_AFTER_THANKSGIVING = {"black friday": 1, "cyber monday": 4}
"""The shopping days named after Thanksgiving (retail and car-sales news date them)."""
HOLIDAY_NAMES = tuple(sorted((*_FIXED, *_NTH_WEEKDAY, *_EASTER_SHIFT, *_AFTER_THANKSGIVING),
                             key=len, reverse=True))
HOLIDAY = "(?P<holiday>" + "|".join(re.escape(name) for name in HOLIDAY_NAMES) + ")"
"""A holiday's name in a pattern over cleaned (lower-case) text, longest name first."""
_AFTER_HOLIDAY = (
    r"(?:eve|day|weekend|week|season|holidays?|break|morning|afternoon|evening|night|period"
    r"|rush|shopping|and|or|but|nor|in|on|at|of|to|for|from|with"
    r"|by|as|than|when|while|after|before|until|since|this|that|last|next|each|every|is|was"
    r"|are|were|will|would|could|should|may|might|has|had|have|falls?|fell|came|comes"
    r"|approach(?:es|ed)|itself|again|too|also|so)"
)
"""Lower-case words that may follow a holiday's name without making it a modifier: time
words ("Christmas eve", "the Easter weekend", "Thanksgiving rush"), function words
("Christmas and New Year", "over Easter in Rome") and verbs a holiday takes as subject
("Christmas falls on a Sunday")."""


def written_holiday(name: str) -> str:
    """A holiday's cleaned name as a text writes it: each word capitalised but "of" and "de"
    ("St. Patrick's Day", "Fourth of July", "Martin Luther King Jr. Day", "Cinco de Mayo").

    Why not ``str.title``: it capitalises after an apostrophe ("New Year'S Day")."""
    return " ".join(word if word in ("of", "de") else word[:1].upper() + word[1:]
                    for word in name.split())


CAPITALISED_HOLIDAY = re.compile(
    r"\b(?:" + "|".join(re.escape(written_holiday(name)) for name in HOLIDAY_NAMES)
    + r")\b(?![-'’]| " + CAPITAL + r")(?! (?!" + _AFTER_HOLIDAY + r"\b)[a-z])"
)
"""Holidays as a text writes them (capitalised): what detection looks for where the model
tagged none, or tagged one as an event ("New Year's Day") or a building ("Easter Sunday").
Not a holiday that modifies the noun after it ("a Christmas tree", "the Independence Day
sequel"): a lower-case word right after the name must be a time word or a function word."""


def holiday_day(name: str, year: int) -> dt.date | None:
    """The day the holiday ``name`` falls on in ``year``; None for a name not known or a
    year outside the calendar."""
    if not dt.MINYEAR < year < dt.MAXYEAR:
        return None
    if name in _FIXED:
        return dt.date(year, *_FIXED[name])
    if name in _NTH_WEEKDAY:
        return _nth_weekday(year, *_NTH_WEEKDAY[name])
    if name in _EASTER_SHIFT:
        return easter_sunday(year) + dt.timedelta(days=_EASTER_SHIFT[name])
    if name in _AFTER_THANKSGIVING:
        thanksgiving = _nth_weekday(year, *_NTH_WEEKDAY["thanksgiving"])
        return thanksgiving + dt.timedelta(days=_AFTER_THANKSGIVING[name])
    return None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The n-th (or, for -1, the last) ``weekday`` of the month."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter_sunday(year: int) -> dt.date:
    """Western Easter (the Gregorian computus, the anonymous algorithm of 1876)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)
