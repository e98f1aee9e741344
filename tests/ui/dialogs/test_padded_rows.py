"""Lists an analyst scans (conflicts, claims, batch matches): rows with air, columns with a gap."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from workbench.core.merge_records import MergeConflict
from workbench.ui.dialogs.merge_conflicts import KIND, SUBJECT, ConflictsPanel

CONFLICTS = [MergeConflict(n, "claim status", f'claim "The bridge {n} was closed" in "Storm"',
                           "supported", "disputed", "Alice", "Bob") for n in range(12)]


def test_conflict_rows_are_taller_than_their_text_and_columns_keep_a_gap(qtbot) -> None:
    panel = ConflictsPanel(CONFLICTS)
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    table = panel.table
    metrics = table.fontMetrics()
    first = table.visualItemRect(table.topLevelItem(0))
    assert first.height() >= metrics.lineSpacing() + 6
    kind_width = table.header().sectionSize(KIND)
    assert kind_width >= metrics.horizontalAdvance("Claim status") + 12
    assert table.header().sectionPosition(SUBJECT) == kind_width


def test_the_claims_table_pads_its_rows_too(qtbot, library, make_document, open_window) -> None:
    text = "The bridge was closed on Monday. The ferry kept running."
    doc = make_document(library, "Storm", text)
    library.claims.add_claim(doc, 0, text.index(" on Monday"))
    window = open_window(library)
    window.actions["claims_view"].trigger()
    view = window.workspace.claims_view
    qtbot.waitUntil(lambda: view.isVisible() and view.table.topLevelItemCount() == 1)
    row = view.table.visualItemRect(view.table.topLevelItem(0))
    assert row.height() >= view.table.fontMetrics().lineSpacing() + 6


def test_batch_search_matches_are_padded(qtbot) -> None:
    from PySide6.QtWidgets import QTreeWidgetItem

    from workbench.ui.dialogs.batch_search import BatchSearchDialog

    dialog = BatchSearchDialog(actions=None)
    qtbot.addWidget(dialog)
    dialog.results_tree.addTopLevelItem(QTreeWidgetItem(["A statement", "", "1 document"]))
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.results_tree
    row = tree.visualItemRect(tree.topLevelItem(0))
    assert row.height() >= tree.fontMetrics().lineSpacing() + 6


def test_the_claims_tab_at_1024_pads_claims_and_shows_the_grade_whole(
        qtbot, library, make_document, open_window) -> None:
    text = "The bridge was closed on Monday. The ferry kept running all week long."
    doc = make_document(library, "Storm", text)
    library.claims.add_claim(doc, 0, text.index(" on Monday"))
    library.claims.add_claim(doc, text.index("The ferry"), len(text) - 1)
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    panel = window.workspace.claims
    window.inspector.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.claim_list.count() == 2)
    claims = panel.claim_list
    row = claims.visualItemRect(claims.item(0))
    assert row.height() >= claims.fontMetrics().lineSpacing() + 6
    assert not claims.horizontalScrollBar().isVisible()
    for button in (panel.grade_row.credibility_button, panel.grade_row.reliability_button):
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width() - 24

