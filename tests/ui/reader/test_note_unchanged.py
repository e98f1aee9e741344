"""A note saved with the text it holds says nothing changed (README run, stop 54).

Before: the note editor's Save on an unchanged note said "Done: Edit Note …" and Edit → Undo
offered a step that undid nothing; the store now records none, and the reader says so, as it
does for a passage highlighted in that colour already.
"""

from __future__ import annotations

TEXT = "The council voted on Tuesday to close two libraries. The mayor said the budget was short."


def test_saving_the_same_note_says_nothing_changed(qtbot, library, make_document, open_window,
                                                   settle, select_text) -> None:
    doc = make_document(library, "Libraries close", TEXT)
    window = open_window(library)
    window.open_document(doc)
    analyst = window.workspace.analyst
    select_text(window, "the budget was short")
    analyst.add_note_to_selection("Check 🔥 the papers.\r\nAsk the clerk.")
    settle(window)
    [note] = library.annotations.document_annotations(doc)
    posted: list[str] = []
    analyst.message_posted.connect(posted.append)
    analyst.edit_note(note.id, "Check 🔥 the papers.\r\nAsk the clerk.")
    settle(window)
    assert posted == ["The note says this already; nothing changed."]
    analyst.edit_note(note.id, "Ask the clerk.")
    settle(window)
    assert posted == ["The note says this already; nothing changed."]
    assert library.annotations.get_annotation(note.id).note_md == "Ask the clerk."
