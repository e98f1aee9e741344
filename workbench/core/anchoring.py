"""Text selectors for annotations (position, exact quote, prefix/suffix context).

Why three selectors (the Hypothesis way): when a document's text changes, the
position alone is not enough to find the passage again; the exact quote and
its context let re-anchoring place it, or refuse to guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.text import plural, whole_character_end

CONTEXT_CHARS = 32


@dataclass(frozen=True)
class TextSelector:
    """Where an annotation sits: code-point span, the exact text, and its surroundings."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class TextWindow:
    """A stretch of a document's text, where it starts, and how much of the text was read.

    Why: a span's selectors need only the span and ``CONTEXT_CHARS`` either side,
    so a highlight in a book-length document keeps that much, not the whole text.
    ``text_length`` is the whole text's length when the read reached its end, else
    how far it read, which is always past the window, so a span inside passes.
    """

    text: str
    offset: int
    text_length: int


def select_span(text: str, start: int, end: int) -> TextSelector:
    """Build the selectors for ``text[start:end]``; raise ValueError for an invalid span."""
    return select_window_span(TextWindow(text, 0, len(text)), start, end)


def select_window_span(window: TextWindow, start: int, end: int) -> TextSelector:
    """``select_span`` over a window that holds the span and its context (whole-text offsets)."""
    if not 0 <= start < end <= window.text_length:
        raise ValueError(f"span {start}-{end} is outside the text (length {window.text_length})")
    here, there = start - window.offset, end - window.offset
    if here < 0 or there > len(window.text):
        raise ValueError(f"span {start}-{end} is outside the window read for it")
    text = window.text
    return TextSelector(
        start=start,
        end=end,
        exact=text[here:there],
        prefix=text[max(0, here - CONTEXT_CHARS) : here],
        suffix=text[there : there + CONTEXT_CHARS],
    )


def find_exact(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Return the span of the ``occurrence``-th exact match of ``quote`` (1-based).

    Only a match of whole characters counts: "👍" inside "👍🏽", or a span opening
    on the skin tone, marked half a character, which the reader draws broken.
    Raises ValueError saying how many matches exist when there is no such one.
    """
    if not quote:
        raise ValueError("the quoted text is empty")
    positions: list[int] = []
    cut_only = False
    index = text.find(quote)
    while index != -1:
        if _whole_characters(text, index, index + len(quote)):
            positions.append(index)
        else:
            cut_only = True
        index = text.find(quote, index + 1)
    if not positions and cut_only:
        raise ValueError(f"{quote[:60]!r} is in the document only as part of a character (an"
                         " emoji with its skin tone or joined parts, a letter with its marks):"
                         " quote the whole character")
    if not positions:
        raise ValueError(f"text not found in the document: {quote[:60]!r}")
    if not 1 <= occurrence <= len(positions):
        occurs = plural(len(positions), "time")
        raise ValueError(f"the text occurs {occurs}; occurrence {occurrence} asked")
    return positions[occurrence - 1], positions[occurrence - 1] + len(quote)


def _whole_characters(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins and ends between characters as a reader sees them."""
    return whole_character_end(text, start) == start and whole_character_end(text, end) == end
