"""Painted marks the text formats cannot express: claim borders and note markers.

Why paint: ``QTextCharFormat`` has no border, and every underline style is
already taken (speakers, reported speech, entities inside highlights). A
rounded border in the claim's status colour around each line of the claim,
and a small marker in the left margin beside each note, stay distinct from
every format in both themes. Rectangles come from the document layout, so
they follow zoom, wrapping and scrolling.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QTextDocument

from workbench.core.vocabulary import DEFAULT_CLAIM_STATUS
from workbench.ui.reader.content import ReaderContent, RenderedDocument
from workbench.ui.theme.palette import HighlightPalette
from workbench.ui.widgets.entity_lines import block_line_rects

Span = tuple[int, int]
NOTE_MARKER_SIZE, NOTE_MARKER_SMALLEST = 9.0, 5.0  # px, the square of a note's marker
NOTE_MARKER_LEFT = 6.0  # px from the view's edge, where the margin is wide enough
NOTE_MARKER_GAP = 3.0  # px kept clear between the marker and the text
CLAIM_PEN = 1.6  # px, the claim border's line at most (a third of a space in small text)
GLUED_PAD = 0.0  # px out from a claim's edge that a punctuation mark touches (no space there)


@dataclass(frozen=True)
class OverlayMark:
    """One thing to paint: a claim border or a note marker, with its colour."""

    kind: str
    span: Span
    color: str


def span_line_rects(document: QTextDocument, start: int, end: int,
                    *, trim: bool = False) -> list[QRectF]:
    """One rectangle per laid-out line covered by the Qt range ``[start, end)`` (``trim``:
    without the spaces a wrapped line ends with, ``widgets.entity_lines.block_line_rects``)."""
    rects: list[QRectF] = []
    layout = document.documentLayout()
    block = document.findBlock(start)
    while block.isValid() and block.position() < end:
        origin = layout.blockBoundingRect(block).topLeft()
        rects.extend(block_line_rects(block, origin, start, end, trim=trim))
        block = block.next()
    return rects


def paint_marks(painter: QPainter, document: QTextDocument, marks: list[OverlayMark],
                offset: QPointF, visible: QRectF) -> int:
    """Paint claim borders and note markers; return how many shapes were drawn."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    first, last = visible_range(document, visible.translated(-offset))
    space = space_width(document)  # one font for every mark in this paint
    drawn = 0
    for mark in marks:
        if mark.span[1] < first or mark.span[0] > last:
            continue
        # A claim's box ends at its line's last word, not at the space the line wraps at.
        rects = [r.translated(offset) for r in span_line_rects(document, *mark.span,
                                                                 trim=mark.kind == "claim")]
        if not any(r.intersects(visible) for r in rects):
            continue
        if mark.kind == "claim":
            _paint_claim(painter, rects, QColor(mark.color), space,
                         _glued_ends(document, mark.span))
        else:
            rects = [r for r in rects if r.intersects(visible)]
            text_left = offset.x() + document.documentMargin()
            _paint_note_marker(painter, rects[0], QColor(mark.color), text_left)
        drawn += 1
    return drawn


def visible_range(document: QTextDocument, area: QRectF) -> Span:
    """Document positions at the top-left and bottom-right of ``area`` (document coordinates).

    Why: laying out every mark's line rectangles on every paint made each
    scroll step cost ~1 ms per 10 claims and notes; marks outside this range
    cannot intersect the area. While Qt is still laying out a document just
    installed (a live theme switch re-renders it) the top-left hit can land past
    the bottom-right one: every claim border, note marker and entity line then
    went missing from the screen until the next repaint. Then the range starts
    at the top: the whole document instead laid out all 600 entity lines of a
    long article in that paint (0.34 s).

    The range runs from the start of the laid-out line holding the top hit to the end
    of the one holding the bottom hit, not the blocks' ends: a page that is one long
    paragraph is one block, and every mark on the page was laid out on each paint.
    """
    layout = document.documentLayout()
    first = layout.hitTest(area.topLeft(), Qt.HitTestAccuracy.FuzzyHit)
    last = layout.hitTest(area.bottomRight(), Qt.HitTestAccuracy.FuzzyHit)
    if first < 0 or last < 0:
        return 0, document.characterCount()
    if first > last:  # a top hit past the bottom one: from the top (see above)
        first = 0
    return _line_bounds(document, first)[0], _line_bounds(document, last)[1]


def _line_bounds(document: QTextDocument, position: int) -> Span:
    """Where the laid-out line holding ``position`` starts and ends (its block's bounds
    while the block has no layout yet)."""
    block = document.findBlock(position)
    line = block.layout().lineForTextPosition(position - block.position())
    if not line.isValid():
        return block.position(), block.position() + block.length()
    start = block.position() + line.textStart()
    return start, start + line.textLength()


def space_width(document: QTextDocument) -> float:
    """The width of a space in the text's font (it follows the reader's zoom)."""
    return QFontMetricsF(document.defaultFont()).horizontalAdvance(" ")


def _glued_ends(document: QTextDocument, span: Span) -> tuple[bool, bool]:
    """Whether a character, not a space, touches the claim before it and after it ("…s.")."""
    before = document.characterAt(span[0] - 1) if span[0] > 0 else " "
    after = document.characterAt(span[1])
    return _glued(before), _glued(after)


def _glued(character: str) -> bool:
    return bool(character) and character != "\x00" and not character.isspace()


def _paint_claim(painter: QPainter, rects: list[QRectF], color: QColor,
                 space: float, glued: tuple[bool, bool] = (False, False)) -> None:
    """A border down the middle of the space on each side of the claim's words.

    Why from the space: a fixed 2 px out, with a 1.6 px line, ran into the next
    word's first letter once the text was zoomed out; half a space out, with a line
    at most a third of it, leaves the same air on the claim's side and the neighbour's.
    Where no space is there ("…Council resolutions." with the full stop left out)
    half a space out drew the border over the full stop: that side is set on the
    words' own edge.
    """
    pen = min(CLAIM_PEN, space / 3)
    painter.setPen(QPen(color, pen))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for number, rect in enumerate(rects):
        left = GLUED_PAD if number == 0 and glued[0] else space / 2
        right = GLUED_PAD if number == len(rects) - 1 and glued[1] else space / 2
        painter.drawRoundedRect(rect.adjusted(-left, -1, right, 1), 3, 3)


def _paint_note_marker(painter: QPainter, first_line: QRectF, color: QColor,
                       text_left: float) -> None:
    """A small speech-bubble square in the left margin, level with the note's first line.

    Why placed from the text's edge: at 1024 px the margin shrinks to ~22 px
    (``page_geometry.SNUG_MARGIN``), and a marker 6 px from the view's edge
    covered the first letter of the line; it now ends ``NOTE_MARKER_GAP`` short
    of the text, smaller when the margin is too narrow for its full size.
    """
    room = text_left - NOTE_MARKER_GAP - 1
    size = max(NOTE_MARKER_SMALLEST, min(NOTE_MARKER_SIZE, room))
    left = max(0.0, min(NOTE_MARKER_LEFT, text_left - NOTE_MARKER_GAP - size))
    top = first_line.center().y() - size / 2
    marker = QRectF(left, top, size, size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(marker, 2, 2)
    tail = size * 0.45
    painter.drawPolygon([QPointF(left + 2, top + size), QPointF(left + 2, top + size + tail),
                         QPointF(left + 2 + tail, top + size)])


def analyst_marks(rendered: RenderedDocument, content: ReaderContent,
                  palette: HighlightPalette, theme: str) -> list[OverlayMark]:
    """A marker beside each note and a border in its status colour around each claim."""
    marker = palette.note_marker(theme)
    marks = [OverlayMark("note", span, marker) for span in rendered.note_spans.values()]
    for claim_id, span in rendered.claim_spans.items():
        claim = content.claims.get(claim_id)
        status = claim.status if claim is not None else DEFAULT_CLAIM_STATUS
        marks.append(OverlayMark("claim", span, palette.claim_status(status, theme)))
    return marks
