"""The "Context" cell: the words around a mention, the mention in bold.

Why drawn runs and not rich text: the snippet is imported text, so an ``<b>``
or ``<script>`` in an article must stay literal characters. The cell is laid
out and drawn by ``widgets/emphasis_lines``, as the library draws a search
hit's snippet with its matches in bold: one way to wrap, cut and emphasise.
Rows keep their wrapped height (``WrappedRowDelegate``: the bold mention is a
few pixels wider at most, well inside the padding).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView

from workbench.ui.widgets.cut_text import cell_style, text_box
from workbench.ui.widgets.emphasis_lines import Run, draw_run_lines, layout_runs, marked_runs
from workbench.ui.widgets.padded_rows import colour_group, text_role
from workbench.ui.widgets.wrapped_rows import WrappedRowDelegate

MARK_ROLE = Qt.ItemDataRole.UserRole + 2  # [start, end) of the mention in the cell's text
UNBOUNDED_LINES = 50  # "no limit" for a cell without max_lines: more than any row shows


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
        cell_style(cell).drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter,
                                     cell.widget)
        box = text_box(cell)
        lines = mention_lines(text, cell.font, mark, box.width(), self.max_lines)
        spacing = cell.fontMetrics.lineSpacing()
        top = box.top() + max(0, (box.height() - spacing * len(lines)) // 2)
        rows = [QRect(box.left(), top + spacing * n, box.width(), spacing)
                for n in range(len(lines))]
        painter.save()
        painter.setClipRect(box)
        painter.setPen(cell.palette.color(colour_group(cell), text_role(cell)))
        draw_run_lines(painter, rows, cell.font, lines)
        painter.restore()


def mention_lines(text: str, font: QFont, mark: list[int] | tuple[int, int], width: int,
                  max_lines: int | None = None) -> list[list[Run]]:
    """``text`` on at most ``max_lines`` lines of ``width`` px, ``mark``'s span in bold.

    ``mark`` counts code points, as the text's own indices do (no UTF-16 units
    to convert: the runs are Python strings).
    """
    runs = marked_runs(text, int(mark[0]), int(mark[1]))
    return layout_runs(runs, font, [max(1, width)] * (max_lines or UNBOUNDED_LINES))
