"""Counts read as English at one: "1 document", "1 entity", "1 word" — not "1 documents"."""

from __future__ import annotations

from workbench.core.text import plural


def test_plural_says_one_in_the_singular_and_groups_thousands() -> None:
    assert plural(1, "document") == "1 document"
    assert plural(0, "document") == "0 documents"
    assert plural(1204, "entity", "entities") == "1,204 entities"


def test_a_library_of_one_document_says_so_everywhere(qtbot, library, make_document,
                                                      open_window) -> None:
    doc = make_document(library, "Alone", "Alone.", mentions=(("Alone", "ORG", "Alone"),))
    window = open_window(library)
    window.open_document(doc)
    assert window.count_label.text() == "1 document"
    assert "1 word" in window.reader.view.toPlainText()
    assert "1 words" not in window.reader.view.toPlainText()
    view = window.workspace.entities_view
    view.reload()
    view.apply_filter()
    assert view.count_label.text() == "1 entity"
