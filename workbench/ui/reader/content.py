"""What the reader shows and where it shows it: a document's content and its rendered map.

Why a module of its own: the document builder and the analyst layer both fill
a ``RenderedDocument`` and read a ``ReaderContent``; keeping the two records
here lets each depend on them without depending on the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QTextDocument

from workbench.core.records import Annotation, Claim
from workbench.ui.reader.offsets import Utf16Index


@dataclass
class ReaderContent:
    """What the reader shows: a document row with its mentions, quotes and analyst work."""

    document: dict[str, Any]
    mentions: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    claims: dict[int, Claim] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    page: tuple[int, int] | None = None  # [start, end) of the body shown; None: all of it

    @property
    def doc_id(self) -> int:
        """The document's id."""
        return int(self.document["id"])


@dataclass
class RenderedDocument:
    """A built QTextDocument and the maps from store spans to its positions."""

    document: QTextDocument
    title_base: int
    body_base: int
    title_index: Utf16Index
    body_index: Utf16Index
    mention_spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    quote_spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    annotation_spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    claim_spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    note_spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    body_text: str = ""
    page_start: int = 0  # document offset of the first body character shown (paged reader)
    paged: bool = False

    def to_qt(self, offset: int, field_name: str = "text") -> int:
        """Qt position of a store offset (code points) in the title or body."""
        if field_name == "title":
            return self.title_base + self.title_index.to_utf16(offset)
        return self.body_base + self.body_index.to_utf16(offset - self.page_start)

    def body_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The shown part of body span ``[start, end)`` in page offsets, or None.

        Whole documents drop spans that do not fit (stale data); a page keeps
        the part of a span (a long quote) that runs past its end.
        """
        start, end = start - self.page_start, end - self.page_start
        if self.paged:
            end = min(end, self.body_index.text_length)
        if not 0 <= start < end <= self.body_index.text_length:
            return None
        return start, end

    def to_store(self, position: int) -> tuple[str, int] | None:
        """(field, code point offset) of a Qt position, or None in the metadata line."""
        if position >= self.body_base:
            utf16 = min(position - self.body_base, self.body_index.utf16_length)
            return "text", self.page_start + self.body_index.to_code_point(utf16)
        if position - self.title_base <= self.title_index.utf16_length:
            return "title", self.title_index.to_code_point(position - self.title_base)
        return None
