"""The Grade menu of a claim: its credibility, its document's and its source's reliability.

Why one builder: the claims table's context menu and the inspector's Claims
tab offer the same three choices with the same wording (the NATO/Admiralty
code from ``workbench.core.vocabulary``), and each choice is one undoable
action through ``StoreActions``. The current grade is checked, so the menu
also shows where a claim stands.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QPushButton, QWidget

from workbench.core.records import Claim, DocumentGrade
from workbench.core.vocabulary import CREDIBILITY_WORDING, RELIABILITY_WORDING
from workbench.store import Store
from workbench.ui.tasks.store_actions import StoreActions


def grade_menu(parent: QWidget, actions: StoreActions, claim: Claim,
               grade: DocumentGrade) -> QMenu:
    """A "Grade" menu for ``claim`` whose document's grades are ``grade``."""
    menu = QMenu("&Grade", parent)
    credibility = menu.addMenu("&Credibility of This Claim")
    _choices(credibility, [(f"{n} — {w}", n) for n, w in CREDIBILITY_WORDING.items()],
             claim.credibility, "Not graded",
             lambda value: actions.grade_claim(claim.id, value))
    inherit = "Inherit from Source" + (f" ({grade.source_reliability})"
                                        if grade.source_reliability else "")
    document = menu.addMenu("&Reliability of This Document")
    _choices(document, _reliability_choices(), grade.override, inherit,
             lambda value: actions.grade_document(claim.document_id, value))
    if grade.source:
        source = menu.addMenu(f"Reliability of &Source “{_short(grade.source)}”")
        _choices(source, _reliability_choices(), grade.source_reliability, "Not graded",
                 lambda value: actions.grade_source(str(grade.source), value))
    return menu


def _reliability_choices() -> list[tuple[str, str]]:
    return [(f"{letter} — {words}", letter) for letter, words in RELIABILITY_WORDING.items()]


def _choices(menu: QMenu, choices: list[tuple[str, object]], current: object, none_text: str,
             choose: Callable[[object], object]) -> None:
    """Checkable grade items, then one that clears the grade; choosing the current does nothing."""
    group = QActionGroup(menu)
    for text, value in [*choices, (none_text, None)]:
        if value is None:
            menu.addSeparator()
        action = QAction(text, menu, checkable=True, checked=value == current)
        action.setData(value)
        group.addAction(action)
        menu.addAction(action)
        action.triggered.connect(lambda _c=False, v=value: v != current and choose(v))


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ClaimGradeRow(QWidget):
    """The inspector's Grade row: the claim's credibility, and its reliability with the menu."""

    def __init__(self, store: Store, actions: StoreActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actions = store, actions
        self.claim: Claim | None = None
        self.credibility_combo = QComboBox()
        self.credibility_combo.addItem("Credibility ?", None)  # like "Reliability ?"; fits at 1024
        for number, words in CREDIBILITY_WORDING.items():
            self.credibility_combo.addItem(f"{number} — {words}", number)
        self.credibility_combo.setToolTip("How credible the information is (1-6)")
        # Sized to a few words, not the longest wording: the inspector must not widen.
        self.credibility_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.credibility_combo.setMinimumContentsLength(8)
        self.reliability_button = QPushButton()
        self.reliability_button.setToolTip(
            "The document's reliability (A-F): its own, else its source's. Click to grade.")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reliability_button)
        row.addWidget(self.credibility_combo, 1)
        self.credibility_combo.activated.connect(lambda _i: self._credibility_chosen())
        self.reliability_button.clicked.connect(self.open_menu)

    def show_claim(self, claim: Claim | None) -> None:
        """Show ``claim``'s grades (nothing is written)."""
        self.claim = claim
        if claim is None:
            return
        self.credibility_combo.setCurrentIndex(
            max(0, self.credibility_combo.findData(claim.credibility)))
        grade = claim.reliability
        self.reliability_button.setText(f"Reliability {grade}" if grade else "Reliability ?")

    def _credibility_chosen(self) -> None:
        value = self.credibility_combo.currentData()
        if self.claim is not None and value != self.claim.credibility:
            self.actions.grade_claim(self.claim.id, value)

    def menu(self) -> QMenu | None:
        """The Grade menu for the claim shown (None without one)."""
        if self.claim is None:
            return None
        doc_id = self.claim.document_id
        grades = self.store.grades.document_grades([doc_id]).get(doc_id, DocumentGrade(doc_id))
        return grade_menu(self, self.actions, self.claim, grades)

    def open_menu(self) -> None:
        menu = self.menu()
        if menu is not None:
            button = self.reliability_button
            menu.exec(button.mapToGlobal(button.rect().bottomLeft()))
