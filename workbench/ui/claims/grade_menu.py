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
from PySide6.QtWidgets import QMenu, QWidget

from workbench.core.records import Claim, DocumentGrade
from workbench.core.text import shorten
from workbench.core.vocabulary import CREDIBILITY_WORDING, RELIABILITY_WORDING, ungraded_wording
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.widgets.wording import menu_literal

SOURCE_CHARS = 40  # a source named in a submenu's title, kept to a menu's width


def grade_menu(parent: QWidget, actions: StoreActions, claim: Claim,
               grade: DocumentGrade) -> QMenu:
    """A "Grade" menu for ``claim`` whose document's grades are ``grade``."""
    menu = QMenu("&Grade", parent)
    add_credibility_choices(menu.addMenu("&Credibility of This Claim"), actions, claim)
    add_reliability_menus(menu, actions, claim, grade)
    return menu


def add_credibility_choices(menu: QMenu, actions: StoreActions, claim: Claim) -> None:
    """The claim's credibility (1-6), checked where it stands, and "Not graded" to clear it."""
    _choices(menu, [(f"{n} — {w}", n) for n, w in CREDIBILITY_WORDING.items()],
             claim.credibility, ungraded_wording(),
             lambda value: actions.grade_claim(claim.id, value))


def add_reliability_menus(menu: QMenu, actions: StoreActions, claim: Claim,
                          grade: DocumentGrade) -> None:
    """Submenus for the reliability of the claim's document and of its source (when known)."""
    document = menu.addMenu("&Reliability of This Document")
    _choices(document, _reliability_choices(), grade.override,
             ungraded_wording(grade.source_reliability),
             lambda value: actions.grade_document(claim.document_id, value))
    if grade.source:
        name = menu_literal(shorten(grade.source, SOURCE_CHARS))
        source = menu.addMenu(f"Reliability of &Source “{name}”")
        _choices(source, _reliability_choices(), grade.source_reliability, ungraded_wording(),
                 lambda value: actions.grade_source(str(grade.source), value))


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
