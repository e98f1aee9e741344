"""One text's spans joined into sorted, disjoint ranges, asked in O(log n) whether a range
or an offset falls on them.

Why one class: page furniture (a mention inside a credit), the quotations a pronoun may sit
in and the time mentions a newly found time word would overlap each kept a copy of this
search; a long document asks it for tens of thousands of mentions.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from workbench.core.text import union_of_spans


class SpanUnion:
    """Half-open (start, end) spans, overlapping or touching ones joined, empty ones
    dropped (they cover no character)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = union_of_spans(s for s in spans if s[0] < s[1])
        self._starts = [start for start, _ in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        """Tell whether [start, end) shares a character with a span."""
        index = bisect.bisect_left(self._starts, end)  # the spans starting before it ends
        return index > 0 and self.spans[index - 1][1] > start

    def covers(self, offset: int) -> bool:
        """Tell whether the character at ``offset`` lies in a span."""
        return self.overlaps(offset, offset + 1)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __len__(self) -> int:
        return len(self.spans)
