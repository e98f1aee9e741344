"""The window's text dialogs refuse a label longer than the CLI and the store take."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog

from workbench.ui.ach.model import FIXED_BEFORE
from workbench.ui.dialogs import input_dialogs


def test_every_label_dialog_refuses_a_label_too_long_in_words(
        qtbot, library, make_document, open_window, monkeypatch) -> None:
    """Before: a pasted 600-character alias or question was written; the writer took it whole."""
    refused: dict[str, str] = {}
    asked: list[str] = []

    def answer_too_long(dialog: QInputDialog) -> int:
        """A 600-character answer; asked again with it, the analyst cancels."""
        if dialog.textValue() == "word " * 120:
            return QDialog.DialogCode.Rejected
        asked.append(dialog.windowTitle())
        dialog.setTextValue("word " * 120)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer_too_long)
    monkeypatch.setattr(input_dialogs, "show_error",
                        lambda _parent, title, message: refused.update({asked[-1]: message}))
    make_document(library, "Summit", "Putin met Kim.", mentions=(("Putin", "PERSON", "Putin"),))
    putin = library.entities.find_entity_id("Putin")
    library.ach.create_analysis("Will they meet again?", ("Yes", "No"))
    window = open_window(library)
    curation = window.workspace.curation
    curation.rename(putin)
    curation.add_alias(putin)
    ach = window.workspace.ach_view
    ach.reload_analyses()
    ach.new_analysis()
    ach.table.setCurrentIndex(ach.model.index(0, FIXED_BEFORE))  # H1
    for act in (ach.editor.rename, ach.editor.add_hypothesis, ach.editor.edit_hypothesis):
        act()
    assert refused == {
        "Rename Entity": "An entity's name is at most 500 characters long.",
        "Add Alias": "An alias is at most 500 characters long.",
        "New Analysis": "A question is at most 500 characters long.",
        "Rename Analysis": "A question is at most 500 characters long.",
        "Add Hypothesis": "A hypothesis is at most 500 characters long.",
        "Edit Hypothesis": "A hypothesis is at most 500 characters long.",
    }
    assert library.entities.entity_aliases([putin]) == {}
    assert [a.question for a in library.ach.list_analyses()] == ["Will they meet again?"]


def test_create_entity_is_off_for_a_selection_longer_than_a_label(qtbot) -> None:
    """A 5,000-character selection was offered, and taken, as the new entity's name."""
    from workbench.ui.dialogs.entities import CreateEntityDialog

    dialog = CreateEntityDialog("Omsk " * 1000, {})
    qtbot.addWidget(dialog)
    assert not dialog.create_button.isEnabled()
    assert dialog.refusal.text() == "An entity's name is at most 500 characters long."
    dialog.name_edit.setText("Omsk")
    assert dialog.create_button.isEnabled() and dialog.refusal.text() == ""


def test_a_refused_label_is_asked_again_with_the_words_typed(qtbot, monkeypatch) -> None:
    """The refusal closed the dialog: a pasted question had to be pasted again to be cut."""
    long_question = "Will the talks resume " + "and go on " * 60 + "?"
    shown: list[str] = []

    def analyst(dialog: QInputDialog) -> int:
        shown.append(dialog.textValue())
        if len(shown) == 1:
            dialog.setTextValue(long_question)
        else:
            dialog.setTextValue(dialog.textValue()[:40])  # cut what is still there
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", analyst)
    monkeypatch.setattr(input_dialogs, "show_error", lambda *_: None)
    value = input_dialogs.ask_text(None, "New Analysis", "Question:", action="Create",
                                   label_of="a question")
    assert shown == ["", long_question]
    assert value == long_question[:40]


def test_cancelling_after_a_refusal_answers_none(qtbot, monkeypatch) -> None:
    """The second asking, cancelled, ends the loop: nothing is created, nothing asked again."""
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])
    shown: list[str] = []

    def analyst(dialog: QInputDialog) -> int:
        shown.append(dialog.textValue())
        dialog.setTextValue("x" * 501)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "exec", analyst)
    monkeypatch.setattr(input_dialogs, "show_error", lambda *_: None)
    value = input_dialogs.ask_text(None, "Add Alias", "Alias:", action="Add", label_of="an alias")
    assert value is None and shown == ["", "x" * 501]
