"""A short reader sets the title at the body's size: a dock open at 1024x640 (page_geometry)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextFormat
from PySide6.QtWidgets import QApplication

TITLE = ("Regional Ministers Meet Again in the Capital as Talks on the Border Agreement Resume "
         "After a Long Pause")
SENTENCE = "The ministry said the talks would resume on Monday, officials added. "
TEXT = "\n\n".join([SENTENCE * 6] * 8)


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _title_size_steps(view) -> int:
    cursor = QTextCursor(view.document().begin())
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    return int(cursor.charFormat().property(QTextFormat.Property.FontSizeAdjustment) or 0)


def _title_lines(view) -> int:
    return view.document().begin().layout().lineCount()


def test_a_dock_open_in_a_small_window_makes_the_heading_compact_and_closing_it_roomy(
        qtbot, library, make_document, open_window) -> None:
    doc = make_document(library, TITLE, TEXT)
    window = open_window(library)
    window.open_document(doc)
    window.resize(1024, 640)
    _settle()
    view = window.reader.view
    assert _title_size_steps(view) == 2  # the reader alone keeps its roomy title
    roomy_lines = _title_lines(view)
    dock = window.workspace.show_dock("claims_view")
    _settle()
    assert view.heading_compact and _title_size_steps(view) == 0
    assert _title_lines(view) < roomy_lines, (_title_lines(view), roomy_lines)
    assert view.document().toPlainText().startswith(TITLE)  # sizes only, never the text
    dock.close()
    _settle()
    assert _title_size_steps(view) == 2


def test_a_document_opened_while_the_reader_is_short_opens_compact(
        qtbot, library, make_document, open_window) -> None:
    first = make_document(library, TITLE, TEXT)
    second = make_document(library, "Second " + TITLE, "Officials disagreed. " + TEXT)
    window = open_window(library)
    window.open_document(first)
    window.resize(1024, 640)
    _settle()
    window.workspace.show_dock("timeline")
    _settle()
    window.open_document(second)
    _settle()
    assert _title_size_steps(window.reader.view) == 0
