"""Editing an analysis in the ACH dock: keys and context menu, 2-12 enforced, removals asked, undo.

Dialogs are replaced by answers (``ask_text``, ``confirm``): what is tested is
which store change each key or menu entry makes, what a refusal says, and
that Undo restores it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from workbench.store import Store
from workbench.ui.ach.view import AchView
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.widgets.annotation_drag import (
    ANNOTATION_MIME,
    annotation_ids,
    annotation_mime,
)
from workbench.ui.widgets.wording import OPEN_IN_READER

TEXT = "Officials said the bridge would reopen in May. Engineers disagreed."


class ChangeFeed(QObject):
    changes_applied = Signal(object)


def _view(qtbot, library: Store, make_document, hypotheses=("Yes", "No")) -> AchView:
    doc = make_document(library, "Bridge", TEXT)
    claim_id, _ = library.claims.add_claim(doc, 15, 45)
    library.claims.add_claim(doc, 47, 67)
    analysis_id = library.ach.create_analysis("Will it reopen?", list(hypotheses)).ids[0]
    library.ach.add_evidence(analysis_id, claim_id)
    feed = ChangeFeed()
    actions = StoreActions(library, None, feed.changes_applied)
    view = AchView(library, actions, feed.changes_applied)
    view._feed = feed  # type: ignore[attr-defined] - keep the signal alive with the view
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    with qtbot.waitActive(view):  # the editing keys are shortcuts of the active window
        view.activateWindow()
    view.table.setFocus()
    return view


def _answer(monkeypatch, view: AchView, text: str | None = None, confirm: bool = True) -> list:
    asked: list = []
    monkeypatch.setattr(view.editor, "ask_text", lambda title, label, value="", **_k: (
        asked.append((title, value)), text)[1])
    monkeypatch.setattr(view.editor, "confirm",
                        lambda title, question, **_k: (asked.append((title, question)), confirm)[1])
    return asked


def test_f2_edits_the_current_columns_hypothesis_and_undo_restores_it(
    qtbot, library, make_document, monkeypatch
) -> None:
    view = _view(qtbot, library, make_document)
    asked = _answer(monkeypatch, view, "It reopens in June")
    view.table.setCurrentIndex(view.model.index(0, 3))  # H2
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert asked == [("Edit Hypothesis", "No")]  # the dialog starts from the current text
    assert [h.text for h in library.ach.get_analysis(1).hypotheses] == ["Yes", "It reopens in June"]
    assert "H2: It reopens in June" in view.model.headerData(
        3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    library.history.undo()
    assert [h.text for h in library.ach.get_analysis(1).hypotheses] == ["Yes", "No"]


def test_shift_f2_renames_and_insert_adds_a_hypothesis(
    qtbot, library, make_document, monkeypatch
) -> None:
    view = _view(qtbot, library, make_document)
    _answer(monkeypatch, view, "Will the bridge reopen by May?")
    qtbot.keyClick(view.table, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    assert library.ach.get_analysis(1).question == "Will the bridge reopen by May?"
    assert view.picker.currentText() == "1. Will the bridge reopen by May?"
    _answer(monkeypatch, view, "It is demolished")
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    assert [h.text for h in library.ach.get_analysis(1).hypotheses][-1] == "It is demolished"
    assert view.model.columnCount() == 2 + 3 + 1


def test_a_thirteenth_hypothesis_is_refused_in_the_dock(
    qtbot, library, make_document, monkeypatch
) -> None:
    view = _view(qtbot, library, make_document, [f"H{n}" for n in range(12)])
    asked = _answer(monkeypatch, view, "one too many")
    before = library.history.undo_labels()
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    assert asked == []  # refused before asking for the text
    assert "has 12 hypotheses, the most an analysis takes (2-12)" in view.notice.text()
    assert view.notice.isVisible() and library.history.undo_labels() == before


def test_removing_a_hypothesis_asks_keeps_two_and_undoes(
    qtbot, library, make_document, monkeypatch
) -> None:
    view = _view(qtbot, library, make_document, ["Yes", "No", "Maybe"])
    evidence = library.ach.get_analysis(1).evidence[0].id
    maybe = library.ach.get_analysis(1).hypotheses[2].id
    library.ach.rate(evidence, maybe, "II")
    asked = _answer(monkeypatch, view, confirm=False)
    view.table.setCurrentIndex(view.model.index(0, 4))  # H3
    qtbot.keyClick(view.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert asked[0][0] == "Remove Hypothesis" and "H3: Maybe" in asked[0][1]
    assert len(library.ach.get_analysis(1).hypotheses) == 3  # answered No
    _answer(monkeypatch, view, confirm=True)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [h.text for h in library.ach.get_analysis(1).hypotheses] == ["Yes", "No"]
    assert library.ach.get_analysis(1).evidence[0].ratings == {}  # Ctrl+Delete did not clear
    view.table.setCurrentIndex(view.model.index(0, 3))
    asked = _answer(monkeypatch, view, confirm=True)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert asked == [] and "only 2 hypotheses and an analysis takes 2-12" in view.notice.text()
    library.history.undo()
    assert library.ach.get_analysis(1).evidence[0].ratings == {maybe: "II"}


def test_removing_evidence_asks_first_keeps_the_claim_and_undoes(
    qtbot, library, make_document, monkeypatch
) -> None:
    view = _view(qtbot, library, make_document)
    asked = _answer(monkeypatch, view, confirm=False)
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert asked[0][0] == "Remove Evidence" and "the bridge would reopen" in asked[0][1]
    assert len(library.ach.get_analysis(1).evidence) == 1
    _answer(monkeypatch, view, confirm=True)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert library.ach.get_analysis(1).evidence == ()
    assert view.model.rowCount() == 1 and library.claims.get_claim(1) is not None
    library.history.undo()
    view.reload()
    assert view.model.rowCount() == 2


def test_the_context_menu_offers_the_edits_that_apply_to_the_cell(
    qtbot, library, make_document
) -> None:
    view = _view(qtbot, library, make_document)
    view.table.setCurrentIndex(view.model.index(0, 0))  # the evidence column
    enabled = {a.text(): a.isEnabled() for a in view.context_menu().actions() if a.text()}
    assert enabled[OPEN_IN_READER] and enabled["Remove Evi&dence…"]
    assert not enabled["&Edit Hypothesis…"] and not enabled["Re&move Hypothesis…"]
    view.editor.enable_all()
    view.table.setCurrentIndex(view.model.index(1, 2))  # the foot row, under H1
    enabled = {a.text(): a.isEnabled() for a in view.context_menu().actions() if a.text()}
    assert enabled["&Edit Hypothesis…"] and not enabled["Remove Evi&dence…"]
    assert not enabled[OPEN_IN_READER]


def test_the_menu_key_opens_the_menu_on_the_current_cell(
    qtbot, library, make_document, monkeypatch
) -> None:
    view = _view(qtbot, library, make_document)
    shown: list[list[str]] = []
    monkeypatch.setattr(view, "popup", lambda menu, _point: shown.append(
        [a.text() for a in menu.actions() if a.isEnabled() and a.text()]))
    view.table.setCurrentIndex(view.model.index(0, 2))
    # What the window sends the focused table for the Menu key or Shift+F10:
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0),
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.table, event)
    assert shown and "&Edit Hypothesis…" in shown[0] and "Remove Evi&dence…" in shown[0]


def _drop(view: AchView, mime) -> QDropEvent:
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.table.dropEvent(event)
    return event


def test_dropping_a_claim_on_the_matrix_adds_it_as_evidence_undoably(
    qtbot, library, make_document
) -> None:
    view = _view(qtbot, library, make_document)
    event = _drop(view, annotation_mime([2], "Engineers disagreed."))
    assert event.isAccepted()
    assert [e.annotation_id for e in library.ach.get_analysis(1).evidence] == [1, 2]
    assert view.model.rowCount() == 3
    library.history.undo()
    assert [e.annotation_id for e in library.ach.get_analysis(1).evidence] == [1]


def test_a_drop_of_a_row_already_there_or_of_plain_text_adds_nothing(
    qtbot, library, make_document
) -> None:
    view = _view(qtbot, library, make_document)
    before = library.history.undo_labels()
    _drop(view, annotation_mime([1]))
    assert "Already evidence in this analysis: 1." in view.notice.text()
    plain = annotation_mime([])
    plain.setText("2")
    assert not _drop(view, plain).isAccepted()
    assert library.history.undo_labels() == before


def test_dropped_ids_are_read_defensively() -> None:
    mime = annotation_mime([])
    mime.setData(ANNOTATION_MIME, b"3,abc,3,-4,\xff,0,99999999999999999999,5")
    assert annotation_ids(mime) == [3, 5]
    assert annotation_ids(None) == []


def test_delete_analysis_names_what_goes_and_cancel_keeps_it(
    qtbot, library, make_document, monkeypatch
) -> None:
    view = _view(qtbot, library, make_document)
    evidence = library.ach.get_analysis(1).evidence[0].id
    library.ach.rate(evidence, library.ach.get_analysis(1).hypotheses[0].id, "C")
    view.reload()
    asked = _answer(monkeypatch, view, confirm=False)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked[0][0] == "Delete Analysis"
    assert "“Will it reopen?”" in asked[0][1]
    assert "2 hypotheses, 1 evidence row and 1 rating" in asked[0][1]
    assert [a.id for a in library.ach.list_analyses()] == [1]
    assert view.analysis_id == 1


def test_delete_analysis_from_the_edit_menu_shows_the_next_one_and_undo_restores(
    qtbot, library, make_document, monkeypatch
) -> None:
    view = _view(qtbot, library, make_document)
    library.ach.create_analysis("Who paid?", ["City", "State"])
    library.ach.create_analysis("When?", ["May", "June"])
    view.reload_analyses(select=1)
    _answer(monkeypatch, view, confirm=True)
    view._fill_edit_menu()
    entry = next(a for a in view.edit_menu.actions() if a.text() == "De&lete Analysis…")
    assert entry.isEnabled()
    entry.trigger()
    assert [a.id for a in library.ach.list_analyses()] == [2, 3]
    assert view.analysis_id == 2 and view.picker.currentText() == "2. Who paid?"
    assert library.claims.get_claim(1) is not None  # the row's claim stays
    library.history.undo()
    view.reload_analyses(select=1)
    assert len(library.ach.get_analysis(1).evidence) == 1
    assert view.picker.count() == 3 and view.model.rowCount() == 2


def test_deleting_the_only_analysis_leaves_the_empty_state(
    qtbot, library, make_document, monkeypatch
) -> None:
    view = _view(qtbot, library, make_document)
    _answer(monkeypatch, view, confirm=True)
    view.editor.delete_analysis()
    assert list(library.ach.list_analyses()) == []
    assert view.analysis_id is None and view.model.record is None
    assert view.empty_hint.text().startswith("No analysis yet")  # in the empty matrix
    asked = _answer(monkeypatch, view, confirm=True)
    view.editor.delete_analysis()  # nothing left: says so, asks nothing
    assert asked == [] and "No analysis yet" in view.notice.text()


def test_with_no_analysis_only_new_analysis_is_offered(qtbot, library, make_document,
                                                       monkeypatch) -> None:
    """Add Hypothesis…, Add Evidence… and Edit were enabled beside an empty picker."""
    view = _view(qtbot, library, make_document)
    assert all(button.isEnabled() for button in view.growing_buttons)
    _answer(monkeypatch, view, confirm=True)
    view.editor.delete_analysis()
    assert [button.isEnabled() for button in view.growing_buttons] == [False, False, False]
    assert view.new_button.isEnabled()
    library.history.undo()
    view.reload_analyses(select=1)
    assert all(button.isEnabled() for button in view.growing_buttons)
