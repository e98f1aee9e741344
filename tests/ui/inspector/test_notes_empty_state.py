"""The Notes tab says why it is empty: no document open, or how to add a highlight or note."""

from __future__ import annotations


def _document_open_on_tab(library, make_document, open_window, tab: str):
    """A window with a one-sentence document open and the inspector on ``tab``."""
    doc = make_document(library, "Storm", "The bridge was closed on Monday.")
    window = open_window(library)
    window.inspector.setCurrentWidget(getattr(window.workspace, tab))
    window.open_document(doc)
    return window


def test_the_notes_tab_names_its_gestures_and_shortcuts_like_the_claims_tab(
        qtbot, library, make_document, open_window) -> None:
    window = _document_open_on_tab(library, make_document, open_window, "notes")
    notes = window.workspace.notes
    qtbot.waitUntil(lambda: notes.content is not None)
    said = notes.empty_label.text()
    assert said.startswith("No highlights or notes in this document yet.")
    for key in ("highlight", "add_note"):
        shortcut = window.actions[key].shortcut().toString()
        assert shortcut and shortcut in said, key
    window.reader.show_document(None)
    qtbot.waitUntil(lambda: notes.content is None)
    assert notes.empty_label.isVisible()
    assert notes.empty_label.text() == "No document open"  # not "select text" with no text
    claims_said = window.workspace.claims.empty_state.how.text()
    assert claims_said.startswith("Select the statement in the reader, then right-click → ")


def test_a_highlight_hides_the_empty_state(qtbot, library, make_document, open_window,
                                           select_text, settle) -> None:
    window = _document_open_on_tab(library, make_document, open_window, "notes")
    notes = window.workspace.notes
    select_text(window, "bridge was closed")
    window.actions["highlight"].trigger()
    settle(window)
    qtbot.waitUntil(lambda: len(notes.cards) == 1)
    assert not notes.empty_label.isVisible()


def test_the_claims_tab_says_no_document_open_as_the_notes_tab_does(
        qtbot, library, make_document, open_window) -> None:
    window = _document_open_on_tab(library, make_document, open_window, "claims")
    claims = window.workspace.claims
    qtbot.waitUntil(lambda: window.reader.view.content is not None)
    assert claims.empty_state.title.text() == "No claims in this document yet"
    window.reader.show_document(None)
    qtbot.waitUntil(lambda: window.workspace.notes.content is None)
    assert claims.empty_state.title.text() == window.workspace.notes.empty_label.text()


def test_with_no_document_open_no_tab_counts_anything(qtbot, library, make_document,
                                                      open_window) -> None:
    """Entities and Quotes showed no count, Notes and Claims "0", as if the document had none."""
    window = _document_open_on_tab(library, make_document, open_window, "notes")
    qtbot.waitUntil(lambda: window.workspace.notes.content is not None)
    labels = window.inspector.labels.labels
    assert labels[window.workspace.notes].count == 0
    window.reader.show_document(None)
    qtbot.waitUntil(lambda: window.workspace.notes.content is None)
    for tab in (window.inspector.entities, window.inspector.quotes, window.workspace.notes,
                window.workspace.claims):
        assert labels[tab].count is None, labels[tab].name
