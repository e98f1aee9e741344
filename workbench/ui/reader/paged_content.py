"""What a page of a book-length document shows, read from the store by range.

Why by range: a 50 MB document analysed in the background can hold a million
mentions; reading them all to show one page would cost seconds. Each page
asks the store for the spans that start on it (indexed by document and
start), so a page costs what a short article costs wherever it lies.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workbench.store import Store
from workbench.ui.reader.content import ReaderContent
from workbench.ui.reader.paging import Pages


class PagedDocument:
    """A document the reader shows one page at a time: its row, its page map, the page shown."""

    def __init__(self, store: Store, document: dict[str, Any]) -> None:
        self.store = store
        self.document = document
        words = document.get("word_count")
        self.pages = Pages.of(str(document.get("text") or ""), int(words) if words else None)
        self.index = 0

    @property
    def doc_id(self) -> int:
        """The document's id."""
        return int(self.document["id"])

    @property
    def text(self) -> str:
        """The whole stored text (find scans it; offsets index it)."""
        return str(self.document.get("text") or "")

    def page_content(self, index: int) -> ReaderContent:
        """Read page ``index``: the row, the spans starting on the page, the document's tags."""
        self.index = self.pages.clamp(index)
        span = self.pages.bounds(self.index)
        store, doc_id = self.store, self.doc_id
        claims = {claim.id: claim for claim in store.claims.document_claims(doc_id, span)}
        return ReaderContent(
            self.document,
            store.analysis.range_entities(doc_id, *span),
            store.analysis.range_quotes(doc_id, *span),
            store.annotations.document_annotations(doc_id, span),
            claims,
            store.tags.document_tags(doc_id),
            page=span,
        )


class PageTurner:
    """The view's ``PageNavigator`` for a paged document: finds a target's page and shows it."""

    def __init__(self, paged: PagedDocument, show_page: Callable[[int], None]) -> None:
        self.paged = paged
        self.show_page = show_page

    def turn_to_offset(self, offset: int) -> None:
        """Show the page holding ``offset`` unless it is the page shown."""
        index = self.paged.pages.page_of(offset)
        if index != self.paged.index:
            self.show_page(index)

    def annotation_offset(self, annotation_id: int) -> int | None:
        """Where an annotation of this document starts (None: gone or another document's)."""
        try:
            annotation = self.paged.store.annotations.get_annotation(annotation_id)
        except LookupError:
            return None
        return annotation.start if annotation.document_id == self.paged.doc_id else None

    def entity_offset(self, entity_id: int) -> int | None:
        """Where the entity is first mentioned in this document's body."""
        return self.paged.store.analysis.first_mention_start(self.paged.doc_id, entity_id)
