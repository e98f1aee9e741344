"""The Entities table sorted by name puts "Ábel" beside "Abel", "Émile" among the e's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.probes import entity_curation
from workbench.ui.entities.table_model import COLUMN_KEYS
from workbench.ui.entities.view import EntitiesView
from workbench.ui.theme.manager import ThemeManager

TEXT = "Zoë Baird met Émile Zola, Abel Lewis and Ábel Tasman, then Ed Burns."
PEOPLE = ("Zoë Baird", "Émile Zola", "Abel Lewis", "Ábel Tasman", "Ed Burns")


def _names(view: EntitiesView) -> list[str]:
    name = COLUMN_KEYS.index("name")
    return [view.model.index(row, name).data() for row in range(view.model.rowCount())]


def test_sorting_by_name_ignores_accents_and_case(qtbot, library, make_document) -> None:
    make_document(library, "Meeting", TEXT,
                  mentions=tuple((person, "PERSON", person) for person in PEOPLE))
    holder = QWidget()
    qtbot.addWidget(holder)
    view = EntitiesView(library, ThemeManager(), entity_curation(library, holder), holder)
    holder.show()
    qtbot.waitExposed(view)
    view.reload()
    view.table.sortByColumn(COLUMN_KEYS.index("name"), Qt.SortOrder.AscendingOrder)
    expected = ["Abel Lewis", "Ábel Tasman", "Ed Burns", "Émile Zola", "Zoë Baird"]
    qtbot.waitUntil(lambda: _names(view) == expected)
