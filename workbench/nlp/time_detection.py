"""Which stretches of text are time expressions: the model's DATE/TIME spans taken apart
where it ran two together, and the expressions it never tags added.

Why a module of its own: deciding *where* a time expression is (ranges, lines run
together, a zone the model left out, 'now' and '0100 UTC' it never tags) is a
different question from *what date* it names (``time_expressions``, which reads the
tense and sets values). These rules need no parse, only the text, the mentions and the
model's spans, and ``time_expressions`` calls them once before it sets any value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.core.span_union import SpanUnion
from workbench.core.time_anaphora import is_anaphoric
from workbench.core.time_holidays import CAPITALISED_HOLIDAY
from workbench.core.time_normalise import normalise_time
from workbench.core.time_values import DAY_VALUE, Tense
from workbench.core.time_words import CAPITALISED_MONTH_NAME
from workbench.nlp.time_false_alarms import is_false_alarm, without_leading_figure
from workbench.nlp.time_joins import (
    TIME_LABELS,
    Timed,
    counted_from_now,
    days_beside_dates,
    is_body_time,
    on_day_pieces,
    time_piece,
)
from workbench.nlp.time_unmarked import Span, dated_holidays, has_value, unmarked_time_words

TenseSpan = tuple[int, int, "Tense | None", str]
"""(start, end, tense, text) of one DATE/TIME entity as the model found it, in whole-text
offsets; the text is the model's span ("this year's"), before mention cleaning cut it
to a name-like span ("year")."""


def with_split_time_spans(mentions: Sequence[Mention], tenses: Sequence[TenseSpan], text: str,
                          anchor: dt.date | None) -> list[Mention]:
    """The mentions with the time expressions the model ran together taken apart.

    Why: TIMEX3 marks each end of a range and each line apart, and a timeline
    needs both dates of "between 2014 and 2016". Three cases, each kept only
    when every piece has a value of its own: a model span across lines (a date
    line run into "Yesterday, ..."), a range inside one mention, and the end
    of "from 2009 to 2011" the model did not tag.
    """
    if not text:
        return list(mentions)
    holidays = dated_holidays(text, anchor)
    kept, found = _split_model_spans(_dates_inside_names(mentions, text, anchor, holidays),
                                     text, anchor)
    kept_times = [m for m, time in kept if time]
    found.extend(_lost_lines(kept_times[0] if kept_times else None, tenses, text, anchor))
    times = SpanUnion((m.start, m.end) for m in kept_times)
    new = [(m, is_body_time(m)) for m in found if not times.overlaps(m.start, m.end)]
    everything = SpanUnion((m.start, m.end) for m, _ in (*kept, *new) if m.field == "text")
    words = unmarked_time_words(text, anchor, holidays)
    kept = _without_parts_of(kept, [m for m in words if m.label == "TIME"])
    all_times = SpanUnion((m.start, m.end) for m, time in (*kept, *new) if time)
    clocks = [(m, is_body_time(m)) for m in words
              if m.label == "TIME" and not all_times.overlaps(m.start, m.end)]
    new += clocks + [(m, is_body_time(m)) for m in words
                     if m.label != "TIME" and not everything.overlaps(m.start, m.end)]
    joined = days_beside_dates(counted_from_now(_merged(kept, new), text, anchor), text, anchor)
    return [mention for mention, _ in joined]


def _split_model_spans(mentions: Iterable[Mention], text: str, anchor: dt.date | None
                       ) -> tuple[list[Timed], list[Mention]]:
    """The mentions kept (each with whether it is a body time, read once: no cut below
    changes a label or a field), and the pieces of those taken apart."""
    found: list[Mention] = []
    kept: list[Timed] = []
    for mention in mentions:
        if not is_body_time(mention):
            kept.append((mention, False))
            continue
        if _is_fraction(mention, text) or is_false_alarm(mention, text, anchor):
            continue
        mention = _with_zone(_without_dangling_joiner(without_leading_figure(mention, text),
                                                      text, anchor), text)
        pieces = (_range_pieces(mention, text, anchor) or _comma_pieces(mention, text, anchor)
                  or _count_then_date(mention, text, anchor)
                  or _period_then_end(mention, text, anchor)
                  or on_day_pieces(mention, text, anchor))
        if pieces:
            found.extend(pieces)
            continue
        kept.append((mention, True))
        found.extend(_range_end(mention, text, anchor))
    return kept, found


_FRACTION = re.compile(r"(?:(?:about|around|nearly|almost|roughly|some|more than|less than|over"
                       r"|under|just) )?(?:a|one|three) quarters?", re.IGNORECASE)
_SHARE_OF = re.compile(r"\s+(?:of|as)\s+(?!(?:(?:the|this|that|last|next|a) )?"
                       r"(?:year|century|decade|fiscal|financial|(?:19|20)\d\d)\b)", re.IGNORECASE)


def _is_fraction(mention: Mention, text: str) -> bool:
    """'about a quarter of the city's population', 'a quarter as much money': a share, not
    the three months the model (and "every quarter") took it for."""
    return bool(_FRACTION.fullmatch(mention.text)
                and _SHARE_OF.match(text, mention.end))


def _without_parts_of(mentions: list[Timed], clocks: list[Mention]) -> list[Timed]:
    """Drop what the model tagged inside a clock time it did not see whole: '4:00' as a
    time, 'A.M.' as a place, 'UTC' as an organisation in '4:00 A.M. local time (0100 UTC)'.
    The whole clock time replaces them."""
    if not clocks:
        return mentions
    return [(m, time) for m, time in mentions if m.field != "text" or not any(
        clock.start <= m.start and m.end <= clock.end for clock in clocks)]


_MONTH_NAME = CAPITALISED_MONTH_NAME
_CALENDAR_DATE = (r"(?:" + _MONTH_NAME + r" \d{1,2}(?:st|nd|rd|th)?(?:, (?:19|20)\d{2})?"
                  r"|" + _MONTH_NAME + r",? (?:19|20)\d{2}|(?:19|20)\d{2})")
_WHOLE_DATE = re.compile(r"(?:[Tt]he )?(?P<date>" + _CALENDAR_DATE + r")")
_WHOLE_HOLIDAY = re.compile(r"(?:[Tt]he )?(?P<date>(?:" + CAPITALISED_HOLIDAY.pattern
                            + r")(?:,? (?:19|20)\d{2})?)")
_TRAILING_DATE = re.compile(r"\s+(?:in|of|on)\s+(?P<date>" + _CALENDAR_DATE + r")$")
_NOT_NAMES = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _dates_inside_names(mentions: Sequence[Mention], text: str, anchor: dt.date | None,
                        holidays: Sequence[Span]) -> list[Mention]:
    """Dates the model took for (or into) a name: "the January 7 quake" tagged EVENT
    'the January 7', "Paul's Rally for the Republic in 2008" one ORG.

    Why: a calendar date is a date whatever the model called it, and a name does not
    end in "in 2008"; the name keeps what comes before the preposition. Only calendar
    forms (a month and day, a month and year, a year) and holidays are taken, so "May"
    the person and "Friday" the character stay names. A holiday takes whatever the model
    tagged inside it ('Valentine' in "Valentine's Day", 'Sunday' in "Easter Sunday").
    """
    found: list[Mention] = []
    taken: set[Span] = set()
    for mention in mentions:
        holiday = next(((a, b) for a, b in holidays if a <= mention.start and mention.end <= b
                        and (a, b) != (mention.start, mention.end)), None)
        if holiday and mention.field == "text" and mention.label not in _NOT_NAMES:
            if holiday not in taken:
                taken.add(holiday)
                found.append(replace(time_piece(mention, *holiday, text), label="DATE"))
            continue  # 'Valentine' a person in "Valentine's Day", 'Sunday' of "Easter Sunday"
        if mention.field != "text" or mention.label in TIME_LABELS | _NOT_NAMES:
            found.append(mention)
            continue
        whole = _WHOLE_DATE.fullmatch(mention.text) or _WHOLE_HOLIDAY.fullmatch(mention.text)
        if whole and has_value(whole["date"], anchor):
            start = mention.start + whole.start("date")
            found.append(replace(time_piece(mention, start, mention.end, text), label="DATE"))
            continue
        tail = _TRAILING_DATE.search(mention.text)
        if tail is None or not has_value(tail["date"], anchor) or tail.start() == 0:
            found.append(mention)
            continue
        name_end = mention.start + tail.start()
        found.append(replace(mention, end=name_end, text=text[mention.start:name_end],
                             entity=mention.entity.removesuffix(tail.group())))
        start = mention.start + tail.start("date")
        found.append(replace(time_piece(mention, start, mention.end, text), label="DATE"))
    return found


JOINER = r"(?:and|or|to|through|until)"
"""A word that joins two dates: the ends of a range ("2014 to 2016") or alternatives ("2009
or 2010"). Detection takes the dates apart at it, and values read each one alone."""
_DANGLING_JOINER = re.compile(r"(?:,?\s+(?:" + JOINER + r"|but)|\s*[,;–-])\s*$")


def _is_date(words: str, anchor: dt.date | None) -> bool:
    """A value that is a date, not a duration ('some months' of "some months later" is
    the count of an anaphoric offset, left whole)."""
    found = normalise_time(words, anchor, None)
    return found is not None and not found.value.startswith("P")


_ORDER_WORD = re.compile(r"\s+(?:earlier|later)$", re.IGNORECASE)


def _without_dangling_joiner(mention: Mention, text: str,
                             anchor: dt.date | None = None) -> Mention:
    """'the 1980s and' as the model cut "the 1980s and early 1990s": the date without the
    word that joins it to the next one (TIMEX3 marks each date alone); so too 'since 2003
    earlier in the day', where 'earlier' begins the next expression, not a count's."""
    joiner = _DANGLING_JOINER.search(mention.text)
    order = _ORDER_WORD.search(mention.text)
    if (joiner is None and order is not None and not is_anaphoric(mention.text)
            and not has_value(mention.text, anchor)
            and _is_date(mention.text[:order.start()], anchor)):
        joiner = order
    if joiner is None or joiner.start() == 0 or mention.text != text[mention.start:mention.end]:
        return mention
    return replace(time_piece(mention, mention.start, mention.start + joiner.start(), text),
                   value=mention.value)


_ZONE_AFTER = re.compile(r"\s*\(\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?00)?\s*\)|\s+(?:GMT|UTC)"
                         r"\s*[+-]\s*\d{1,2}(?::?00)?\b|\s+local time\b")
_CLOCK_DIGIT = re.compile(r"\d")


def _with_zone(mention: Mention, text: str) -> Mention:
    """'6:40 p.m.' followed by '(GMT +8)' the model left out: the mention takes the offset,
    so its value can be written in UTC; so too a 'local time' after a clock time ('2am local
    time (0100 UTC) on Friday'), which else stood between the clock and its day."""
    if (mention.label != "TIME" or mention.field != "text"
            or not _CLOCK_DIGIT.search(mention.text)):
        return mention
    zone = _ZONE_AFTER.match(text, mention.end)
    if zone is None:
        return mention
    surface = text[mention.start:zone.end()]
    return replace(mention, end=zone.end(), text=surface, entity=surface)


_RANGE = re.compile(r"^(?:(?:between|from)\s+)?(?P<first>.+?)\s*(?:\b" + JOINER + r"\b|[-–])"
                    r"\s*(?P<second>[^-–]+)$", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_END = re.compile(r"^\s*(?:and|to|through|until|[-–])\s+(?P<second>(?:[A-Z][a-z]+\.? )?"
                        r"(?:\d{1,2},? )?[12]\d{3})\b")


_COMMA = re.compile(r"^(?P<first>[^,]+),\s+(?P<second>[^,]+)$")
DAY_WORDS = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|day|weekend|eve"
                        r"|morning|afternoon|evening|night)\b", re.IGNORECASE)
"""What a description of a day says ('the preceding Saturday', 'that weekend')."""


def _comma_pieces(mention: Mention, text: str, anchor: dt.date | None) -> list[Mention]:
    """'June 17, two days before the launch' -> 'June 17' and 'two days' (a duration, as
    TIMEX3 marks it). Only when the second piece is a duration, so "Friday, January 4,
    2019" stays one date, and "November 11, three days later" too: the apposition names
    one day twice, and the whole is read on its first date. When only the second piece has a
    value, the first is a description of that day ("the preceding Saturday, August 17"):
    TIMEX3 marks both, and the first takes the second's value (``time_expressions``)."""
    match = _COMMA.match(mention.text)
    if match is None or is_anaphoric(match["second"]):
        return []
    second = normalise_time(match["second"], anchor, None)
    if second is None:
        return []
    if second.value.startswith("P"):
        return _pieces(mention, match, text, anchor)
    if (DAY_VALUE.match(second.value) and not has_value(match["first"], anchor)
            and DAY_WORDS.search(match["first"])):
        # 'the preceding Saturday, August 17': the date names the words before it
        return _pieces(mention, match, text, anchor, first_named_after=True)
    return []


_COUNT_THEN_DATE = re.compile(
    r"^(?P<first>(?:\S+ ){1,2}(?:minutes?|hours?|days?|nights?|weeks?|months?|years?))\s+"
    r"(?P<second>(?:(?:earlier|later) )?(?:last|this|next) \w+|yesterday|today|tomorrow)$",
    re.IGNORECASE)


def _count_then_date(mention: Mention, text: str, anchor: dt.date | None) -> list[Mention]:
    """'heard the case over two days last week' -> 'two days' (a duration) and 'last week'
    (the date), as TIMEX3 marks them; the model ran them into one span with no value."""
    match = _COUNT_THEN_DATE.match(mention.text)
    if match is None or not _is_date(match["second"], anchor):
        return []
    first = normalise_time(match["first"], anchor, None)
    return _pieces(mention, match, text, anchor) if first and first.value[:1] == "P" else []


_PERIOD_THEN_END = re.compile(
    r"^(?P<first>(?:the )?(?:\S+ )?(?:quarter|months|weeks|period)),?\s+(?:(?:which|that) )?"
    r"end(?:ed|ing|s)\s+(?:on\s+)?(?P<second>.+)$", re.IGNORECASE)


def _period_then_end(mention: Mention, text: str, anchor: dt.date | None) -> list[Mention]:
    """'the three months ended Aug. 31' -> 'the three months' and 'Aug. 31', as TIMEX3 marks
    them, when the whole names no period on the calendar (a fiscal quarter closing on no
    calendar quarter's last day): the day it ended is then the one date the text gives."""
    match = _PERIOD_THEN_END.match(mention.text)
    if match is None or has_value(mention.text, anchor):
        return []
    return _pieces(mention, match, text, anchor)


_PERIOD_WORD_AFTER = re.compile(r"\s+(?:quarter|period)\b", re.IGNORECASE)


def _range_pieces(mention: Mention, text: str, anchor: dt.date | None) -> list[Mention]:
    """'between 2014 and 2016' -> '2014', '2016' (both must have values); but 'July-September'
    before the 'period' or 'quarter' the model left out is one quarter, joined to that word."""
    match = _RANGE.match(mention.text)
    if match is None or is_anaphoric(mention.text):
        return []  # 'the year-earlier quarter' is one period, read on the one named before
    period = _PERIOD_WORD_AFTER.match(text, mention.end)
    if (period is not None and mention.text == text[mention.start:mention.end]
            and has_value(text[mention.start:period.end()], anchor)):
        return [time_piece(mention, mention.start, period.end(), text)]
    return _pieces(mention, match, text, anchor)


def _pieces(mention: Mention, match: re.Match[str], text: str, anchor: dt.date | None,
            first_named_after: bool = False) -> list[Mention]:
    """The groups 'first' and 'second' of ``match`` as mentions (both must have values or
    be read on the date before them, the first on the date after it when
    ``first_named_after``)."""
    if mention.text != text[mention.start:mention.end]:
        return []
    pieces = [(mention.start + match.start(g), mention.start + match.end(g))
              for g in ("first", "second")]
    checked = pieces[1:] if first_named_after else pieces
    if not all(has_value(text[a:b], anchor) or is_anaphoric(text[a:b]) for a, b in checked):
        return []
    return [time_piece(mention, a, b, text) for a, b in pieces]


def _range_end(mention: Mention, text: str, anchor: dt.date | None) -> list[Mention]:
    """'from 2009 to 2011' where the model tagged only '2009': the '2011' too."""
    if not _RANGE_START.search(text[max(0, mention.start - 12):mention.start]):
        return []
    match = _RANGE_END.match(text[mention.end:mention.end + 40])
    if match is None or not has_value(match.group("second"), anchor):
        return []
    start = mention.end + match.start("second")
    return [time_piece(mention, start, mention.end + match.end("second"), text)]


def _lost_lines(template: Mention | None, tenses: Sequence[TenseSpan], text: str,
                anchor: dt.date | None) -> list[Mention]:
    """Lines of a model span across lines that no mention kept ('June 8, 2010\\n\\nYesterday'),
    as pieces of ``template`` (the first body time kept)."""
    found = []
    for start, end, _tense, _words in tenses:
        if template is None or "\n" not in text[start:end]:
            continue
        for line in re.finditer(r"[^\n]+", text[start:end]):
            words = line.group().strip(" ,;:")
            if not words or not has_value(words, anchor):
                continue
            first = start + line.start() + line.group().index(words)
            piece = time_piece(template, first, first + len(words), text)
            found.append(replace(piece, label="DATE"))
    return found


def _merged(mentions: list[Timed], new: list[Timed]) -> list[Timed]:
    """``new`` body mentions placed among ``mentions`` in text order (one pass)."""
    pending = sorted(new, key=lambda pair: pair[0].start)
    merged: list[Timed] = []
    waiting = 0
    for pair in mentions:
        mention = pair[0]
        while (waiting < len(pending) and mention.field == "text"
               and mention.start > pending[waiting][0].start):
            merged.append(pending[waiting])
            waiting += 1
        merged.append(pair)
    merged.extend(pending[waiting:])
    return merged
