"""A word, or a name's words, found written whole in a text, with no pattern per name.

Why: the speaker rules look for a speaker's surname or name in the text (what
``(?<!\\w)Name(?!\\w)`` finds); a pattern per name overflows ``re``'s cache of compiled
patterns (a few documents' names outnumber it), so nearly every such search compiled
its pattern again, about 600 compiles per 200 articles. ``str.find`` compiles nothing,
and these give the very spans those patterns' ``finditer`` gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Span = tuple[int, int]


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern: a letter, digit or number, or "_"."""
    return char.isalnum() or char == "_"


def whole_word_spans(word: str, text: str, begin: int = 0, end: int | None = None) -> list[Span]:
    """Where ``word`` is written whole in ``text[begin:end]``: the spans of
    ``re.compile(rf"(?<!\\w){re.escape(word)}(?!\\w)").finditer(text, begin, end)`` (the
    character before ``begin`` is read, none after ``end``)."""
    return written_words_spans((word,), text, begin, end)


def written_words_spans(words: Sequence[str], text: str, begin: int = 0,
                        end: int | None = None) -> list[Span]:
    """Where ``words`` are written whole one after another, whitespace between them: the
    spans ``(?<!\\w)`` + the escaped words joined by ``\\s+`` + ``(?!\\w)`` finds with
    ``finditer(text, begin, end)``, left to right and not overlapping."""
    if not words or not all(word and not word[0].isspace() for word in words):
        joined = r"\s+".join(map(re.escape, words))
        pattern = re.compile(rf"(?<!\w){joined}(?!\w)")
        return [m.span() for m in pattern.finditer(text, begin, len(text) if end is None else end)]
    begin = max(0, begin)
    end = len(text) if end is None else min(max(0, end), len(text))  # as finditer reads it
    spans: list[Span] = []
    first = words[0]
    at = text.find(first, begin, end)
    while at != -1:
        stop = -1 if at and _is_word_char(text[at - 1]) else _rest_end(words, text, at, end)
        if stop == -1:
            at = text.find(first, at + 1, end)
        else:
            spans.append((at, stop))
            at = text.find(first, stop, end)
    return spans


def _rest_end(words: Sequence[str], text: str, at: int, end: int) -> int:
    """Where the words written from ``at`` end, or -1: each after the whitespace that
    follows the one before, the last not followed by a word character."""
    position = at + len(words[0])
    for word in words[1:]:
        gap = position
        while gap < end and text[gap].isspace():
            gap += 1
        if gap == position or not text.startswith(word, gap, end):
            return -1
        position = gap + len(word)
    if position < end and _is_word_char(text[position]):
        return -1
    return position
