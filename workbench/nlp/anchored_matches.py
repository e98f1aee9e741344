"""A costly pattern's matches found by trying it only where a match can start.

Why: a pattern that opens with a long list of words ('recently', 'this morning', a share
bar's 'Facebook', 'Twitter' ...) is tried by ``re`` at every word of a text, and those
words are rare. The places where a match can start are found first with ``str.find`` (a
word each match starts with, or holds a known distance after its start, in the
lower-cased text), then the pattern is tried there alone, left to right, each search
resuming after the last match: the matches ``finditer`` finds, at a fraction of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

ODD_CASES = frozenset("\u0130\u0131\u017f\u212a")
"""The only characters besides ASCII letters that an ignore-case pattern takes for an
ASCII letter ('ı' for 'i', 'ſ' for 's', the Kelvin sign for 'k'); a text holding one is
scanned whole, as its lower-cased copy would not show every match's words."""

WordStarts = Sequence[tuple[str, Sequence[int]]]
"""Lower-case strings every match holds, each with how far before it a match may start."""


def foldable(text: str) -> bool:
    """Whether ``text``'s lower-cased copy shows every ignore-case match's words in place."""
    return text.isascii() or not any(odd in text for odd in ODD_CASES)


def word_starts(lower: str, table: WordStarts) -> set[int]:
    """Where a match may start: each string of ``table`` wherever ``lower`` holds it,
    shifted back by each of its distances."""
    starts: set[int] = set()
    for word, shifts in table:
        at = lower.find(word)
        while at != -1:
            starts.update(at + shift for shift in shifts)
            at = lower.find(word, at + 1)
    return starts


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)``'s matches, given every place one may start (``starts``, a
    superset; none may be empty): tried in order, skipping places inside the last match."""
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                found.append(match)
                end = match.end()
    return found
