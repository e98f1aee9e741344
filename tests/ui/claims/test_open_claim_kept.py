"""A highlight or note made or clicked beside an open claim leaves the claim open.

Found on a working day: with a claim open in the Claims tab, the analyst noted
another sentence; the tab kept the claim's row selected but hid its editor, and
Claim Suggestions (Ctrl+Shift+S) then did nothing at all, as no claim was open.
"""

from __future__ import annotations

from workbench.ui.claims.document_panel import CLAIM_ACTIONS

TEXT = ("Officials said the strike killed the commander at the airport. "
        "A newspaper, citing local groups, reported that three rockets were fired.")
CLAIMED = "the strike killed the commander at the airport"
NOTED = "citing local groups, reported that three rockets were fired"


def test_a_note_made_beside_an_open_claim_leaves_it_open(
        qtbot, library, make_document, open_window, settle, select_text) -> None:
    doc = make_document(library, "Strike", TEXT)
    window = open_window(library)
    window.open_document(doc)
    select_text(window, CLAIMED)
    window.actions["mark_claim"].trigger()
    settle(window)
    panel = window.workspace.claims
    claim = panel.claim_id
    assert claim is not None and panel.editor.isVisible()
    select_text(window, NOTED)
    window.workspace.analyst.add_note_to_selection("Single-sourced.")
    settle(window)
    assert panel.claim_id == claim
    assert panel.editor.isVisible()
    assert all(window.actions[key].isEnabled() for key in CLAIM_ACTIONS)
    asked: list[int] = []
    panel.suggestions_requested.connect(asked.append)
    window.actions["claim_suggestions"].trigger()
    assert asked == [claim]


def test_a_note_clicked_in_the_reader_shows_the_notes_tab_and_keeps_the_claim(
        qtbot, library, make_document, open_window, settle) -> None:
    doc = make_document(library, "Strike", TEXT)
    claim, _ = library.claims.add_claim(doc, TEXT.index(CLAIMED), TEXT.index(CLAIMED)
                                        + len(CLAIMED))
    note_id, _ = library.annotations.add_annotation(doc, TEXT.index(NOTED),
                                                    TEXT.index(NOTED) + len(NOTED),
                                                    note_md="Single-sourced.")
    window = open_window(library)
    window.open_document(doc)
    panel = window.workspace.claims
    assert panel.select_claim(claim)
    assert window.workspace.select_annotation(note_id) is window.workspace.notes
    assert panel.claim_id == claim
    selected = panel.claim_list.currentItem()
    assert selected is not None and selected.text().startswith("the strike killed")
