"""In the window, a highlight costs one library row and no reader rebuild (issue 14, part 4)."""

from __future__ import annotations

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
