"""Right-to-left and emoji titles and sources: the reader's header keeps the app's order.

Why: the metadata line took its direction from its first strong letter, so an
Arabic source turned the whole line around ("words 19 · 01-03-2024 · source")
and the ISO date read backwards. The line is the app's (English) words around
imported fields; it runs left to right with each field isolated.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock

from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager

SOURCE = "قناة الأخبار"
TITLE = "عاجل: الحكومة تعلن عن خطة جديدة 🚀 — a mixed-direction headline"
TEXT = "قال المتحدث باسم الحكومة إن الخطة ستبدأ في مارس. The plan starts in March."


def _x(block: QTextBlock, needle: str) -> float:
    """Where the first character of ``needle`` is drawn in the block (its visual x)."""
    at = block.text().index(needle)
    line = block.layout().lineForTextPosition(at)
    return line.cursorToX(at)[0]


def _header(qtbot, library, make_document, source: str) -> QTextBlock:
    """The reader's metadata line for a document from ``source``, laid out 800 px wide."""
    doc = make_document(library, TITLE, TEXT, source=source, published="2024-03-01")
    theme = ThemeManager()
    theme.set_preference("light")
    pane = ReaderPane(library, theme)
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    pane.show_document(doc)
    document = pane.view.document()
    document.setTextWidth(800)
    document.documentLayout().documentSize()  # lay the blocks out
    return document.begin().next()


def test_an_arabic_source_keeps_the_header_left_to_right(qtbot, library, make_document) -> None:
    meta = _header(qtbot, library, make_document, SOURCE)
    assert meta.textDirection() == Qt.LayoutDirection.LeftToRight
    date, words = _x(meta, "2024"), _x(meta, "words")
    assert _x(meta, SOURCE[0]) < date < _x(meta, "-03") < _x(meta, "-01") < words
    title = meta.previous()
    assert title.textDirection() == Qt.LayoutDirection.RightToLeft  # the headline keeps its own


def test_a_source_cannot_break_out_of_its_isolate(qtbot, library, make_document) -> None:
    """A pop-isolate then a right-to-left override in the source turned the date around."""
    meta = _header(qtbot, library, make_document, "Wire\u2069\u202eX")
    assert "\u202e" not in meta.text()
    assert _x(meta, "2024") < _x(meta, "-03") < _x(meta, "-01") < _x(meta, "words")
