"""A link's relation has one spelling in the window: the Claims tab's ("Supports")."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.ui.inspector.test_suggestions_panel import CLAIM_DOC, REPORT
from tests.ui.wording_rule import title_case
from workbench.core.vocabulary import RELATIONS
from workbench.ui.claims.claim_links import link_row_text
from workbench.ui.claims.map import ClaimMapView
from workbench.ui.claims.picker import ClaimPickerDialog
from workbench.ui.theme.manager import ThemeManager

SHOWN = ["Supports", "Contradicts", "Same", "Elaborates", "Cites"]


def test_the_claims_tab_names_each_relation_capitalised() -> None:
    rows = [link_row_text(relation, "the bridge closed", "") for relation in RELATIONS]
    assert [row.split(":")[0] for row in rows] == SHOWN


def test_the_link_dialog_offers_the_relations_as_the_claims_tab_names_them(qtbot) -> None:
    dialog = ClaimPickerDialog([], "The bridge closed")
    qtbot.addWidget(dialog)
    combo = dialog.relation_combo
    assert [combo.itemText(row) for row in range(combo.count())] == SHOWN
    assert [combo.itemData(row) for row in range(combo.count())] == list(RELATIONS)


def test_the_claim_map_legend_names_relations_as_it_names_statuses(qtbot, store) -> None:
    view = ClaimMapView(store, ThemeManager())
    qtbot.addWidget(view)
    words = [label.text() for label in view.findChildren(QLabel) if label.text()]
    for relation in SHOWN:
        assert any(word.startswith(f"{relation} ") for word in words), (relation, words)
    assert "Unverified" in words


def test_the_suggestion_accept_menu_names_relations_in_title_case(
        qtbot, library, make_document, open_window, settle) -> None:
    claim_doc = make_document(library, "Rome desk", CLAIM_DOC)
    make_document(library, "Bridge collapse", REPORT)
    bridge, _ = library.claims.add_claim(claim_doc, 7, CLAIM_DOC.index(" The Russian"))
    window = open_window(library)
    window.workspace.show_suggestions(bridge)
    panel = window.workspace.suggestions
    settle(window)
    qtbot.waitUntil(lambda: bool(panel.cards), timeout=5000)
    items = [action.text() for action in panel.cards[0].accept_button.menu().actions()]
    assert items == SHOWN
    assert all(title_case(item) == item for item in items)


def test_the_link_dialog_spells_each_status_as_the_claims_table_does() -> None:
    from workbench.core.records import Claim
    from workbench.ui.claims.picker import claim_line

    claim = Claim(id=4, document_id=1, start=0, end=17, text="the bridge closed",
                  status="disputed", statement="the bridge closed", claimant="Officials",
                  document_title="Storm")
    assert claim_line(claim).endswith("  ·  Storm  [Disputed]")  # was "[disputed]"
