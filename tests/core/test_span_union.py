"""core.span_union.SpanUnion: the one overlap search page furniture, the quotations a pronoun
may sit in and the found time words ask (three copies before), checked against a plain scan."""

from __future__ import annotations

import random

import pytest

from workbench.core.span_union import SpanUnion


def _scan_overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans if s < e)


def test_joined_spans_and_overlaps() -> None:
    spans = SpanUnion([(10, 20), (15, 25), (40, 50)])
    assert spans.spans == [(10, 25), (40, 50)]
    assert spans.overlaps(24, 30) and spans.overlaps(0, 11) and spans.overlaps(45, 46)
    assert not spans.overlaps(25, 40) and not spans.overlaps(0, 10)


@pytest.mark.parametrize(("offset", "covered"), [(9, False), (10, True), (24, True), (25, False),
                                                 (39, False), (40, True), (49, True), (50, False)])
def test_covers_an_offset_inside_a_span(offset: int, covered: bool) -> None:
    assert SpanUnion([(10, 20), (15, 25), (40, 50)]).covers(offset) is covered


def test_empty_spans_cover_nothing() -> None:
    spans = SpanUnion([(5, 5), (8, 8)])
    assert not spans and len(spans) == 0
    assert not spans.overlaps(0, 10) and not spans.covers(5)


def test_agrees_with_a_scan_of_every_span() -> None:
    chosen = random.Random(26)
    for _ in range(200):
        raw = [(a, a + chosen.randrange(0, 8)) for a in
               (chosen.randrange(0, 60) for _ in range(chosen.randrange(0, 9)))]
        spans = SpanUnion(raw)
        for start in range(0, 70):
            for end in range(start + 1, start + 9):
                assert spans.overlaps(start, end) is _scan_overlaps(raw, start, end), (raw, start)
            assert spans.covers(start) is _scan_overlaps(raw, start, start + 1)
