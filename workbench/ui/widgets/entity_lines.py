"""Entity kinds told apart without colour: each kind's line style, drawn along a mention's top.

Why shared: the reader (a ``QTextBrowser``) and the Compare window's texts (a
``QPlainTextEdit``) both mark entities by kind, and an analyst who cannot tell
orange from green should read the same solid, dashed, dotted, double or dash-dot
line in both. The styles, the line itself, the legend's key and the geometry of a
span's lines inside one block live here; each view finds its own blocks (the two
widgets place blocks differently) and paints with ``paint_line``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QIcon, QPainter, QPen, QPixmap, QTextBlock

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


@dataclass(frozen=True)
class KindLine:
    """One mention's line: its Qt (UTF-16) span, its kind's style and accent colour."""

    span: tuple[int, int]
    style: str
    color: str


class KindLines:
    """A text's lines in text order, with what a paint needs to find the visible ones.

    Why: a long text holds thousands of mentions and only a screenful shows; the lines
    are sorted once, so those touching a range are one bisected slice, not a scan per
    paint (the starts and the longest span are kept, not rebuilt on every frame)."""

    def __init__(self, lines: list[KindLine] | tuple[KindLine, ...] = ()) -> None:
        self.lines = sorted(lines, key=lambda line: line.span)
        self._starts = [line.span[0] for line in self.lines]
        self._longest = max((line.span[1] - line.span[0] for line in self.lines), default=0)

    def __bool__(self) -> bool:
        return bool(self.lines)

    def __len__(self) -> int:
        return len(self.lines)

    def touching(self, start: int, end: int) -> list[KindLine]:
        """The lines that share a character with [start, end)."""
        first = bisect.bisect_left(self._starts, start - self._longest)
        return [line for line in self.lines[first:bisect.bisect_left(self._starts, end)]
                if line.span[1] > start]


def mark_style(label: str) -> str | None:
    """The line style marking ``label``'s mentions, or None (numbers and amounts)."""
    return MARK_STYLES.get(label)


def mark_words(label: str) -> str | None:
    """The style in words for a tooltip ("a dashed line"), or None when unmarked."""
    style = mark_style(label)
    return STYLE_WORDS[style] if style else None


def line_width_for(font_metrics: QFontMetricsF) -> float:
    """The mark's thickness: a third of a space, within ``LINE_WIDTH`` (it follows zoom)."""
    return max(LINE_WIDTH[0], min(LINE_WIDTH[1], font_metrics.horizontalAdvance(" ") / 3))


def block_line_rects(block: QTextBlock, origin: QPointF, start: int, end: int,
                     *, trim: bool = False) -> list[QRectF]:
    """One rectangle per laid-out line of ``block`` covered by the Qt range ``[start, end)``,
    with the block's top-left at ``origin`` (the caller's coordinates).

    ``trim``: a span that goes on past a line's end leaves that line's closing spaces
    out. Why: the space a line wraps at is laid out up to the view's edge, and a
    kind's line drawn over it ran on past the name to the margin.

    Reading starts at the line holding ``start`` and stops past ``end``. Why: a page
    that is one long paragraph is one block of hundreds of lines, and every mark on
    it read them all, each paint (attack run 17: 2,000 mentions, 18 s a paint).
    """
    text_layout = block.layout()
    text = block.text()
    local_start, local_end = start - block.position(), end - block.position()
    rects: list[QRectF] = []
    first_line = text_layout.lineForTextPosition(max(0, local_start))
    if not first_line.isValid():
        return rects
    for number in range(first_line.lineNumber(), text_layout.lineCount()):
        line = text_layout.lineAt(number)
        line_start, line_end = line.textStart(), line.textStart() + line.textLength()
        if line_start >= local_end:
            break
        first, last = max(local_start, line_start), min(local_end, line_end)
        while trim and last > first and last < local_end and text[last - 1].isspace():
            last -= 1
        if first >= last:
            continue
        left = line.cursorToX(first)[0]
        right = line.cursorToX(last)[0]
        rects.append(QRectF(origin.x() + left, origin.y() + line.y(), right - left,
                            line.ascent() + line.descent()))
    return rects


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
