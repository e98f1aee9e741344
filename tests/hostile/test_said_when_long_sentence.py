"""A megabyte-long sentence (a hostile or unpunctuated import) keeps the timeline's
"when said" rule linear: it read the whole sentence again for each word or date."""

from __future__ import annotations

import time

from workbench.core.said_when import dates_the_saying

WORDS = 100_000  # quadratic took ~40 s here; linear well under a second


def test_an_opening_date_before_a_long_sentence_is_read_once() -> None:
    text = "On Monday " + "blah " * WORDS + "the minister said the plan works."
    started = time.monotonic()
    assert dates_the_saying(text, (0, len(text)), (3, 9))
    assert time.monotonic() - started < 5


def test_many_dates_late_in_a_long_sentence_read_only_the_words_before_them() -> None:
    filler = "blah " * WORDS
    text = "He said " + filler + " ".join(["Monday"] * 2000) + "."
    first = len("He said ") + len(filler)
    dates = [(first + 7 * n, first + 7 * n + 6) for n in range(2000)]
    started = time.monotonic()
    found = [dates_the_saying(text, (0, len(text)), date) for date in dates]
    assert time.monotonic() - started < 5
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
