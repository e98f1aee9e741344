"""Where to cut a long text into pieces for analysis, so that little is split.

Why one rule for both chunkings: a long document is parsed in pieces in
memory (``pipeline.split_into_chunks``) and a huge one in recorded chunks
(``chunks.plan_chunks``); a cut through an entity or a quote costs the same
in both. A cut falls at a paragraph break whose text before it closes every
quotation it opened (so a quote running over several paragraphs stays in one
piece), else any paragraph break in the back half of the window, else a line
break, a sentence end, whitespace, and only for a run without any space on
the limit itself.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
#: The longest run without whitespace a piece handed to the parser may hold. spaCy's
#: tokenizer splits a run of emoji or symbols one character at a time, searching the rest
#: of the run each time: 1,000 emoji cost 0.11 s, 4,000 cost 1.8 s, 100,000 over three
#: minutes. No word of prose is this long; a pasted run of emoji or a data blob is.
LONGEST_RUN = 500
_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")
_WHITESPACE = re.compile(r"\s+")
_OPENING = ("“", "«")
_CLOSING = ("”", "»")


def cut_positions(text: str, limit: int) -> list[tuple[int, int]]:
    """Consecutive (start, end) spans of at most ``limit`` characters covering ``text``."""
    limit = max(limit, 2)
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        cut = best_cut(text, start, start + limit)
        spans.append((start, cut))
        start = cut
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def best_cut(text: str, start: int, end: int) -> int:
    """A cut in (start, end]: a quote-closed paragraph break, else the next best boundary."""
    window = text[start:end]
    floor = len(window) // 2
    breaks = _breaks_after(window, "\n\n", floor)
    closed = quote_closed_breaks(window, breaks)
    if closed:
        return start + closed[-1]
    if breaks:
        return start + breaks[-1]
    lines = _breaks_after(window, "\n", floor)
    if lines:
        return start + lines[-1]
    for pattern in (_SENTENCE_END, _WHITESPACE):
        last = None
        for match in pattern.finditer(window, floor):
            last = match.end()
        if last is not None:
            return start + last
    return end


def _breaks_after(window: str, separator: str, floor: int) -> list[int]:
    """Positions just after each ``separator`` that begins at or after ``floor``."""
    positions = []
    found = window.find(separator, floor)
    while found != -1:
        positions.append(found + len(separator))
        found = window.find(separator, found + len(separator))
    return positions


def quote_closed_breaks(window: str, breaks: list[int]) -> list[int]:
    """The breaks whose text before them closes every quotation it opened.

    Every opening mark (curly or guillemet) closed and straight marks paired:
    a quotation running over paragraphs opens each paragraph and closes only
    at its end, so its paragraphs leave more openings than closings.

    The quote marks are counted once over the window, segment by segment
    between breaks (running sums), not again from the window's start for
    every candidate break: that made a cut cost grow with the square of the
    paragraphs in the window.
    """
    closed_at: list[int] = []
    opened = closed = straight = 0
    previous = 0
    for position in breaks:
        segment = window[previous:position]
        opened += sum(segment.count(mark) for mark in _OPENING)
        closed += sum(segment.count(mark) for mark in _CLOSING)
        straight += segment.count('"')
        previous = position
        if opened <= closed and straight % 2 == 0:
            closed_at.append(position)
    return closed_at


def without_long_runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` cut further so that no piece holds more than ``LONGEST_RUN`` characters
    without whitespace: a long run starts a piece of its own and is cut every
    ``LONGEST_RUN`` characters (see ``LONGEST_RUN`` for why)."""
    pieces: list[tuple[int, int]] = []
    for start, end in spans:
        while (run := _LONG_RUN.search(text, start, end)) is not None:
            cut = run.start() if run.start() > start else start + LONGEST_RUN
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
    return pieces
