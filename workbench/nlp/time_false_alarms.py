"""Spans the model tags DATE or TIME that name no time: a storm's class ("a Category 5
hurricane"), an award ("Person of the Year"), a season that only describes the noun
after it ("its summer and winter habitats"), a year that opens a code ("2019-nCoV") and an
index level ("closed at 10,365.45");
and a figure the model ran into a time ("compared with 50 a week ago").

Why a module of its own: ``time_detection`` cuts and joins the model's spans; these are
whole spans to drop, each by the words around it, before any value is read. TimeML's
annotators mark none of them, and a timeline should not place a "2019" no sentence meant.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.core.time_normalise import normalise_time
from workbench.core.time_values import SEASONS
from workbench.core.time_words import CAPITALISED_MONTH_NAME

_CLASS_NUMBER = re.compile(r"(?:[Aa] |[Tt]he )?[A-Z][a-z]+ (?:\d{1,3}|[IVX]{1,4})")
"""'Category 5', 'Level 3', 'Phase II', 'Nikkei 225': a class, a step or a stock index named by
a capitalised word and its number; dropped only when the normaliser reads no time in it (so
"June 5" stays)."""
_MONTH_WORD = re.compile(r"(?:[Aa] |[Tt]he )?" + CAPITALISED_MONTH_NAME + " ")


def _names_a_month(words: str) -> bool:
    """'February 30': a month and a day, a date even when no calendar has it (it keeps no
    value), not a class like 'Category 5'."""
    return _MONTH_WORD.match(words) is not None


_AWARD_YEAR = re.compile(r"(?:[Tt]he )?(?:Year|Decade|Century)")
_AWARD_BEFORE = re.compile(rf"\b{CAPITAL}[\w'’-]*\s+of\s+(?:the\s+)?$")
"""'Person of the Year', 'Player of the Decade': a title (the unit capitalised after a
capitalised word and 'of the')."""
_SEASON_NAMES = "|".join(SEASONS)
_BARE_SEASON = re.compile(r"(?i:" + _SEASON_NAMES + r")")
_SEASON_TIME_WORDS = (r"(?:months?|weeks?|days?|season|holidays?|vacation|break|recess|term"
                      r"|session|solstice|equinox|time|of|and|or|but|in|on|at|to|for|from|with"
                      r"|by|as|than|when|while|after|before|until|since|this|that|is|was|are"
                      r"|were|will|would|has|had|have|came|comes|began|begins|ended|ends)")
_SEASON_MODIFIES = re.compile(r"(?:\s+(?:and|or)\s+(?i:" + _SEASON_NAMES + r"))?\s+(?!"
                              + _SEASON_TIME_WORDS + r"\b)[a-z]")
"""A bare season before a lower-case noun ('summer habitats', 'summer and winter habitats'):
a description of the noun, not a time (a time word or a function word may follow:
'summer months', 'summer and autumn', 'winter came')."""
_SEASON_TIME_BEFORE = re.compile(r"\b(?i:in|during|since|by|until|till|through|throughout|over"
                                 r"|before|after|from|last|next|this|every|each|early|late)\s+$")
"""'In winter temperatures drop', 'Since spring prices have doubled': after a preposition
or a time word a season is a time, whatever noun follows it."""


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_CODE_AFTER = re.compile(r"-[a-z]*[A-Z][A-Za-z]*\b")
"""'2019-nCoV': a year that opens a code or a name (a capital letter after the hyphen; not
'2020-21' nor 'the 2008-era rules')."""


_GROUPED_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?: (?:at|on|in|by|to|from|of))?")
"""'10,365.45': an index level or an amount written with thousands separators; no date or
clock time is written so (a year has no comma). The model may take the preposition after it
too ('closed at 10,365.45 at 4:00 p.m.' gives the TIME '10,365.45 at')."""


def is_false_alarm(mention: Mention, text: str, anchor: dt.date | None) -> bool:
    """Whether the model's DATE/TIME ``mention`` names no time (see the module docstring)."""
    words = mention.text
    if _GROUPED_FIGURE.fullmatch(words):
        return True
    if _YEAR.fullmatch(words):
        return bool(_CODE_AFTER.match(text, mention.end))
    if _CLASS_NUMBER.fullmatch(words):
        return not _names_a_month(words) and normalise_time(words, anchor) is None
    if _AWARD_YEAR.fullmatch(words):
        return bool(_AWARD_BEFORE.search(text, max(0, mention.start - 40), mention.start))
    if _BARE_SEASON.fullmatch(words):
        after_time_word = _SEASON_TIME_BEFORE.search(text, max(0, mention.start - 12),
                                                     mention.start)
        return not after_time_word and bool(_SEASON_MODIFIES.match(text, mention.end))
    return False


_LEADING_FIGURE = re.compile(r"^\$?\d[\d,.]*%?\s+(?=(?:a|an|one|\d+|two|three|four|five|six|seven"
                             r"|eight|nine|ten) \w+ (?:ago|earlier|later|before)$)",
                             re.IGNORECASE)
"""'compared with 50 a week ago': a price or a count the model ran into the time after it."""


def without_leading_figure(mention: Mention, text: str) -> Mention:
    """The mention without a figure the model put before an offset ('50 a week ago' ->
    'a week ago'), which else has no value; unchanged otherwise."""
    figure = _LEADING_FIGURE.match(mention.text)
    if figure is None or mention.text != text[mention.start:mention.end]:
        return mention
    start = mention.start + figure.end()
    surface = text[start:mention.end]
    return replace(mention, start=start, text=surface, entity=surface, value=None)
