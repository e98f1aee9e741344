"""Grades in the window: the reader header, the claims table's Grade column, menus, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from workbench.ui.widgets.wording import NO_VALUE

TEXT_A = "Moscow - Officials said sanctions were discussed. The weather was mild."
TEXT_B = "Seoul - Officials said Putin promised help. Markets were calm."
TEXT_C = "Washington - Analysts doubt the promise. Nobody commented."


@pytest.fixture
def graded(library, make_document):
    """Three documents (two from Reuters, one from Blab) with one claim each."""
    docs = (make_document(library, "Moscow", TEXT_A, source="Reuters"),
            make_document(library, "Seoul", TEXT_B, source="Reuters"),
            make_document(library, "Washington", TEXT_C, source="Blab"))
    claims = [library.claims.add_claim(doc, 0, 20)[0] for doc in docs]
    library.grades.grade_source("Reuters", "B")
    library.grades.grade_document(docs[1], "E")
    library.grades.grade_claim(claims[0], 2)
    library.grades.grade_claim(claims[1], 1)
    return docs, claims


def _meta_line(window) -> str:
    """The reader's metadata line as read (without the invisible bidi isolates)."""
    text = window.reader.view.document().findBlockByNumber(1).text()
    return text.replace("\u2068", "").replace("\u2069", "")


def _rows(view) -> list[tuple[int, str]]:
    from workbench.ui.claims.library_view import CLAIM_ROLE, GRADE_COLUMN

    items = [view.table.topLevelItem(r) for r in range(view.table.topLevelItemCount())]
    return [(i.data(0, CLAIM_ROLE).id, i.text(GRADE_COLUMN)) for i in items if not i.isHidden()]


def test_the_reader_header_shows_the_reliability_in_words(library, graded, open_window,
                                                          settle) -> None:
    docs, _ = graded
    window = open_window(library)
    window.open_document(docs[0])
    assert "Reuters  ·  Reliability B: Usually reliable" in _meta_line(window)
    window.open_document(docs[2])
    assert "Reliability" not in _meta_line(window)
    window.workspace.actions.grade_source("Blab", "D")
    settle(window)
    assert "Reliability D: Not usually reliable" in _meta_line(window)
    window.actions["undo"].trigger()
    settle(window)
    assert "Reliability" not in _meta_line(window)


def test_the_claims_table_shows_sorts_and_filters_by_grade(qtbot, library, graded,
                                                           open_window) -> None:
    _, (first, second, third) = graded
    window = open_window(library)
    window.actions["claims_view"].trigger()
    view = window.workspace.claims_view
    qtbot.waitUntil(view.isVisible)
    from workbench.core.vocabulary import grade_wording
    from workbench.ui.claims.library_view import GRADE_COLUMN

    assert sorted(_rows(view)) == sorted([(first, "B2"), (second, "E1"), (third, NO_VALUE)])
    view.table.sortByColumn(GRADE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert [claim for claim, _ in _rows(view)] == [first, second, third]  # ungraded last
    view.grade_combo.setCurrentIndex(view.grade_combo.findData("1"))
    view.grade_combo.activated.emit(view.grade_combo.currentIndex())
    assert _rows(view) == [(second, "E1")]
    view.grade_combo.setCurrentIndex(view.grade_combo.findData("none"))
    view.grade_combo.activated.emit(view.grade_combo.currentIndex())
    assert _rows(view) == [(third, NO_VALUE)]
    view.grade_combo.setCurrentIndex(view.grade_combo.findData("B"))
    view.grade_combo.activated.emit(view.grade_combo.currentIndex())
    assert _rows(view) == [(first, "B2")]
    assert grade_wording("B", 2) == "Usually reliable source; probably true"


def _trigger(menu, *path: str) -> None:
    """Trigger the menu item reached by the texts' beginnings."""
    for index, text in enumerate(path):
        action = next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))
        if index == len(path) - 1:
            action.trigger()
        else:
            menu = action.menu()


def test_the_table_menu_grades_claim_document_and_source_undoably(qtbot, library, graded,
                                                                   open_window, settle) -> None:
    docs, (first, _, third) = graded
    window = open_window(library)
    window.actions["claims_view"].trigger()
    view = window.workspace.claims_view
    qtbot.waitUntil(view.isVisible)
    claim = library.claims.get_claim(third)
    _trigger(view.context_menu_for(claim), "Grade", "Credibility", "5 — Improbable")
    settle(window)
    assert library.claims.get_claim(third).credibility == 5
    _trigger(view.context_menu_for(claim), "Grade", "Reliability of Source", "C — Fairly")
    settle(window)
    assert library.grades.document_reliability(docs[2]) == "C"
    _trigger(view.context_menu_for(library.claims.get_claim(first)), "Grade",
             "Reliability of This Document", "A — Completely")
    settle(window)
    assert library.grades.document_grades([docs[0]])[docs[0]].override == "A"
    qtbot.waitUntil(lambda: dict(_rows(view))[first] == "A2")  # refreshed by the change alone
    assert dict(_rows(view))[third] == "C5"
    window.actions["undo"].trigger()
    settle(window)
    assert library.grades.document_grades([docs[0]])[docs[0]].override is None


def test_the_inspector_sets_credibility_and_opens_the_grade_menu(library, graded, open_window,
                                                                 settle) -> None:
    docs, (first, _, _) = graded
    window = open_window(library)
    window.open_document(docs[0])
    panel = window.workspace.claims
    panel.select_claim(first)
    row = panel.grade_row
    assert row.reliability_button.text() == "Reliability B"
    assert row.credibility_button.text() == "Credibility 2"
    credibility = row.credibility_button.menu()
    credibility.aboutToShow.emit()  # filled as the button opens it
    _trigger(credibility, "4 — Doubtful")
    settle(window)
    assert library.claims.get_claim(first).credibility == 4
    assert panel.grade_row.credibility_button.text() == "Credibility 4"
    _trigger(row.menu(), "Reliability of This Document", "D — Not usually")
    settle(window)
    assert library.grades.document_reliability(docs[0]) == "D"
    assert panel.grade_row.reliability_button.text() == "Reliability D"


def test_the_window_command_grades_the_document_or_its_source(library, graded, open_window,
                                                              settle, monkeypatch) -> None:
    docs, _ = graded
    window = open_window(library)
    window.open_document(docs[2])
    offered: list[list[str]] = []

    def pick(dialog: QInputDialog) -> int:
        offered.append(dialog.comboBoxItems())
        dialog.setTextValue(next(i for i in offered[-1] if i.startswith("Source “Blab”: A")))
        return QInputDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", pick)
    window.actions["grade_reliability"].trigger()
    settle(window)
    assert library.grades.source_reliability("Blab") == "A"
    assert "This document: Not graded" in offered[0]  # Blab is ungraded: nothing to inherit
    monkeypatch.setattr(QInputDialog, "exec", lambda _dialog: QInputDialog.DialogCode.Rejected)
    window.actions["grade_reliability"].trigger()
    settle(window)
    assert library.grades.document_grades([docs[2]])[docs[2]].override is None


def test_the_claims_table_names_authors_sorts_and_filters_by_them(qtbot, library, make_document,
                                                                  open_window) -> None:
    from workbench.core.authorship import Author
    from workbench.ui.claims.library_view import AUTHOR_COLUMN, CLAIM_ROLE

    docs = [make_document(library, title, text)
            for title, text in (("Moscow", TEXT_A), ("Seoul", TEXT_B), ("Washington", TEXT_C))]
    made = {}
    for doc, author in zip(docs, (Author("b" * 32, "Ben"), Author("a" * 32, "Ana"), None),
                           strict=True):
        library.authors.act_as(author)
        made[library.claims.add_claim(doc, 0, 20)[0]] = author.name if author else None
    library.authors.act_as(Author("a" * 32, "Ana"))
    library.claims.set_claim_status(next(iter(made)), "disputed")  # Ana edits Ben's claim
    window = open_window(library)
    window.actions["claims_view"].trigger()
    view = window.workspace.claims_view
    qtbot.waitUntil(view.isVisible)
    view.table.sortByColumn(AUTHOR_COLUMN, Qt.SortOrder.AscendingOrder)
    items = [view.table.topLevelItem(r) for r in range(view.table.topLevelItemCount())]
    assert [i.text(AUTHOR_COLUMN) for i in items] == ["Ana", "Ben", "Unknown author"]
    assert items[1].toolTip(AUTHOR_COLUMN) == "Added by Ben · edited by Ana"
    view.author_combo.setCurrentIndex(view.author_combo.findData("b" * 32))  # items hold ids
    view.author_combo.activated.emit(view.author_combo.currentIndex())
    shown = [i.data(0, CLAIM_ROLE).id for i in items if not i.isHidden()]
    assert [made[claim] for claim in shown] == ["Ben"]
    view.author_combo.setCurrentIndex(view.author_combo.findText("Unknown author"))
    view.author_combo.activated.emit(view.author_combo.currentIndex())
    assert [made[i.data(0, CLAIM_ROLE).id] for i in items if not i.isHidden()] == [None]


def test_every_grade_menu_clears_with_the_same_words(library, graded, open_window) -> None:
    """Claim, document and source all say "Not graded"; a document adds what it inherits.

    Before, the document's menu said "Inherit from Source (B)" beside the
    others' "Not graded": two names for one act, and neither was the CLI's.
    """
    docs, (first, _, _) = graded
    window = open_window(library)
    window.open_document(docs[0])
    panel = window.workspace.claims
    panel.select_claim(first)
    menu = panel.grade_row.menu()
    clearing = {a.text().replace("&", ""): a.menu().actions()[-1].text()
                for a in menu.actions() if a.menu() is not None}
    assert clearing == {"Reliability of This Document": "Not graded (inherits B from its source)",
                        "Reliability of Source “Reuters”": "Not graded"}
    credibility = panel.grade_row.credibility_button.menu()
    credibility.aboutToShow.emit()
    assert credibility.actions()[-1].text() == "Not graded"
