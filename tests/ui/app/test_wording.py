"""One name per command: the toolbar and the dialogs say what the menus say."""

from __future__ import annotations

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
