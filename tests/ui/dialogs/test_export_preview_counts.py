"""The export preview counts a highlight with a note as both: a highlight and a note.

Why: the analyst highlighted a passage and wrote a note on it, and the preview's
count line said "0 highlights · 1 note".
"""

from __future__ import annotations

TEXT = "The ministry said on Monday that sanctions would follow any new arms deal."


def test_a_highlight_with_a_note_is_counted_as_a_highlight_and_a_note(
        qtbot, library, make_document, open_window) -> None:
    doc = make_document(library, "Sanctions", TEXT)
    start = TEXT.index("sanctions")
    library.annotations.add_annotation(doc, start, start + 9, note_md="Check the date")
    library.annotations.add_annotation(doc, 0, 12)
    window = open_window(library)
    window.open_document(doc)
    dialog = window.workspace.open_export()
    shown = dialog.preview.toPlainText()
    assert "2 highlights · 1 note" in shown
    assert "0 highlights" not in shown and "1 highlight ·" not in shown
    dialog.close()
