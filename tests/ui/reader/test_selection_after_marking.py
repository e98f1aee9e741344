"""Every marking action leaves the reader without a selection, as Highlight always did."""

from __future__ import annotations

import pytest

TEXT = ("Kyiv — Maria Kovalenko said the schools in Kharkiv will reopen. "
        "UNICEF said help would arrive soon.")


MARKINGS = {
    "highlight": lambda window: window.actions["highlight"].trigger(),
    "mark_claim": lambda window: window.actions["mark_claim"].trigger(),
    # The two that ask first (a note's text, a tag's path), given their answers here.
    "add_note": lambda window: window.workspace.analyst.add_note_to_selection("Why reopen?"),
    "tag_selection": lambda window: window.workspace.analyst.tag_selection("topic/schools"),
}


@pytest.mark.parametrize("action", sorted(MARKINGS))
def test_a_marking_action_clears_the_selection_it_was_made_on(
        qtbot, library, make_document, open_window, settle, select_text, action) -> None:
    make_document(library, "Schools reopen", TEXT,
                  mentions=(("Maria Kovalenko", "PERSON", "Maria Kovalenko"),
                            ("Kharkiv", "GPE", "Kharkiv")),
                  quotes=(("the schools in Kharkiv will reopen", "indirect", "Maria Kovalenko",
                           "Maria Kovalenko"),))
    window = open_window(library)
    select_text(window, "the schools in Kharkiv")
    MARKINGS[action](window)
    settle(window)
    assert library.annotations.document_annotations(window.reader.doc_id)
    assert not window.reader.view.textCursor().hasSelection()
