"""Give DATE and TIME mentions their normalised value, reading each sentence's tense.

Why here and not in the core: the tense ("said Wednesday" vs "will meet
Wednesday") comes from spaCy's parse of the chunk, which only exists while the
chunk is parsed; the rules themselves (``workbench.core.time_normalise``) are
pure and get the tense as a word. Tenses are collected per chunk, values set
once the document's mentions are final.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import accumulate
from typing import TYPE_CHECKING

from workbench.core.models import Analysis, Mention
from workbench.core.time_anaphora import anaphoric_value, is_anaphoric, is_reference
from workbench.core.time_normalise import normalise_time
from workbench.core.time_values import PARTS_OF_DAY, Tense

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TIME_LABELS = frozenset({"DATE", "TIME"})
MAX_HEAD_STEPS = 6
TenseSpan = tuple[int, int, "Tense | None", str]
"""(start, end, tense, text) of one DATE/TIME entity as the model found it, in whole-text
offsets; the text is the model's span ("this year's"), before mention cleaning cut it
to a name-like span ("year")."""

_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})
_PLANNING_WORDS = frozenset({"schedule", "plan", "expect", "due", "set", "intend", "aim"})
_VERBAL = frozenset({"VERB", "AUX"})
_LEFT_OUT = frozenset({"this", "last", "next", "earlier", "later", "early", "late", "mid",
                       "noon", "midday", "midnight"})
_SAME_SENTENCE = re.compile(r"[^.!?;\n]{0,60}")
_NEXT_SENTENCE = re.compile(r"[^.!?;\n]{0,250}(?:[.!?]\s+[^.!?;\n]{0,250})?")
"""A clock time with no day of its own is on the day named last, in its sentence or the
one before ("Yesterday, ... were hit. ... the attacks occurred at 4:00 A.M.")."""
_PART_OF_DAY = re.compile(r"(?:the |that |in the )?(morning|afternoon|evening|night)", re.I)


def time_tenses(doc: Doc, offset: int = 0) -> list[TenseSpan]:
    """The tense of the clause governing each DATE/TIME entity of one parsed chunk."""
    return [
        (ent.start_char + offset, ent.end_char + offset, span_tense(ent), _with_determiner(ent))
        for ent in doc.ents
        if ent.label_ in TIME_LABELS
    ]


def _with_determiner(ent: Span) -> str:
    """The entity's text with a determiner the model left out: 'this year' for 'year'.

    Why: the model often tags only "year" in "this year's results"; without
    "this" the expression has no value.
    """
    start = ent.start
    while start > 0 and ent.doc[start - 1].lower_ in _LEFT_OUT and start > ent.start - 2:
        start -= 1
    return ent.doc[start : ent.end].text


def span_tense(span: Span) -> Tense | None:
    """Past, present or future from the verb the expression hangs on (None when verbless)."""
    verb = _governing_verb(span.root)
    return None if verb is None else verb_tense(verb)


def _governing_verb(token: Token) -> Token | None:
    for _ in range(MAX_HEAD_STEPS):
        if token.pos_ in _VERBAL:
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def verb_tense(verb: Token) -> Tense | None:
    """'will meet' -> future, 'met'/'has met'/'was met' -> past, 'meets' -> present.

    Why the auxiliaries first: "will" and "has" carry the tense of the clause;
    the main verb's own morph says "Pres"/"Past" only in simple tenses, and
    "is scheduled/expected to" reads as the future.
    """
    if verb.tag_ == "VB" and _is_infinitive_complement(verb) and verb.head is not verb:
        if verb.head.lemma_ in _PLANNING_WORDS:
            return "future"  # "is scheduled to open on Monday"
        return verb_tense(verb.head)  # "wanted to meet on Monday": the head's tense
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {child.lower_ for child in auxiliaries}
    if words & _FUTURE_AUXILIARIES or (verb.lemma_ in _PLANNING_WORDS and _has_to_clause(verb)):
        return "future"
    if any(child.tag_ == "VBD" for child in auxiliaries) or words & {"has", "have", "'ve"}:
        return "past"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not auxiliaries):
        return "past"
    if "would" in words:
        return "future"  # "would fund the government through September": not yet done
    if verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxiliaries):
        return "future" if _is_planned(verb) else "present"
    return None


def _is_planned(verb: Token) -> bool:
    """'is due Friday', 'is scheduled for Monday', 'are set to ...': a present tense that
    names what is still to come."""
    return verb.lemma_ in _PLANNING_WORDS or any(
        child.lemma_ in _PLANNING_WORDS and child.dep_ in ("acomp", "attr", "xcomp")
        for child in verb.children)


def _is_infinitive_complement(verb: Token) -> bool:
    """'expects to open', 'expects sales to recover' (the parser says xcomp or ccomp)."""
    return verb.dep_ == "xcomp" or (
        verb.dep_ == "ccomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children))


def _has_to_clause(verb: Token) -> bool:
    return any(child.dep_ == "xcomp" for child in verb.children)


def with_time_values(
    analysis: Analysis, tenses: Sequence[TenseSpan], anchor: dt.date | None, text: str = ""
) -> Analysis:
    """``analysis`` with every DATE/TIME mention's ``value`` set where one can be derived.

    A clock time that names no day ("at 18:00 UTC") right after a dated mention
    ("on Tuesday at 18:00 UTC") takes that mention's day, not the anchor's; an
    anaphoric one ("the previous day") is read on the last date named before it.
    """
    mentions: list[Mention] = []
    times: list[int] = []  # indices of the body's time mentions so far
    references = [anchor.isoformat()] if anchor else []
    for mention in with_split_time_spans(analysis.mentions, tenses, text, anchor):
        valued = _valued(mention, tenses, anchor, references)
        if valued.label in TIME_LABELS and valued.field == "text":
            before = mentions[times[-1]] if times else None
            valued = _on_day_of(before, valued, text, anchor)
            if before is not None and _is_part_of(before, valued, text):
                mentions[times[-1]] = replace(before, value=valued.value)
            elif before is not None and _is_clock_of(before, valued, text, anchor):
                for index in _clock_run(mentions, times, text, anchor):
                    clock = mentions[index]
                    moment = (valued.value or "")[:10] + (clock.value or "")[10:]
                    mentions[index] = replace(clock, value=moment)
            times.append(len(mentions))
            if is_reference(valued.value):
                references.append(valued.value)  # type: ignore[arg-type]
        mentions.append(valued)
    return replace(analysis, mentions=tuple(mentions))


def _is_part_of(day: Mention, part: Mention, text: str) -> bool:
    """'Saturday' + 'morning' split by the model: both mentions get 'Saturday morning'."""
    return (
        bool(_PART_OF_DAY.fullmatch(part.text))
        and not text[day.end:part.start].strip()
        and (part.value or "")[:10] == (day.value or "")
        and bool(day.value)
    )


_CLOCK_BEFORE_DAY = re.compile(r"\s*\)?\s*(?:,\s*)?(?:on|,)?\s*")
_CLOCK_BESIDE_CLOCK = re.compile(r"\s*\(\s*")


def _clock_run(mentions: Sequence[Mention], times: Sequence[int], text: str,
               anchor: dt.date | None) -> list[int]:
    """The clock times just before a day, last first: '15:30 local time (1430 UTC) on
    Tuesday' gives both clock times (each read on the anchor day until now)."""
    run = [times[-1]]
    for index in reversed(times[:-1]):
        clock, later = mentions[index], mentions[run[-1]]
        if not (anchor and (clock.value or "").startswith(anchor.isoformat() + "T")
                and _CLOCK_BESIDE_CLOCK.fullmatch(text[clock.end:later.start])):
            break
        run.append(index)
    return run


def _is_clock_of(clock: Mention, day: Mention, text: str, anchor: dt.date | None) -> bool:
    """'at 4 p.m. on Tuesday' split by the model: the clock time is Tuesday's, not the
    anchor day's (the clock alone was read on the anchor day)."""
    return (
        anchor is not None
        and (clock.value or "").startswith(anchor.isoformat() + "T")
        and len(day.value or "") == len("2000-01-01")
        and bool(_CLOCK_BEFORE_DAY.fullmatch(text[clock.end:day.start]))
    )


def _valued(mention: Mention, tenses: Sequence[TenseSpan], anchor: dt.date | None,
            references: Sequence[str] = ()) -> Mention:
    """The mention with its value: anaphoric expressions ("the previous day", "two years
    later") on the last date the text named (``references``), the others on ``anchor``."""
    if mention.label not in TIME_LABELS:
        return mention
    tense, expression = None, mention.text
    if mention.field == "text":
        tense, expression = _model_span_at(tenses, mention)
        for words in (expression, mention.text):
            if is_anaphoric(words):
                return replace(mention, value=anaphoric_value(words, references))
    if len(mention.text) > len(expression):  # the clean-up joined '1830' and 'UTC'
        expression = mention.text
    found = normalise_time(expression, anchor, tense) or normalise_time(mention.text, anchor,
                                                                         tense)
    return replace(mention, value=found.value if found else None)


def _model_span_at(tenses: Iterable[TenseSpan], mention: Mention) -> tuple[Tense | None, str]:
    """Tense and model text of the entity the mention came from (else its own text)."""
    for start, end, tense, text in tenses:
        if start < mention.end and mention.start < end:
            return tense, text
    return None, mention.text


def _on_day_of(previous: Mention | None, mention: Mention, text: str,
               anchor: dt.date | None) -> Mention:
    """Put a clock time or part of day on the day of the dated mention just before it.

    "on Tuesday in Everett at 18:00 UTC": the time is Tuesday's, not the anchor
    day's (also when the day was named in the sentence before); "Friday morning" split
    by the model into "Friday" + "morning".
    """
    day = (previous.value or "")[:10] if previous else ""
    if previous is None or anchor is None or len(day) != len("2000-01-01"):
        return mention
    between = text[previous.end:mention.start]
    value = mention.value or ""
    if value.startswith(anchor.isoformat() + "T") and _NEXT_SENTENCE.fullmatch(between):
        return replace(mention, value=day + value[10:])
    if not _SAME_SENTENCE.fullmatch(between):
        return mention
    part = _PART_OF_DAY.fullmatch(mention.text)
    if not value and part and text[previous.end:mention.start].strip() == "":
        return replace(mention, value=f"{day}T{PARTS_OF_DAY[part.group(1).lower()]}")
    return mention


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
    found: list[Mention] = []
    kept: list[Mention] = []
    for mention in (_with_zone(m, text) for m in mentions):
        pieces = _range_pieces(mention, text, anchor) if _is_body_time(mention) else []
        if pieces:
            found.extend(pieces)
            continue
        kept.append(mention)
        if _is_body_time(mention):
            found.extend(_range_end(mention, text, anchor))
    found.extend(_lost_lines(kept, tenses, text, anchor))
    times = _Spans(m for m in kept if _is_body_time(m))
    new = [m for m in found if not times.overlaps(m)]
    everything = _Spans(m for m in (*kept, *new) if m.field == "text")
    words = unmarked_time_words(text, anchor)
    kept = _without_parts_of(kept, [m for m in words if m.label == "TIME"])
    all_times = _Spans(m for m in (*kept, *new) if _is_body_time(m))
    clocks = [m for m in words if m.label == "TIME" and not all_times.overlaps(m)]
    new += clocks + [m for m in words if m.label != "TIME" and not everything.overlaps(m)]
    return _merged(kept, new)


def _without_parts_of(mentions: list[Mention], clocks: list[Mention]) -> list[Mention]:
    """Drop what the model tagged inside a clock time it did not see whole: '4:00' as a
    time, 'A.M.' as a place, 'UTC' as an organisation in '4:00 A.M. local time (0100 UTC)'.
    The whole clock time replaces them."""
    if not clocks:
        return mentions
    return [m for m in mentions if m.field != "text" or not any(
        clock.start <= m.start and m.end <= clock.end for clock in clocks)]


_ZONE_AFTER = re.compile(r"\s*\(\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?00)?\s*\)|\s+(?:GMT|UTC)"
                         r"\s*[+-]\s*\d{1,2}(?::?00)?\b")


def _with_zone(mention: Mention, text: str) -> Mention:
    """'6:40 p.m.' followed by '(GMT +8)' the model left out: the mention takes the offset,
    so its value can be written in UTC."""
    if mention.label != "TIME" or mention.field != "text":
        return mention
    zone = _ZONE_AFTER.match(text, mention.end)
    if zone is None:
        return mention
    surface = text[mention.start:zone.end()]
    return replace(mention, end=zone.end(), text=surface, entity=surface)


class _Spans:
    """Mention spans sorted by start, with the furthest end so far: overlap in O(log n).

    Why: a long document has tens of thousands of mentions and hundreds of found words.
    """

    def __init__(self, mentions: Iterable[Mention]) -> None:
        spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [start for start, _end in spans]
        self.reach = list(accumulate((end for _start, end in spans), max))

    def overlaps(self, mention: Mention) -> bool:
        before = bisect_left(self.starts, mention.end)  # spans starting before it ends
        return before > 0 and self.reach[before - 1] > mention.start


_TIME_WORDS = re.compile(
    r"\b(?:(?:more |most |very |only |until )?recently|currently|nowadays|lately|at present"
    r"|now(?! that\b)(?!-)|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|Q[1-4](?: (?:19|20)\d{2})?"
    r"|(?:[01]\d|2[0-3])[0-5]\d (?:UTC|GMT)"
    r"|\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\b\.?(?: local time)?| local time| (?:UTC|GMT))"
    r"|the same (?:day|week|month|year)|in the past(?= *[.,;:)]| and\b| or\b))\b(?![/-])",
    re.IGNORECASE,
)


_CLOCK_WORDS = re.compile(r"\d:\d|\d\d (?:UTC|GMT)", re.IGNORECASE)


def unmarked_time_words(text: str, anchor: dt.date | None) -> list[Mention]:
    """Time expressions the model does not tag: 'now', 'currently', 'recently', 'in the past'
    (TIMEX3 dates with the values PRESENT_REF and PAST_REF), numeric dates such as 7/8/07,
    quarters written 'Q3' or 'Q3 2008', clock times ('0100 UTC', '4:00 A.M. local time')
    and 'the same day' (read on the day named before it).

    Why add them: TimeML counts them as dates and an analyst asking "what is current"
    needs them; they carry no calendar date, so they never crowd the timeline's axis
    (a timeline lists a sentence only for a date it can place).
    """
    found = []
    for match in _TIME_WORDS.finditer(text):
        words = match.group()
        if is_anaphoric(words) or _has_value(words, anchor) or _has_value(words.split()[-1],
                                                                          anchor):
            label = "TIME" if _CLOCK_WORDS.search(words) else "DATE"
            found.append(Mention(match.start(), match.end(), words, label, words))
    return found


_RANGE = re.compile(r"^(?:(?:between|from)\s+)?(?P<first>.+?)\s*(?:\band\b|\bto\b|\bthrough\b"
                    r"|\buntil\b|[-–])\s*(?P<second>[^-–]+)$", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_END = re.compile(r"^\s*(?:and|to|through|until|[-–])\s+(?P<second>(?:[A-Z][a-z]+\.? )?"
                        r"(?:\d{1,2},? )?[12]\d{3})\b")


def _is_body_time(mention: Mention) -> bool:
    return mention.label in TIME_LABELS and mention.field == "text"


def _has_value(words: str, anchor: dt.date | None) -> bool:
    return normalise_time(words, anchor, None) is not None


def _piece(mention: Mention, start: int, end: int, text: str) -> Mention:
    surface = text[start:end]
    return replace(mention, start=start, end=end, text=surface, entity=surface, value=None)


def _range_pieces(mention: Mention, text: str, anchor: dt.date | None) -> list[Mention]:
    """'between 2014 and 2016' -> '2014', '2016' (both must have values)."""
    match = _RANGE.match(mention.text)
    if match is None or mention.text != text[mention.start:mention.end]:
        return []
    pieces = [(mention.start + match.start(g), mention.start + match.end(g))
              for g in ("first", "second")]
    if not all(_has_value(text[a:b], anchor) for a, b in pieces):
        return []
    return [_piece(mention, a, b, text) for a, b in pieces]


def _range_end(mention: Mention, text: str, anchor: dt.date | None) -> list[Mention]:
    """'from 2009 to 2011' where the model tagged only '2009': the '2011' too."""
    if not _RANGE_START.search(text[max(0, mention.start - 12):mention.start]):
        return []
    match = _RANGE_END.match(text[mention.end:mention.end + 40])
    if match is None or not _has_value(match.group("second"), anchor):
        return []
    start = mention.end + match.start("second")
    return [_piece(mention, start, mention.end + match.end("second"), text)]


def _lost_lines(mentions: Sequence[Mention], tenses: Sequence[TenseSpan], text: str,
                anchor: dt.date | None) -> list[Mention]:
    """Lines of a model span across lines that no mention kept ('June 8, 2010\\n\\nYesterday')."""
    template = next((m for m in mentions if _is_body_time(m)), None)
    found = []
    for start, end, _tense, _words in tenses:
        if template is None or "\n" not in text[start:end]:
            continue
        for line in re.finditer(r"[^\n]+", text[start:end]):
            words = line.group().strip(" ,;:")
            if not words or not _has_value(words, anchor):
                continue
            first = start + line.start() + line.group().index(words)
            found.append(replace(_piece(template, first, first + len(words), text), label="DATE"))
    return found


def _merged(mentions: list[Mention], new: list[Mention]) -> list[Mention]:
    """``new`` body mentions placed among ``mentions`` in text order (one pass)."""
    pending = sorted(new, key=lambda m: m.start)
    merged: list[Mention] = []
    waiting = 0
    for mention in mentions:
        while (waiting < len(pending) and mention.field == "text"
               and mention.start > pending[waiting].start):
            merged.append(pending[waiting])
            waiting += 1
        merged.append(mention)
    merged.extend(pending[waiting:])
    return merged
