"""Closing the library with Document Tags open adds nothing still typed.

The dialog adds a tag typed but not added when the analyst closes it; when the
window closes it (a library switch, quitting), the writer has already stopped.
"""

from __future__ import annotations


def test_a_window_closing_drops_what_is_typed_and_raises_nothing(qtbot, library,
                                                                 make_document,
                                                                 open_window) -> None:
    doc_id = make_document(library, "Bridge", "The bridge reopened on Monday.")
    window = open_window(library)
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.reader.view.rendered is not None)
    window.actions["tag_document"].trigger()
    dialog = window.workspace.analyst.tags_dialog
    assert dialog is not None
    dialog.edit.setText("topic/bridges")
    window.close()
    qtbot.wait(50)
    assert library.tags.document_tags(doc_id) == []
