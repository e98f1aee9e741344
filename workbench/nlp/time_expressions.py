"""Give DATE and TIME mentions their normalised value, reading each sentence's tense.

Why here and not in the core: the tense ("said Wednesday" vs "will meet
Wednesday") comes from spaCy's parse of the chunk, which only exists while the
chunk is parsed; the rules themselves (``workbench.core.time_normalise``) are
pure and get the tense as a word. Tenses are collected per chunk, values set
once the document's mentions are final (``time_detection`` first decides where
those mentions are).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.core.models import Analysis, Mention
from workbench.core.time_anaphora import anaphoric_value, is_anaphoric, is_reference
from workbench.core.time_normalise import normalise_time
from workbench.core.time_values import DAY_VALUE, PARTS_OF_DAY, Tense
from workbench.nlp.time_context import (
    CLOSE_IN_SENTENCE,
    DAY_OR_PART,
    anaphor_in_named_year,
    in_apposition,
    in_named_year,
    in_the_evening,
    in_year_before,
    indefinite_day,
    names_again,
    offset_named_again,
    part_before_day,
    range_start_in_year,
    run_end,
)
from workbench.nlp.time_detection import JOINER, TenseSpan, with_split_time_spans
from workbench.nlp.time_joins import TIME_LABELS
from workbench.nlp.time_reporting import (
    a_year_before_period,
    delivery_month,
    fiscal_year_by_its_end,
    is_period_of_a_report,
    period_closed_by,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MAX_HEAD_STEPS = 6

_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})
_PLANNING_WORDS = frozenset({"schedule", "plan", "expect", "due", "set", "intend", "aim",
                             "forecast", "project", "predict", "anticipate"})
_VERBAL = frozenset({"VERB", "AUX"})
_NONFINITE_DEPS = frozenset({"pcomp", "xcomp", "advcl"})
"""A gerund with no auxiliary of its own ('on adding', 'before leaving') has the time of the
clause it hangs in."""
_MOVING_VERBS = frozenset({"postpone", "reschedule", "delay", "defer", "move", "push",
                           "extend", "adjourn", "put"})
_MOVED_TO = frozenset({"to", "until", "till", "for"})
_LEFT_OUT = frozenset({"this", "last", "next", "earlier", "later", "early", "late", "mid",
                       "noon", "midday", "midnight"})
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
    """Past, present or future from the verb the expression hangs on (None when verbless).

    Two words decide before the verb does: 'since' points back whatever the clause's
    tense ("its worst day since November"), and a date a meeting was moved to is still
    ahead even when the moving is told in the past ("was rescheduled to June 2"). 'As of'
    with a present verb is a status up to a time gone by ("As of Sunday evening, all four
    are stable"); with a future one it stays ahead ("As of Monday, the rule will apply").
    """
    preposition = span.doc[span.start - 1] if span.start > 0 else None
    if preposition is not None and preposition.lower_ == "since":
        return "past"
    if is_period_of_a_report(span):
        return None  # read nearest: 'figures for the third quarter will be released ...'
    verb = _governing_verb(span.root)
    tense = verb_tense(verb) if verb is not None else None
    if _after_as_of(span) and tense in (None, "present"):
        return "past"
    if verb is None:
        return None
    if (preposition is not None and preposition.lower_ in _MOVED_TO
            and verb.lemma_.lower() in _MOVING_VERBS):
        return "future"
    return tense


def _after_as_of(span: Span) -> bool:
    return span.start > 1 and [t.lower_ for t in span.doc[span.start - 2:span.start]] == [
        "as", "of"]


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
            # "is scheduled to open on Monday"; "was expected to pass on Wednesday" was
            # ahead of the expecting, not of the article (core: 'reported-future')
            return "reported-future" if _told_in_the_past(verb.head) else "future"
        return verb_tense(verb.head)  # "wanted to meet on Monday": the head's tense
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG" and not auxiliaries and verb.dep_ in _NONFINITE_DEPS:
        head = _governing_verb(verb.head) if verb.head is not verb else None
        return verb_tense(head) if head is not None else None  # 'vote on adding ... on Friday'
    if verb.tag_ == "VB" and verb.dep_ == "conj" and not auxiliaries and verb.head is not verb:
        return verb_tense(verb.head)  # "will travel on Friday and return on Monday": shared 'will'
    words = {child.lower_ for child in auxiliaries}
    if words & _FUTURE_AUXILIARIES or (verb.lemma_ in _PLANNING_WORDS and _has_to_clause(verb)):
        return "future"
    if any(child.tag_ == "VBD" for child in auxiliaries) or words & {"has", "have", "'ve"}:
        return "past"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not auxiliaries):
        return "past"
    if "would" in words:
        # "would fund the government through September": not yet done; but "predicted
        # that it would pass on Wednesday" is ahead of the predicting only
        reported = verb.dep_ == "ccomp" and verb.head is not verb
        return "reported-future" if reported and _told_in_the_past(verb.head) else "future"
    if verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxiliaries):
        return "future" if _is_planned(verb) else "present"
    return None


def _told_in_the_past(verb: Token) -> bool:
    """'predicted', 'was expected', 'had planned': a verb whose own time is past."""
    return verb.tag_ == "VBD" or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ == "VBD" for child in verb.children)


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
        valued = _valued(mention, tenses, anchor, references, text)
        if valued.label in TIME_LABELS and valued.field == "text":
            before = mentions[times[-1]] if times else None
            tense = _model_span_at(tenses, valued)[0]
            earlier = [mentions[index] for index in times[-4:]]
            valued = run_end(before, in_named_year(valued, earlier, text, anchor, tense), text)
            valued = in_year_before(indefinite_day(valued, text, tense), before, text)
            valued = _on_day_of(before, in_apposition(before, valued, text), text, anchor)
            valued = in_the_evening(before, valued, text)
            valued = a_year_before_period(delivery_month(valued, text, anchor), earlier, text)
            valued = fiscal_year_by_its_end(valued, text)
            closed = period_closed_by(before, valued, text)
            if closed is not None:
                mentions[times[-1]] = closed
            if before is not None and (names_again(before, valued, text)
                                       or offset_named_again(before, valued, text)):
                mentions[times[-1]] = replace(before, value=valued.value)
            dated_start = range_start_in_year(before, valued, text)
            if dated_start is not None:
                mentions[times[-1]] = dated_start
            part = part_before_day(before, valued, text)
            if part is not None:
                mentions[times[-1]] = part
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
    return replace(analysis, mentions=tuple(_with_article(m, text) for m in mentions))


_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))[Tt]he $")
_TAKES_ARTICLE = re.compile(r"[a-z]|(?:1[0-9]|20)?\d0'?s$|'\d0s$")


def _with_article(mention: Mention, text: str) -> Mention:
    """The time expression with the 'the' the entity clean-up cut off ("the fourth quarter",
    "the past decade", "the 1990s"): TimeML's extent includes it. Only before a lower-case
    word or a decade, so 'the' stays out of "the 2008 Olympics" (where '2008' is the date)."""
    if (mention.field != "text" or mention.label not in TIME_LABELS or not text
            or mention.text != text[mention.start:mention.end]
            or not _TAKES_ARTICLE.match(mention.text)
            or not _ARTICLE_BEFORE.search(text, max(0, mention.start - 5), mention.start)):
        return mention
    start = mention.start - 4
    return replace(mention, start=start, text=text[start:mention.end])


def _is_part_of(day: Mention, part: Mention, text: str) -> bool:
    """'Saturday' + 'morning' split by the model: both mentions get 'Saturday morning'."""
    return (
        bool(_PART_OF_DAY.fullmatch(part.text))
        and not text[day.end:part.start].strip()
        and (part.value or "")[:10] == (day.value or "")
        and bool(day.value)
    )


_CLOCK_BEFORE_DAY = re.compile(r"\s*\)?\s*(?:,\s*)?(?:on|,)?\s*")
_CLOCK_RIGHT_BEFORE_DAY = re.compile(r"\s*\)?\s*(?:on\s+)?")
"""A clock some day before it already took: only its own day right after moves it again
(after the bracket it was written in: '(0100 UTC) on Sunday')."""
_CLOCK_BESIDE_CLOCK = re.compile(r"\s*\(\s*")


def _clock_run(mentions: Sequence[Mention], times: Sequence[int], text: str,
               anchor: dt.date | None) -> list[int]:
    """The clock times just before a day, last first: '15:30 local time (1430 UTC) on
    Tuesday' gives both clock times (each read on the anchor day until now, or on the day a
    sentence before named: '2am local time (0100 UTC) on Sunday' after 'As of Monday, ...')."""
    run = [times[-1]]
    for index in reversed(times[:-1]):
        clock, later = mentions[index], mentions[run[-1]]
        day = (clock.value or "")[:11]
        if not (anchor and day.endswith("T") and day == (later.value or "")[:11]
                and _CLOCK_BESIDE_CLOCK.fullmatch(text[clock.end:later.start])):
            break
        run.append(index)
    return run


def _is_clock_of(clock: Mention, day: Mention, text: str, anchor: dt.date | None) -> bool:
    """'at 4 p.m. on Tuesday' split by the model: the clock time is Tuesday's, not the
    anchor day's (the clock alone is read on the anchor day), also when a day named before
    it took the clock first ('11 p.m. EDT on Sunday (0300 UTC Monday morning)')."""
    if anchor is None:
        return False
    alone = normalise_time(clock.text, anchor)
    moved = not (clock.value or "").startswith(anchor.isoformat() + "T")
    between = (_CLOCK_RIGHT_BEFORE_DAY if moved else _CLOCK_BEFORE_DAY).fullmatch(
        text[clock.end:day.start])
    return (alone is not None and alone.value.startswith(anchor.isoformat() + "T")
            and bool(DAY_OR_PART.fullmatch(day.value or "")) and bool(between))


def _valued(mention: Mention, tenses: Sequence[TenseSpan], anchor: dt.date | None,
            references: Sequence[str] = (), text: str = "") -> Mention:
    """The mention with its value: anaphoric expressions ("the previous day", "two years
    later") on the last date the text named (``references``) unless a year named right
    after them in ``text`` says otherwise, the others on ``anchor``."""
    if mention.label not in TIME_LABELS:
        return mention
    tense, expression = None, mention.text
    if mention.field == "text":
        tense, expression = _model_span_at(tenses, mention)
        if len(mention.text) > len(expression):
            # words joined to the model's span ('the day' + 'after Thanksgiving' by detection,
            # '1830' + 'UTC' by the clean-up): the model's words alone are not the expression
            expression = mention.text
        if _PERIOD_ADJECTIVE.fullmatch(mention.text):
            tense = None  # 'will report third-quarter results': the verb's time, not the quarter's
        for words in (expression, mention.text):
            if is_anaphoric(words):
                on_last_date = replace(mention, value=anaphoric_value(words, references))
                return anaphor_in_named_year(on_last_date, text)
    if _is_piece_of(mention.text, expression):
        expression = mention.text
    found = normalise_time(expression, anchor, tense) or normalise_time(mention.text, anchor,
                                                                         tense)
    return replace(mention, value=found.value if found else None)


_PERIOD_ADJECTIVE = re.compile(r"(?:first|second|third|fourth|1st|2nd|3rd|4th)-(?:quarter|half)",
                               re.IGNORECASE)
"""'third-quarter profit': a period named as the subject of a report, read nearest (the
one just ended or under way), whatever the tense of the reporting."""
_JOINED_BEFORE = re.compile(r"(?:[,\n–-]|\b" + JOINER + r")\s*$")
_JOINED_AFTER = re.compile(r"^\s*(?:[,\n–-]|" + JOINER + r"\b)")


def _is_piece_of(words: str, expression: str) -> bool:
    """Whether ``words`` is one date of the model's ``expression`` that detection took
    apart ('2016' of "between 2014 and 2016", 'two days' of "June 17, two days", a line of
    a span run over a date line), so it is read alone; a mention the clean-up only cut
    ('year' of "this year's") is read on the model's words. Read from the texts, not told by
    detection: the entity clean-up cuts pieces too (the longest line of a span run over a
    line break), before detection sees the mention."""
    at = expression.find(words)
    if at < 0 or len(words) == len(expression):
        return False
    return bool(_JOINED_BEFORE.search(expression[:at])
                or _JOINED_AFTER.match(expression[at + len(words):]))


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
    if previous is None or anchor is None or not DAY_VALUE.fullmatch(day):
        return mention  # also a week's value ('1989-W43-WE'), whose first ten signs are no day
    between = text[previous.end:mention.start]
    value = mention.value or ""
    if value.startswith(anchor.isoformat() + "T") and _NEXT_SENTENCE.fullmatch(between):
        return replace(mention, value=day + value[10:])
    if not CLOSE_IN_SENTENCE.fullmatch(between):
        return mention
    part = _PART_OF_DAY.fullmatch(mention.text)
    if not value and part and text[previous.end:mention.start].strip() == "":
        return replace(mention, value=f"{day}T{PARTS_OF_DAY[part.group(1).lower()]}")
    return mention
