"""A megabyte-long sentence (a hostile or unpunctuated import) keeps the timeline's
"when said" rule linear: it read the whole sentence again for each word or date.

What is counted is the text the rule's word pattern reads, not seconds (speed targets live
in the benchmarks): a quadratic reading reads the sentence once per date."""

from __future__ import annotations

import re

import pytest

from workbench.core import said_when
from workbench.core.said_when import dates_the_saying

WORDS = 100_000  # quadratic took ~40 s here; linear well under a second


class _CountingWords:
    """The rule's word pattern, counting the characters each search reads."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def finditer(self, text: str, start: int, end: int):  # noqa: ANN201 - re's iterator
        self.read += end - start
        return self.pattern.finditer(text, start, end)


@pytest.fixture
def words(monkeypatch: pytest.MonkeyPatch) -> _CountingWords:
    counting = _CountingWords(said_when._WORD)  # noqa: SLF001 - the pattern under test
    monkeypatch.setattr(said_when, "_WORD", counting)
    return counting


def test_an_opening_date_before_a_long_sentence_is_read_once(words: _CountingWords) -> None:
    text = "On Monday " + "blah " * WORDS + "the minister said the plan works."
    assert dates_the_saying(text, (0, len(text)), (3, 9))
    assert words.read <= 2 * len(text)


def test_many_dates_late_in_a_long_sentence_read_only_the_words_before_them(
        words: _CountingWords) -> None:
    filler = "blah " * WORDS
    text = "He said " + filler + " ".join(["Monday"] * 2000) + "."
    first = len("He said ") + len(filler)
    dates = [(first + 7 * n, first + 7 * n + 6) for n in range(2000)]
    found = [dates_the_saying(text, (0, len(text)), date) for date in dates]
    assert words.read < 10 * len(text)  # once per date would be 2,000 times
    assert not any(found)  # far from "said": content words stand between


def test_the_window_still_reaches_a_verb_far_behind_few_words() -> None:
    """A window that doubles until it holds enough words: a verb behind a long run of
    non-words (digits, symbols) is still read as the date's verb."""
    text = "He said on " + "— " * 5000 + "Monday."
    start = text.index("Monday")
    assert dates_the_saying(text, (0, len(text)), (start, start + 6))


def test_a_second_comma_after_the_opening_date_still_ends_it() -> None:
    text = "In 2015, the rules changed, he said."
    assert not dates_the_saying(text, (0, len(text)), (3, 7))
    text = "On Monday, the minister said the plan works."
    assert dates_the_saying(text, (0, len(text)), (3, 9))
