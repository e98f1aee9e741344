"""Sentence spans and content-word stems, for matching claims across documents.

Why not spaCy: suggestions must rank thousands of documents in milliseconds,
and the parser is far too slow for that; a careful regex splitter is enough
to propose candidate sentences that the analyst then judges.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import snowballstemmer

_BOUNDARY = re.compile(r"([.!?][\"”’)\]]*)\s+(?=[\"“‘(\[]?[A-Z0-9])|()\n+")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr inc corp co ltd vs etc no "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e".split()
)
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    said says say told according would could may might must shall one two new also""".split()
)


@functools.cache
def _stemmer() -> snowballstemmer.stemmer:
    """Imported here, at the first stem: the extraction workers import this module for its
    stop words (through ``claim_terms``) and never stem, and the stemmer package's 39
    modules cost each process 12 ms (issue 15)."""
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(1) and _ends_with_abbreviation(text, match.start(1) + 1):
            continue
        end = match.end(1) if match.group(1) else match.start()
        _append_trimmed(text, start, end, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _ends_with_abbreviation(text: str, position: int) -> bool:
    """True when the period before ``position`` ends an abbreviation such as "Mr." or "U.S."."""
    head = text[max(0, position - 12) : position]
    if not head.endswith("."):
        return False
    word = head[:-1].rsplit(None, 1)[-1].lower() if head[:-1].split() else ""
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball (Porter2) stem of a word, lowercased, possessive removed (cached: words recur)."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return str(_stemmer().stemWord(word))
