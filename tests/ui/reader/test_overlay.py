"""Claim borders and note markers: only marks near the viewport are laid out and painted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QTextDocument

from workbench.ui.reader.overlay import OverlayMark, paint_marks, visible_range


def _long_document() -> QTextDocument:
    document = QTextDocument()
    document.setPlainText("\n".join(f"Paragraph {n} says something worth a claim." for n in
                                    range(400)))
    document.setTextWidth(500)
    document.documentLayout().documentSize()  # lay it out
    return document


def test_visible_range_covers_the_area_and_not_the_whole_document() -> None:
    document = _long_document()
    first, last = visible_range(document, QRectF(0, 0, 500, 200))
    assert first == 0
    assert 0 < last < document.characterCount() // 10
    top_block = document.findBlockByNumber(0)
    assert last >= top_block.position() + top_block.length()


def test_marks_outside_the_viewport_are_skipped_and_inside_are_painted(qapp) -> None:
    document = _long_document()
    near = document.findBlockByNumber(1)
    far = document.findBlockByNumber(390)
    marks = [OverlayMark("claim", (near.position(), near.position() + 9), "#c00000"),
             OverlayMark("note", (far.position(), far.position() + 9), "#0060c0")]
    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        drawn = paint_marks(painter, document, marks, QPointF(0, 0), QRectF(0, 0, 600, 300))
    finally:
        painter.end()
    assert drawn == 1
    offset = QPointF(0, -document.documentLayout().blockBoundingRect(far).top() + 20)
    painter = QPainter(image)
    try:
        drawn = paint_marks(painter, document, marks, offset, QRectF(0, 0, 600, 300))
    finally:
        painter.end()
    assert drawn == 1


def _painted_columns(image: QImage) -> list[int]:
    """The x of every column of ``image`` holding a painted (not transparent) pixel."""
    return [x for x in range(image.width())
            if any(image.pixelColor(x, y).alpha() for y in range(image.height()))]


def test_a_note_marker_stays_in_the_margin_however_narrow(qapp) -> None:
    """At 1024 px the margin is 12 px and the marker, 6 px from the edge, covered a letter."""
    for margin in (28, 12, 10):
        document = QTextDocument()
        document.setDocumentMargin(margin)
        document.setPlainText("administration will not hesitate to impose further sanctions")
        document.setTextWidth(400)
        image = QImage(400, 60, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        try:
            drawn = paint_marks(painter, document, [OverlayMark("note", (0, 14), "#0060c0")],
                                QPointF(0, 0), QRectF(0, 0, 400, 60))
        finally:
            painter.end()
        painted = _painted_columns(image)
        assert drawn == 1 and painted, margin
        assert max(painted) < margin - 2, (margin, max(painted))


@pytest.mark.parametrize("points", [7, 9, 12.5, 20])
def test_a_claim_border_keeps_clear_of_its_words_and_their_neighbours(qapp,
                                                                       points: float) -> None:
    """The border, a fixed 2 px out, ran into the next word's letters in zoomed-out text."""
    from PySide6.QtGui import QFont

    text = "administration will not hesitate"
    document = QTextDocument()
    document.setDefaultFont(QFont("Sans Serif", points))
    document.setDocumentMargin(10)
    document.setPlainText(text)
    document.setTextWidth(600)
    start, end = text.index("will"), text.index("will") + len("will")
    image = QImage(600, 80, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    try:
        paint_marks(painter, document, [OverlayMark("claim", (start, end), "#c00000")],
                    QPointF(0, 0), QRectF(0, 0, 600, 80))
    finally:
        painter.end()
    line = document.firstBlock().layout().lineAt(0)
    edges = [10 + line.cursorToX(at)[0] for at in (start - 1, start, end, end + 1)]
    middle = round(10 + line.y() + line.height() / 2)  # the sides, not the rounded corners
    painted = _painted_columns(image.copy(0, middle - 1, image.width(), 3))
    left = [x for x in painted if x < edges[1]]
    right = [x for x in painted if x >= edges[2]]
    # the line, anti-aliasing and all, stays inside the space on each side
    assert edges[0] <= min(left) and max(left) + 1 <= edges[1], (left, edges)
    assert edges[2] <= min(right) and max(right) + 1 <= edges[3], (right, edges)


def test_a_claim_border_ends_at_the_last_word_of_a_line_it_wraps_from(qapp) -> None:
    """A claim going on to the next line was boxed up to the space the line wraps at, a
    space and more past its last word ("…between the two nations |" in the seed)."""
    text = ("Miller also emphasized that any arms pact between the two nations could "
            "potentially breach multiple UN Security Council resolutions. He added more.")
    document = QTextDocument()
    document.setDocumentMargin(10)
    document.setPlainText(text)
    document.setTextWidth(360)
    document.documentLayout().documentSize()  # lay it out
    start, end = text.index("any"), text.index(" He")
    block = document.firstBlock()
    layout = block.layout()
    first = layout.lineAt(0)
    assert first.textStart() + first.textLength() < end  # the claim wraps
    line_end = first.textStart() + first.textLength()
    word_end = len(text[:line_end].rstrip())
    image = QImage(360, 40, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    try:
        paint_marks(painter, document, [OverlayMark("claim", (start, end), "#c00000")],
                    QPointF(0, 0), QRectF(0, 0, 360, 40))
    finally:
        painter.end()
    middle = round(10 + first.y() + first.height() / 2)
    painted = _painted_columns(image.copy(0, middle - 1, image.width(), 3))
    half_space = QFontMetricsF(document.defaultFont()).horizontalAdvance(" ") / 2
    last_letter = 10 + first.cursorToX(word_end)[0]
    assert max(painted) <= last_letter + half_space + 1.5, (max(painted), last_letter)


def _ink_columns(document: QTextDocument, width: int, height: int) -> list[int]:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    try:
        document.drawContents(painter)
    finally:
        painter.end()
    return _painted_columns(image)


def test_a_claim_border_leaves_the_full_stop_after_it_visible(qapp) -> None:
    """"…UN Security Council resolutions." with the full stop outside the claim: the border,
    half a space out, was drawn over the full stop."""
    text = "They could breach multiple resolutions. He added more."
    document = QTextDocument()
    document.setDocumentMargin(10)
    document.setPlainText(text)
    document.setTextWidth(600)
    document.documentLayout().documentSize()
    start, end = text.index("breach"), text.index(". He")
    line = document.firstBlock().layout().lineAt(0)
    stop_left, stop_right = (10 + line.cursorToX(at)[0] for at in (end, end + 1))
    ink = [x for x in _ink_columns(document, 600, 40) if stop_left <= x < stop_right]
    assert ink  # the full stop's own pixels
    image = QImage(600, 40, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    try:
        paint_marks(painter, document, [OverlayMark("claim", (start, end), "#c00000")],
                    QPointF(0, 0), QRectF(0, 0, 600, 40))
    finally:
        painter.end()
    baseline = round(10 + line.y() + line.ascent()) - 2
    border = _painted_columns(image.copy(0, baseline - 1, image.width(), 3))
    assert max(border) < min(ink), (border, ink)


class _HalfLaidOut:
    """A document whose layout answers as Qt's did mid-way through laying out a new one."""

    def __init__(self, document: QTextDocument, top: int, bottom: int) -> None:
        self._document, self._hits = document, {True: top, False: bottom}

    def documentLayout(self) -> _HalfLaidOut:  # noqa: N802 - stands in for Qt's
        return self

    def hitTest(self, point: QPointF, _accuracy: object) -> int:  # noqa: N802
        return self._hits[point.x() == 0 and point.y() == 0]

    def characterCount(self) -> int:  # noqa: N802
        return self._document.characterCount()

    def findBlock(self, position: int):  # noqa: ANN201, N802
        return self._document.findBlock(position)


def test_a_top_hit_past_the_bottom_hit_means_from_the_top() -> None:
    """After a live theme switch the top-left hit came back as 28043 and the bottom-right
    as 882: no claim border, note marker or entity line was painted until a repaint.
    Not the whole document either: its every entity line was laid out in that paint."""
    document = _long_document()
    half = _HalfLaidOut(document, top=document.characterCount() - 50, bottom=300)
    bottom_block = document.findBlock(300)
    first, last = visible_range(half, QRectF(0, 0, 500, 200))
    assert first == 0  # through the bottom hit's line, at most its block
    assert 300 < last <= bottom_block.position() + bottom_block.length()
