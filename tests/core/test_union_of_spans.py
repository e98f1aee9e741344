"""core.text.union_of_spans: the one union the reader's highlights, page furniture and the
quotations a pronoun may sit in are tested against (its test lived in tests/ui before)."""

from __future__ import annotations

import pytest

from workbench.core.text import union_of_spans


@pytest.mark.parametrize(
    ("spans", "union"),
    [
        ([(10, 20), (0, 5), (15, 30), (30, 31), (40, 41)], [(0, 5), (10, 31), (40, 41)]),
        ([], []),
        ([(0, 50), (10, 20), (30, 40)], [(0, 50)]),  # spans inside a longer one
        ([(5, 9), (5, 9), (5, 7)], [(5, 9)]),  # the same span twice, a shorter one inside
        ([(0, 3), (4, 6)], [(0, 3), (4, 6)]),  # a gap of one character stays a gap
        (iter([(2, 4), (0, 2)]), [(0, 4)]),  # any iterable, touching in reverse order
    ],
)
def test_union_joins_overlapping_touching_and_contained_spans(
    spans: list[tuple[int, int]], union: list[tuple[int, int]]
) -> None:
    assert union_of_spans(spans) == union
