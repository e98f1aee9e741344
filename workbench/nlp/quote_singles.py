"""Quotations in single marks: 'We will win,' she said (British and some wire styles).

Why apart from ``quote_marks``: a single mark is also the apostrophe ("the players'
union", "rock 'n' roll", "'90s"), so it is paired by stricter rules than a double one,
and a span found here only becomes a quote when its own sentence attributes it
(``quotes`` asks :data:`SINGLE_ATTRIBUTIONS`). North American outlets keep single marks
for quotes nested in double ones and for headlines; those are left to the double span
around them and to ``quote_page``.

Rules: the opening mark follows the start of a line, a space, a bracket, a dash or a
colon and is followed by a letter, never by an elision ("'n'", "'em", "'til"); the
closing mark follows a non-space and touches punctuation (`,'` / `.'` / `',` / `'.`),
so a possessive ("players' union") never closes a quote; the span stays on one line,
holds no double mark, has at least :data:`MIN_SINGLE_WORDS` words, lies outside every
double-quoted span and is not a line on its own (a crosshead).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from workbench.nlp.quote_marks import MarkedSpan

MIN_SINGLE_WORDS = 4
"""Shorter single-quoted bits are scare quotes or nicknames ('flood', 'Lyin' Ted')..."""
MIN_OPENING_WORDS = 2
"""... unless they open their sentence and end in their own comma or stop, the shape of a
short utterance ('It was terrifying,' said a neighbour; 'Absolutely not.'): a nickname
or scare quote sits inside a sentence and leaves its punctuation outside."""
#: What may precede a sentence-opening mark: the text's or a line's start, or a stop.
_SENTENCE_OPEN = re.compile(r"(?:^|\n|[.!?][\u2019\u201d\"')]*)[ \t\u00a0]*$")

#: How a single-quoted span must be attributed to count: a cue or speaker in its own
#: sentence, a colon introduction, a dash signature, or the quote before it ("continued").
SINGLE_ATTRIBUTIONS = frozenset({"syntax", "after", "before", "colon", "dash", "continued"})

_ELISION = r"(?![A-Za-z]{1,2}['\u2019](?:\W|$))(?!(?i:em|til|tis|twas)\b)"
"""After an opening mark: not an elision ("rock 'n' roll", "get 'em", "'til dawn")."""
_SINGLE = re.compile(
    r"(?:^|(?<=[\s(\[\u2014\u2013:]))[\u2018']" + _ELISION + r"(?=[^\W\d_])"
    r"(?P<inner>[^\n\"\u201c\u201d\u00ab\u00bb]{2,600}?)"
    r"(?:(?<=[.,!?])[\u2019']|(?<=\S)[\u2019'](?=[.,!?;:]))"
    r"(?=[\s.,;:!?)\]\u2014\u2013]|$)",
    re.MULTILINE,
)
_WORD = re.compile(r"[^\W_]+")


def find_single_spans(text: str, doubles: Sequence[MarkedSpan]) -> list[MarkedSpan]:
    """Single-quoted spans (marks included) outside the double-quoted ``doubles``."""
    if "'" not in text and "\u2018" not in text:
        return []
    found = []
    starts = [d.start for d in doubles]
    for match in _SINGLE.finditer(text):
        start, end = match.span()
        words = len(_WORD.findall(match.group("inner")))
        if words < MIN_SINGLE_WORDS and not (
            words >= MIN_OPENING_WORDS and _opens_utterance(text, start, end)
        ):
            continue
        if _inside_double(doubles, starts, start, end) or _fills_line(text, start, end):
            continue
        found.append(MarkedSpan(start, end, start, closed=True, single=True))
    return found


def _opens_utterance(text: str, start: int, end: int) -> bool:
    """True for a span that opens its sentence and ends in its own punctuation."""
    return text[end - 2] in ",.!?" and bool(_SENTENCE_OPEN.search(text[max(0, start - 8) : start]))


def _inside_double(doubles: Sequence[MarkedSpan], starts: list[int], start: int, end: int) -> bool:
    """True when ``start:end`` overlaps a double span. The doubles are in text order and
    never overlap, so only the last one opening before ``end`` can (a bisection, not a
    scan of every double for every single: a long text has thousands of each)."""
    i = bisect_left(starts, end) - 1
    return i >= 0 and doubles[i].end > start


def _fills_line(text: str, start: int, end: int) -> bool:
    """True for a single-quoted line on its own: a crosshead ('Coal Isn't the Villain.')
    between sections, set in single marks like a headline, not a statement. Only the
    blanks beside the span are read, never the whole line (which may be a megabyte)."""
    return _blank_to_line_edge(text, start - 1, -1) and _blank_to_line_edge(text, end, 1)


def _blank_to_line_edge(text: str, i: int, step: int) -> bool:
    """True when only spaces lie between ``i`` (walking by ``step``) and a line edge."""
    while 0 <= i < len(text) and text[i] in " \t\r\u00a0":
        i += step
    return not 0 <= i < len(text) or text[i] == "\n"


def with_single_spans(text: str, doubles: Sequence[MarkedSpan]) -> list[MarkedSpan]:
    """``doubles`` and the single-quoted spans outside them, in text order."""
    singles = find_single_spans(text, doubles)
    if not singles:
        return list(doubles)
    return sorted([*doubles, *singles], key=lambda span: span.start)
