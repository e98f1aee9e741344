"""Suggestions for the selected claim: statements in other documents that may report it.

The ranking (``suggest_for_claim``) runs off the UI thread; each result is one
document: its score, title, best sentence with the matching words in bold and
how many more statements of it also match. Below the calibrated threshold the
panel says "No likely matches" instead of showing noise. Accept asks for the
relation and links the claims (creating the claim on the other side when
needed); Reject remembers the decision so the statement never comes back; Open
shows it in the reader.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.core.models import Changes
from workbench.core.records import Claim
from workbench.core.text import shorten
from workbench.core.vocabulary import RELATIONS
from workbench.store import Store, Suggestion
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.theme.icons import ICONS
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.flow_layout import FlowLayout
from workbench.ui.widgets.match_evidence import evidence_tooltip, rank_text
from workbench.ui.widgets.match_words import NO_LIKELY_MATCHES, more_in_document
from workbench.ui.widgets.plain_text import plain_label, plain_tooltip
from workbench.ui.widgets.wording import OPEN_IN_READER, relation_word

LIMIT = 10
NO_MATCH = f"{NO_LIKELY_MATCHES} in other documents."
LOOKING = "Looking for matching statements…"  # while the ranking runs off the UI thread
CHOOSE_CLAIM = "Select a claim to see statements in other documents that may report it."
CLAIM_SHOWN = 140  # characters of the claim named above its matches


def marked_html(suggestion: Suggestion) -> str:
    """The suggestion's text, HTML-escaped, with its matching words in bold."""
    parts, cursor = [], 0
    for start, end in suggestion.matches:
        first, last = start - suggestion.start, end - suggestion.start
        if first < cursor or last > len(suggestion.text):
            continue
        parts.append(html.escape(suggestion.text[cursor:first]))
        parts.append(f"<b>{html.escape(suggestion.text[first:last])}</b>")
        cursor = last
    parts.append(html.escape(suggestion.text[cursor:]))
    return "".join(parts)


def more_text(suggestion: Suggestion) -> str:
    """" · n more in this document" when the document holds other matching statements."""
    words = more_in_document(suggestion.more_in_document)
    return f"  ·  {words}" if words else ""


def found_text(count: int) -> str:
    """The panel's status line: "1 document likely reports …", not "1 document(s)"."""
    if count == 0:
        return NO_MATCH
    if count == 1:
        return "1 document likely reports this claim"
    return f"{count} documents likely report this claim"


class SuggestionCard(QFrame):
    """One suggested statement with Accept (relation menu), Reject and Open in Reader."""

    accepted = Signal(object, str)
    rejected = Signal(object)
    open_requested = Signal(object)

    def __init__(self, suggestion: Suggestion, parent: QWidget | None = None,
                 position: int = 0, total: int = 1, open_icon: QIcon | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoteCard")
        self.suggestion = suggestion
        # The place in the list, not the score: the list keeps the search's order.
        header = QLabel(f"<b>{rank_text(position)}</b>  ·  {html.escape(suggestion.title)}"
                        f"  <span>({html.escape(suggestion.kind)})</span>{more_text(suggestion)}")
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)
        words = suggestion.matched_words
        header.setToolTip(plain_tooltip(evidence_tooltip(
            position, total, suggestion.shared_entities, words, suggestion.score)))
        self.header = header
        self.text_label = QLabel(marked_html(suggestion))
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.text_label.setOpenExternalLinks(False)
        shared = ", ".join(suggestion.shared_entities)
        entities = QLabel(f"Shared: {shared}" if shared else "", objectName="MutedLabel")
        entities.setTextFormat(Qt.TextFormat.PlainText)
        # Wrapped like the rest: one unwrapped line of names held every card wider
        # than a 1024-wide window's inspector, and their text was cut on the right.
        entities.setWordWrap(True)
        entities.setVisible(bool(shared))
        self.accept_button = QPushButton("Accept")
        menu = QMenu(self.accept_button)
        for relation in RELATIONS:
            menu.addAction(relation_word(relation)).triggered.connect(
                lambda _c=False, r=relation: self.accepted.emit(self.suggestion, r))
        self.accept_button.setMenu(menu)
        self.reject_button = QPushButton("Reject")
        # Open in Reader as its glyph (the one beside the Claims view's "Open in Reader"),
        # its name on hover: "Open" said another name, and the words did not fit beside
        # Accept and Reject in the 1024 px window's inspector (the row wrapped).
        self.open_button = QPushButton(open_icon or QIcon(), "")
        self.open_button.setToolTip(OPEN_IN_READER)
        self.open_button.setAccessibleName(OPEN_IN_READER)
        self.reject_button.clicked.connect(lambda: self.rejected.emit(self.suggestion))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.suggestion))
        # The buttons wrap: in a 1024-wide window the inspector is narrower than one
        # row of three buttons, and a fixed row made the card (and its text) wider
        # than the panel, clipped on the right behind a sideways scroll bar.
        self.buttons = QWidget()
        row = FlowLayout(self.buttons, spacing=6)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.accept_button, self.reject_button, self.open_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(header)
        layout.addWidget(self.text_label)
        layout.addWidget(entities)
        layout.addWidget(self.buttons)


class SuggestionsPanel(QScrollArea):
    """Ranked suggestions for one claim, refreshed after each accept or reject."""

    location_requested = Signal(int, int, int)
    suggestions_shown = Signal(int)

    def __init__(self, actions: StoreActions, theme: ThemeManager,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SuggestionsPanel")
        self.setAccessibleName("Where else this claim is reported")
        self.setWidgetResizable(True)
        # Cards wrap to the panel's width; nothing here is worth scrolling sideways for.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.actions = actions
        self.theme = theme
        self.claim_id: int | None = None
        self.suggestions: list[Suggestion] = []
        self.cards: list[SuggestionCard] = []
        self._generation = 0
        self._stale = False  # a change came while the panel was out of sight
        actions.changes_applied.connect(self.on_changes)
        theme.theme_changed.connect(self._recolour)
        body = QWidget()
        self.cards_layout = QVBoxLayout(body)
        self.cards_layout.setContentsMargins(6, 6, 6, 6)
        # Which claim the matches (or "No likely matches") are for: the panel keeps its
        # answer while the analyst reads on, and a bare verdict named no claim.
        self.claim_label = plain_label(QLabel(wordWrap=True))
        self.claim_label.setVisible(False)
        self.status_label = QLabel(CHOOSE_CLAIM, objectName="MutedLabel", wordWrap=True)
        self.cards_layout.addWidget(self.claim_label)
        self.cards_layout.addWidget(self.status_label)
        self.cards_layout.addStretch(1)
        self.setWidget(body)

    def show_claim(self, claim_id: int | None) -> None:
        """Rank suggestions for ``claim_id`` in the background (None clears the panel)."""
        self.claim_id = claim_id
        self._stale = False
        self._generation += 1
        generation = self._generation
        self._clear_cards()
        self.claim_label.setVisible(False)
        if claim_id is None:
            self.status_label.setText(CHOOSE_CLAIM)
            return
        self.status_label.setText(LOOKING)
        self.actions.read(
            "Suggest matches",
            lambda store, _progress: _claim_and_matches(store, claim_id),
            lambda found: self._show(generation, found),
            context=self,
        )

    def refresh(self) -> None:
        """Rank again (after an accept, a reject or other library changes)."""
        if self.claim_id is not None:
            self.show_claim(self.claim_id)

    def on_changes(self, changes: Changes) -> None:
        """Rank again after an analyst action on claims, links or rejections, Undo and Redo too.

        Why: only the panel's own Accept and Reject re-ranked it, so after Ctrl+Z the
        undone match stayed hidden, and after undoing the claim itself its matches
        stayed on show with Accept buttons that could only fail. Bulk import steps are
        not analyst actions and do not re-rank (each would cost a library search).
        """
        if self.claim_id is None or not (changes.is_analyst_action and changes.claims):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show(self, generation: int, read: tuple[Claim, list[Suggestion]] | None) -> None:
        if generation != self._generation:
            return
        if read is None:  # the claim is gone (its creation undone, or deleted)
            self.show_claim(None)
            return
        claim, found = read
        words = claim.statement or claim.text  # what the matches were searched for
        self.claim_label.setText(f"For “{shorten(words, CLAIM_SHOWN)}”")
        self.claim_label.setVisible(True)
        linked = {link.other_claim_id for link in claim.links}
        self.suggestions = [s for s in found if s.claim_id is None or s.claim_id not in linked]
        open_icon = self._open_icon()  # one glyph drawn for all the cards
        for position, suggestion in enumerate(self.suggestions):
            card = SuggestionCard(suggestion, position=position, total=len(self.suggestions),
                                  open_icon=open_icon)
            card.accepted.connect(self.accept)
            card.rejected.connect(self.reject)
            card.open_requested.connect(lambda s: self.location_requested.emit(
                s.document_id, s.start, s.end))
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)
        self.status_label.setText(found_text(len(self.suggestions)))
        if self.claim_id is not None:
            self.suggestions_shown.emit(self.claim_id)

    def _open_icon(self) -> QIcon:
        return self.theme.icon(ICONS["open_in_reader"])

    def _recolour(self, _theme: str) -> None:
        """Draw the cards' Open in Reader glyph in the new theme's text colour."""
        open_icon = self._open_icon()
        for card in self.cards:
            card.open_button.setIcon(open_icon)

    def accept(self, suggestion: Suggestion, relation: str) -> None:
        """Link the claim to the suggestion with ``relation``."""
        claim_id = self.claim_id
        if claim_id is None:
            return
        # The link's Changes re-rank the panel (``on_changes``), as its Undo does.
        self.actions.run("Accept suggestion",
                         lambda s: s.suggestions.accept_suggestion(claim_id, suggestion, relation))

    def reject(self, suggestion: Suggestion) -> None:
        """Never suggest this statement for the claim again."""
        claim_id = self.claim_id
        if claim_id is None:
            return
        self.actions.run("Reject suggestion", lambda s: s.suggestions.reject_suggestion(
            claim_id, suggestion.document_id, suggestion.start, suggestion.end))

    def _clear_cards(self) -> None:
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        self.suggestions = []


def _claim_and_matches(store: Store, claim_id: int) -> tuple[Claim, list[Suggestion]] | None:
    """The claim (its statement and links) and its ranked matches, read off the UI thread;
    None when the claim is no longer there."""
    try:
        claim = store.claims.get_claim(claim_id)
    except LookupError:
        return None
    return claim, store.suggestions.suggest_for_claim(claim_id, LIMIT)
