"""One rule for a dialog's accept button: OK for a setting, a verb for an action.

Why a rule: "Your Name" said Save where "Extraction Cluster" said OK, and
"Create Entity" said OK where "Merge Entities" said Merge. A setting is
confirmed (OK); a dialog that changes the library says what it will do.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

import workbench
from workbench.core.records import DocumentGrade
from workbench.ui.ach.model import FIXED_BEFORE
from workbench.ui.dialogs.cluster import ClusterDialog
from workbench.ui.dialogs.entities import CreateEntityDialog, EntityPickerDialog
from workbench.ui.dialogs.grade import reliability_dialog
from workbench.ui.dialogs.identity import IdentityDialog
from workbench.ui.dialogs.standard import yes_no_box
from workbench.ui.dialogs.tags import TagPathDialog


def accept_text(dialog: QDialog) -> str:
    """The text of the dialog's accepting button (the one with the AcceptRole)."""
    box = dialog.findChild(QDialogButtonBox)
    accepting = [button for button in box.findChildren(QPushButton)
                 if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole]
    assert len(accepting) == 1
    return accepting[0].text().replace("&", "")


def test_settings_dialogs_say_ok(qtbot) -> None:
    for dialog in (IdentityDialog("Ana"), IdentityDialog("", first_start=True), ClusterDialog()):
        qtbot.addWidget(dialog)
        assert accept_text(dialog) == "OK", dialog.windowTitle()


def test_dialogs_that_act_name_the_action(qtbot, library) -> None:
    made = {"Create": CreateEntityDialog("Matthew Miller", {"PERSON": "Person"}),
            "Link": EntityPickerDialog(library, "Miller"),
            "Rename": TagPathDialog("Rename Tag", "New path:", [], "a", action="Rename"),
            "Tag": TagPathDialog("Tag Selection", "Tag with:", [], action="Tag")}
    for verb, dialog in made.items():
        qtbot.addWidget(dialog)
        assert accept_text(dialog) == verb, dialog.windowTitle()


def test_the_tag_dialogs_ask_with_their_verb(qtbot, library, open_window, make_document,
                                             monkeypatch) -> None:
    """Rename Tag and Merge Tag as the Tag Manager opens them, Tag Selection as the reader does."""
    seen: list[str] = []

    def record(dialog: TagPathDialog) -> int:
        seen.append(accept_text(dialog))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(TagPathDialog, "exec", record)
    doc = make_document(library, "Sanctions", "The State Department warned Moscow.")
    library.tags.tag_document(doc, "Region/Europe")
    window = open_window(library)
    manager = window.workspace.open_tag_manager()
    qtbot.addWidget(manager)
    manager.tree.setCurrentItem(manager.tree.topLevelItem(0))
    manager.rename()
    manager.merge()
    claim, _ = library.claims.add_claim(doc, 0, len("The State Department"))
    window.workspace.analyst.tag_selection(annotation_id=claim)
    assert seen == ["Rename", "Merge", "Tag"]


def test_a_question_that_acts_names_its_action_and_offers_cancel(qtbot) -> None:
    """"Restore the newest verified backup now?" answered Yes/No; now Restore Backup/Cancel.

    A question names its verb or cannot be asked: the plain Yes/No box had no
    caller left, only a made-up question in this test.
    """
    acting = yes_no_box(None, "Library Damaged", "Restore it?", action="Restore Backup")
    qtbot.addWidget(acting)
    texts = {button.text().replace("&", "") for button in acting.buttons()}
    assert texts == {"Restore Backup", "Cancel"}
    assert acting.defaultButton() is acting.button(QMessageBox.StandardButton.No)  # safe default
    with pytest.raises(TypeError):
        yes_no_box(None, "Example Question", "Is the sky blue?")  # type: ignore[call-arg]


def questions_without_a_verb(source: str, where: str) -> list[str]:
    """Calls of ``ask_yes_no`` or ``yes_no_box`` in ``source`` that name no ``action``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) in QUESTION_MAKERS
                and not any(keyword.arg == "action" for keyword in node.keywords)):
            found.append(f"{where}:{node.lineno}")
    return found


QUESTION_MAKERS = {"ask_yes_no", "yes_no_box"}


def test_no_question_of_the_app_answers_yes_or_no() -> None:
    """Every question the app asks before acting names its verb.

    Overlapping Claim, the last plain Yes/No box, now says Mark as Claim; a new
    ``ask_yes_no`` without ``action=`` fails here.
    """
    package = Path(workbench.__file__).parent
    plain = [call for path in sorted(package.rglob("*.py"))
             for call in questions_without_a_verb(path.read_text(encoding="utf-8"),
                                                  str(path.relative_to(package)))]
    assert plain == []


def test_the_plain_question_check_sees_a_missing_verb() -> None:
    """The scan above is no vacuous pass: it flags a Yes/No question that acts."""
    source = 'ask_yes_no(self, "Overlapping Claim", "Mark it anyway?")\n'
    assert questions_without_a_verb(source, "example.py") == ["example.py:1"]
    assert questions_without_a_verb(source.replace(")", ', action="Mark")'), "x.py") == []


@pytest.fixture
def asked(monkeypatch) -> dict[str, set[str]]:
    """Every message box shown, by title, with its button texts; each is answered No."""
    seen: dict[str, set[str]] = {}

    def record(box: QMessageBox) -> int:
        seen[box.windowTitle()] = {button.text().replace("&", "") for button in box.buttons()}
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", record)
    return seen


def claim_as_evidence(library, make_document, hypotheses: tuple[str, ...]) -> int:
    """A one-sentence document whose claim is evidence of an analysis; returns the claim."""
    text = "Putin met Kim in Moscow."
    doc = make_document(library, "Summit", text, mentions=(("Putin", "PERSON", "Putin"),))
    claim, _ = library.claims.add_claim(doc, 0, len(text))
    library.ach.create_analysis("Will they meet again?", hypotheses)
    [analysis] = library.ach.list_analyses()
    library.ach.add_evidence(analysis.id, claim)
    return claim


def test_questions_before_a_removal_name_it(qtbot, library, make_document, open_window,
                                            asked) -> None:
    """Hide Entity and Delete Evidence asked Yes/No; a removal says what it removes."""
    claim = claim_as_evidence(library, make_document, ("Yes", "No"))
    window = open_window(library)
    window.workspace.curation.hide(library.entities.find_entity_id("Putin"))
    window.workspace.analyst.delete_annotation(claim)
    assert asked == {"Hide Entity": {"Hide", "Cancel"}, "Delete Evidence": {"Delete", "Cancel"}}


def test_the_matrix_and_the_outdated_analysis_ask_with_their_verb(
        qtbot, library, make_document, open_window, asked) -> None:
    """Remove Hypothesis, Remove Evidence, Delete Analysis and Analyse Outdated Documents
    asked Yes/No where Hide Entity and Delete Evidence named their act."""
    claim_as_evidence(library, make_document, ("Yes", "No", "Later"))
    window = open_window(library)
    ach = window.workspace.ach_view
    ach.reload_analyses()
    ach.table.setCurrentIndex(ach.model.index(0, FIXED_BEFORE))
    for act in (ach.editor.remove_hypothesis, ach.editor.remove_evidence,
                ach.editor.delete_analysis):
        act()
    window.outdated.count = 2
    window.outdated.confirm_and_analyse()
    assert asked == {"Remove Hypothesis": {"Remove", "Cancel"},
                    "Remove Evidence": {"Remove", "Cancel"},
                    "Delete Analysis": {"Delete", "Cancel"},
                    "Analyse Outdated Documents": {"Analyse", "Cancel"}}


def test_input_dialogs_that_act_name_the_action(qtbot, library, make_document, open_window,
                                                monkeypatch) -> None:
    """Qt's input dialogs (Rename Entity, New Analysis…) said OK for what changes the library.

    Edit Hypothesis said Save, the one input dialog whose verb was not its action's
    ("Reword the current column's hypothesis", as Rename Analysis rewords the question).
    """
    seen: dict[str, str] = {}

    def record(dialog: QInputDialog) -> int:
        seen[dialog.windowTitle()] = dialog.okButtonText().replace("&", "")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QInputDialog, "exec", record)
    make_document(library, "Summit", "Putin met Kim.", mentions=(("Putin", "PERSON", "Putin"),))
    putin = library.entities.find_entity_id("Putin")
    library.entities.add_entity_alias(putin, "Vladimir Putin")
    library.ach.create_analysis("Will they meet again?", ("Yes", "No"))
    window = open_window(library)
    curation = window.workspace.curation
    for act in (curation.rename, curation.relabel, curation.add_alias, curation.remove_alias):
        act(putin)
    ach = window.workspace.ach_view
    ach.reload_analyses()
    ach.new_analysis()
    ach.table.setCurrentIndex(ach.model.index(0, FIXED_BEFORE))  # H1
    for act in (ach.editor.rename, ach.editor.add_hypothesis, ach.editor.edit_hypothesis,
                ach.editor.add_evidence):
        act()
    assert seen == {"Rename Entity": "Rename", "Change Type": "Change", "Add Alias": "Add",
                    "Remove Alias": "Remove", "New Analysis": "Create",
                    "Rename Analysis": "Rename", "Add Hypothesis": "Add",
                    "Edit Hypothesis": "Reword", "Add Evidence": "Add"}


def test_grade_reliability_says_grade(qtbot) -> None:
    """Grading writes the library: its accept button says so, as Qt's OK did not."""
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = reliability_dialog(parent, DocumentGrade(document_id=1))
    assert accept_text(dialog) == "Grade"
