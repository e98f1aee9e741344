"""The entity page with no entity chosen says what it will hold, not five greyed buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workbench.ui.entities.controller import EntityController
from workbench.ui.entities.page import EntityPage
from workbench.ui.theme.manager import ThemeManager


def test_an_empty_page_explains_itself_and_a_chosen_entity_brings_buttons_and_tabs(
        qtbot, library, make_document) -> None:
    make_document(library, "Wire", "Matthew Miller spoke.",
                  mentions=(("Matthew Miller", "PERSON", "Matthew Miller"),))
    [entity] = library.entities.entity_ids()
    holder = QWidget()
    qtbot.addWidget(holder)
    page = EntityPage(library, EntityController(library, None, holder), ThemeManager(), holder)
    page.resize(500, 400)
    holder.show()
    qtbot.waitExposed(holder)
    assert page.empty_label.isVisible() and "documents that mention it" in page.empty_label.text()
    assert not any(button.isVisible() for button in page.buttons.values())
    assert not page.tabs.isVisible()
    page.show_entity(entity)
    assert not page.empty_label.isVisible()
    assert all(button.isVisible() and button.isEnabled()
               for key, button in page.buttons.items() if key != "remove_alias")
    assert page.tabs.isVisible() and page.documents.topLevelItemCount() == 1
    page.show_entity(None)
    assert page.empty_label.isVisible() and not page.tabs.isVisible()
