"""Canonical speakers for "the agency": the public agency the passage named.

Why: news names a government agency once in full and then calls it "the agency" whatever
its name's head word is: "The National Aeronautics and Space Administration (NASA)
launched the probe ... "…," the agency said", and so for a Food and Drug
Administration, a Federal Bureau of Investigation, a Centers for Disease Control.
``speaker_descriptions`` links a description only to a name ending in its own noun
("the agency" to "... Protection Agency"), so such a phrase kept no entity. Here "the
agency" (also "the space agency", "the federal agency") is the nearest organisation
before it in its passage whose name holds a word of an agency's name.

Not a news agency: when the passage writes "news agency" or the organisation is one the
words were told to ("told the AFP news agency"), it is left open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.mentions_before import mentions_before

#: Head words of a public agency's name.
AGENCY_WORDS = frozenset(
    "administration agency authority bureau centers centres center centre commission "
    "institute institutes office service survey".split()
)
#: "the agency", "the space agency", "the US federal agency": up to two modifiers.
_AGENCY = re.compile(r"(?:the|The)[ \u00a0]+(?:[\w.-]+[ \u00a0]+){0,2}?agency")
#: The passage a description looks back on (about two paragraphs).
MAX_AGENCY_DISTANCE = 1500
_WINDOW_MENTIONS = 200
_NEWS_AGENCY = re.compile(r"\bnews[ \u00a0]+agency\b", re.IGNORECASE)
_SPOKEN_TO = re.compile(r"(?:\btold|\bto)[ \u00a0]+(?:the[ \u00a0]+)?$")


def described_agency(
    phrase: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The mention of the agency ``phrase`` (a speaker text at ``start``) stands for, or
    None when it is no "the agency" or the passage names none (or a news agency)."""
    if _AGENCY.fullmatch(phrase.strip()) is None:
        return None
    if _NEWS_AGENCY.search(text, max(0, start - MAX_AGENCY_DISTANCE), start):
        return None
    for mention in mentions_before(
        mentions, start, within=MAX_AGENCY_DISTANCE, window=_WINDOW_MENTIONS
    ):
        if mention.label != "ORG":
            continue
        if _SPOKEN_TO.search(text, max(0, mention.start - 20), mention.start):
            continue
        words = {w.lower().strip(".,'\u2019()") for w in mention.text.split()}
        if words & AGENCY_WORDS:
            return mention
    return None
