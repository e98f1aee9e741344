"""The reader's comfort at both window sizes: margins, line height, paragraph gaps.

Why: the guide's first complaint was a "cramped reader". The line length alone
(tests/ui/test_layout.py, at 1440 and 1024 px) does not make a page comfortable: text against the
pane's edge, lines set solid or paragraphs run together read as cramped too.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from tests.ui.test_layout import _open_seedlike
from workbench.ui.reader.page_geometry import measure_width

SIZES = [(1440, 900), (1024, 640)]


def _reader(open_window, library, make_document, size: tuple[int, int], theme: str):
    """The reader on test_layout's article (its paragraph six times, its mentions)."""
    window, _doc = _open_seedlike(open_window, library, make_document, *size, theme=theme)
    return window.reader.view


def _body_blocks(view) -> list:
    """The text's paragraphs (non-empty blocks after the title and the meta line)."""
    blocks, block = [], view.document().begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return [b for b in blocks[2:] if b.text().strip()]


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("size", SIZES)
def test_the_text_keeps_air_around_it(qtbot, library, make_document, open_window,
                                      size, theme) -> None:
    """At least 24 px between the text and the pane's edges (20 in a 1024 px window, where the
    margin scales with the reader's width; it was 12, the text against the edge), never a
    column over the measure."""
    view = _reader(open_window, library, make_document, size, theme)
    assert view.document().documentMargin() >= (24 if size[0] >= 1440 else 20)
    margins = view.viewportMargins()
    column = view.viewport().width()
    assert column <= measure_width(view.document().defaultFont()) + 1
    if column + margins.left() + margins.right() > measure_width(view.document().defaultFont()):
        assert abs(margins.left() - margins.right()) <= 1  # a wide pane centres the column


@pytest.mark.parametrize("size", SIZES)
def test_lines_are_leaded_and_paragraphs_apart(qtbot, library, make_document, open_window,
                                               size) -> None:
    """Body lines 1.35 x the font's own spacing or more; a paragraph gap of half a line or more."""
    view = _reader(open_window, library, make_document, size, "light")
    paragraphs = _body_blocks(view)
    spacing = QFontMetricsF(view.document().defaultFont()).lineSpacing()
    layout = paragraphs[0].layout()
    assert layout.lineCount() >= 3
    pitch = layout.lineAt(1).y() - layout.lineAt(0).y()
    assert pitch >= 1.35 * spacing, (pitch, spacing)
    document_layout = view.document().documentLayout()
    first, second = (document_layout.blockBoundingRect(b) for b in paragraphs[:2])
    gap = second.top() - first.bottom()
    assert gap >= 0.5 * pitch, (gap, pitch)

