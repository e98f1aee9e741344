"""Time expressions the model does not tag, found in the text itself.

Why a module of its own: ``time_detection`` decides how the model's spans are cut and
joined; these are words and forms the model leaves out altogether ('now', 'soon',
'Q3 2008', '0100 UTC', 'today' where a sentence starts, holidays, 'for years'), each
kept only when the normaliser gives it a value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from workbench.core.models import Mention
from workbench.core.time_anaphora import is_anaphoric
from workbench.core.time_durations import UNKNOWN_LENGTH
from workbench.core.time_holidays import CAPITALISED_HOLIDAY, HOLIDAY_NAMES, written_holiday
from workbench.core.time_normalise import normalise_time
from workbench.core.time_spoken_clock import is_spoken_clock, spoken_clocks
from workbench.core.time_words import CAPITALISED_MONTH_NAME, MONTHS
from workbench.nlp.anchored_matches import foldable, matches_at, word_starts
from workbench.nlp.sentence_starts import at_sentence_start


def has_value(words: str, anchor: dt.date | None) -> bool:
    """Whether the normaliser reads ``words`` as a time: detection keeps only what it can
    give a value (shared with ``time_detection``, which cuts the model's spans)."""
    return normalise_time(words, anchor, None) is not None


def _scan(pattern: re.Pattern[str], text: str,
          look: re.Pattern[str] | tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in ``text``, the same ones in the same order, once a first look
    finds what every match holds (a word of ``look``, or a match of it).

    Why: each pattern tries its words at every word of the text, and most texts hold none
    of what it needs ("twice a year", "three days after"); the first look is a literal
    search or a pattern with a fixed start, a tenth of the cost or less."""
    held = (any(part in text for part in look) if isinstance(look, tuple)
            else look.search(text) is not None)
    return pattern.finditer(text) if held else iter(())


_COUNTED = (r"(?:\w+ )?(?:\w+ )?(?:minutes?|hours?|days?|nights?|weeks?|weekends?|months?"
            r"|quarters?|years?|decades?|centur(?:y|ies)|seasons?|sessions?|terms?)"
            r"|few|several|couple|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty")
"""What may follow 'in the past' when it starts a duration ('in the past two years', 'in the
past few days'): then it is no past reference of its own."""
_TIME_WORDS = re.compile(
    r"\b(?:(?:more |most |very |only |until )?recently|currently|nowadays|lately|at present"
    r"|now(?! that\b)(?!-)|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|Q[1-4](?: (?:19|20)\d{2})?"
    r"|(?:[01]\d|2[0-3])[0-5]\d (?:UTC|GMT)|FY ?(?:(?:19|20)\d{2}|\d{2})"
    r"|\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\b\.?(?: local time)?| local time| (?:UTC|GMT))"
    r"|(?:this|that|(?:early|late) (?:in the|at)) (?:morning|afternoon|evening|night)"
    r"|the (?:next|following|previous) (?:morning|afternoon|evening|night|day)"
    r"|the same (?:day|week|month|year)|(?:earlier|later) that (?:day|week|month|year)"
    r"|in the past(?!-| (?:" + _COUNTED + r")\b)"
    r"|an? (?:later|future) (?:date|time|stage)"
    r"|(?:(?<=\bin )|(?<=\bfor )|(?<=\binto ))the (?:(?:near|distant|foreseeable|immediate) )?"
    r"future(?! of\b)"
    r"|(?-i:" + CAPITALISED_MONTH_NAME + r") (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    r"(?:, (?:19|20)\d{2})?\b(?!,? ?\d)"
    r")\b(?![/-])",
    re.IGNORECASE,
)


_TIME_WORD_STARTS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("ently", (-3, -4, -8, -9)),  # (more |most |very |only |until )?recently, currently
    ("now", (0,)), ("q", (0,)), ("fy", (0,)), ("at present", (0,)), ("in the past", (0,)),
    ("this ", (0,)), ("that ", (0,)), ("earl", (0,)),  # early, earlier
    ("late", (0, -2, -3)),  # late, lately, later that, a later, an later
    ("the next ", (0,)), ("the following ", (0,)), ("the previous ", (0,)),
    ("the same ", (0,)),
    ("future", (-2, -3, -4, -9, -12, -14, -16)),  # a, an, the (near|distant|immediate|...)
)
"""Where each word alternative of ``_TIME_WORDS`` can start: a lower-case string each of
its matches holds and how far before that string the match may start (a few shared
strings, as each search of the text costs about as much as a search for all of them)."""
_MONTH_STARTS = re.compile("|".join(sorted({name.capitalize()[:3] for name in MONTHS})))
"""What a capitalised month name (``_TIME_WORDS``' case-sensitive alternative) starts with:
one pattern, as their capitals are rare in a text (the search skips to them)."""
_DIGIT_RUNS = re.compile(r"\d+")


def time_word_matches(text: str) -> list[re.Match[str]]:
    """``_TIME_WORDS``' matches in ``text``, the same ones ``finditer`` finds, in order.

    Why: the pattern tries its twenty alternatives at every word of the text (0.4 ms an
    article, the costliest pattern of the layers), and its words are rare. So it is tried
    only where a match can start (``anchored_matches``): where the lower-cased text holds
    one of ``_TIME_WORD_STARTS``, a month name's first three letters or a run of digits."""
    if not foldable(text):
        return list(_TIME_WORDS.finditer(text))
    starts = word_starts(text.lower(), _TIME_WORD_STARTS)
    starts.update(m.start() for m in _DIGIT_RUNS.finditer(text))
    starts.update(m.start() for m in _MONTH_STARTS.finditer(text))
    return matches_at(_TIME_WORDS, text, starts)


_SOON = re.compile(r"(?<!\bas )\b(?:(?P<capital>S)|s)oon\b(?!-)"
                   r"(?! (?:as|after|before|afterwards?|enough)\b)")
"""'soon' (TIMEX3 FUTURE_REF), not the conjunction 'as soon as' nor 'soon after the vote',
where it only orders two events, nor 'soon-to-be' (a compound adjective); 'Soon' only where
a sentence starts, as a name ('Soon-Yi', 'Lee Soon Kyu') is written capitalised too."""
_SOON_LOOK = ("soon", "Soon")
_BARE_UNITS = re.compile(r"\b(?i:for|within|in|over|after|took|takes|take) (?P<unit>(?:hours|days"
                         r"|weeks|months|years|decades))\b(?! (?:ago|later|earlier)\b)")
"""'for years', 'within days', 'the lowest in decades': a duration of unknown length (PXY),
the unit alone as TimeML marks it; the preposition is a signal, not part of the extent."""
_BARE_UNITS_LOOK = re.compile(r" (?:hours|days|weeks|months|years|decades)\b")
_PREPOSITION_LENGTHS = frozenset(map(len, ("for", "within", "in", "over", "after", "took",
                                           "takes", "take")))
"""How far before its unit a ``_BARE_UNITS`` match starts: its preposition's length (an
ignore-case letter is one character in any case)."""


def _bare_units(text: str) -> list[re.Match[str]]:
    """``_BARE_UNITS``' matches, the ones ``finditer`` finds, tried only where one can
    start: a preposition's length before each unit the text writes (``anchored_matches``;
    "years", "days" are common in news, so the whole pattern was tried at every word)."""
    starts = {unit.start() - length for unit in _BARE_UNITS_LOOK.finditer(text)
              for length in _PREPOSITION_LENGTHS if unit.start() >= length}
    return matches_at(_BARE_UNITS, text, starts)


_UNKNOWN_LENGTH = re.compile(r"\b" + UNKNOWN_LENGTH + r"\b", re.IGNORECASE)
"""'on leave for an indefinite period of time': a duration the model leaves out (PXD)."""
_UNKNOWN_LENGTH_LOOK = re.compile(r" of time\b", re.IGNORECASE)


_HOW_OFTEN = re.compile(r"\b(?i:once|twice|thrice|(?:two|three|four|five|six|several|many|\d+)"
                       r" times) (?:a|an|per|each) (?:minute|hour|day|night|week|month|quarter"
                       r"|year)\b")
"""'twice a year', 'three times a week': a set (TIMEX3 SET, 'P1Y'), which the model leaves
out; '$5 a day' stays out (no count of times)."""
_HOW_OFTEN_LOOK = re.compile(r" (?:a|an|per|each) (?:minute|hour|day|night|week|month|quarter"
                             r"|year)\b")


_SPAN_BEFORE_EVENT = re.compile(
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve"
    r"|\d{1,3}) (?:minutes|hours|days|weeks|months|years|decades)(?= (?:after|before) )")
"""A counted span measured from an event ("Three years after it was due", "two days
before the vote"), a duration TimeML marks; the model misses it most where a paragraph
opens with it."""
_SPAN_BEFORE_EVENT_LOOK = re.compile(r"(?:minutes|hours|days|weeks|months|years|decades)"
                                     r" (?:after|before) ")
_EARLIER = re.compile(r"\b[Ee]arlier\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|that|today|said)\b)")
"""'earlier' standing alone ("he said earlier that", "Earlier, on June 24"), a past
reference TimeML marks (PAST_REF); not 'earlier airliners' (an adjective before its noun)
nor 'earlier than' (a comparison)."""
_EARLIER_LOOK = ("arlier",)
_UNIT_BEFORE = re.compile(r"\b(?:\w+ )?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?"
                          r"|moments?)\s*$")


def _standalone_earlier(text: str) -> list[tuple[int, int]]:
    """'earlier' unless a unit comes just before it: 'two days earlier' is one expression
    (the model's), not a count followed by a reference."""
    return [(m.start(), m.end()) for m in _scan(_EARLIER, text, _EARLIER_LOOK)
            if not _UNIT_BEFORE.search(text[max(0, m.start() - 30):m.start()])]


def _vague_words(text: str, anchor: dt.date | None) -> list[Mention]:
    """'soon', 'earlier', bare units after a preposition ('for years') and how often
    ('twice a year'), which the model leaves out."""
    spans = [(m.start(), m.end()) for m in _scan(_SOON, text, _SOON_LOOK)
             if not m.group("capital") or at_sentence_start(text, m.start())]
    spans += [(m.start(), m.end()) for m in _scan(_HOW_OFTEN, text, _HOW_OFTEN_LOOK)]
    spans += _standalone_earlier(text)
    spans += [(m.start("unit"), m.end("unit")) for m in _bare_units(text)]
    spans += [(m.start(), m.end()) for m in _scan(_UNKNOWN_LENGTH, text, _UNKNOWN_LENGTH_LOOK)]
    return [Mention(a, b, text[a:b], "DATE", text[a:b]) for a, b in spans
            if has_value(text[a:b], anchor)]


_CLOCK_WORDS = re.compile(r"\d:\d|\d\d (?:UTC|GMT)", re.IGNORECASE)


Span = tuple[int, int]


_HOLIDAY_OPENINGS = tuple((word, (0,)) for word in sorted(
    {written_holiday(name).split()[0] for name in HOLIDAY_NAMES}))
"""The word each holiday's name opens with as a text writes it ("Christmas", "New",
"St."): where a ``CAPITALISED_HOLIDAY`` match can start (``anchored_matches``; the
pattern tries its seventy-odd names at every word, 0.18 ms an article)."""


def dated_holidays(text: str, anchor: dt.date | None) -> list[Span]:
    """Where the text names a holiday the normaliser can date ("Easter", "Labor Day").

    Found once per text: detection adds the untagged ones and frees the ones the model
    tagged as (or inside) a name."""
    starts = word_starts(text, _HOLIDAY_OPENINGS)
    return [(m.start(), m.end()) for m in matches_at(CAPITALISED_HOLIDAY, text, starts)
            if has_value(m.group(), anchor)]


def unmarked_time_words(text: str, anchor: dt.date | None,
                        holidays: list[Span] | None = None) -> list[Mention]:
    """Time expressions the model does not tag: holidays ('Easter', 'New Year's Day'), 'now',
    'soon', 'for years', 'currently', 'recently', 'in the past', 'earlier', 'a later date',
    'the future' after 'in' or 'for' (not 'the future of the firm')
    (TIMEX3 dates with the values PRESENT_REF, PAST_REF and FUTURE_REF), numeric dates
    such as 7/8/07, quarters written 'Q3' or 'Q3 2008', fiscal years written 'FY2009',
    clock times ('0100 UTC', '4:00 A.M. local time'), 'the same day', 'later that day',
    'that evening', 'three years' before 'after' or 'before',
    'the next morning' (read on the day named before them), and a calendar date the model
    left out ('on the night of April 2').

    Why add them: TimeML counts them as dates and an analyst asking "what is current"
    needs them; they carry no calendar date, so they never crowd the timeline's axis
    (a timeline lists a sentence only for a date it can place). ``holidays``: the text's
    ``dated_holidays`` when the caller has them already.
    """
    if holidays is None:
        holidays = dated_holidays(text, anchor)
    found = _day_words(text, anchor) + _vague_words(text, anchor) + [
        Mention(start, end, text[start:end], "DATE", text[start:end]) for start, end in holidays]
    found += [Mention(m.start(), m.end(), m.group(), "TIME", m.group())
              for m in spoken_clocks(text)
              if is_spoken_clock(m) and has_value(m.group(), anchor)]
    found += [Mention(m.start(), m.end(), m.group(), "DATE", m.group())
              for m in _scan(_SPAN_BEFORE_EVENT, text, _SPAN_BEFORE_EVENT_LOOK)
              if has_value(m.group(), anchor)]
    for match in time_word_matches(text):
        words = match.group()
        if is_anaphoric(words) or has_value(words, anchor) or has_value(words.split()[-1],
                                                                         anchor):
            label = "TIME" if _CLOCK_WORDS.search(words) else "DATE"
            found.append(Mention(match.start(), match.end(), words, label, words))
    return found


_DAY_WORDS = re.compile(r"\b(?:(?P<capital>T(?=oday|onight|omorrow)|Y(?=esterday))|[ty])"
                        r"(?:oday|onight|omorrow|esterday)\b(?!-)")
_DAY_WORDS_LOOK = ("oday", "onight", "omorrow", "esterday")


def _day_words(text: str, anchor: dt.date | None) -> list[Mention]:
    """'today', 'yesterday', 'tomorrow', 'tonight' the model left untagged ("Today, Navalny
    was arrested" at the head of a paragraph); capitalised only where a sentence starts, so
    a name such as "USA Today" or "the Today programme" stays a name."""
    found = []
    for match in _scan(_DAY_WORDS, text, _DAY_WORDS_LOOK):
        if match.group("capital") and not at_sentence_start(text, match.start()):
            continue
        if has_value(match.group(), anchor):
            found.append(Mention(match.start(), match.end(), match.group(), "DATE",
                                 match.group()))
    return found
