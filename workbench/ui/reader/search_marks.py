"""The library's search carried into the reader: its words marked, F3 steps through them.

Why: opening a hit in a 20,000-word interview showed no mark and no jump, so
the analyst typed the word again in Ctrl+F. Datashare and Aleph mark the
query's terms in the opened document; so does this. The words are the ones
the library's search matched (``LibraryFilter.snippet_query`` read by the
store's ``matched_spans``, the index's own tokenizer: "courts" is marked for
"court"; phrases stay phrases, a starred word is a prefix). Marks use the find bar's highlight, and
the keyboard stays where it was (the library list, where Up/Down pick the
next hit). While the find bar is open it owns the marks and F3.

The words are found on a thread: on a 240,000-word document the scan held
the UI thread 0.25-1 s each time a hit opened. The page is marked when the
scan answers; a scan overtaken by another search or document is dropped.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from workbench.store import LibraryFilter, matched_spans
from workbench.ui.reader.paged_find import Match, PagedFindBar, mark_page_matches
from workbench.ui.reader.paging import MAX_FIND_MATCHES
from workbench.ui.reader.view import ReaderView

ScanKey = tuple[int, str, str]  # (document, its text, search) a scan answers
# The text itself, not its length: a re-analysis or merge that rewrote it to the same
# length kept the old marks on words no longer there.


class _ScanResults(QObject):
    """Carries a finished scan from its thread to the UI thread (queued signal)."""

    finished = Signal(object, object)


class SearchMarks:
    """Marks a library search's words in the shown document and steps through them."""

    def __init__(self, view: ReaderView, find_bar: PagedFindBar) -> None:
        self.view = view
        self.find_bar = find_bar
        self.highlight = ""  # the library search's ``snippet_query``; empty: no search
        self.found: list[Match] = []
        self.current = -1
        self._scanned: ScanKey | None = None  # what ``found`` answers
        self.scanning: ScanKey | None = None  # the scan running on its thread, if any
        self.jump_pending = False  # a document was opened: go to its first match once marked
        self._results = _ScanResults(find_bar)
        self._results.finished.connect(self._on_scanned)

    def set_filter(self, library_filter: LibraryFilter) -> None:
        """Follow the library's search; no search (or a cleared one) clears the marks.

        Why jump here as well as on opening: the list may re-select before or
        after this filter reaches the reader, and the hit shown must land on
        its first word either way.
        """
        if library_filter.snippet_query == self.highlight:
            return
        self.highlight = library_filter.snippet_query
        self._scanned = None
        self.jump_pending = True  # the new search's first word, wherever the list has got to
        self.show()

    def open_document(self) -> None:
        """A document is being opened: its first match is gone to once it is shown."""
        self.jump_pending = True

    def show(self) -> None:
        """Mark the page shown (scanning a document not scanned yet); jump when one opened.

        While a scan runs the page keeps no marks; its answer calls this again.
        """
        if self._scan():
            self.refresh()
            return
        jump, self.jump_pending = self.jump_pending and self.view.content is not None, False
        if jump and self.found:
            self.current = 0
            self._go_to_current()
            return
        self.refresh()

    def step(self, direction: int) -> bool:
        """Go to the next (1) or previous (-1) match, wrapping; False when there is none."""
        if not self.found or not self.find_bar.isHidden():
            return False
        self.current = (self.current + direction) % len(self.found)
        self._go_to_current()
        return True

    def refresh(self, select: bool = False) -> None:
        """Re-mark the page shown (a re-render or a page turn cleared the marks);
        ``select``: select the current match again (a theme switch rebuilt the text)."""
        if not self.find_bar.isHidden():
            return  # the find bar's own matches are shown
        mark_page_matches(self.view, self.found, self.find_bar.match_format,
                          self.current if select else -1)

    def _scan(self) -> bool:
        """Start a scan of the shown document's text unless ``found`` answers it; True
        while one runs.

        A paged document is scanned once its whole text is here; until then
        only its first page (the text the reader already holds) is.
        """
        content, rendered = self.view.content, self.view.rendered
        if not self.highlight or content is None or rendered is None:
            self.found, self.current, self._scanned, self.scanning = [], -1, None, None
            return False
        paged = self.find_bar.paged()
        whole = paged.document if paged is not None and paged.loaded else content.document
        text = str(whole.get("text") or "")
        key = (content.doc_id, text, self.highlight)
        if key == self._scanned:
            return False
        if self._scanned is None or self._scanned[0] != key[0] \
                or not text.startswith(self._scanned[1]):
            # another document, or its text rewritten: the old marks are not its (a paged
            # document's whole text begins with the page scanned first, whose marks stay)
            self.found, self.current = [], -1
        if key != self.scanning:
            self.scanning = key
            highlight, results = self.highlight, self._results

            def work() -> None:
                results.finished.emit(key, matched_spans(text, highlight, MAX_FIND_MATCHES))

            threading.Thread(target=work, name="reader-search-marks", daemon=True).start()
        return True

    def _on_scanned(self, key: ScanKey, found: list[Match]) -> None:
        """A scan answered: keep it if it is still the one wanted, then mark (and jump)."""
        if key != self.scanning:
            return  # overtaken by another search or document
        kept = self.found[self.current] if self._scanned is not None \
            and self._scanned[0] == key[0] and 0 <= self.current < len(self.found) else None
        self._scanned, self.scanning, self.found = key, None, found
        # The rest of a paged document arrived: F3 goes on from the match already shown.
        self.current = self.found.index(kept) if kept in self.found else -1
        self.show()

    def _go_to_current(self) -> None:
        start, end = self.found[self.current]
        self.view.show_store_span(start, end)  # turns the page; never takes the focus
        self.refresh()
