"""In the window, a highlight costs one library row and no reader rebuild (issue 14, part 4)."""

from __future__ import annotations

from tests.ui.probes import tab_label

TEXT = "Officials said sanctions were discussed in Brussels. Markets were calm."


def test_a_highlight_in_the_window_refreshes_one_row_and_keeps_the_reader_document(
        qtbot, library, make_document, open_window, settle, select_text) -> None:
    for number in range(3):
        make_document(library, f"Other {number}", f"Another story number {number}.")
    doc = make_document(library, "Sanctions", TEXT)
    window = open_window(library)
    window.open_document(doc)
    qtbot.waitUntil(lambda: not window.library.model.refresh_pending)
    model, shown = window.library.model, window.reader.view.document()
    row = model.find_row(doc)
    assert model.row_data(row)["annotation_count"] == 0  # its row is on a page in use
    refreshes, fills = model.refresh_count, window.inspector.fill_count
    select_text(window, "sanctions were discussed")
    window.actions["highlight"].trigger()
    settle(window)
    assert window.reader.view.document() is shown
    assert len(window.reader.view.rendered.annotation_spans) == 1
    assert model.rows_refreshed == 1 and model.refresh_count == refreshes
    assert not model.refresh_pending
    assert window.inspector.fill_count == fills
    assert model.row_data(row)["annotation_count"] == 1


def test_each_highlight_builds_one_note_card_and_undo_builds_none(
        qtbot, library, make_document, open_window, settle, select_text) -> None:
    doc = make_document(library, "Sanctions", TEXT)
    window = open_window(library)
    window.open_document(doc)
    notes = window.workspace.notes
    for words in ("Officials said", "in Brussels", "Markets were calm"):
        select_text(window, words)
        window.actions["highlight"].trigger()
        settle(window)
    assert [card.annotation.exact for card in notes.cards] == [
        "Officials said", "in Brussels", "Markets were calm"]
    assert notes.cards_built == 3
    window.actions["undo"].trigger()
    settle(window)
    assert [card.annotation.exact for card in notes.cards] == ["Officials said", "in Brussels"]
    assert notes.cards_built == 3


def test_a_highlight_leaves_the_inspector_on_the_tab_the_analyst_chose(
        qtbot, library, make_document, open_window, settle, select_text) -> None:
    """Switching to Notes for each highlight laid out the tab and built its cards."""
    doc = make_document(library, "Sanctions", TEXT)
    window = open_window(library)
    window.open_document(doc)
    inspector, notes = window.inspector, window.workspace.notes
    inspector.setCurrentWidget(inspector.quotes)
    select_text(window, "sanctions were discussed")
    window.actions["highlight"].trigger()
    settle(window)
    assert inspector.currentWidget() is inspector.quotes
    assert notes.cards_built == 0, "no card is built while the Notes tab is hidden"
    assert tab_label(inspector, notes) == "Notes (1)"
    inspector.setCurrentWidget(notes)
    select_text(window, "in Brussels")
    window.actions["highlight"].trigger()
    settle(window)
    assert inspector.currentWidget() is notes
    assert [card.annotation.exact for card in notes.cards] == [
        "sanctions were discussed", "in Brussels"]


def test_a_claim_opens_in_the_claims_tab_without_switching_when_it_is_shown(
        qtbot, library, make_document, open_window, settle, select_text,
        monkeypatch) -> None:
    doc = make_document(library, "Sanctions", TEXT)
    window = open_window(library)
    window.open_document(doc)
    inspector, claims = window.inspector, window.workspace.claims
    switches: list[object] = []
    original = inspector.setCurrentWidget
    monkeypatch.setattr(inspector, "setCurrentWidget",
                        lambda widget: switches.append(widget) or original(widget))
    for words in ("Officials said", "Markets were calm"):
        select_text(window, words)
        window.actions["mark_claim"].trigger()
        settle(window)
        assert inspector.currentWidget() is claims
        assert claims.claim_id is not None
        assert library.claims.get_claim(claims.claim_id).text == words
    assert switches == [claims], "one switch to the Claims tab, none once it is shown"


def test_the_claims_tab_is_relisted_only_when_the_claims_change(
        qtbot, library, make_document, open_window, settle, select_text,
        monkeypatch) -> None:
    doc = make_document(library, "Sanctions", TEXT)
    window = open_window(library)
    window.open_document(doc)
    claims = window.workspace.claims
    relists: list[int] = []
    original = claims.claim_list.clear
    monkeypatch.setattr(claims.claim_list, "clear", lambda: relists.append(1) or original())
    select_text(window, "Officials said")
    window.actions["mark_claim"].trigger()
    settle(window)
    assert relists == [1] and claims.claim_list.count() == 1
    select_text(window, "in Brussels")
    window.actions["highlight"].trigger()
    settle(window)
    window.actions["undo"].trigger()
    settle(window)
    assert relists == [1], "a highlight and its undo leave the claims as they were"
    window.theme.set_preference("dark")
    assert relists == [1, 1], "a new theme redraws the claims' status swatches"
