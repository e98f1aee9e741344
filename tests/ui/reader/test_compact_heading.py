"""A short reader sets the title at the body's size: a dock open at 1024x640 (page_geometry)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF, QTextCursor, QTextFormat

from tests.ui.probes import process_events
from workbench.ui.reader.page_geometry import body_line_px, set_heading

TITLE = ("Regional Ministers Meet Again in the Capital as Talks on the Border Agreement Resume "
         "After a Long Pause")
SENTENCE = "The ministry said the talks would resume on Monday, officials added. "
TEXT = "\n\n".join([SENTENCE * 6] * 8)


def _title_size_steps(view) -> int:
    cursor = QTextCursor(view.document().begin())
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    return int(cursor.charFormat().property(QTextFormat.Property.FontSizeAdjustment) or 0)


def _title_lines(view) -> int:
    return view.document().begin().layout().lineCount()


def test_a_dock_open_in_a_small_window_makes_the_heading_compact_and_closing_it_roomy(
        qtbot, reading_window) -> None:
    window = reading_window(TITLE, TEXT, 1024, 640)
    view = window.reader.view
    assert _title_size_steps(view) == 2  # the reader alone keeps its roomy title
    roomy_lines = _title_lines(view)
    dock = window.workspace.show_dock("claims_view")
    process_events()
    assert view.heading_compact and _title_size_steps(view) == 0
    assert _title_lines(view) < roomy_lines, (_title_lines(view), roomy_lines)
    assert view.document().toPlainText().startswith(TITLE)  # sizes only, never the text
    dock.close()
    process_events()
    assert _title_size_steps(view) == 2


def test_a_document_opened_while_the_reader_is_short_opens_compact(
        qtbot, library, make_document, open_window) -> None:
    first = make_document(library, TITLE, TEXT)
    second = make_document(library, "Second " + TITLE, "Officials disagreed. " + TEXT)
    window = open_window(library)
    window.open_document(first)
    window.resize(1024, 640)
    process_events()
    window.workspace.show_dock("timeline")
    process_events()
    window.open_document(second)
    process_events()
    assert _title_size_steps(window.reader.view) == 0


def _heading_formats(view) -> tuple[int, float]:
    metadata = view.document().begin().next()
    return _title_size_steps(view), metadata.blockFormat().bottomMargin()


def test_the_roomy_heading_set_back_is_the_one_the_document_was_built_with(
        qtbot, reading_window) -> None:
    """set_heading and document.py read one definition: switching back restores the build."""
    window = reading_window(TITLE, TEXT, 1440, 900)
    view = window.reader.view
    built = _heading_formats(view)
    set_heading(view.document(), True)
    assert _heading_formats(view) != built
    set_heading(view.document(), False)
    assert _heading_formats(view) == built


def test_a_body_line_is_the_body_blocks_line_height(
        qtbot, library, make_document, open_window) -> None:
    """The docks' and the heading's line counts measure the body as document.py sets it."""
    doc = make_document(library, TITLE, TEXT)
    window = open_window(library)
    window.open_document(doc)
    view = window.reader.view
    body = view.document().findBlock(view.rendered.body_base)
    percent = body.blockFormat().lineHeight()
    expected = QFontMetricsF(view.font()).lineSpacing() * percent / 100
    assert body_line_px(view.font()) == pytest.approx(expected)


def _gap_under_metadata(view) -> float:
    """Px from the metadata line's last text line to the body's first line (both laid out)."""
    layout = view.document().documentLayout()
    metadata = view.document().begin().next()
    body = view.document().findBlock(view.rendered.body_base)
    meta_line = metadata.layout().lineAt(metadata.layout().lineCount() - 1)
    meta_bottom = layout.blockBoundingRect(metadata).top() + meta_line.y() + meta_line.height()
    return layout.blockBoundingRect(body).top() - meta_bottom


def test_the_compact_metadata_line_keeps_more_air_under_it_than_the_body_between_its_lines(
        qtbot, reading_window) -> None:
    """At 1024x640 with a dock open the metadata sat 8 px over the body, closer than two body
    lines sit to each other, so "397 words" read as the first line of the article."""
    window = reading_window(TITLE, TEXT, 1024, 640)
    view = window.reader.view
    window.workspace.show_dock("claims_view")
    process_events()
    assert view.heading_compact
    leading = body_line_px(view.font()) - QFontMetricsF(view.font()).height()
    assert _gap_under_metadata(view) >= 1.5 * leading, (_gap_under_metadata(view), leading)
