"""An outlet's head word ends its name: a place that starts with one ("Sun Valley", "Post
Falls") is a signature's place, and an unknown lone "Word Head" line ("Good News") is a
subhead, not an outlet line (issue 15 review)."""

from __future__ import annotations

import pytest

from workbench.nlp.furniture import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "Jane Smith, Sun Valley",
        "Mary Jones, Star City",
        "\u2014 Mary Jones, Post Falls",
        "Times Square",
        "Good News",
        "Tom Reed, Times Beach",
        "Morning Star",
    ],
)
def test_places_and_subheads_with_outlet_words_are_no_byline(line: str) -> None:
    assert not is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Global News",
        "Toronto Star",
        "National Post",
        "CBC News",
        "The Star",
        "Jane Smith, Toronto Star",
        "Global News Toronto",
    ],
)
def test_outlets_ending_in_their_head_word_stay_furniture(line: str) -> None:
    assert is_furniture_line(line)
