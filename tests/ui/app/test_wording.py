"""One name per command: the toolbar and the dialogs say what the menus say."""

from __future__ import annotations

from tests.ui.probes import entity_curation
from tests.ui.wording_rule import title_case
from workbench.ui.app.window_actions import ACTIONS, WORDY_TOOLBAR_BUTTONS
from workbench.ui.dialogs.entities import CreateEntityDialog

MENU_TEXT = {spec.key: spec.text.replace("&", "").removesuffix("…") for spec in ACTIONS}


def test_the_toolbar_names_import_as_the_file_menu_does(qtbot, library, open_window) -> None:
    window = open_window(library)
    for key in WORDY_TOOLBAR_BUTTONS:
        button = window.actions.toolbar.widgetForAction(window.actions[key])
        assert button.text() == MENU_TEXT[key]  # "Import Files", not "Import"


def test_a_dialog_is_titled_like_the_menu_item_that_opens_it(qtbot) -> None:
    dialog = CreateEntityDialog("Matthew Miller", {"PERSON": "Person"})
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == MENU_TEXT["create_entity"]


def test_every_filter_names_its_no_filter_choice_any(qtbot, library, open_window,
                                                     make_document) -> None:
    """"Any tag", "Any status", "Any type": one word for "not narrowed" in every filter row."""
    from PySide6.QtWidgets import QComboBox

    make_document(library, "Sanctions", "The State Department warned Moscow.")
    window = open_window(library)
    assert window.workspace is not None
    for key in window.workspace.docks:
        window.workspace.show_dock(key)
    no_filter = [combo.itemText(0) for combo in window.findChildren(QComboBox)
                 if combo.count() and combo.itemData(0) is None and combo.itemText(0)]
    assert len(no_filter) >= 5, no_filter
    assert all(text.startswith("Any ") for text in no_filter), no_filter




def test_curation_dialogs_are_titled_in_title_case_like_their_buttons(
        qtbot, library, make_document, monkeypatch) -> None:
    """The button says "Add Alias…": the dialog it opens said "Add alias"."""
    from PySide6.QtWidgets import QInputDialog, QWidget

    from workbench.ui.entities import controller as entity_controller

    make_document(library, "Summit", "Putin met Kim.", mentions=(("Putin", "PERSON", "Putin"),))
    titles: list[str] = []

    def asked(dialog: QInputDialog) -> int:
        titles.append(dialog.windowTitle())
        return QInputDialog.DialogCode.Rejected

    monkeypatch.setattr(QInputDialog, "exec", asked)
    monkeypatch.setattr(entity_controller, "ask_yes_no",
                        lambda _p, title, _q, **_k: titles.append(title))
    holder = QWidget()
    qtbot.addWidget(holder)
    curation = entity_curation(library, holder)
    putin = library.entities.find_entity_id("Putin")
    library.entities.add_entity_alias(putin, "Vladimir Putin")
    for act in (curation.rename, curation.relabel, curation.add_alias, curation.remove_alias,
                curation.hide):
        act(putin)
    assert titles == ["Rename Entity", "Change Type", "Add Alias", "Remove Alias", "Hide Entity"]
    assert all(title_case(title) == title for title in titles)
    assert title_case("Link Claim to Another Claim") == "Link Claim to Another Claim"
    assert title_case("Rename entity") != "Rename entity"


def test_the_empty_tag_manager_names_the_menu_items_that_tag(qtbot, library, open_window) -> None:
    from workbench.ui.dialogs.tag_manager import NO_TAGS, TagManagerDialog

    window = open_window(library)
    dialog = TagManagerDialog(library, window.workspace.actions, window)
    qtbot.addWidget(dialog)
    assert dialog.empty_hint.text() == NO_TAGS
    for key in ("tag_document", "tag_selection"):
        assert f"Document → {MENU_TEXT[key]}…" in NO_TAGS



def test_no_count_in_the_app_says_document_s() -> None:
    """"Imported 1 document(s)", "analysis(es)": the window, the command line and the error
    messages say "1 document" and "2 documents" (``core.text.plural``); every count reads
    the same."""
    import ast
    import re
    from pathlib import Path

    hedged = re.compile(r"[a-z]\((?:s|es)\)")
    app = Path(__file__).resolve().parents[3] / "workbench"  # the window, the CLI, the errors
    found = []
    for path in app.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
                      and node.body and isinstance(node.body[0], ast.Expr)}
        found += [f"{path.name}:{node.lineno}: {node.value}" for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)
                  and id(node) not in docstrings
                  and hedged.search(node.value.replace("http(s)", ""))]
    assert not found, found


def test_the_link_picker_is_titled_with_the_menu_items_words(qtbot) -> None:
    from workbench.ui.claims.picker import ClaimPickerDialog

    dialog = ClaimPickerDialog([], "Officials said the talks went well.")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith(MENU_TEXT["link_claim"])  # "Link Claim to"
