"""Canonical speakers for definite descriptions: "the board", "the 34-year-old".

Why: news names a speaker once and then describes it. "The Toronto District School Board
said ... "...," the board said" and "John Smith, 34, was charged ... "...," the
34-year-old said" keep the phrase as speaker text (what an analyst underlines), but the
canonical speaker — the entity the quote links to — is the one described. Two general
rules, both looking back only:

* a definite description whose head noun is the last word of an organisation's name
  named earlier ("the board" -> "Toronto District School Board", "the union" ->
  "Nova Scotia Nurses' Union") is the nearest such organisation;
* "the N-year-old" is the nearest person written with that age ("John Smith, 34," or
  "34-year-old John Smith").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from workbench.core.models import Mention

_DEFINITE = re.compile(r"(?:the|The)[ \u00a0]+([a-z]+)")
_AGED = re.compile(r"(?:the|The)[ \u00a0]+(\d{1,3})-year-old")
#: Organisation labels a description may stand for.
_GROUP_LABELS = frozenset(("ORG",))
#: How far back (in characters) a description looks for what it describes.
MAX_DESCRIPTION_DISTANCE = 4000
#: Most mentions looked at (a window of 4,000 characters rarely holds more than 200).
_WINDOW_MENTIONS = 400
_AGE_AFTER = r",[ \u00a0]*{age}\b"
_BEFORE_CHARS = 40
_AGE_BEFORE = r"\b{age}-year-old[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$"


def described_entity(
    phrase: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The mention of what ``phrase`` (a speaker text at ``start``) describes, or None.

    ``mentions`` are the document's mentions sorted by start; only those before
    ``start`` and within :data:`MAX_DESCRIPTION_DISTANCE` count, nearest first.
    """
    phrase = phrase.strip()
    aged = _AGED.fullmatch(phrase)
    if aged is not None:
        return _person_of_age(aged.group(1), start, mentions, text)
    definite = _DEFINITE.fullmatch(phrase)
    if definite is not None:
        return _organisation_headed(definite.group(1), start, mentions)
    return None


def _earlier(start: int, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """Mentions ending before ``start`` within the distance, nearest first (walking back
    from ``start`` only, so a long document costs the window, not its length)."""
    index = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    for mention in reversed(mentions[max(0, index - _WINDOW_MENTIONS) : index]):
        if start - mention.end > MAX_DESCRIPTION_DISTANCE:
            return
        if mention.end <= start:
            yield mention


def _organisation_headed(head: str, start: int, mentions: Sequence[Mention]) -> Mention | None:
    for mention in _earlier(start, mentions):
        words = mention.text.split()
        if mention.label in _GROUP_LABELS and len(words) > 1 and words[-1].lower() == head:
            return mention
    return None


def _person_of_age(
    age: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    after = re.compile(_AGE_AFTER.format(age=age))
    before = re.compile(_AGE_BEFORE.format(age=age))
    for mention in _earlier(start, mentions):
        if mention.label != "PERSON":
            continue
        preceding = text[max(0, mention.start - _BEFORE_CHARS) : mention.start]
        if after.match(text, mention.end) or before.search(preceding):
            return mention
    return None
