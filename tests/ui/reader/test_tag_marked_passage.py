"""Tagging a passage already marked tags that mark instead of adding a second highlight.

An analyst who noted a passage, then selected it again and chose Tag, got a
second, bare highlight over the same words: the export then listed the passage
twice ("Note: …" and "Highlight: …" with the same quotation).
"""

from __future__ import annotations

import pytest

TEXT = ("The council voted on Tuesday to close two libraries. "
        "The mayor said the budget left no other choice.")


@pytest.fixture
def doc(library, make_document) -> int:
    return make_document(library, "Libraries close", TEXT)


def test_tagging_a_noted_passage_tags_the_note(qtbot, library, doc, open_window, settle,
                                               select_text) -> None:
    window = open_window(library)
    window.open_document(doc)
    analyst = window.workspace.analyst
    select_text(window, "the budget left no other choice")
    analyst.add_note_to_selection("Check the budget papers.")
    settle(window)
    select_text(window, "the budget left no other choice")
    analyst.tag_selection("topic/budget")
    settle(window)
    rows = library.annotations.document_annotations(doc)
    assert [(r.exact, r.note_md, r.tags) for r in rows] == [
        ("the budget left no other choice", "Check the budget papers.", ("topic/budget",))]


def test_tagging_part_of_a_marked_passage_adds_a_highlight(qtbot, library, doc, open_window,
                                                           settle, select_text) -> None:
    window = open_window(library)
    window.open_document(doc)
    analyst = window.workspace.analyst
    select_text(window, "the budget left no other choice")
    analyst.highlight_selection("green")
    settle(window)
    select_text(window, "the budget")
    analyst.tag_selection("topic/budget")
    settle(window)
    rows = library.annotations.document_annotations(doc)
    assert sorted((r.exact, r.tags) for r in rows) == [
        ("the budget", ("topic/budget",)), ("the budget left no other choice", ())]
