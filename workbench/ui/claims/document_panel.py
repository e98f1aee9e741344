"""The inspector's Claims tab: the document's claims, one of them open for editing.

For the selected claim: status (with its history as tooltip), claimant
(completed from the library's entities), note, and links to claims in other
documents (double-click jumps there). "Link Claim to…" opens a picker over every
claim in the library. Each change is one undoable Store action. A claim
dragged from the list carries its id, for the ACH matrix to take as evidence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.records import Claim, ClaimLink
from workbench.core.vocabulary import CLAIM_STATUSES
from workbench.operations.claimants import claimant_of
from workbench.store import Store
from workbench.ui.claims.claim_links import LINK_ROLE, ClaimLinksSection
from workbench.ui.claims.empty_state import ClaimsEmptyState
from workbench.ui.claims.grade_row import ClaimGradeRow
from workbench.ui.claims.picker import ClaimPickerDialog
from workbench.ui.dialogs.entities import EntityCompleter
from workbench.ui.dialogs.standard import modal_answer
from workbench.ui.reader.analyst_controller import AnalystController
from workbench.ui.reader.content import ReaderContent
from workbench.ui.reader.mark_wording import note_command
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.annotation_drag import (
    DRAG_MIME_TYPES,
    annotation_mime,
    make_annotation_drag_source,
)
from workbench.ui.widgets.dates import short_timestamp
from workbench.ui.widgets.flow_layout import FlowLayout
from workbench.ui.widgets.note_browser import NoteBrowser
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.swatches import swatch_icon
from workbench.ui.widgets.vertical_scroller import VerticalScroller
from workbench.ui.widgets.word_lines import WordLinesDelegate
from workbench.ui.widgets.wording import action_words, keep_mnemonic, key_text
from workbench.ui.widgets.wrapped_rows import rows_height

CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1
# The window's actions on the open claim, in the order of the buttons they name.
CLAIM_ACTIONS = ("link_claim", "claim_suggestions", "claim_note")
BUTTON_TIPS = ("Link this claim to a claim in another document",
               "Where else this claim is reported", "Write a Markdown note on this claim")
MIN_LIST_HEIGHT = 48
LIST_LINES = 2  # a claim's lines in the list; the editor below shows it whole
LIST_SHARE = 0.35  # of the tab the list may always take; the editor scrolls below it


class ClaimList(QListWidget):
    """The document's claims as a drag source: an item leaves as its claim id and text."""

    def __init__(self) -> None:
        super().__init__()
        make_annotation_drag_source(self)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return list(DRAG_MIME_TYPES)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        ids = [int(item.data(CLAIM_ROLE)) for item in items if item.data(CLAIM_ROLE) is not None]
        return annotation_mime(ids, "\n".join(item.text() for item in items))


class ClaimsPanel(QWidget):
    """List of the document's claims above an editor for the selected one."""

    claim_selected = Signal(int)
    location_requested = Signal(int, int, int)
    suggestions_requested = Signal(int)

    def __init__(self, store: Store, theme: ThemeManager, controller: AnalystController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClaimsPanel")
        self.store, self.theme, self.controller = store, theme, controller
        self.claims: dict[int, Claim] = {}
        self.claim_id: int | None = None
        self.claim_actions: list[QAction] = []  # the window's, in CLAIM_ACTIONS order
        self._listed = False  # show_content has listed ``claims``
        self.claim_list = ClaimList()
        self.claim_list.setAccessibleName("Claims in this document")
        self.claim_list.setWordWrap(True)
        self.claim_list.setAlternatingRowColors(True)
        self.claim_list.setResizeMode(QListView.ResizeMode.Adjust)
        # Air between claims (they ran together), each on at most two lines cut between
        # words: a long claim filled seven lines here and again in the editor below.
        self.claim_list.setItemDelegate(WordLinesDelegate(self.claim_list, LIST_LINES,
                                                          QSize(0, 8), fit_rows=True))
        self.editor = self._build_editor()
        self.empty_state = ClaimsEmptyState()
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(6, 6, 6, 0)  # the list aligned with the editor below
        body_layout.setSpacing(4)
        body_layout.addWidget(self.claim_list)
        body_layout.addWidget(self.editor)
        body_layout.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(VerticalScroller(body))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.claim_list.currentItemChanged.connect(self._on_current)
        self._fitting = False
        for view in (self.claim_list, self.links_tree):
            view.viewport().installEventFilter(self)

    def set_mark_shortcut(self, shortcut: str) -> None:
        """Name the window's Mark as Claim shortcut in the empty state (the window owns it)."""
        self.empty_state.set_shortcut(shortcut)

    def use_window_actions(self, actions: Mapping[str, QAction]) -> None:
        """Name the window's keys here, and keep its claim actions on only while a claim is open.

        Why: Link Claim to…, Claim Suggestions and the note were the only analyst commands
        without a key; the window's Document menu now has them (``CLAIM_ACTIONS``),
        acting on the claim open here, and each button's tooltip names its key.
        """
        self.set_mark_shortcut(key_text(actions["mark_claim"]))
        self.claim_actions = [actions[key] for key in CLAIM_ACTIONS]
        for button, action, tip in zip(self._claim_buttons(), self.claim_actions, BUTTON_TIPS,
                                       strict=True):
            button.setToolTip(f"{tip} ({key_text(action)})")
            if button is not self.note_button:  # the note's words change with the claim
                button.setText(action_words(action))
        self._fill_editor()

    def _claim_buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return self.link_button, self.suggest_button, self.note_button

    def _build_editor(self) -> QWidget:
        editor = QWidget()
        self.statement_label = QLabel(wordWrap=True)
        self.statement_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_combo = QComboBox()
        for status in CLAIM_STATUSES:
            self.status_combo.addItem(status.capitalize(), status)
        self.claimant_edit = QLineEdit(placeholderText="Who makes this claim?")
        self.claimant_completer = EntityCompleter(self.store, self.claimant_edit)
        self.grade_row = ClaimGradeRow(self.store, self.controller.actions)
        self.note_browser = NoteBrowser(editor, fit_height=True)
        self.note_browser.setAccessibleName("Claim note")
        self.note_button = QPushButton(f"{note_command('Claim', True)}…")
        self.links = ClaimLinksSection(self.theme)
        self.links_tree, self.no_links_label = self.links.tree, self.links.no_links_label
        self.link_button, self.unlink_button = self.links.link_button, self.links.unlink_button
        self.suggest_button = self.links.suggest_button
        self.delete_button = QPushButton("Delete Claim")
        self._lay_out_editor(editor)
        self._connect_editor()
        return editor

    def _lay_out_editor(self, editor: QWidget) -> None:
        form = QFormLayout()
        form.addRow("Status:", self.status_combo)
        form.addRow("Claimant:", self.claimant_edit)
        form.addRow("Grade:", self.grade_row)
        # Wraps rather than widening the 250 px inspector: "Add Note to Claim…" and
        # "Delete Claim" side by side are wider than it.
        bottom = QWidget()
        flow = FlowLayout(bottom, spacing=6)
        flow.setContentsMargins(0, 0, 0, 0)
        flow.addWidget(self.note_button)
        flow.addWidget(self.delete_button)
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.statement_label)
        layout.addLayout(form)
        layout.addWidget(self.note_browser)
        layout.addWidget(bottom)
        layout.addWidget(self.links)

    def _connect_editor(self) -> None:
        self.status_combo.activated.connect(lambda _i: self.set_status(
            str(self.status_combo.currentData())))
        self.claimant_edit.editingFinished.connect(self._claimant_edited)
        self.claimant_completer.activated.connect(lambda _t: self._claimant_edited())
        self.note_button.clicked.connect(self.edit_note)
        self.links_tree.itemDoubleClicked.connect(self._open_link)
        self.link_button.clicked.connect(lambda: self.link_to())
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.suggest_button.clicked.connect(self.request_suggestions)
        self.delete_button.clicked.connect(lambda: self.claim_id is not None and
                                           self.controller.delete_annotation(self.claim_id))

    # -- content -----------------------------------------------------------------

    def show_content(self, content: ReaderContent | None, force: bool = False) -> None:
        """List the document's claims, keeping the selected one when it still exists.

        Nothing is redone when the claims are the ones listed (``force``: a new
        theme): every highlight or undo reloads the document, and relisting and
        refilling the editor (a history query, a relayout) cost ~1 ms each time.
        """
        claims = dict(content.claims) if content else {}
        self.empty_state.set_document_open(content is not None)
        if not force and self._listed and claims == self.claims:
            return
        self._listed = True
        self.claims = claims
        keep = self.claim_id
        self.claim_list.blockSignals(True)
        self.claim_list.clear()
        theme = self.theme
        for claim_id, claim in sorted(self.claims.items(), key=lambda c: c[1].start):
            text = " ".join(claim.text.split())
            item = QListWidgetItem(swatch_icon(theme.palette.claim_status(claim.status,
                                                                          theme.theme)), text)
            item.setData(CLAIM_ROLE, claim_id)
            item.setToolTip(plain_tooltip(f"{claim.status.capitalize()}: {text}"))
            self.claim_list.addItem(item)
        self.claim_list.blockSignals(False)
        self.pages.setCurrentIndex(1 if self.claims else 0)
        self.select_claim(keep if keep in self.claims else next(iter(sorted(
            self.claims, key=lambda i: self.claims[i].start)), None), emit=False)

    def select_claim(self, claim_id: int | None, emit: bool = True) -> bool:
        """Open a claim in the editor (clicked in the reader or the list); True if listed.

        An id this document lists no claim by (a highlight or note just made or
        clicked) leaves the open claim open: it hid the editor while the claim's row
        stayed selected, and Claim Suggestions then did nothing. None closes it.
        """
        if claim_id is not None and claim_id not in self.claims:
            return False
        self.claim_id = claim_id
        for row in range(self.claim_list.count()):
            if self.claim_list.item(row).data(CLAIM_ROLE) == self.claim_id:
                self.claim_list.blockSignals(True)
                self.claim_list.setCurrentRow(row)
                self.claim_list.blockSignals(False)
        self._fill_editor()
        self._fit_heights()
        if emit and self.claim_id is not None:
            self.claim_selected.emit(self.claim_id)
        return self.claim_id is not None

    def _on_current(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is not None:
            self.select_claim(int(item.data(CLAIM_ROLE)))

    def _fill_editor(self) -> None:
        claim = self.claims.get(self.claim_id) if self.claim_id is not None else None
        self.editor.setEnabled(claim is not None)
        self.editor.setVisible(claim is not None)
        for action in self.claim_actions:
            action.setEnabled(claim is not None)
        if claim is None:
            return
        statement = " ".join((claim.statement or claim.text).split())
        self.statement_label.setText(f"“{statement}”")
        self.status_combo.setCurrentIndex(self.status_combo.findData(claim.status))
        self.status_combo.setToolTip(plain_tooltip(self._history_text(claim.id)))
        self.claimant_edit.setText(claim.claimant or "")
        self.claimant_edit.home(False)  # a long name shows its start, not "…es Department of"
        self.grade_row.show_claim(claim)
        self.note_browser.set_markdown(claim.note_md)
        self.note_browser.setVisible(bool(claim.note_md.strip()))
        self.note_button.setText(f"{note_command('Claim', bool(claim.note_md.strip()))}…")
        if self.claim_actions:  # the menu item says what the button says
            menu_item = self.claim_actions[-1]
            menu_item.setText(keep_mnemonic(menu_item, self.note_button.text()))
        self.links.show_links(claim.links)

    def _history_text(self, claim_id: int) -> str:
        lines = ["Status history:"]
        for change in self.store.claims.claim_history(claim_id):
            note = f" — {change.note}" if change.note else ""
            lines.append(f"{short_timestamp(change.changed_at)}  {change.status}{note}")
        return "\n".join(lines)

    # -- sizes -------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_heights()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Filled while another tab was current: the rows had no width to wrap to then."""
        super().showEvent(event)
        self._fit_heights()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A list's new width re-wraps its rows: fit the heights to them again."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and not self._fitting:
            self._fit_heights()
        return super().eventFilter(watched, event)

    def _fit_heights(self) -> None:
        """Lists as tall as their rows: the claim list takes what the editor leaves.

        Why: a fixed split left one claim in a 110 px list over a Links table
        with a 300 px blank, and twenty claims in that same 110 px. The list
        keeps ``LIST_SHARE`` of the tab even when the editor wants it all: at
        1024 x 640 a claim with a link left the list one claim tall, so a
        document's second claim was out of sight; the tab scrolls instead.
        """
        self._fitting = True
        self.links.fit_height()
        editor = self.editor.sizeHint().height() if self.editor.isVisible() else 0
        room = max(MIN_LIST_HEIGHT, self.height() - editor - 8, int(self.height() * LIST_SHARE))
        self.claim_list.setFixedHeight(min(rows_height(self.claim_list, room), room))
        self._fitting = False

    # -- actions -----------------------------------------------------------------

    def set_status(self, status: str) -> None:
        """Change the open claim's status (its history grows)."""
        claim_id = self.claim_id
        if claim_id is None or self.claims[claim_id].status == status:
            return
        self.controller.actions.run("Change status",
                                    lambda s: s.claims.set_claim_status(claim_id, status))

    def set_claimant(self, text: str) -> None:
        """Attribute the open claim to an entity (completed) or to free text."""
        claim_id = self.claim_id
        if claim_id is None:
            return
        entity_id, free_text = claimant_of(text, self.claimant_completer.entity_id)
        self.controller.actions.run("Change claimant",
                                    lambda s: s.claims.set_claimant(claim_id, entity_id, free_text))

    def _claimant_edited(self) -> None:
        claim = self.claims.get(self.claim_id) if self.claim_id is not None else None
        if claim is not None and self.claimant_edit.text().strip() != (claim.claimant or ""):
            self.set_claimant(self.claimant_edit.text())

    def link_to(self, chosen: tuple[int, str, str | None] | None = None) -> None:
        """Link the open claim to another (asks with the claim picker when ``chosen`` is None)."""
        claim_id = self.claim_id
        if claim_id is None:
            return
        if chosen is None:
            others = [c for c in self.store.claims.list_claims() if c.id != claim_id]
            dialog = ClaimPickerDialog(others, self.claims[claim_id].text, self)
            chosen = modal_answer(dialog, lambda: dialog.chosen)
            if chosen is None:
                return
        other, relation, note = chosen
        self.controller.actions.run("Link claims",
                                    lambda s: s.claims.link_claims(claim_id, other, relation, note))

    def request_suggestions(self) -> None:
        """Ask for the places the open claim is reported elsewhere (the Suggestions tab)."""
        if self.claim_id is not None:
            self.suggestions_requested.emit(self.claim_id)

    def edit_note(self) -> None:
        """Add a note to the open claim, or edit the one it has."""
        if self.claim_id is not None:
            self.controller.edit_note(self.claim_id)

    def unlink_selected(self) -> None:
        """Remove the selected link."""
        link = self.links.selected_link()
        if link is not None:
            link_id = link.id
            self.controller.actions.run("Remove link", lambda s: s.claims.unlink(link_id))

    def _open_link(self, item: QTreeWidgetItem, _column: int) -> None:
        link: ClaimLink = item.data(0, LINK_ROLE)
        other = self.store.annotations.get_annotation(link.other_claim_id)
        self.location_requested.emit(other.document_id, other.start, other.end)

