"""Dragging evidence into the ACH matrix: the claims table, the Claims tab and the reader drag ids.

A real drag runs a nested event loop, so each source's ``mimeData`` (what Qt
puts on the drag) is asked directly and handed to the matrix's ``dropEvent``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, Signal

from workbench.ui.ach.view import AchView
from workbench.ui.claims.document_panel import ClaimList
from workbench.ui.claims.library_view import ClaimsView
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.annotation_drag import ANNOTATION_MIME, annotation_ids

TEXT = "Officials said the bridge would reopen in May. Engineers disagreed with them."


class ChangeFeed(QObject):
    changes_applied = Signal(object)


def _drop_on(view: AchView, mime) -> None:
    from PySide6.QtGui import QDropEvent

    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.table.dropEvent(event)
    assert event.isAccepted()


def test_a_row_of_the_claims_table_drops_into_the_matrix_as_evidence(
    qtbot, library, make_document
) -> None:
    doc = make_document(library, "Bridge", TEXT)
    first, _ = library.claims.add_claim(doc, 15, 45)
    second, _ = library.claims.add_claim(doc, 47, 66)
    library.ach.create_analysis("Will it reopen?", ["Yes", "No"])
    feed = ChangeFeed()
    claims = ClaimsView(library, ThemeManager(), changes_applied=feed.changes_applied)
    qtbot.addWidget(claims)
    claims.reload()
    items = [claims.table.topLevelItem(r) for r in range(claims.table.topLevelItemCount())]
    row = next(item for item in items if item.text(1).startswith("Engineers"))
    mime = claims.table.mimeData([row])
    assert annotation_ids(mime) == [second] and mime.text() == TEXT[47:66]
    assert claims.table.dragEnabled() and ANNOTATION_MIME in claims.table.mimeTypes()
    view = AchView(library, StoreActions(library, None, feed.changes_applied),
                   feed.changes_applied)
    qtbot.addWidget(view)
    view.show()
    _drop_on(view, mime)
    assert [e.annotation_id for e in library.ach.get_analysis(1).evidence] == [second]
    assert view.model.evidence_at(0)["claim_id"] == second and first != second


def test_the_claims_tab_list_drags_its_claim_ids(qtbot) -> None:
    from PySide6.QtWidgets import QListWidgetItem

    from workbench.ui.claims.document_panel import CLAIM_ROLE

    claim_list = ClaimList()
    qtbot.addWidget(claim_list)
    item = QListWidgetItem("the bridge would reopen")
    item.setData(CLAIM_ROLE, 7)
    claim_list.addItem(item)
    assert annotation_ids(claim_list.mimeData([item])) == [7]


def test_a_selection_within_a_claim_in_the_reader_carries_its_id(
    qtbot, library, make_document
) -> None:
    doc = make_document(library, "Bridge", TEXT)
    claim_id, _ = library.claims.add_claim(doc, 15, 45)
    highlight_id, _ = library.annotations.add_annotation(doc, 47, 56)
    feed = ChangeFeed()
    pane = ReaderPane(library, ThemeManager(), changes_applied=feed.changes_applied)
    qtbot.addWidget(pane)
    pane.resize(800, 500)
    pane.show()
    pane.show_document(doc)
    view = pane.view
    view.show_annotation(claim_id)  # a click on a claim selects it so
    mime = view.createMimeDataFromSelection()
    assert annotation_ids(mime) == [claim_id] and mime.text() == TEXT[15:45]
    view.show_store_span(20, 26)  # a few words inside the claim
    assert annotation_ids(view.createMimeDataFromSelection()) == [claim_id]
    view.show_annotation(highlight_id)
    assert annotation_ids(view.createMimeDataFromSelection()) == [highlight_id]
    view.show_store_span(40, 50)  # across the claim's end: no one annotation
    mime = view.createMimeDataFromSelection()
    assert not mime.hasFormat(ANNOTATION_MIME) and mime.text()


def test_both_claim_lists_are_copy_only_drag_sources_offering_the_same_formats(qtbot) -> None:
    """The Claims tab's list and the claims table share one drag set-up (no drift between them)."""
    from PySide6.QtWidgets import QAbstractItemView

    from workbench.ui.claims.library_view import ClaimsTree
    from workbench.ui.widgets.annotation_drag import DRAG_MIME_TYPES

    for view in (ClaimList(), ClaimsTree()):
        qtbot.addWidget(view)
        assert view.dragEnabled()
        assert view.dragDropMode() == QAbstractItemView.DragDropMode.DragOnly
        assert view.defaultDropAction() == Qt.DropAction.CopyAction
        assert view.mimeTypes() == list(DRAG_MIME_TYPES) == [ANNOTATION_MIME, "text/plain"]
        assert not view.acceptDrops()


def test_the_claims_tab_list_drags_its_items_text_for_other_apps(qtbot) -> None:
    from PySide6.QtWidgets import QListWidgetItem

    from workbench.ui.claims.document_panel import CLAIM_ROLE

    claim_list = ClaimList()
    qtbot.addWidget(claim_list)
    items = []
    for claim_id, text in ((3, "first claim"), (None, "no claim"), (9, "second claim")):
        item = QListWidgetItem(text)
        item.setData(CLAIM_ROLE, claim_id)
        claim_list.addItem(item)
        items.append(item)
    mime = claim_list.mimeData(items)
    assert annotation_ids(mime) == [3, 9]
    assert mime.text() == "first claim\nno claim\nsecond claim"
