"""Claims in the window: mark, status, claimant, links via the picker, suggestions, views."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from tests.ui.probes import visible_claims, visible_ids
from workbench.ui.claims.map import layout_nodes
from workbench.ui.claims.picker import ClaimPickerDialog

TEXT_A = ("Moscow - Vladimir Putin met Kim Jong Un on Tuesday. “We will help them build "
          "satellites,” Putin said. Officials said sanctions were discussed.")
TEXT_B = ("Seoul - Officials said Putin promised to help North Korea build satellites. "
          "The weather in Seoul was mild.")
TEXT_C = ("Washington - Analysts doubt that Russia will help North Korea build satellites "
          "soon. Markets were calm.")


@pytest.fixture
def docs(library, make_document) -> tuple[int, int, int]:
    first = make_document(library, "Putin meets Kim", TEXT_A, published="2023-09-13",
                          mentions=(("Vladimir Putin", "PERSON", "Vladimir Putin"),
                                    ("Kim Jong Un", "PERSON", "Kim Jong Un"),
                                    ("Putin", "PERSON", "Vladimir Putin")),
                          quotes=(("“We will help them build satellites,”", "direct",
                                   "Vladimir Putin", "Putin"),))
    second = make_document(library, "Seoul reacts", TEXT_B, published="2023-09-14",
                           mentions=(("Putin", "PERSON", "Vladimir Putin"),
                                     ("North Korea", "GPE", "North Korea")))
    third = make_document(library, "Analysts doubt", TEXT_C, published="2023-09-15",
                          mentions=(("Russia", "GPE", "Russia"),
                                    ("North Korea", "GPE", "North Korea")))
    return first, second, third


def test_mark_claim_change_status_and_claimant(qtbot, library, docs, open_window, settle,
                                               select_text) -> None:
    window = open_window(library)
    window.open_document(docs[0])
    select_text(window, "sanctions were discussed")
    window.actions["mark_claim"].trigger()
    settle(window)
    panel = window.workspace.claims
    assert window.inspector.currentWidget() is panel
    claim_id = panel.claim_id
    assert claim_id is not None and library.claims.get_claim(claim_id).status == "unverified"
    assert claim_id in window.reader.view.rendered.claim_spans
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("disputed"))
    panel.status_combo.activated.emit(panel.status_combo.currentIndex())
    settle(window)
    assert [h.status for h in library.claims.claim_history(claim_id)] == [
        "unverified",
        "disputed",
    ]
    assert "disputed" in panel.status_combo.toolTip()
    panel.claimant_edit.setText("Vladimir Putin")
    panel.claimant_edit.editingFinished.emit()
    settle(window)
    claim = library.claims.get_claim(claim_id)
    assert claim.claimant == "Vladimir Putin" and claim.claimant_entity_id is not None
    window.actions["undo"].trigger()
    settle(window)
    assert library.claims.get_claim(claim_id).claimant is None


def test_one_click_on_a_quote_makes_a_claim_by_its_speaker(qtbot, library, docs, open_window,
                                                          settle) -> None:
    window = open_window(library)
    window.open_document(docs[0])
    quote_item = window.inspector.quotes.topLevelItem(0).child(0)
    window.inspector.quotes.itemClicked.emit(quote_item, 2)
    settle(window)
    claims = library.claims.document_claims(docs[0])
    assert len(claims) == 1 and claims[0].claimant == "Vladimir Putin"
    assert claims[0].quote_id is not None
    window.inspector.quotes.itemClicked.emit(window.inspector.quotes.topLevelItem(0).child(0), 2)
    settle(window)
    assert len(library.claims.document_claims(docs[0])) == 1, "an existing claim is not made twice"


def test_link_to_another_claim_with_the_picker_and_jump(qtbot, library, docs, open_window,
                                                        settle, monkeypatch) -> None:
    first, _ = library.claims.add_claim(docs[0], TEXT_A.index("Officials"), len(TEXT_A))
    other, _ = library.claims.add_claim(docs[1], 0, TEXT_B.index(" The weather"))
    window = open_window(library)
    window.open_document(docs[0])
    seen: list[list[int]] = []

    def pick(dialog: ClaimPickerDialog) -> int:
        dialog.filter_edit.setText("satellites Seoul")
        seen.append(visible_ids(dialog))
        dialog.choose(other, "supports", "same story")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ClaimPickerDialog, "exec", pick)
    panel = window.workspace.claims
    assert panel.select_claim(first)
    panel.link_button.click()
    settle(window)
    assert seen == [[other]]
    links = library.claims.claim_links(first)
    assert [(lk.relation, lk.other_claim_id, lk.note) for lk in links] == [
        ("supports", other, "same story")]
    assert panel.links_tree.topLevelItemCount() == 1
    panel.links_tree.itemDoubleClicked.emit(panel.links_tree.topLevelItem(0), 0)
    assert window.reader.doc_id == docs[1]
    assert window.reader.view.textCursor().selectedText().startswith("Seoul - Officials")
    panel.select_claim(first)


def test_accept_and_reject_suggestions(qtbot, library, docs, open_window, settle,
                                       select_text) -> None:
    window = open_window(library)
    window.open_document(docs[0])
    select_text(window, "“We will help them build satellites,”")
    window.actions["mark_claim"].trigger()
    settle(window)
    claim_id = window.workspace.claims.claim_id
    window.workspace.claims.suggest_button.click()
    panel = window.workspace.suggestions
    settle(window)
    assert window.inspector.currentWidget() is panel
    found = {s.document_id: s for s in panel.suggestions}
    assert set(found) >= {docs[1], docs[2]}
    card = next(c for c in panel.cards if c.suggestion.document_id == docs[1])
    assert "<b>" in card.text_label.text() and "satellites" in card.text_label.text()
    card.accepted.emit(card.suggestion, "supports")
    settle(window)
    settle(window)
    links = library.claims.claim_links(claim_id)
    assert [(lk.relation, lk.other_document_id) for lk in links] == [("supports", docs[1])]
    assert library.claims.document_claims(docs[1]), "the other side became a claim"
    rejected = next(c for c in panel.cards if c.suggestion.document_id == docs[2])
    rejected.rejected.emit(rejected.suggestion)
    settle(window)
    settle(window)
    remaining = {(s.document_id, s.start) for s in panel.suggestions}
    assert (docs[2], rejected.suggestion.start) not in remaining
    assert docs[1] not in {s.document_id for s in panel.suggestions}
    open_card = panel.cards[0] if panel.cards else None
    if open_card is not None:
        open_card.open_button.click()
        assert window.reader.doc_id == open_card.suggestion.document_id


def test_claims_view_filters_and_opens_at_the_claim(qtbot, library, docs, open_window,
                                                    settle) -> None:
    first, _ = library.claims.add_claim(docs[0], TEXT_A.index("Officials"), len(TEXT_A))
    second, _ = library.claims.add_claim(docs[1], 0, TEXT_B.index(" The weather"))
    library.claims.set_claim_status(second, "corroborated")
    library.tags.tag_annotation(second, "topic/space")
    window = open_window(library)
    window.actions["claims_view"].trigger()
    view = window.workspace.claims_view
    qtbot.waitUntil(view.isVisible)
    assert {c.id for c in visible_claims(view)} == {first, second}
    view.status_combo.setCurrentIndex(view.status_combo.findData("corroborated"))
    view.reload()
    assert [c.id for c in visible_claims(view)] == [second]
    view.status_combo.setCurrentIndex(0)
    view.tag_combo.setCurrentIndex(view.tag_combo.findData("topic"))
    view.reload()
    assert [c.id for c in visible_claims(view)] == [second]
    view.tag_combo.setCurrentIndex(0)
    view.reload()
    view.claimant_edit.setText("nobody")
    assert visible_claims(view) == []
    view.claimant_edit.clear()
    item = next(view.table.topLevelItem(r) for r in range(view.table.topLevelItemCount())
                if view.table.topLevelItem(r).data(0, view_role()).id == first)
    view.table.itemDoubleClicked.emit(item, 1)
    assert window.reader.doc_id == docs[0]
    assert window.reader.view.textCursor().selectedText() == TEXT_A[TEXT_A.index("Officials"):]
    library.claims.set_claim_status(first, "retracted")
    window.workspace.actions.run("status", lambda s: s.claims.set_claim_status(first, "disputed"))
    settle(window)
    assert {c.status for c in visible_claims(view)} == {"disputed", "corroborated"}


def view_role() -> int:
    from workbench.ui.claims.library_view import CLAIM_ROLE

    return CLAIM_ROLE


def test_claim_map_draws_nodes_and_edges_and_opens_claims(qtbot, library, docs, open_window,
                                                          settle) -> None:
    first, _ = library.claims.add_claim(docs[0], TEXT_A.index("Officials"), len(TEXT_A))
    second, _ = library.claims.add_claim(docs[1], 0, TEXT_B.index(" The weather"))
    third, _ = library.claims.add_claim(docs[2], 0, TEXT_C.index(" Markets"))
    lonely, _ = library.claims.add_claim(docs[2], TEXT_C.index("Markets"), len(TEXT_C))
    library.claims.link_claims(second, first, "cites")
    library.claims.link_claims(third, second, "contradicts")
    window = open_window(library)
    window.actions["claim_map"].trigger()
    claim_map = window.workspace.claim_map
    qtbot.waitUntil(claim_map.isVisible)
    assert set(claim_map.nodes) == {first, second, third}
    assert sorted(claim_map.edges) == sorted([(second, first, "cites"),
                                              (third, second, "contradicts")])
    xs = [claim_map.nodes[c].pos().x() for c in (first, second, third)]
    assert xs == sorted(xs) and len(set(xs)) == 3, "one column per document, oldest first"
    claim_map.linked_only_check.setChecked(False)
    assert lonely in claim_map.nodes
    claim_map.nodes[third].mousePressEvent(_left_click())
    assert window.reader.doc_id == docs[2]
    window.workspace.actions.run("link", lambda s: s.claims.link_claims(lonely, first, "same"))
    settle(window)
    assert (lonely, first, "same") in claim_map.edges
    places, columns = layout_nodes(library.claims.list_claims())
    assert places == layout_nodes(library.claims.list_claims())[0], "the layout is deterministic"
    assert len(columns) == 3


def _left_click():
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QGraphicsSceneMouseEvent

    event = QGraphicsSceneMouseEvent(QGraphicsSceneMouseEvent.Type.GraphicsSceneMousePress)
    event.setButton(Qt.MouseButton.LeftButton)
    return event


def test_the_claim_editor_scrolls_instead_of_making_the_window_taller(
        qtbot, library, docs, open_window, settle, select_text) -> None:
    """A claim with a link needs ~330 px; the inspector may not demand it of the window.

    A stacked page's minimum counts while hidden: after a live theme switch the whole
    window grew past 640 px with the Entities dock open. The width still asks for the
    editor's buttons, so none is cut at the pane's edge.
    """
    window = open_window(library)
    window.open_document(docs[0])
    select_text(window, "sanctions were discussed")
    window.actions["mark_claim"].trigger()
    settle(window)
    panel = window.workspace.claims
    editor_needs = panel.editor.minimumSizeHint()
    assert editor_needs.height() > 200
    assert panel.minimumSizeHint().height() < editor_needs.height()
    assert panel.minimumSizeHint().width() >= editor_needs.width()
