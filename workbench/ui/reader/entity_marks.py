"""Entity kinds told apart without colour: a patterned line along the top of each mention.

Why: the reader told a person from a place by the highlight's tint alone (and a
hover); an analyst who cannot tell orange from green lost the kinds, while quotes
and speakers already had cues of their own (a tint or a dotted underline, bold and
underlined). Every underline style is taken (speakers, reported speech, entities
inside highlights), and an entity's underline would have broken the dotted line of
the reported speech around it, so the kind's line runs along the top of its box,
painted like the claims' borders (``reader.overlay``). The legend's chips show the
same line (``mark_icon``); README's "Reading a document" lists the styles. The
styles and the line are shared with the Compare window (``widgets.entity_lines``);
this module finds the reader's shown mentions and where they lie on its page.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QTextDocument

from workbench.ui.reader.content import ReaderContent, RenderedDocument
from workbench.ui.reader.overlay import span_line_rects, visible_range
from workbench.ui.theme.palette import HighlightPalette
from workbench.ui.widgets.entity_lines import (
    KindLine,
    KindLines,
    line_width_for,
    mark_style,
    paint_line,
)


def entity_marks(rendered: RenderedDocument, content: ReaderContent,
                 palette: HighlightPalette, theme: str,
                 hidden_labels: frozenset[str]) -> KindLines:
    """The lines of every shown mention (``paint_entity_marks`` paints the visible ones)."""
    accents: dict[str, str] = {}
    marks = []
    for index, span in rendered.mention_spans.items():
        label = content.mentions[index]["label"]
        style = mark_style(label)
        if style is None or label in hidden_labels:
            continue
        if label not in accents:
            accents[label] = palette.entity_accent(label, theme)
        marks.append(KindLine(span, style, accents[label]))
    return KindLines(marks)


def line_width(document: QTextDocument) -> float:
    """The mark's thickness: a third of a space, within ``LINE_WIDTH`` (it follows zoom)."""
    return line_width_for(QFontMetricsF(document.defaultFont()))


def paint_entity_marks(painter: QPainter, document: QTextDocument, marks: KindLines,
                       offset: QPointF, visible: QRectF) -> int:
    """Paint the marks of the mentions in ``visible``; return how many lines were drawn.

    Why bisect: a long page holds thousands of mentions and only a screenful
    shows; the marks are in text order, so the visible ones are one slice.
    """
    if not marks:
        return 0
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    first, last = visible_range(document, visible.translated(-offset))
    width = line_width(document)
    drawn = 0
    for mark in marks.touching(first, last + 1):
        for rect in span_line_rects(document, *mark.span, trim=True):
            rect = rect.translated(offset)
            if rect.intersects(visible):
                paint_line(painter, rect.left(), rect.right(), rect.top(), mark.style,
                           QColor(mark.color), width)
                drawn += 1
    return drawn
