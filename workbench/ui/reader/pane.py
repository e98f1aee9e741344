"""The reader pane: entity legend (toggles), the ReaderView and the find bar."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workbench.core.models import Changes
from workbench.store import Store
from workbench.ui.reader.content import ReaderContent
from workbench.ui.reader.legend import LegendBar
from workbench.ui.reader.page_bar import PageBar
from workbench.ui.reader.paged_content import PagedDocument, PageTurner, read_for_reader
from workbench.ui.reader.paged_find import PagedFindBar
from workbench.ui.reader.search_marks import SearchMarks
from workbench.ui.reader.view import ReaderView
from workbench.ui.theme.icons import ICONS
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.link_guard import LinkGuard

__all__ = ["LegendBar", "ReaderPane", "load_content", "whole_content"]


def load_content(store: Store, doc_id: int,
                 analysed: ReaderContent | None = None) -> ReaderContent | None:
    """Read one document with its mentions, quotes, annotations, claims and tags (UI thread).

    ``analysed``: content of this document whose mentions and quotes still hold
    (see ``whole_content``).
    """
    document = store.documents.get_document(doc_id)
    if document is None:
        return None
    document["reliability"] = store.grades.document_reliability(doc_id)
    return whole_content(store, document, analysed)


def whole_content(store: Store, document: dict[str, Any],
                  analysed: ReaderContent | None = None) -> ReaderContent:
    """A document's row with all its mentions, quotes, annotations, claims and tags.

    The mentions and quotes of ``analysed`` (the same document, shown whole)
    are taken as they are instead of read again: an analyst's highlight,
    claim or undo cannot change them, and re-reading (and comparing) them
    was most of what an action cost the reader on a long document.
    """
    doc_id = int(document["id"])
    claims = {claim.id: claim for claim in store.claims.document_claims(doc_id)}
    if analysed is not None and analysed.doc_id == doc_id and analysed.page is None:
        mentions, quotes = analysed.mentions, analysed.quotes
    else:
        mentions = store.analysis.document_entities(doc_id)
        quotes = store.analysis.document_quotes(doc_id)
    return ReaderContent(document, mentions, quotes,
                         store.annotations.document_annotations(doc_id), claims,
                         store.tags.document_tags(doc_id))


class ReaderPane(QWidget):
    """Shows the selected document; forwards entity and quote clicks to the inspector.

    Handed the window's ``changes_applied``, it re-reads the document it shows
    when a change touched it; ``content_changed`` then tells the panels fed by it.
    """

    entity_clicked = Signal(int)
    quote_clicked = Signal(int)
    content_changed = Signal(object)
    text_read = Signal(object)  # a PagedDocument's whole text is here (from a worker thread)

    def __init__(self, store: Store, theme: ThemeManager, parent: QWidget | None = None, *,
                 changes_applied: SignalInstance | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.theme = theme
        self.doc_id: int | None = None
        self.legend = LegendBar(theme)
        self.view = ReaderView(theme.palette)
        self.view.document_counts = self._document_count
        self.paged: PagedDocument | None = None
        self.page_bar = PageBar()
        self.page_bar.install_shortcuts(self)
        self.find_bar = PagedFindBar(self.view, lambda: self.paged, self._turn_to_offset)
        self.search_marks = SearchMarks(self.view, self.find_bar)
        self.link_guard = LinkGuard(self)
        self._counts: dict[int, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.page_bar)
        layout.addWidget(self.find_bar)
        self.page_bar.page_requested.connect(self.show_page)
        self.text_read.connect(self._on_text_read)
        self.view.painted.connect(self._on_painted)
        self.legend.hidden_changed.connect(self.view.set_hidden_labels)
        self.view.anchorClicked.connect(self.link_guard.handle)
        # The find bar took the search's marks away: they come back when it closes.
        self.find_bar.closed.connect(lambda: self.search_marks.refresh())
        self.view.entity_clicked.connect(self.entity_clicked)
        self.view.quote_clicked.connect(self.quote_clicked)
        self.theme.theme_changed.connect(self._on_theme)
        self._on_theme(theme.theme)
        self.show_document(None)
        if changes_applied is not None:
            changes_applied.connect(self.on_changes)

    def show_document(self, doc_id: int | None, page: int = 0) -> None:
        """Load and render a document (None clears the reader); a long one from ``page``."""
        self.doc_id = doc_id
        whole, paged = read_for_reader(self.store, doc_id, self.paged) \
            if doc_id is not None else (None, None)
        if self.paged is not None and self.paged is not paged:
            self.paged.cancel()
        self.paged = paged
        content = whole_content(self.store, whole) if whole is not None else None
        if paged is not None:
            content = paged.page_content(page)
        self.view.navigator = PageTurner(paged, self.show_page) if paged else None
        self._counts = {}
        self.search_marks.open_document()
        self._present(content)

    def step_find(self, direction: int) -> None:
        """F3 / Shift+F3: the find bar's matches while it is open, else the library search's."""
        if not self.search_marks.step(direction):
            self.find_bar.step(direction)

    def show_page(self, index: int) -> None:
        """Show page ``index`` of the paged document (its highlights read for that page)."""
        if self.paged is not None:
            self._present(self.paged.page_content(index))

    def _turn_to_offset(self, offset: int) -> None:
        if self.view.navigator is not None:
            self.view.navigator.turn_to_offset(offset)

    def _on_painted(self) -> None:
        """Once the first page is on screen, read the rest of a paged document's text.

        Why after the paint: the worker shares the interpreter with the UI
        thread, and the first screen must not wait for it.
        """
        paged = self.paged
        if paged is not None and not paged.loaded and not paged.loading:
            paged.load(functools.partial(self._emit_text_read, paged))

    def _emit_text_read(self, paged: PagedDocument) -> None:
        """Worker thread: the whole text is read (queued to the UI thread)."""
        try:
            self.text_read.emit(paged)
        except RuntimeError:  # the pane was closed meanwhile
            pass

    def _on_text_read(self, paged: PagedDocument) -> None:
        if paged is self.paged:
            paged.ensure_loaded()
            self._show_page_bar()
            self.search_marks.show()  # the search's words on every page, not the first only

    def _show_page_bar(self) -> None:
        paged = self.paged
        if paged is not None and not paged.loaded:
            self.page_bar.show_first_page(paged.document.get("word_count"))
        else:
            self.page_bar.show_page(paged.pages if paged else None, paged.index if paged else 0)

    def _present(self, content: ReaderContent | None) -> None:
        self.view.show_content(content)
        self._show_page_bar()
        self._show_beside(content)

    def _show_beside(self, content: ReaderContent | None) -> None:
        """The legend, find bar and panels fed by the reader follow ``content``."""
        self.legend.show_content(content)
        self.find_bar.refresh()
        self.search_marks.show()
        self.content_changed.emit(content)

    def on_changes(self, changes: Changes) -> None:
        """Re-read the shown document when a change touched it or the analyst acted.

        Why every analyst action: a curation or tag change elsewhere can alter
        this document's highlights without naming it among the touched documents.
        An analyst action that touched no entity cannot change the mentions or
        quotes shown: those are kept, not read again.
        """
        shown = self.doc_id
        if shown is not None and (shown in changes.touched_documents
                                  or changes.is_analyst_action):
            self.reload(keep_analysis=changes.is_analyst_action and not changes.entities)

    def reload(self, keep_analysis: bool = False) -> None:
        """Re-read the shown document after the store changed, keeping the scroll position.

        An added or removed annotation is changed in place (``reader.incremental``);
        a paged document re-reads only its row and the page shown, not its text;
        ``keep_analysis``: the mentions and quotes shown still hold.
        """
        if self.doc_id is None:
            return
        paged = self.paged
        if paged is not None and not paged.reread_row():
            self.show_document(self.doc_id, paged.index)  # its text changed, or it is gone
            return
        analysed = self.view.content if keep_analysis else None
        content = paged.page_content(paged.index, analysed) if paged is not None \
            else load_content(self.store, self.doc_id, analysed)
        if content is not None and self.view.show_changed_annotations(content):
            self._show_beside(content)
            return
        scroll = self.view.verticalScrollBar().value()
        self._counts = {}
        self._present(content)
        self.view.verticalScrollBar().setValue(scroll)

    def _document_count(self, entity_id: int) -> int:
        if entity_id not in self._counts:
            self._counts.update(self.store.entities.entity_document_counts([entity_id]))
        return self._counts.get(entity_id, 0)

    def _on_theme(self, theme: str) -> None:
        self.find_bar.set_match_colors(self.theme.color("find_match"),
                                       self.theme.color("find_match_text"))
        self.view.set_theme(theme)
        self.legend.rebuild()
        self.find_bar.previous_button.setIcon(self.theme.icon(ICONS["find_bar_previous"]))
        self.find_bar.next_button.setIcon(self.theme.icon(ICONS["find_bar_next"]))
        self.find_bar.close_button.setIcon(self.theme.icon(ICONS["close_bar"]))
        self.page_bar.previous_button.setIcon(self.theme.icon(ICONS["page_previous"]))
        self.page_bar.next_button.setIcon(self.theme.icon(ICONS["page_next"]))
        self.find_bar.refresh()
        self.search_marks.refresh(select=True)
