"""end_before_spaces: the extraction rules' one way to step back over white space."""

from __future__ import annotations

import pytest

from workbench.core.text import end_before_spaces


@pytest.mark.parametrize(
    ("text", "end", "start", "expected"),
    [
        ("said Okafor", 5, 0, 4),
        ("a  \n\t b", 5, 0, 1),
        ("   ", 3, 0, 0),
        ("ab   cd", 5, 3, 3),
        ("ab", 0, 0, 0),
    ],
)
def test_end_before_spaces_is_rstrip_without_the_copy(
    text: str, end: int, start: int, expected: int
) -> None:
    assert end_before_spaces(text, end, start) == expected
    assert expected == start + len(text[start:end].rstrip())
