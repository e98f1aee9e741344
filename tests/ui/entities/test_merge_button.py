"""Merge Selected… is enabled only while two or more entities are selected."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QWidget

from tests.ui.probes import entity_curation
from workbench.ui.entities.view import MERGE_NEEDS, MERGE_TIP, EntitiesView
from workbench.ui.theme.manager import ThemeManager

TEXT = "Kim Jong Un met Kim Jong-un and Vladimir Putin."
PEOPLE = ("Kim Jong Un", "Kim Jong-un", "Vladimir Putin")


def test_merge_waits_for_two_selected_entities(qtbot, library, make_document) -> None:
    make_document(library, "Summit", TEXT,
                  mentions=tuple((person, "PERSON", person) for person in PEOPLE))
    holder = QWidget()
    qtbot.addWidget(holder)
    view = EntitiesView(library, ThemeManager(), entity_curation(library, holder), holder)
    holder.show()
    qtbot.waitExposed(view)
    view.reload()
    button = view.merge_button
    assert not button.isEnabled() and button.toolTip() == MERGE_NEEDS
    selection = view.table.selectionModel()
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(view.model.index(0, 0), rows)
    assert not button.isEnabled(), "one entity is nothing to merge"
    selection.select(view.model.index(1, 0), rows)
    assert button.isEnabled() and button.toolTip() == MERGE_TIP
    view.name_edit.setText("Putin")
    view.apply_filter()
    assert not button.isEnabled(), "a filter that leaves one row clears the pair"
