"""One house style for the words on commands: every title, menu item, toolbar tip and button.

The table is read from the running window (menus, toolbar, docks, the dialogs
the Tools and File menus open), so a new button in sentence case fails here;
message-box titles are checked in the source (``test_message_boxes.py``).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QToolButton

from tests.ui.wording_rule import title_case

#: Actions whose text names the object acted on ("Undo Tag Document “…”"): not a fixed label.
OBJECT_LABELS = {"Redo"}


@pytest.mark.parametrize(("typed", "house"), [
    ("Merge not possible", "Merge Not Possible"),
    ("This is…", "This Is…"),
    ("Mark as &Claim", "Mark as &Claim"),  # short prepositions stay small after the first word
    ("Link to…", "Link to…"),
    ("Zoom &In", "Zoom &In"),  # a last word is a particle
    ("Export CSV…", "Export CSV…"),  # abbreviations keep their capitals
    ("Could not restore the backup", "Could Not Restore the Backup"),
    ("Undo Delete Claim “the army moved”", "Undo Delete Claim “the army moved”"),  # quoted object
])
def test_title_case_follows_the_house_rule(typed: str, house: str) -> None:
    assert title_case(typed) == house


def _command_words(window) -> dict[str, str]:
    """Every command's words in the window and its dialogs, keyed by where they appear."""
    words: dict[str, str] = {}
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text() and not action.text().replace("&", "").startswith("Undo"):
                words[f"menu {menu.title()} / {action.text()}"] = action.text()
    for button in window.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and button.isVisible() and not action.text().startswith("Undo"):
            words[f"toolbar {action.text()}"] = action.text()
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            if top is not window:  # the main window is titled by its library's file name
                words[f"title of {type(top).__name__}"] = top.windowTitle().split(" — ")[0]
            for push in top.findChildren(QPushButton):
                if push.text():
                    words[f"button in {type(top).__name__}: {push.text()}"] = push.text()
    for key, dock in window.workspace.docks.items():
        words[f"dock {key}"] = dock.windowTitle()
    return {where: text for where, text in words.items() if text not in OBJECT_LABELS}


def test_every_command_in_the_window_and_its_dialogs_is_in_title_case(
        qtbot, library, make_document, open_window) -> None:
    make_document(library, "Sanctions", "The State Department warned Moscow.")
    window = open_window(library)
    workspace = window.workspace
    for key in workspace.docks:
        workspace.show_dock(key)
    for dialog in (workspace.open_export(), workspace.open_batch_search(),
                   workspace.open_tag_manager()):
        qtbot.addWidget(dialog)
    words = _command_words(window)
    assert len(words) > 60, words  # the sweep really saw the menus, buttons and dialogs
    wrong = {where: text for where, text in words.items() if title_case(text) != text}
    assert not wrong, wrong

