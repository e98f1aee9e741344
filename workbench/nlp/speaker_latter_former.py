"""Canonical speakers for "the latter" and "the former", and for a pair ("the two men").

Why: news names two people and then credits one of them by order ("Harris questioned
the witness, Mary Collins. "...," the latter said"). The phrase stays the speaker text;
its entity is the second (latter) or first (former) of the two people named just
before it — in its own sentence before it and the sentence before that — counting each
person once and none named inside a quotation (a speaker is not whom words name). With
more or fewer than two people there, which two is not plain, and the quote keeps the
phrase with no canonical speaker rather than a wrong name.

A plural description of two ("the two men", "both ministers", "the pair") speaks for
the two people the nearest sentence naming people names, when it names exactly two
("the commerce secretary, Gary Locke, and the interior secretary, Ken Salazar, agreed"):
the canonical speaker is "Gary Locke and Ken Salazar". Sentences naming one person are
passed over (within three sentences back); one naming three or more ends the search.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from workbench.core.span_union import SpanUnion

if TYPE_CHECKING:
    from workbench.core.models import Mention
    from workbench.nlp.pronoun_fit import SentenceIndex

_ORDER = re.compile(r"the\s+(latter|former)", re.IGNORECASE)
PAIR_PHRASE = r"(?:the\s+(?:two|pair)|both)(?:\s+([a-z]+))?"
"""A plural description of two: "the two men", "both ministers", "the pair"."""
_PAIR_PHRASE = re.compile(PAIR_PHRASE, re.IGNORECASE)
#: Plural nouns for people a pair phrase may end with: "the two companies" or "both
#: sides" stand for no two people named before them.
_PAIR_NOUNS = frozenset(
    "men women people leaders ministers secretaries officials presidents senators lawyers "
    "brothers sisters friends partners candidates executives founders officers players "
    "judges scientists researchers doctors politicians lawmakers mayors governors "
    "chairmen sons daughters parents spokesmen spokeswomen".split()
)
#: Sentences before its own a pair phrase looks back for its two people.
_PAIR_SENTENCES = 3
#: The two people an order word chooses between.
_PAIR = 2


def named_by_order(
    phrase: str,
    start: int,
    mentions: Sequence[Mention],
    sentences: SentenceIndex,
    quoted: SpanUnion,
) -> tuple[str, bool] | None:
    """The entity a speaker phrase (the whole ``phrase``, at ``start``; ``mentions``
    sorted by start) names by order, and whether it is one person: "the latter" / "the
    former" the second / first of the two people named in its sentence and the one
    before; "the two men", "both ministers", "the pair" "A and B" of the nearest sentence
    before it that names two (only a noun for people makes a pair). Else None."""
    here = sentences.index(start)
    order = _ORDER.fullmatch(phrase.strip())
    if order is not None:
        people = _people_between(sentences.starts[max(0, here - 1)], start, mentions, quoted)
        if len(people) != _PAIR:
            return None
        return (people[1] if order.group(1).lower() == "latter" else people[0]), True
    pair = _PAIR_PHRASE.fullmatch(phrase.strip())
    if pair is None or (pair.group(1) and pair.group(1).lower() not in _PAIR_NOUNS):
        return None
    named = _pair_before(start, here, mentions, sentences, quoted)
    return (named, False) if named is not None else None


def _pair_before(start: int, here: int, mentions: Sequence[Mention],
                 sentences: SentenceIndex, quoted: SpanUnion) -> str | None:
    """ "A and B" of the nearest sentence (this one up to ``start``, then back up to
    ``_PAIR_SENTENCES``) naming exactly two people; a sentence naming more ends it."""
    for back in range(_PAIR_SENTENCES + 1):
        if here - back < 0:
            break
        begin = sentences.starts[here - back]
        end = start if back == 0 else sentences.starts[here - back + 1]
        people = _people_between(begin, end, mentions, quoted)
        if len(people) == _PAIR:
            return f"{people[0]} and {people[1]}"
        if len(people) > _PAIR:
            return None
    return None


def _people_between(
    begin: int, end: int, mentions: Sequence[Mention], quoted: SpanUnion
) -> list[str]:
    """The distinct person entities named from ``begin`` to ``end``, outside quotations,
    in reading order."""
    people: list[str] = []
    first = bisect.bisect_left(mentions, begin, key=lambda m: m.start)
    for mention in mentions[first:]:
        if mention.start >= end:
            break
        if mention.label != "PERSON" or not mention.entity or quoted.covers(mention.start):
            continue
        if mention.entity not in people:
            people.append(mention.entity)
    return people
