"""The reader pane: entity legend (toggles), the ReaderView and the find bar."""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from workbench.core.models import Changes
from workbench.store import Store
from workbench.ui.reader.content import ReaderContent
from workbench.ui.reader.page_bar import PageBar
from workbench.ui.reader.paged_content import PagedDocument, PageTurner, read_for_reader
from workbench.ui.reader.paged_find import PagedFindBar
from workbench.ui.reader.view import ReaderView
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.flow_layout import FlowLayout
from workbench.ui.widgets.link_guard import LinkGuard
from workbench.ui.widgets.plain_text import plain_tooltip


def load_content(store: Store, doc_id: int) -> ReaderContent | None:
    """Read one document with its mentions, quotes, annotations, claims and tags (UI thread)."""
    document = store.documents.get_document(doc_id)
    if document is None:
        return None
    document["reliability"] = store.grades.document_reliability(doc_id)
    return whole_content(store, document)


def whole_content(store: Store, document: dict[str, Any]) -> ReaderContent:
    """A document's row with all its mentions, quotes, annotations, claims and tags."""
    doc_id = int(document["id"])
    claims = {claim.id: claim for claim in store.claims.document_claims(doc_id)}
    return ReaderContent(
        document,
        store.analysis.document_entities(doc_id),
        store.analysis.document_quotes(doc_id),
        store.annotations.document_annotations(doc_id),
        claims,
        store.tags.document_tags(doc_id),
    )


class LegendBar(QFrame):
    """One chip per entity type in the document, coloured like its highlights; click toggles.

    One line by default (the chips that do not fit are counted on a "+N" button
    that unfolds the rest): at 1024 px the chips took four lines above the text.
    """

    hidden_changed = Signal(frozenset)

    def __init__(self, theme: ThemeManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaneHeader")
        self.theme = theme
        self.hidden: set[str] = set()
        self.buttons: dict[str, QToolButton] = {}
        self._counts: Counter[str] = Counter()
        self._quotes: Counter[str] = Counter()
        self._tags: list[str] = []
        self.chips = QWidget()
        self._flow = FlowLayout(self.chips)
        self._flow.setContentsMargins(0, 0, 0, 0)
        self._flow.max_lines = 1
        self._flow.on_arranged = lambda _overflow: self._update_more_button()
        self.more_button = QToolButton(objectName="LegendMore", checkable=True)
        self.more_button.setAutoRaise(True)
        self.more_button.toggled.connect(self.set_expanded)
        policy = self.more_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # showing it must not re-wrap the chips
        self.more_button.setSizePolicy(policy)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 5, 6, 5)
        row.addWidget(self.chips, 1)
        row.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)

    @property
    def expanded(self) -> bool:
        """True when every chip is shown, on as many lines as needed."""
        return self._flow.max_lines is None

    def set_expanded(self, expanded: bool) -> None:
        """Show every chip (several lines) or one line with a "+N" button."""
        self._flow.max_lines = None if expanded else 1
        self._flow.invalidate()
        self.chips.updateGeometry()
        self._update_more_button()

    def hidden_chip_count(self) -> int:
        """How many chips the one-line legend leaves out at its current width."""
        return 0 if self.expanded else self._flow.overflow_at(self.chips.width())

    def _update_more_button(self) -> None:
        left_out = self._flow.overflow_at(self.chips.width()) if not self.expanded else 0
        self.more_button.setVisible(self.expanded or left_out > 0)
        self.more_button.setText("Less" if self.expanded else f"+{left_out}")
        self.more_button.setToolTip("Show the legend on one line" if self.expanded else
                                    f"Show {left_out} more legend entries")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_more_button()

    def set_labels(self, counts: Counter[str], quotes: Counter[str],
                   tags: list[str] | None = None) -> None:
        """Show chips for the entity types present, a key for quote styles, and the tags."""
        if (counts, quotes, list(tags or [])) == (self._counts, self._quotes, self._tags):
            return  # an analyst action reloads the document; rebuilding the chips cost ~4 ms
        self._counts, self._quotes, self._tags = counts, quotes, list(tags or [])
        self.rebuild()

    def rebuild(self) -> None:
        """Recreate the chips (new document or new theme)."""
        counts, quotes = self._counts, self._quotes
        while (item := self._flow.takeAt(0)) is not None:
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.buttons = {}
        for label, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            self.buttons[label] = self._chip(label, count)
        for kind, count in sorted(quotes.items()):
            self._flow.addWidget(self._quote_key(kind, count))
        if self._tags:
            tags = QLabel("  ".join(f"#{tag}" for tag in self._tags), objectName="MutedLabel")
            tags.setTextFormat(Qt.TextFormat.PlainText)
            tags.setToolTip("Document tags (Document → Tags…, Ctrl+T)")
            self._flow.addWidget(tags)
        self.restyle()

    def restyle(self) -> None:
        """Colour chips for the current theme."""
        palette = self.theme.palette
        for label, button in self.buttons.items():
            colors = palette.entity(label, self.theme.theme)
            button.setStyleSheet(
                f"QToolButton:checked {{ background: {colors.background}; color: "
                f"{colors.foreground}; border-color: {colors.background}; }}"
            )
            button.adjustSize()
        self._flow.invalidate()
        self.updateGeometry()
        self._update_more_button()

    def _chip(self, label: str, count: int) -> QToolButton:
        button = QToolButton(objectName="LegendButton", checkable=True)
        button.setText(f"{self.theme.palette.label_name(label)}  {count}")
        name = self.theme.palette.label_name(label)
        button.setToolTip(plain_tooltip(f"{name}: click to hide or show these highlights"))
        button.setChecked(label not in self.hidden)
        button.toggled.connect(functools.partial(self._toggle, label))
        self._flow.addWidget(button)
        return button

    def _quote_key(self, kind: str, count: int) -> QLabel:
        colors = self.theme.palette.quote(self.theme.theme)
        text = "Quote" if kind == "direct" else "Reported speech"
        style = (f"background: {colors['direct_background']};" if kind == "direct" else
                 f"border-bottom: 2px dotted {colors['indirect_underline']};")
        key = QLabel(f"{text}  {count}")
        key.setStyleSheet(f"QLabel {{ {style} padding: 1px 8px; border-radius: 9px; }}")
        # As tall as the entity chips beside it: Qt drops a radius larger than
        # half the height, which left this key square and higher than its row.
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key.setFixedHeight(max((b.sizeHint().height() for b in self.buttons.values()),
                               default=key.sizeHint().height() + 4))
        key.setToolTip("Direct quotes are tinted; reported speech is underlined with dots. "
                       "Speakers are underlined in bold.")
        return key

    def _toggle(self, label: str, shown: bool) -> None:
        if shown:
            self.hidden.discard(label)
        else:
            self.hidden.add(label)
        self.hidden_changed.emit(frozenset(self.hidden))


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
        self._present(content)

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
        mentions = content.mentions if content else []
        quotes = content.quotes if content else []
        self.legend.set_labels(Counter(m["label"] for m in mentions),
                               Counter(q.get("kind") or "direct" for q in quotes),
                               content.tags if content else [])
        self.legend.setVisible(content is not None)
        self.find_bar.refresh()
        self.content_changed.emit(content)

    def on_changes(self, changes: Changes) -> None:
        """Re-read the shown document when a change touched it or the analyst acted.

        Why every analyst action: a curation or tag change elsewhere can alter
        this document's highlights without naming it among the touched documents.
        """
        shown = self.doc_id
        if shown is not None and (shown in changes.touched_documents
                                  or changes.is_analyst_action):
            self.reload()

    def reload(self) -> None:
        """Re-read the shown document after the store changed, keeping the scroll position.

        An added or removed annotation is changed in place (``reader.incremental``);
        a paged document re-reads only its row and the page shown, not its text.
        """
        if self.doc_id is None:
            return
        paged = self.paged
        if paged is not None and not paged.reread_row():
            self.show_document(self.doc_id, paged.index)  # its text changed, or it is gone
            return
        content = paged.page_content(paged.index) if paged is not None \
            else load_content(self.store, self.doc_id)
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
        self.find_bar.match_color = self.theme.color("find_match")
        self.view.set_theme(theme)
        self.legend.rebuild()
        self.find_bar.previous_button.setIcon(self.theme.icon("mdi6.chevron-up"))
        self.find_bar.next_button.setIcon(self.theme.icon("mdi6.chevron-down"))
        self.find_bar.close_button.setIcon(self.theme.icon("mdi6.close"))
        self.page_bar.previous_button.setIcon(self.theme.icon("mdi6.chevron-left"))
        self.page_bar.next_button.setIcon(self.theme.icon("mdi6.chevron-right"))
        self.find_bar.refresh()
