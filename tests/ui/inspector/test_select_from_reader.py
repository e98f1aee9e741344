"""A click in the reader selects its entity or quote row in the inspector (grouped trees)."""

from __future__ import annotations

from workbench.ui.inspector.panel import INDEXES_ROLE, InspectorPanel
from workbench.ui.reader.pane import load_content
from workbench.ui.theme.manager import ThemeManager

TEXT = ("Maria Kovalenko said the schools will reopen. UNICEF in Kyiv agreed. "
        "Officials in Kharkiv said help would come soon.")


def _panel(qtbot, store, make_document) -> InspectorPanel:
    doc = make_document(store, "Schools", TEXT,
                        mentions=(("UNICEF", "ORG", "UNICEF"), ("Kyiv", "GPE", "Kyiv"),
                                  ("Kharkiv", "GPE", "Kharkiv")),
                        quotes=(("the schools will reopen", "indirect", None, "Maria Kovalenko"),
                                ("help would come soon", "indirect", None, "Officials")))
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    panel.show()
    panel.show_content(load_content(store, doc))
    return panel


def test_an_entity_in_a_folded_group_is_selected_and_its_group_unfolded(
        qtbot, store, make_document) -> None:
    panel = _panel(qtbot, store, make_document)
    panel.setCurrentWidget(panel.quotes)
    kharkiv = store.entities.find_entity_id("Kharkiv")
    group = next(panel.entities.topLevelItem(g) for g in range(panel.entities.topLevelItemCount())
                 if panel.entities.topLevelItem(g).childCount() == 2)
    group.setExpanded(False)
    assert panel.select_entity(kharkiv)
    item = panel.entities.currentItem()
    assert item.text(0) == "Kharkiv" and item.parent() is group and group.isExpanded()
    assert panel.currentWidget() is panel.entities
    assert not panel.select_entity(kharkiv + 1000)
    assert panel.entities.currentItem() is item


def test_a_quote_is_selected_in_its_speakers_group(qtbot, store, make_document) -> None:
    panel = _panel(qtbot, store, make_document)
    panel.select_quote(1)
    item = panel.quotes.currentItem()
    assert item.data(0, INDEXES_ROLE) == 1 and item.text(0) == "help would come soon"
    assert panel.currentWidget() is panel.quotes
    panel.setCurrentWidget(panel.entities)
    panel.select_quote(7)  # no such quote: nothing changes
    assert panel.currentWidget() is panel.entities and panel.quotes.currentItem() is item
