"""Time expressions the model cut at a preposition the wrong way: two dates run into one span
('the year on Tuesday', 'the month since 1982') or one date cut in two ('the day' and
'Thanksgiving' of "the day after Thanksgiving").

Why a module of its own: ``time_detection`` takes the model's spans apart at joiners and
commas; these two rules read the words 'on', 'since', 'after' and 'before' between two dates,
where TimeML marks "its biggest rally of the year on Tuesday" as two dates and "the day after
Thanksgiving" as one (whose value is the day after the holiday's, ``time_neighbours``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.core.time_anaphora import is_anaphoric
from workbench.core.time_normalise import normalise_time
from workbench.core.time_words import CAPITALISED_MONTH_NAME

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ON_DAY = re.compile(r"^(?P<first>.+?)\s+on\s+(?P<second>" + _WEEKDAY + r"|"
                     + CAPITALISED_MONTH_NAME + r" \d{1,2}(?:st|nd|rd|th)?)$")
"""'the year on Tuesday': a period, then 'on' and the day something happened in it."""
_SINCE_DATE = re.compile(r"^(?P<first>.+?)\s+since\s+(?P<second>.+)$")
"""'the lowest for the month since 1982': the month of the sentence, then the date it is
compared back to."""


def _has_value(words: str, anchor: dt.date | None) -> bool:
    return normalise_time(words, anchor, None) is not None or is_anaphoric(words)


def _piece(mention: Mention, start: int, end: int, text: str) -> Mention:
    surface = text[start:end]
    return replace(mention, start=start, end=end, text=surface, entity=surface, value=None)


def on_day_pieces(mention: Mention, text: str, anchor: dt.date | None) -> list[Mention]:
    """'the year on Tuesday' -> 'the year' and 'Tuesday', 'the month since 1982' -> 'the
    month' and '1982' (the model's one span has no value;
    each piece has one, or is read on the dates named before it); [] when the span is one
    date ('the night on Friday' is no piece and a day)."""
    match = _ON_DAY.match(mention.text) or _SINCE_DATE.match(mention.text)
    if (match is None or mention.text != text[mention.start:mention.end]
            or normalise_time(mention.text, anchor, None) is not None
            or not all(_has_value(match[g], anchor) for g in ("first", "second"))):
        return []
    return [_piece(mention, mention.start + match.start(g), mention.start + match.end(g), text)
            for g in ("first", "second")]


_THE_DAY = re.compile(r"(?:[Tt]he )?day")
_BESIDE = re.compile(r"\s+(?:after|before)\s+")


def days_beside_dates(mentions: Sequence[Mention], text: str,
                      anchor: dt.date | None) -> list[Mention]:
    """'the day' + 'after' + 'Thanksgiving' joined into 'the day after Thanksgiving': one date
    (the day after the holiday's), not an anaphoric 'the day' and the holiday itself."""
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if (last is not None and _is_body_time(last) and _is_body_time(mention)
                and _THE_DAY.fullmatch(last.text)
                and _BESIDE.fullmatch(text[last.end:mention.start])
                and normalise_time(text[last.start:mention.end], anchor, None) is not None):
            joined[-1] = _piece(last, last.start, mention.end, text)
            continue
        joined.append(mention)
    return joined


def _is_body_time(mention: Mention) -> bool:
    return mention.label in ("DATE", "TIME") and mention.field == "text"
