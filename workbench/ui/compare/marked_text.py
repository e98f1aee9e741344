"""A Compare text: plain, read-only, with each shared entity's kind drawn as a line on top.

Why: the Compare window told a shared person from a shared place by the tint
alone; an analyst who cannot tell the entity colours apart lost the kinds. The
reader draws a line of the kind's style along the top of each mention
(``reader.entity_marks``); this view draws the same line (``widgets.entity_lines``)
so both windows read alike. Why not the reader's painter: a ``QPlainTextEdit``
lays its blocks out itself (the document layout gives every block the origin
0, 0 and the scroll bar counts lines), so the blocks are found from the first
visible one down, as the widget paints its own text.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from workbench.ui.reader.document import reading_font
from workbench.ui.reader.page_geometry import SNUG_MARGIN
from workbench.ui.widgets.entity_lines import (
    KindLine,
    KindLines,
    block_line_rects,
    line_width_for,
    paint_line,
)


class MarkedText(QPlainTextEdit):
    """A read-only plain text view that paints ``KindLine`` marks over its text."""

    def __init__(self, name: str, spoken: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(spoken)  # what a screen reader announces (no visible label)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.lines = KindLines()
        # Set as the reader sets its text, a margin around it: in the window's small sans
        # serif, flush against the frame, ~95 characters a line, the same article read as
        # a different, cramped page beside the reader.
        self.setFont(reading_font())
        self.document().setDocumentMargin(SNUG_MARGIN)

    def set_lines(self, lines: list[KindLine]) -> None:
        """Replace the marks (in any order) and repaint."""
        self.lines = KindLines(lines)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.lines:
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint_lines(painter, QRectF(event.rect()))
            painter.end()

    def paint_lines(self, painter: QPainter, area: QRectF) -> int:
        """Paint the lines of the mentions in the blocks ``area`` shows; return how many.

        Why from the first visible block and a bisect: a book holds thousands of
        shared mentions and only a screenful shows; the marks are in text order.
        """
        width = line_width_for(QFontMetricsF(self.document().defaultFont()))
        offset = self.contentOffset()
        block = self.firstVisibleBlock()
        drawn = 0
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > area.bottom():
                break
            if block.isVisible() and geometry.bottom() >= area.top():
                drawn += self._paint_block(painter, block, geometry.topLeft(), area, width)
            block = block.next()
        return drawn

    def _paint_block(self, painter: QPainter, block: QTextBlock, origin: QPointF,
                     area: QRectF, width: float) -> int:
        """The lines of the mentions that start before ``block`` ends and end after it starts."""
        start, end = block.position(), block.position() + block.length()
        drawn = 0
        for line in self.lines.touching(start, end):
            for rect in block_line_rects(block, origin, *line.span, trim=True):
                if rect.intersects(area):
                    paint_line(painter, rect.left(), rect.right(), rect.top(), line.style,
                               QColor(line.color), width)
                    drawn += 1
        return drawn
