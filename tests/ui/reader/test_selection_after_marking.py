"""Every marking action leaves the reader without a selection, as Highlight always did."""

from __future__ import annotations

import pytest

TEXT = ("Kyiv — Maria Kovalenko said the schools in Kharkiv will reopen. "
        "UNICEF said help would arrive soon.")


@pytest.mark.parametrize("action", ["highlight", "mark_claim"])
def test_a_marking_action_clears_the_selection_it_was_made_on(
        qtbot, library, make_document, open_window, settle, select_text, action) -> None:
    make_document(library, "Schools reopen", TEXT,
                  mentions=(("Maria Kovalenko", "PERSON", "Maria Kovalenko"),
                            ("Kharkiv", "GPE", "Kharkiv")),
                  quotes=(("the schools in Kharkiv will reopen", "indirect", "Maria Kovalenko",
                           "Maria Kovalenko"),))
    window = open_window(library)
    select_text(window, "the schools in Kharkiv")
    window.actions[action].trigger()
    settle(window)
    assert library.annotations.document_annotations(window.reader.doc_id)
    assert not window.reader.view.textCursor().hasSelection()
