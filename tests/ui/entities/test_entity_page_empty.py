"""The entity page with no entity chosen says what it will hold, not five greyed buttons."""

from __future__ import annotations


def test_an_empty_page_explains_itself_and_a_chosen_entity_brings_buttons_and_tabs(
        library, make_document, shown_entity_page) -> None:
    make_document(library, "Wire", "Matthew Miller spoke.",
                  mentions=(("Matthew Miller", "PERSON", "Matthew Miller"),))
    [entity] = library.entities.entity_ids()
    page = shown_entity_page(library, 500)
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
