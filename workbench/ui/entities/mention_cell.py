"""The "Where it is mentioned" cell: the words around a mention, the mention in bold.

Why a painted layout and not rich text: the snippet is imported text, so an
``<b>`` or ``<script>`` in an article must stay literal characters; a
``QTextLayout`` with a bold range draws plain text and emphasises only the
span the store marked. Rows keep their wrapped height (``WrappedRowDelegate``:
the bold mention is a few pixels wider at most, well inside the padding).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView

from workbench.ui.widgets.padded_rows import colour_group, text_role
from workbench.ui.widgets.wrapped_rows import WrappedRowDelegate

ELLIPSIS = "…"
MARK_ROLE = Qt.ItemDataRole.UserRole + 2  # [start, end) of the mention in the cell's text


class MentionCellDelegate(WrappedRowDelegate):
    """Wrapped cells whose ``MARK_ROLE`` span is drawn bold (other cells as before)."""

    def __init__(self, tree: QTreeView, max_lines: int | None = None) -> None:
        super().__init__(tree, max_lines=max_lines)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        mark = index.data(MARK_ROLE)
        if not mark:
            super().paint(painter, option, index)
            return
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        text, cell.text = cell.text, ""
        style = cell.widget.style() if cell.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, cell.widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, cell.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, cell.widget) + 1
        box = QRectF(area.adjusted(margin, 0, -margin, 0))
        layout = emphasised_layout(text, cell.font, mark, box.width(), self.max_lines)
        lines = min(layout.lineCount(), self.max_lines or layout.lineCount())
        height = sum(layout.lineAt(n).height() for n in range(lines))
        top = box.top() + max(0.0, (box.height() - height) / 2)
        painter.save()
        painter.setClipRect(box)
        painter.setPen(cell.palette.color(colour_group(cell), text_role(cell)))
        for n in range(lines):  # lines past max_lines are not drawn (the tooltip has them)
            layout.lineAt(n).draw(painter, QPointF(box.left(), top))
        if layout.lineCount() > lines:  # cut: say so, as an elided cell would
            last = layout.lineAt(lines - 1)
            painter.setFont(cell.font)
            painter.drawText(QPointF(box.left() + last.naturalTextWidth(),
                                     top + last.y() + last.ascent()), ELLIPSIS)
        painter.restore()


def emphasised_layout(text: str, font: QFont, mark: list[int] | tuple[int, int],
                      width: float, max_lines: int | None = None) -> QTextLayout:
    """``text`` laid out at ``width`` px, wrapped at spaces, ``mark``'s span in bold.

    Line ``max_lines`` is left room for a "…" drawn after it when text goes on.

    ``mark`` counts code points; ``QTextLayout`` counts UTF-16 units, so an
    emoji before the mention would move the bold one unit early per emoji.
    """
    start, end = (_utf16_units(text[:mark[0]]), _utf16_units(text[:mark[1]]))
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    emphasis = QTextLayout.FormatRange()
    emphasis.start, emphasis.length, emphasis.format = start, end - start, bold
    layout.setFormats([emphasis])
    layout.beginLayout()
    y, room = 0.0, QFontMetricsF(font).horizontalAdvance(ELLIPSIS)
    while (line := layout.createLine()).isValid():
        last = max_lines is not None and line.lineNumber() == max_lines - 1
        line.setLineWidth(max(1.0, width - room if last else width))
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def _utf16_units(text: str) -> int:
    """How many UTF-16 code units ``text`` takes (Qt's string offsets)."""
    return len(text.encode("utf-16-le")) // 2
