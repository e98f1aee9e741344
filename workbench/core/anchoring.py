"""Text selectors for annotations (position, exact quote, prefix/suffix context).

Why three selectors (the Hypothesis way): when a document's text changes, the
position alone is not enough to find the passage again; the exact quote and
its context let re-anchoring place it, or refuse to guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.text import plural

CONTEXT_CHARS = 32


@dataclass(frozen=True)
class TextSelector:
    """Where an annotation sits: code-point span, the exact text, and its surroundings."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


def select_span(text: str, start: int, end: int) -> TextSelector:
    """Build the selectors for ``text[start:end]``; raise ValueError for an invalid span."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}-{end} is outside the text (length {len(text)})")
    return TextSelector(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def find_exact(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Return the span of the ``occurrence``-th exact match of ``quote`` (1-based).

    Raises ValueError saying how many matches exist when there is no such one.
    """
    if not quote:
        raise ValueError("the quoted text is empty")
    positions: list[int] = []
    index = text.find(quote)
    while index != -1:
        positions.append(index)
        index = text.find(quote, index + 1)
    if not positions:
        raise ValueError(f"text not found in the document: {quote[:60]!r}")
    if not 1 <= occurrence <= len(positions):
        occurs = plural(len(positions), "time")
        raise ValueError(f"the text occurs {occurs}; occurrence {occurrence} asked")
    return positions[occurrence - 1], positions[occurrence - 1] + len(quote)
