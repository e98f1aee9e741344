"""The inspector's Notes tab: the document's highlights and notes in reading order.

Each card shows the highlighted words in their colour, the rendered Markdown
note (sanitised, in the safe browser) and the span's tags, with buttons to
edit, recolour, tag and delete. Clicking a card scrolls the reader to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.records import Annotation
from workbench.core.text import shorten
from workbench.ui.inspector.panel import NO_DOCUMENT
from workbench.ui.reader.analyst_controller import AnalystController
from workbench.ui.reader.content import ReaderContent
from workbench.ui.reader.mark_wording import (
    colour_command,
    delete_command,
    note_command,
    tag_command,
)
from workbench.ui.theme.icons import ICONS
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.note_browser import NoteBrowser
from workbench.ui.widgets.swatches import fill_color_menu

EXCERPT = 160
# Worded as the Claims tab's empty state: the tab is "Notes", and it lists highlights too.
NO_NOTES = ("No highlights or notes in this document yet. Select text in the reader, then "
            "right-click → Highlight or Add Note…{shortcuts}.")


class NoteCard(QFrame):
    """One highlight or note; a click anywhere but the buttons shows it in the reader."""

    card_clicked = Signal(int)

    def __init__(self, annotation: Annotation, theme: ThemeManager,
                 controller: AnalystController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoteCard")
        self.annotation = annotation
        self.annotation_id = annotation.id
        self.controller = controller
        color = theme.palette.highlight(annotation.color, theme.theme)
        self.excerpt_label = QLabel(shorten(annotation.exact, EXCERPT))
        self.excerpt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.excerpt_label.setWordWrap(True)
        self.excerpt_label.setStyleSheet(f"background: {color}; padding: 2px 4px;"
                                         " border-radius: 3px;")
        self.note_browser = NoteBrowser(self, fit_height=True)
        self.note_browser.setAccessibleName("Note")
        self.note_browser.set_markdown(annotation.note_md)
        self.note_browser.setVisible(bool(annotation.note_md.strip()))
        tags = annotation.tags
        self.tags_label = QLabel("  ".join(f"#{t}" for t in tags), objectName="MutedLabel")
        self.tags_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tags_label.setVisible(bool(tags))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.excerpt_label)
        layout.addWidget(self.note_browser)
        layout.addWidget(self.tags_label)
        layout.addLayout(self._buttons(theme, annotation))

    def _buttons(self, theme: ThemeManager, annotation: Annotation) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(2)
        has_note = bool(annotation.note_md.strip())
        noun = "Highlight"  # claims have their own cards, in the Claims tab
        self.edit_button = _tool(theme, ICONS["add_note"], note_command(noun, has_note))
        self.color_button = _tool(theme, ICONS["colour"], colour_command(noun))
        self.tag_button = _tool(theme, ICONS["tag_selection"], tag_command(noun))
        self.delete_button = _tool(theme, ICONS["delete"],
                                   f"{delete_command(noun)} (Edit → Undo restores it)")
        self.color_menu = fill_color_menu(
            QMenu(self.color_button), theme.palette, theme.theme,
            lambda name: self.controller.recolor(self.annotation_id, name))
        self.color_button.setMenu(self.color_menu)
        self.color_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.edit_button.clicked.connect(lambda: self.controller.edit_note(self.annotation_id))
        self.tag_button.clicked.connect(
            lambda: self.controller.tag_selection(annotation_id=self.annotation_id))
        self.delete_button.clicked.connect(
            lambda: self.controller.delete_annotation(self.annotation_id))
        kind = QLabel("Note" if has_note else "Highlight", objectName="MutedLabel")
        row.addWidget(kind)
        row.addStretch(1)
        for button in (self.edit_button, self.color_button, self.tag_button, self.delete_button):
            row.addWidget(button)
        return row

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.card_clicked.emit(self.annotation_id)
        super().mousePressEvent(event)


_NOT_BUILT = object()


class NotesPanel(QScrollArea):
    """Highlights and notes of the document in the reader, as cards."""

    annotation_requested = Signal(int)

    def __init__(self, theme: ThemeManager, controller: AnalystController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NotesPanel")
        self.setAccessibleName("Notes on this document")
        self.setWidgetResizable(True)
        self.theme = theme
        self.controller = controller
        self._cards: list[NoteCard] = []
        self.content: ReaderContent | None = None
        self._cards_for: object = None
        self.cards_built = 0  # for tests that count work
        self.shortcuts = ""
        self._build_body()
        theme.theme_changed.connect(lambda _theme: self.restyle())

    def restyle(self) -> None:
        """Rebuild the cards in the new theme's colours and icons (now if shown, else later).

        Why rebuild: each card's excerpt carries its highlight colour and its
        buttons their icons for one theme; after a live switch to dark they kept
        a light-yellow background under near-white text.
        """
        self._cards_for = _NOT_BUILT
        self._discard(self._cards)  # each card carries the old theme's colours
        self._cards = []
        if self.isVisible():
            self._build_cards()

    def _build_body(self) -> None:
        body = QWidget()
        self.cards_layout = QVBoxLayout(body)
        self.cards_layout.setContentsMargins(6, 6, 6, 6)
        self.cards_layout.setSpacing(6)
        self.empty_label = QLabel(NO_DOCUMENT, objectName="MutedLabel")
        self.empty_label.setWordWrap(True)
        self.cards_layout.addWidget(self.empty_label)
        self.cards_layout.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(body)

    def set_shortcuts(self, highlight: str, note: str) -> None:
        """Name the window's Highlight and Add Note shortcuts in the empty state."""
        keys = [key for key in (highlight, note) if key]
        self.shortcuts = f" (or press {' or '.join(keys)})" if keys else ""
        self._say_why_empty()

    def _say_why_empty(self) -> None:
        """No document open, or one without highlights and notes (how to add one)."""
        self.empty_label.setText(NO_NOTES.format(shortcuts=self.shortcuts)
                                 if self.content is not None else NO_DOCUMENT)

    def show_content(self, content: ReaderContent | None) -> None:
        """Show a document's highlights and notes; cards are built when the panel is visible.

        Why lazily: a long article can carry hundreds of annotations, and building
        their cards while the Notes tab is hidden would slow every document switch.
        """
        self.content = content
        self._say_why_empty()
        self._cards_for = _NOT_BUILT
        if self.isVisible():
            self._build_cards()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._ensure_cards()

    def _ensure_cards(self) -> None:
        if self._cards_for is not self.content:
            self._build_cards()

    def _build_cards(self) -> None:
        """One card per highlight or note of the document, in reading order.

        Why cards are kept: every highlight, note or undo reloads the document;
        a card whose annotation did not change is reused, so one action builds
        at most one card instead of one per highlight on the document.
        """
        content = self.content
        self._cards_for = content
        kept = {card.annotation: card for card in self._cards}
        annotations = [a for a in (content.annotations if content else []) if a.kind != "claim"]
        self._cards = []
        for position, annotation in enumerate(annotations):
            card = kept.pop(annotation, None)
            if card is None:
                card = NoteCard(annotation, self.theme, self.controller)
                card.card_clicked.connect(self.annotation_requested)
                self.cards_built += 1
            else:
                self.cards_layout.removeWidget(card)
            self.cards_layout.insertWidget(position + 1, card)  # after the empty label
            self._cards.append(card)
        self._discard(list(kept.values()))
        self.empty_label.setVisible(not annotations)

    @staticmethod
    def _discard(cards: list[NoteCard]) -> None:
        for card in cards:
            card.hide()
            card.deleteLater()

    @property
    def cards(self) -> list[NoteCard]:
        """The cards of the current document (built now if the panel was hidden)."""
        self._ensure_cards()
        return self._cards

    def card_for(self, annotation_id: int) -> NoteCard | None:
        """The card of an annotation, if it is listed."""
        return next((c for c in self.cards if c.annotation_id == annotation_id), None)

    def select_annotation(self, annotation_id: int) -> bool:
        """Scroll to an annotation's card (clicked in the reader); True if it is listed."""
        card = self.card_for(annotation_id)
        if card is not None:
            self.ensureWidgetVisible(card)
        return card is not None


def _tool(theme: ThemeManager, icon: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(theme.pixmap_icon(icon))  # drawn once, not on every paint of the card
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(" (")[0])  # a screen reader reads no tooltip as a name
    button.setAutoRaise(True)
    return button
