"""Time expressions the model cut at a preposition the wrong way: two dates run into one span
('the year on Tuesday', 'the month since 1982') or one date cut in two ('the day' and
'Thanksgiving' of "the day after Thanksgiving", 'three weeks' and 'now' of "three weeks from
now").

Why a module of its own: ``time_detection`` takes the model's spans apart at joiners and
commas; these rules read the words 'on', 'since', 'after', 'before' and 'from' between two
dates, where TimeML marks "its biggest rally of the year on Tuesday" as two dates and "the day
after Thanksgiving" as one (whose value is the day after the holiday's, ``time_neighbours``).
The small helpers every cut and join shares (``is_body_time``, ``time_piece``) live here too,
as ``time_detection`` imports this module.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.core.time_anaphora import is_anaphoric
from workbench.core.time_words import CAPITALISED_MONTH_NAME
from workbench.nlp.entity_dates import TIME_LABELS
from workbench.nlp.time_unmarked import has_value

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ON_DAY = re.compile(r"^(?P<first>.+?)\s+on\s+(?P<second>" + _WEEKDAY + r"|"
                     + CAPITALISED_MONTH_NAME + r" \d{1,2}(?:st|nd|rd|th)?)$")
"""'the year on Tuesday': a period, then 'on' and the day something happened in it."""
_SINCE_DATE = re.compile(r"^(?P<first>.+?)\s+since\s+(?P<second>.+)$")
"""'the lowest for the month since 1982': the month of the sentence, then the date it is
compared back to."""


def is_body_time(mention: Mention) -> bool:
    """A DATE or TIME of the article's body (titles and bylines are read apart)."""
    return mention.label in TIME_LABELS and mention.field == "text"


Timed = tuple[Mention, bool]
"""A mention and whether it is a body time (``is_body_time``), read once per mention:
detection's cuts and joins ask it of each mention at every step."""


def time_piece(mention: Mention, start: int, end: int, text: str) -> Mention:
    """``mention`` moved to ``text[start:end]``, its value left to be read again."""
    surface = text[start:end]
    return replace(mention, start=start, end=end, text=surface, entity=surface, value=None)


def on_day_pieces(mention: Mention, text: str, anchor: dt.date | None) -> list[Mention]:
    """'the year on Tuesday' -> 'the year' and 'Tuesday', 'the month since 1982' -> 'the
    month' and '1982' (the model's one span has no value;
    each piece has one, or is read on the dates named before it); [] when the span is one
    date ('the night on Friday' is no piece and a day)."""
    match = _ON_DAY.match(mention.text) or _SINCE_DATE.match(mention.text)
    if (match is None or mention.text != text[mention.start:mention.end]
            or has_value(mention.text, anchor)
            or not all(has_value(match[g], anchor) or is_anaphoric(match[g])
                       for g in ("first", "second"))):
        return []
    return [time_piece(mention, mention.start + match.start(g), mention.start + match.end(g),
                       text) for g in ("first", "second")]


_THE_DAY = re.compile(r"(?:[Tt]he )?day")
_BESIDE = re.compile(r"\s+(?:after|before)\s+")
_FROM = re.compile(r"\s+from\s+", re.IGNORECASE)
Joins = Callable[[Mention, Mention, str], bool]
"""Whether the first mention, the words between and the second may be one expression."""


def counted_from_now(mentions: Sequence[Timed], text: str,
                     anchor: dt.date | None) -> list[Timed]:
    """'three weeks' + 'now' (the model's duration, our 'now') joined into 'three weeks from
    now': one date ahead, as 'ten years from now' is when the model tags it whole."""
    return _joined(mentions, text, anchor, lambda first, between, second: (
        second.text.lower() == "now" and bool(_FROM.fullmatch(between))))


def days_beside_dates(mentions: Sequence[Timed], text: str,
                      anchor: dt.date | None) -> list[Timed]:
    """'the day' + 'after' + 'Thanksgiving' joined into 'the day after Thanksgiving': one date
    (the day after the holiday's), not an anaphoric 'the day' and the holiday itself."""
    return _joined(mentions, text, anchor, lambda first, between, second: (
        bool(_THE_DAY.fullmatch(first.text)) and bool(_BESIDE.fullmatch(between))))


def _joined(mentions: Sequence[Timed], text: str, anchor: dt.date | None,
            joins: Joins) -> list[Timed]:
    """Neighbouring body times that ``joins`` accepts, made one when the whole has a value
    (a joined time is a piece of the first, so a body time still)."""
    joined: list[Timed] = []
    for mention, time in mentions:
        last, last_time = joined[-1] if joined else (None, False)
        if (last is not None and last_time and time
                and joins(last, text[last.end:mention.start], mention)
                and has_value(text[last.start:mention.end], anchor)):
            joined[-1] = (time_piece(last, last.start, mention.end, text), True)
            continue
        joined.append((mention, time))
    return joined
