"""``literal_spans`` finds what the escaped-regex search it replaced found."""

from __future__ import annotations

import re

import pytest

from workbench.core.text import literal_spans

CASES = [
    ("Smith", "Smith said. Later Smith and smith left; Smithson came."),
    ("aa", "aaaaa"),  # non-overlapping, left to right
    ("U.S.", "The U.S. and U.S.S.R. said U-S"),
    ("Zelenskyy (", "Zelenskyy (Ukraine) and Zelenskyy ("),
    ("\u00e9t\u00e9", "L'\u00e9t\u00e9 \u00c9t\u00e9 \u00e9t\u00e9s"),
    ("x", ""),
    ("", "abc"),
]


@pytest.mark.parametrize(("word", "text"), CASES)
def test_same_spans_as_the_escaped_regex(word: str, text: str) -> None:
    expected = [match.span() for match in re.finditer(re.escape(word), text)]
    assert literal_spans(word, text) == expected
