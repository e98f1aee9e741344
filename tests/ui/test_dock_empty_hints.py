"""The ACH and Duplicate Entities docks say "nothing here" inside their list, as the others do."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.probes import entity_curation, shown_ach_view
from workbench.ui.ach.view import NO_ANALYSIS
from workbench.ui.entities.duplicates_panel import NO_DUPLICATES, DuplicatesPanel
from workbench.ui.theme.manager import ThemeManager


def test_an_empty_ach_dock_says_so_in_the_matrix_not_under_it(qtbot, library) -> None:
    """The sentence sat under the table in the text colour and read as a status line."""
    view = shown_ach_view(qtbot, library)
    assert view.empty_hint.text() == NO_ANALYSIS
    assert not view.hint.isVisible()
    library.ach.create_analysis("Will it reopen?", ["Yes", "No"])
    view.reload()
    qtbot.waitUntil(lambda: view.model.record is not None)
    assert view.empty_hint.text() == ""
    assert view.hint.isVisible() and "H1: Yes" in view.hint.text()


def test_a_library_without_duplicates_says_so_in_the_list(qtbot, library, make_document) -> None:
    make_document(library, "Wire", "Matthew Miller spoke in Moscow.",
                  mentions=(("Matthew Miller", "PERSON", "Matthew Miller"),
                            ("Moscow", "GPE", "Moscow")))
    holder = QWidget()
    qtbot.addWidget(holder)
    curation = entity_curation(library, holder)
    panel = DuplicatesPanel(curation.actions, curation, ThemeManager(), holder)
    assert panel.empty_hint.text() == ""  # not looked yet
    panel.reload()
    qtbot.waitUntil(lambda: not panel.stale and panel.empty_hint.text() != "")
    assert panel.empty_hint.text() == NO_DUPLICATES
    assert panel.status_label.text() == ""  # said once, in the list
