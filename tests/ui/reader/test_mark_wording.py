"""A mark's commands have one name each: the reader's menu, the note card and the note editor."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from workbench.ui.reader import analyst_controller
from workbench.ui.reader.analyst_controller import ADD_NOTE_TITLE

TEXT = "The State Department warned Moscow again."


def _highlighted_window(library, make_document, open_window):
    doc = make_document(library, "Sanctions", TEXT)
    annotation_id, _ = library.annotations.add_annotation(doc, 4, 20, note_md="Check it.")
    window = open_window(library)
    window.open_document(doc)
    return window, annotation_id


def test_the_note_card_buttons_say_what_the_reader_menu_says(
        qtbot, library, make_document, open_window) -> None:
    window, _ = _highlighted_window(library, make_document, open_window)
    workspace = window.workspace
    window.inspector.setCurrentWidget(workspace.notes)
    [card] = workspace.notes.cards
    view = window.reader.view
    position = view.rendered.to_qt(TEXT.index("State") + 2)
    menu = workspace.reader_menu.build(position)
    qtbot.addWidget(menu)
    words = {action.text().removesuffix("…") for action in menu.actions()}
    tips = [button.toolTip() for button in (card.edit_button, card.color_button,
                                            card.tag_button)]
    assert tips == ["Edit Highlight Note", "Highlight Colour", "Tag Highlight"]
    assert set(tips) <= words, words  # "Change colour" and "Tag this passage" were other names
    assert card.delete_button.toolTip().startswith("Delete Highlight")
    assert "Delete Highlight" in words


def test_the_note_editor_is_titled_by_the_command_that_opened_it(
        qtbot, library, make_document, open_window, select_text, monkeypatch) -> None:
    from workbench.ui.app.window_actions import ACTION_SPECS

    window, annotation_id = _highlighted_window(library, make_document, open_window)
    titles: list[str] = []

    def cancelled(dialog: QDialog) -> int:
        titles.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(analyst_controller.NoteEditorDialog, "exec", cancelled)
    analyst = window.workspace.analyst
    select_text(window, "Moscow again")
    analyst.add_note_to_selection()
    analyst.edit_note(annotation_id)
    assert ADD_NOTE_TITLE == ACTION_SPECS["add_note"].text.replace("&", "").removesuffix("…")
    assert titles == ["Add Note", "Edit Highlight Note"]  # both were titled "Note"
