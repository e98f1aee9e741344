"""What a page of a book-length document shows, read from the store by range.

Why by range: a 50 MB document analysed in the background can hold a million
mentions; reading them all to show one page would cost seconds. Each page
asks the store for the spans that start on it (indexed by document and
start), so a page costs what a short article costs wherever it lies.

Why the text arrives in two steps: turning 50 MB of stored text into a
Python string takes longer than the first screen may. The first page is cut
from a head the store reads with SQLite's ``substr``; the whole text loads on
a worker thread meanwhile and is waited for only by what needs it (another
page, find, a target far away).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from workbench.store import Store, read_document_text
from workbench.ui.reader.content import ReaderContent
from workbench.ui.reader.paging import PAGED_THRESHOLD, Pages, is_paged, page_starts

HEAD_CHARS = PAGED_THRESHOLD + 1  # enough to tell a paged document and to cut its first page


class PagedDocument:
    """A document the reader shows one page at a time: its row, its page map, the page shown.

    ``document`` starts with the head of the text and gets the whole text
    once ``load`` (worker thread) or ``ensure_loaded`` (now) has read it.
    """

    def __init__(self, store: Store, head_row: dict[str, Any]) -> None:
        self.store = store
        self.document = head_row
        head = str(head_row.get("text") or "")
        self.first_page_end = page_starts(head)[1] if len(head) >= HEAD_CHARS else len(head)
        self._pages: Pages | None = None
        self._loaded: tuple[str, Pages] | None = None  # set by the loader thread
        self._loader: threading.Thread | None = None
        self._stop = threading.Event()
        self.index = 0

    @property
    def doc_id(self) -> int:
        """The document's id."""
        return int(self.document["id"])

    @property
    def loaded(self) -> bool:
        """True once the whole text (and so the page map) is here."""
        return self._pages is not None

    @property
    def loading(self) -> bool:
        """True once ``load`` has started a worker."""
        return self._loader is not None

    @property
    def pages(self) -> Pages:
        """The page map (waits for the whole text if it is still loading)."""
        self.ensure_loaded()
        assert self._pages is not None
        return self._pages

    @property
    def text(self) -> str:
        """The whole stored text (waits for it if it is still loading)."""
        self.ensure_loaded()
        return str(self.document.get("text") or "")

    def load(self, done: Callable[[], None]) -> None:
        """Read the whole text and cut it into pages on a worker thread; ``done`` is called
        there when both are ready.

        Why the page map there too: cutting 50 MB into pages (and counting its
        words when the row has no count) took the UI thread a noticeable pause
        when the text arrived. An in-memory library (no file to open a second
        connection to) reads the text later, on demand.
        """
        path = self.store.path
        if path is None:
            return
        doc_id = self.doc_id
        words = self._stored_words()

        def work() -> None:
            try:
                text = read_document_text(path, doc_id, stop=self._stop.is_set)
            except (LookupError, OSError, ValueError, sqlite3.Error):
                return  # ensure_loaded reads it through the store instead
            if text is not None:
                self._loaded = (text, Pages.of(text, words))
                done()

        self._loader = threading.Thread(target=work, name="reader-text", daemon=True)
        self._loader.start()

    def cancel(self) -> None:
        """Stop reading the text (the reader shows another document now)."""
        self._stop.set()

    def ensure_loaded(self) -> None:
        """Have the whole text and the page map: wait for the worker, or read them now."""
        if self._pages is not None:
            return
        if self._loader is not None:
            self._loader.join()
        if self._loaded is None:
            text = self.store.documents.document_text(self.doc_id)
            self._loaded = (text, Pages.of(text, self._stored_words()))
        text, self._pages = self._loaded  # kept: a find thread may still ask for the text
        self.document = dict(self.document, text=text)

    def text_from_worker(self) -> str | None:
        """The whole text, for a worker thread: waits for the loader; None without one.

        Why: find scans the whole text on its own thread; asking for ``text``
        on the UI thread first made the window wait for the loader.
        """
        if self._pages is not None:
            return str(self.document.get("text") or "")
        loader, loaded = self._loader, None
        if loader is not None:
            loader.join()
            loaded = self._loaded
        return loaded[0] if loaded is not None else None

    def _stored_words(self) -> int | None:
        words = self.document.get("word_count")
        return int(words) if words else None

    def reread_row(self) -> bool:
        """Re-read the document's row but not its text (after an analyst action); True if
        its text is the one held (same content hash), False if it changed or is gone.

        Why: the reader re-reads what it shows after every action, and reading
        the head of a long text (200,000 characters) for that took longer than
        the page's own highlights.
        """
        row = self.store.documents.document_head(self.doc_id, 0)
        if row is None or row.get("content_hash") != self.document.get("content_hash"):
            return False
        row["reliability"] = self.store.grades.document_reliability(self.doc_id)
        self.document = dict(row, text=self.document.get("text"))
        return True

    def page_bounds(self, index: int) -> tuple[int, int]:
        """``[start, end)`` of page ``index``; the first page is known before the text loads."""
        if index == 0 and not self.loaded:
            return 0, self.first_page_end
        return self.pages.bounds(index)

    def page_of(self, offset: int) -> int:
        """The page holding ``offset`` (the first page answers without waiting)."""
        if 0 <= offset < self.first_page_end:
            return 0
        return self.pages.page_of(offset)

    def page_content(self, index: int, analysed: ReaderContent | None = None) -> ReaderContent:
        """Read page ``index``: the row, the spans starting on the page, the document's tags.

        ``analysed``: this page's content whose mentions and quotes still hold
        (an analyst action touched no entity): they are kept, not read again.
        """
        index = 0 if index <= 0 else self.pages.clamp(index)
        span = self.page_bounds(index)
        self.index = index
        store, doc_id = self.store, self.doc_id
        claims = {claim.id: claim for claim in store.claims.document_claims(doc_id, span)}
        if analysed is not None and analysed.doc_id == doc_id and analysed.page == span:
            mentions, quotes = analysed.mentions, analysed.quotes
        else:
            mentions = store.analysis.range_entities(doc_id, *span)
            quotes = store.analysis.range_quotes(doc_id, *span)
        return ReaderContent(self.document, mentions, quotes,
                             store.annotations.document_annotations(doc_id, span), claims,
                             store.tags.document_tags(doc_id), page=span)


def read_for_reader(store: Store, doc_id: int, shown: PagedDocument | None = None
                    ) -> tuple[dict[str, Any] | None, PagedDocument | None]:
    """(row, None) for a document shown whole, (None, paged) for a long one, or (None, None).

    ``shown``, the paged document on screen, keeps its loaded text when the
    same document is read again unchanged (a reload after each analyst action
    must not read 50 MB again).
    """
    head = store.documents.document_head(doc_id, HEAD_CHARS)
    if head is None:
        return None, None
    text = str(head.get("text") or "")
    reliability = store.grades.document_reliability(doc_id)  # the header shows it, paged or not
    head["reliability"] = reliability
    if not is_paged(text):
        if len(text) >= HEAD_CHARS:  # paging switched off: never show a cut text
            head = dict(store.documents.get_document(doc_id) or head, reliability=reliability)
        return head, None
    if shown is not None and shown.doc_id == doc_id and shown.loaded \
            and shown.document.get("content_hash") == head.get("content_hash"):
        shown.document = dict(head, text=shown.document["text"])
        return None, shown
    return None, PagedDocument(store, head)


class PageTurner:
    """The view's ``PageNavigator`` for a paged document: finds a target's page and shows it."""

    def __init__(self, paged: PagedDocument, show_page: Callable[[int], None]) -> None:
        self.paged = paged
        self.show_page = show_page

    def turn_to_offset(self, offset: int) -> None:
        """Show the page holding ``offset`` unless it is the page shown."""
        index = self.paged.page_of(offset)
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
