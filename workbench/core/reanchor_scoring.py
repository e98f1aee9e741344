"""Scores behind re-anchoring: how well a candidate place agrees with the old quote and context.

Split from ``reanchor`` so that the strategies (position, exact, fuzzy) read on
their own; everything here is a pure function of texts and offsets.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz.distance import OSA, Indel

from workbench.core.anchoring import CONTEXT_CHARS, TextSelector

# ... and for a short quote that is not alone in the texts (like "The",
# known only by its sentence) the rest of its own sentence must still agree
# this well on both sides.
SENTENCE_MIN = 0.7
# A quote found once in the old and once in the new text is the same passage
# without any context (a moved paragraph) when it is at least this long; so
# is a whole line (paragraph) of the old text found once in the new one.
DISTINCTIVE_LENGTH = 30
# Context inside the quote's own sentence and line outweighs the raw window:
# paragraphs move and sentences are inserted between, but rarely inside.
LOCAL_WEIGHT = 2.0
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?:\s+|$)|\n")
_WORD = re.compile(r"\w+|[^\w\s]")  # words, and every other visible character
_SPACES = re.compile(r" {2,}")
# A hyphen between letters, or a dash between spaces, is spacing to the word check:
# "ten-storey" is "ten storey", "gas leak" is "gas-leak". One before a digit is a
# sign or a range ("-5", "14-15") and stays a character of its own.
_SPACING_DASH = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])|(?<=\s)-+(?=\s)")
_LINE_BREAK = re.compile(r"\n")
_CLOSERS = "\"'\u201d\u2019)] "
_TYPOGRAPHY = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\t\r\x0b\x0c\u00a0\u2007\u202f\u2009\u200a\u2002\u2003", " "),
}
# For similarity a line break is just space; for finding copies it is not.
_FOLD = str.maketrans({**_TYPOGRAPHY, "\n": " "})


def fold(text: str) -> str:
    """Text with typographic variants unified, same length (offsets stay valid)."""
    return text.translate(_FOLD)


def _words_agree(old: str, new: str) -> bool:
    """Same words in the same order, each changed one a misspelling; numbers must not change.

    A misspelling is one edit (a transposition counts as one) in a word of
    three or more letters, two in a word of eight or more. Punctuation and
    emoji count as words of one character, so they may not change at all
    (quote marks and dashes were folded alike before), except a hyphen or dash
    that only joins or separates words: a space in its place is changed spacing.
    """
    old_words = _WORD.findall(_SPACING_DASH.sub(" ", old))
    new_words = _WORD.findall(_SPACING_DASH.sub(" ", new))
    if len(old_words) != len(new_words):
        return False
    for a, b in zip(old_words, new_words, strict=True):
        if a == b:
            continue
        allowed = 2 if min(len(a), len(b)) >= 8 else 1 if min(len(a), len(b)) >= 3 else 0
        if any(c.isdigit() for c in a + b) or OSA.distance(a, b) > allowed:
            return False
    return True


def _same_edges(old: TextSelector, text: str, start: int, end: int) -> bool:
    """A quote that began and ended at word boundaries must still do so (no half words)."""
    old_cut_start = bool(old.prefix) and old.prefix[-1].isalnum() and old.exact[0].isalnum()
    old_cut_end = bool(old.suffix) and old.exact[-1].isalnum() and old.suffix[0].isalnum()
    new_cut_start = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    new_cut_end = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return old_cut_start == new_cut_start and old_cut_end == new_cut_end


# -- shared helpers ---------------------------------------------------------


def _context_scores(old: TextSelector, text: str, start: int, end: int) -> tuple[float, float]:
    """How well the text around ``start``/``end`` agrees with the old prefix and suffix (0..1)."""
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    return _similarity(old.prefix, before), _similarity(old.suffix, after)


def _placement_score(old: TextSelector, text: str, start: int, end: int) -> float:
    """Context agreement for ranking places: the raw windows plus sentence and line (0..5)."""
    sides = _context_scores(old, text, start, end)
    return _mean(sides) + LOCAL_WEIGHT * _local_scores(old, text, start, end)


def _sentence_agrees(old: TextSelector, text: str, start: int, end: int) -> bool:
    """A short quote: the rest of its own sentence, both sides, still reads about the same.

    Callers waive this for a quote that is alone in both texts: "met Putin"
    stays itself when "secretly" is inserted before it; "The" does not.
    """
    if len(old.exact) >= DISTINCTIVE_LENGTH:
        return True
    return min(_bounded_scores(old, text, start, end, _SENTENCE_BREAK)) >= SENTENCE_MIN


def _local_scores(old: TextSelector, text: str, start: int, end: int) -> float:
    """Agreement of the context inside the quote's own sentence and own line (0..2).

    Why: when a sentence starting with the same word is inserted right
    before an annotated "The", one candidate keeps the prefix and the other
    the suffix; the one keeping the rest of its own sentence is right. And
    paragraphs move, so context across a line break is weaker evidence.
    """
    sentence = _bounded_scores(old, text, start, end, _SENTENCE_BREAK)
    line = _bounded_scores(old, text, start, end, _LINE_BREAK)
    return _mean(sentence) + _mean(line)


def _bounded_scores(
    old: TextSelector, text: str, start: int, end: int, breaks: re.Pattern[str]
) -> tuple[float, float]:
    """Prefix and suffix agreement, each window cut at the nearest break (sentence or line)."""
    before_old = _after_last(breaks, old.prefix)
    before_new = _after_last(breaks, text[max(0, start - CONTEXT_CHARS) : start])
    after_old = _before_first(breaks, old.suffix)
    after_new = _before_first(breaks, text[end : end + CONTEXT_CHARS])
    if breaks is _SENTENCE_BREAK and _ends_sentence(old.exact):
        after_old = after_new = ""
    return _similarity(before_old, before_new), _similarity(after_old, after_new)


def _after_last(breaks: re.Pattern[str], window: str) -> str:
    last = None
    for last in breaks.finditer(window):  # noqa: B007 - the last match is wanted
        pass
    return window[last.end() :] if last is not None else window


def _before_first(breaks: re.Pattern[str], window: str) -> str:
    match = breaks.search(window)
    return window[: match.start()] if match is not None else window


def _ends_sentence(quote: str) -> bool:
    return quote.endswith("\n") or quote.rstrip(_CLOSERS).endswith((".", "!", "?"))


def _similarity(old: str, new: str) -> float:
    """Indel similarity of two context windows, folded and with spacing collapsed.

    Two empty windows agree (both at a text, sentence or line edge).
    """
    old, new = _normal(old), _normal(new)
    if not old and not new:
        return 1.0
    return float(Indel.normalized_similarity(old, new))


@functools.lru_cache(maxsize=8192)
def _normal(window: str) -> str:
    """A context window folded with spacing collapsed (cached: windows recur across candidates)."""
    return _SPACES.sub(" ", fold(window))


def _mean(pair: tuple[float, float]) -> float:
    return (pair[0] + pair[1]) / 2


def _proximity(start: int, hint: int, length: int) -> float:
    """1 at the old position, falling to 0 a whole text away."""
    return 1.0 - min(1.0, abs(start - hint) / max(length, 1))


def _find_all(text: str, needle: str, limit: int) -> list[int]:
    """Start offsets of ``needle`` in ``text`` (overlapping), at most ``limit`` of them."""
    hits: list[int] = []
    index = text.find(needle)
    while index != -1 and len(hits) < limit:
        hits.append(index)
        index = text.find(needle, index + 1)
    return hits


def _count(text: str, needle: str, limit: int) -> int:
    return len(_find_all(text, needle, limit))
