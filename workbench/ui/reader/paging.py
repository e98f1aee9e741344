"""Pages of a book-length document: paragraph-aligned windows the reader shows one at a time.

Why pages: a QTextDocument of a 50 MB text takes tens of seconds and gigabytes
to build and lay out, and every highlight format on it costs more. The reader
shows one window of 100,000-150,000 characters instead, cut after a blank line (a
paragraph boundary) so no sentence, mention or selection is split, and builds
formats only for the page shown. Offsets stay document offsets (code points):
a page is a range ``[start, end)`` of the stored text.

Pure Python (no Qt), so it is tested on its own; find-in-document scans run
here too, off the UI thread.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Protocol

PAGED_THRESHOLD = 200_000  # characters: longer documents are shown in pages
PAGE_TARGET = 100_000  # a page ends at the first paragraph break after this many characters
PAGE_LIMIT = 150_000  # ... and never later than this (a text with no breaks is cut at a space)
MAX_FIND_MATCHES = 100_000
_BREAKS = ("\n\n", "\n", " ")


def page_starts(text: str, target: int = PAGE_TARGET, limit: int = PAGE_LIMIT) -> list[int]:
    """Start offsets of each page: after a blank line if one falls in ``[target, limit)``.

    Failing that, after a line break, then after a space, then at ``limit``.
    """
    starts = [0]
    while len(text) - starts[-1] > limit:
        page_start = starts[-1]
        starts.append(_cut(text, page_start + target, page_start + limit))
    return starts


def _cut(text: str, earliest: int, latest: int) -> int:
    for separator in _BREAKS:
        found = text.find(separator, earliest, latest)
        if found >= 0:
            return found + len(separator)
    return latest


@dataclass(frozen=True)
class Pages:
    """The page map of one document: where each page starts, and how to describe a page."""

    starts: tuple[int, ...]
    length: int
    words: int

    @classmethod
    def of(cls, text: str, words: int | None = None) -> Pages:
        """Paginate ``text`` (``words``: its stored word count, else counted here)."""
        counted = words if words is not None else len(text.split())
        return cls(tuple(page_starts(text)), len(text), counted)

    @property
    def count(self) -> int:
        """Number of pages."""
        return len(self.starts)

    def bounds(self, index: int) -> tuple[int, int]:
        """``[start, end)`` of page ``index`` (clamped to the first/last page)."""
        index = self.clamp(index)
        end = self.starts[index + 1] if index + 1 < self.count else self.length
        return self.starts[index], end

    def clamp(self, index: int) -> int:
        """The nearest existing page number."""
        return max(0, min(index, self.count - 1))

    def page_of(self, offset: int) -> int:
        """The page that holds document offset ``offset``."""
        return self.clamp(bisect_right(self.starts, offset) - 1)

    def label(self, index: int) -> str:
        """The page's label, e.g. "Page 3 of 412"."""
        return f"Page {index + 1:,} of {self.count:,}"

    def words_label(self, index: int) -> str:
        """Where the page lies in words, estimated from its characters ("≈" says so).

        Why an estimate: counting the words before a page means splitting up to
        50 MB of text on every page turn; characters are proportional enough.
        """
        start, end = self.bounds(index)
        first = round(self.words * start / self.length) if self.length else 0
        last = round(self.words * end / self.length) if self.length else 0
        return f"words ≈ {first + 1:,}–{last:,} of {self.words:,}"


class PageNavigator(Protocol):
    """What the view asks of its pane when a target may lie on another page."""

    def turn_to_offset(self, offset: int) -> None:
        """Show the page holding document offset ``offset`` (nothing if shown already)."""

    def annotation_offset(self, annotation_id: int) -> int | None:
        """Where an annotation (highlight, note, claim) starts, or None if it is gone."""

    def entity_offset(self, entity_id: int) -> int | None:
        """Where an entity's first body mention starts, or None."""


def is_paged(text: str) -> bool:
    """True when the reader shows ``text`` in pages."""
    return len(text) > PAGED_THRESHOLD


def find_all(text: str, query: str, limit: int = MAX_FIND_MATCHES) -> list[tuple[int, int]]:
    """``[start, end)`` of each case-insensitive occurrence of ``query`` (at most ``limit``).

    Why a regular expression: ``casefold`` can change lengths (ß → ss), which
    would shift offsets; ``re.IGNORECASE`` matches in place.
    """
    if not query:
        return []
    matches = []
    for match in re.finditer(re.escape(query), text, re.IGNORECASE):
        matches.append(match.span())
        if len(matches) >= limit:
            break
    return matches
