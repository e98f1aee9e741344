"""Whole words found with ``str.find`` give the spans their per-name patterns gave."""

from __future__ import annotations

import random
import re

from workbench.core.whole_words import whole_word_spans, written_words_spans

_PIECES = ["Lee", "Ann", "Ann Lee", "Lee_", "xLee", "Lee2", "Le", "e", " ", "  ", "\u00a0",
           "\n", ",", "-", "'", "é", "Lée", "ALee", "Lee Lee", "Ann\u00a0\u00a0Lee", "."]


def _by_pattern(words: tuple[str, ...], text: str, begin: int, end: int) -> list[tuple[int, int]]:
    joined = r"\s+".join(map(re.escape, words))
    return [m.span() for m in re.compile(rf"(?<!\w){joined}(?!\w)").finditer(text, begin, end)]


def test_the_spans_are_the_per_name_pattern_s() -> None:
    rng = random.Random(7)
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 9)))
        begin = rng.randint(0, len(text))
        end = rng.randint(begin, len(text))
        for words in (("Lee",), ("Ann", "Lee"), ("Lee", "Lee"), ("e",), ("A.",), ("Ann", "A")):
            assert written_words_spans(words, text, begin, end) == _by_pattern(
                words, text, begin, end), (words, text, begin, end)
        assert whole_word_spans("Lee", text) == _by_pattern(("Lee",), text, 0, len(text))


def test_a_pattern_is_still_used_for_words_it_could_not_find_alone() -> None:
    assert written_words_spans(("Ann", " Lee"), "Ann  Lee") == [(0, 8)]
    assert written_words_spans((), "a b") == _by_pattern((), "a b", 0, 3)


def test_a_negative_end_finds_nothing_as_the_pattern_does() -> None:
    """Review of stop 55: a negative ``end`` is no slice index; ``finditer`` reads it as 0."""
    text = "Jo\n(é\u00a0Ⅻ\u00a0Jones²"
    assert written_words_spans(("Jones",), text, -1, -1) == []
    assert whole_word_spans("Jones", text, 0, -3) == []
