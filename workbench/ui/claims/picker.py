"""Link Claim to…: pick another claim anywhere in the library, the relation and a note."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.records import Claim
from workbench.core.vocabulary import RELATIONS
from workbench.ui.widgets.empty_hint import EmptyHint
from workbench.ui.widgets.padded_rows import pad_rows
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.wording import relation_word

CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
NO_OTHER_CLAIM = ("No other claim yet. Mark a statement as a claim in this or another "
                  "document, then link the two.")
NO_MATCHING_CLAIM = "No claim matches these words."
# The menu and button say "Link Claim to…": the title begins with the same words
# (it read "Link to Another Claim", a second name for one command).
PICKER_TITLE = "Link Claim to Another Claim"


def claim_line(claim: Claim) -> str:
    """One-line summary of a claim: statement, claimant, document and status."""
    statement = " ".join((claim.statement or claim.text or "").split())
    claimant = f" — {claim.claimant}" if claim.claimant else ""
    status = claim.status.capitalize()  # as the Claims table and the Status menus spell it
    return f"“{statement}”{claimant}  ·  {claim.document_title or ''}  [{status}]"


class ClaimPickerDialog(QDialog):
    """A searchable list of every other claim, with the relation to create."""

    def __init__(self, claims: list[Claim], from_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(PICKER_TITLE)
        self.filter_edit = QLineEdit(placeholderText="Filter by words, claimant or document…",
                                     clearButtonEnabled=True)
        self.claim_list = QListWidget()
        self.claim_list.setWordWrap(True)
        self.claim_list.setAlternatingRowColors(True)
        # Air between claims: wrapped onto two lines each, ten of them read as one block.
        pad_rows(self.claim_list, QSize(0, 8))
        for claim in claims:
            item = QListWidgetItem(claim_line(claim), self.claim_list)
            item.setData(CLAIM_ROLE, claim.id)
            item.setData(TEXT_ROLE, claim.text or "")
            item.setToolTip(plain_tooltip(claim.text or ""))
        # A blank list read as broken: say why there is nothing to pick.
        self.empty_hint = EmptyHint(self.claim_list, self._empty_text)
        self.relation_combo = QComboBox()
        for relation in RELATIONS:
            self.relation_combo.addItem(relation_word(relation), relation)
        self.note_edit = QLineEdit(placeholderText="Why (optional)")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Link")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.link_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        source = QLabel(f"This claim: “{' '.join(from_text.split())[:200]}”")
        source.setTextFormat(Qt.TextFormat.PlainText)
        source.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Relation:", self.relation_combo)
        form.addRow("Note:", self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.claim_list, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.claim_list.currentItemChanged.connect(lambda *_: self._check())
        self.claim_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._check()
        self.resize(720, 520)

    def apply_filter(self, text: str) -> None:
        """Show only claims whose summary contains every typed word."""
        words = text.casefold().split()
        for row in range(self.claim_list.count()):
            item = self.claim_list.item(row)
            haystack = (item.text() + " " + item.data(TEXT_ROLE)).casefold()
            item.setHidden(not all(word in haystack for word in words))
        self.empty_hint.refresh()
        self._check()

    def choose(self, claim_id: int, relation: str, note: str = "") -> None:
        """Select a claim, relation and note (what the analyst does with the mouse)."""
        for row in range(self.claim_list.count()):
            if self.claim_list.item(row).data(CLAIM_ROLE) == claim_id:
                self.claim_list.setCurrentRow(row)
        self.relation_combo.setCurrentIndex(self.relation_combo.findData(relation))
        self.note_edit.setText(note)

    @property
    def chosen(self) -> tuple[int, str, str | None] | None:
        """(other claim id, relation, note) or None when nothing is selected."""
        item = self.claim_list.currentItem()
        if item is None or item.isHidden():
            return None
        note = self.note_edit.text().strip() or None
        return int(item.data(CLAIM_ROLE)), str(self.relation_combo.currentData()), note

    def _empty_text(self) -> str:
        """Why the list is empty (no other claim, or none matching the filter), else ""."""
        rows = [self.claim_list.item(row) for row in range(self.claim_list.count())]
        if not rows:
            return NO_OTHER_CLAIM
        return "" if any(not item.isHidden() for item in rows) else NO_MATCHING_CLAIM

    def _check(self) -> None:
        self.link_button.setEnabled(self.chosen is not None)
