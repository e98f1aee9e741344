"""Entity kinds told apart without colour: a patterned line along the top of each mention.

Why: the reader told a person from a place by the highlight's tint alone (and a
hover); an analyst who cannot tell orange from green lost the kinds, while quotes
and speakers already had cues of their own (a tint or a dotted underline, bold and
underlined). Every underline style is taken (speakers, reported speech, entities
inside highlights), and an entity's underline would have broken the dotted line of
the reported speech around it, so the kind's line runs along the top of its box,
painted like the claims' borders (``reader.overlay``). The legend's chips show the
same line (``mark_icon``); README's "Reading a document" lists the styles.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QTextDocument

from workbench.ui.reader.content import ReaderContent, RenderedDocument
from workbench.ui.reader.overlay import space_width, span_line_rects, visible_range
from workbench.ui.theme.palette import HighlightPalette

SOLID, DASHED, DOTTED, DOUBLE, DASH_DOT = "solid", "dashed", "dotted", "double", "dash-dot"
#: The line style of each entity kind; numbers and amounts (and unknown kinds) have none.
MARK_STYLES = {
    "PERSON": SOLID, "NORP": SOLID,
    "ORG": DASHED,
    "GPE": DOTTED, "LOC": DOTTED, "FAC": DOTTED,
    "DATE": DOUBLE, "TIME": DOUBLE,
    "EVENT": DASH_DOT, "PRODUCT": DASH_DOT, "LAW": DASH_DOT, "WORK_OF_ART": DASH_DOT,
    "LANGUAGE": DASH_DOT,
}
#: How each style is named in tooltips (what the line marks is the chip's own name).
STYLE_WORDS = {SOLID: "a solid line", DASHED: "a dashed line", DOTTED: "a dotted line",
               DOUBLE: "a double line", DASH_DOT: "a dash-dot line"}
# Dash patterns in pen widths (Qt's own DashLine and DotLine are too fine to tell apart
# at the 1.5 px a line gets in 12.5 pt text).
_PATTERNS = {DASHED: [3.0, 2.0], DOTTED: [1.0, 1.6], DASH_DOT: [4.0, 1.6, 1.0, 1.6]}
LINE_WIDTH = (1.4, 2.4)  # px, the thinnest and thickest line (it follows the text's size)
ICON_SIZE = (18, 12)  # px, the legend chip's key


def mark_style(label: str) -> str | None:
    """The line style marking ``label``'s mentions, or None (numbers and amounts)."""
    return MARK_STYLES.get(label)


def mark_words(label: str) -> str | None:
    """The style in words for a tooltip ("a dashed line"), or None when unmarked."""
    style = mark_style(label)
    return STYLE_WORDS[style] if style else None


@dataclass(frozen=True)
class EntityMark:
    """One mention's line: its Qt span, its style and its kind's accent colour."""

    span: tuple[int, int]
    style: str
    color: str


def entity_marks(rendered: RenderedDocument, content: ReaderContent,
                 palette: HighlightPalette, theme: str,
                 hidden_labels: frozenset[str]) -> list[EntityMark]:
    """The marks of every shown mention, in text order (``paint_entity_marks`` bisects them)."""
    accents: dict[str, str] = {}
    marks = []
    for index, span in rendered.mention_spans.items():
        label = content.mentions[index]["label"]
        style = mark_style(label)
        if style is None or label in hidden_labels:
            continue
        if label not in accents:
            accents[label] = palette.entity_accent(label, theme)
        marks.append(EntityMark(span, style, accents[label]))
    marks.sort(key=lambda mark: mark.span)
    return marks


def line_width(document: QTextDocument) -> float:
    """The mark's thickness: a third of a space, within ``LINE_WIDTH`` (it follows zoom)."""
    return max(LINE_WIDTH[0], min(LINE_WIDTH[1], space_width(document) / 3))


def paint_entity_marks(painter: QPainter, document: QTextDocument, marks: list[EntityMark],
                       offset: QPointF, visible: QRectF) -> int:
    """Paint the marks of the mentions in ``visible``; return how many lines were drawn.

    Why bisect: a long page holds thousands of mentions and only a screenful
    shows; the marks are in text order, so the visible ones are one slice.
    """
    if not marks:
        return 0
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    first, last = visible_range(document, visible.translated(-offset))
    starts = [mark.span[0] for mark in marks]
    longest = max(mark.span[1] - mark.span[0] for mark in marks)
    width = line_width(document)
    drawn = 0
    for mark in marks[bisect.bisect_left(starts, first - longest):
                      bisect.bisect_right(starts, last)]:
        for rect in span_line_rects(document, *mark.span):
            rect = rect.translated(offset)
            if rect.intersects(visible):
                paint_line(painter, rect.left(), rect.right(), rect.top(), mark.style,
                           QColor(mark.color), width)
                drawn += 1
    return drawn


def paint_line(painter: QPainter, left: float, right: float, top: float, style: str,
               color: QColor, width: float) -> None:
    """One mark from ``left`` to ``right`` with its upper edge at ``top``."""
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if style == DOUBLE:
        pen.setWidthF(width * 0.7)  # two thinner lines: as heavy as one, not twice
        for y in (top + width * 0.35, top + width * 1.75):
            painter.setPen(pen)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
        return
    if style in _PATTERNS:
        pen.setDashPattern(_PATTERNS[style])
    painter.setPen(pen)
    y = top + width / 2
    painter.drawLine(QPointF(left, y), QPointF(right, y))


def mark_icon(label: str, checked_color: str, unchecked_color: str) -> QIcon | None:
    """The legend chip's key: a short stretch of ``label``'s line, or None when unmarked.

    Drawn by ``paint_line``, so the key is the very line the text shows; in the
    chip's text colour when its kind is shown, muted when hidden.
    """
    style = mark_style(label)
    if style is None:
        return None
    icon = QIcon()
    for color, state in ((checked_color, QIcon.State.On), (unchecked_color, QIcon.State.Off)):
        icon.addPixmap(_line_pixmap(style, color), QIcon.Mode.Normal, state)
    return icon


def _line_pixmap(style: str, color: str) -> QPixmap:
    width, height = ICON_SIZE
    ratio = 2  # drawn at twice the size: sharp on a HiDPI screen, scaled down on others
    pixmap = QPixmap(width * ratio, height * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = LINE_WIDTH[1]
    paint_line(painter, 1, width - 1, (height - line * (2 if style == DOUBLE else 1)) / 2,
               style, QColor(color), line)
    painter.end()
    return pixmap
