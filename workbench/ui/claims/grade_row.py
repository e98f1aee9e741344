"""The inspector's Grade row: two alike buttons, for reliability and for credibility.

Why two buttons with menus: the row had a flat "Reliability B" button beside a
framed "Credibility ?" combo box, two kinds of control for two halves of one
grade (NATO/Admiralty "B2"). Both now open a menu of checkable choices, read
"Reliability B" and "Credibility 2", and wrap onto a second line in a narrow
inspector instead of widening it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QPushButton, QSizePolicy, QWidget

from workbench.core.records import Claim, DocumentGrade
from workbench.core.vocabulary import CREDIBILITY_WORDING, RELIABILITY_WORDING
from workbench.store import Store
from workbench.ui.claims.grade_menu import add_credibility_choices, add_reliability_menus
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.widgets.flow_layout import FlowLayout


class ClaimGradeRow(QWidget):
    """Reliability (of the document or its source) and credibility (of the claim), as menus."""

    def __init__(self, store: Store, actions: StoreActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actions = store, actions
        self.claim: Claim | None = None
        self.reliability_button = self._menu_button(self._fill_reliability_menu)
        self.credibility_button = self._menu_button(self._fill_credibility_menu)
        row = FlowLayout(self, spacing=6)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reliability_button)
        row.addWidget(self.credibility_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.show_claim(None)

    def _menu_button(self, fill: object) -> QPushButton:
        button = QPushButton(self)
        menu = QMenu(button)
        menu.aboutToShow.connect(fill)  # the grades as they are now, not as first shown
        button.setMenu(menu)
        return button

    def show_claim(self, claim: Claim | None) -> None:
        """Show ``claim``'s grades (nothing is written)."""
        self.claim = claim
        reliability = claim.reliability if claim else None
        credibility = claim.credibility if claim else None
        self.reliability_button.setText(f"Reliability {reliability or '?'}")
        self.reliability_button.setToolTip(
            f"The document's reliability: {RELIABILITY_WORDING.get(str(reliability), 'not graded')}"
            " (its own, else its source's). Click to grade.")
        self.credibility_button.setText(f"Credibility {credibility or '?'}")
        self.credibility_button.setToolTip(
            f"How credible the claim is: {CREDIBILITY_WORDING.get(credibility, 'not graded')}"
            " (1-6). Click to grade.")

    def menu(self) -> QMenu | None:
        """The reliability menu for the claim shown, filled now (None without a claim)."""
        if self.claim is None:
            return None
        self._fill_reliability_menu()
        return self.reliability_button.menu()

    def _fill_reliability_menu(self) -> None:
        menu = self.reliability_button.menu()
        menu.clear()
        if self.claim is not None:
            doc_id = self.claim.document_id
            grades = self.store.grades.document_grades([doc_id]).get(doc_id,
                                                                     DocumentGrade(doc_id))
            add_reliability_menus(menu, self.actions, self.claim, grades)

    def _fill_credibility_menu(self) -> None:
        menu = self.credibility_button.menu()
        menu.clear()
        if self.claim is not None:
            add_credibility_choices(menu, self.actions, self.claim)
