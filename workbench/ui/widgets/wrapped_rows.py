"""Tree rows that grow to hold their wrapped text (``setWordWrap(True)`` alone does not).

Why: QTreeView asks a delegate for a row's height without the column's
width, so a word-wrapped cell is measured as one line and then elided into
it: the batch search showed long statements as "The discussions between Kim
and Putin resulted in…" although the dialog asked for word wrap. This
delegate measures each cell at its column's width (less the tree's
indentation in the first column) and asks the tree to lay its rows out again
when a column is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, QTimer
from PySide6.QtWidgets import QListWidget, QStyle, QStyleOptionViewItem, QTreeView, QTreeWidget

from workbench.ui.widgets.padded_rows import PaddedRowDelegate

MEASURE_HEIGHT = 1 << 20  # tall enough for any cell; only the width limits the text
ROW_PADDING = QSize(0, 8)  # air between rows; no extra width (it would scroll sideways)
_MEASURED_WIDTH = "rowsMeasuredAtWidth"  # a view's width when ``rows_height`` last laid it out


class RowRelayout(QObject):
    """Lays ``tree``'s rows out again once per batch of column resizes (a drag sends many).

    Why: rows measured at a column's width keep their old heights when the
    column changes; every tree with such rows needs this, so it is one piece.
    """

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree
        self._queued = False
        tree.header().sectionResized.connect(self.queue)

    def queue(self) -> None:
        """Ask for one relayout on the next turn of the event loop."""
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self, self._relayout)

    def _relayout(self) -> None:
        self._queued = False
        self.tree.doItemsLayout()


class WrappedRowDelegate(PaddedRowDelegate):
    """Cells as tall as their text wrapped at the column's width, plus the padding."""

    def __init__(self, tree: QTreeView, padding: QSize = ROW_PADDING,
                 max_lines: int | None = None) -> None:
        super().__init__(tree, padding)
        self.tree = tree
        self.max_lines = max_lines
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        self.relayout = RowRelayout(tree)

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.text_width(index)
        if width <= 0:
            return super().sizeHint(option, index)
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        cell.rect = QRect(0, 0, width, MEASURE_HEIGHT)  # a valid rect: the style wraps in it
        style = self.tree.style()
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, cell, QSize(),
                                      self.tree)
        height = size.height()
        if self.max_lines:  # Qt elides the last line that fits (full text in the tooltip)
            height = min(height, self.max_lines * cell.fontMetrics.lineSpacing())
        return QSize(size.width(), height) + self.padding

    def text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width a cell has: its column's, less the indentation in the tree's column."""
        width = self.tree.header().sectionSize(index.column())
        if index.column() == self.tree.treePosition():
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            depth += 1 if self.tree.rootIsDecorated() else 0
            width -= depth * self.tree.indentation()
        return width


def wrap_rows(tree: QTreeView, padding: QSize = ROW_PADDING,
              max_lines: int | None = None) -> WrappedRowDelegate:
    """Give ``tree`` rows that grow with their wrapped text, up to ``max_lines`` lines."""
    delegate = WrappedRowDelegate(tree, padding, max_lines)
    tree.setItemDelegate(delegate)
    return delegate


def rows_height(view: QListWidget | QTreeWidget, limit: int) -> int:
    """Height that shows every row of ``view`` (and its header), at most ``limit``.

    Rows are summed only until they pass ``limit``, and laid out again only when the
    view's width changed since the last time it was measured here (a list re-lays its
    rows out itself when rows come or go, before it answers where a row is). Why:
    the Claims tab fits its list on every claim opened, and with 5,000 claims in one
    document each claim took seconds measuring every row twice (attack run 17).
    """
    width = view.viewport().width()
    if view.property(_MEASURED_WIDTH) != width or isinstance(view, QTreeWidget):
        view.doItemsLayout()  # wrapped rows measured at the view's current width
        view.setProperty(_MEASURED_WIDTH, width)
    total = 2 * view.frameWidth() + 2
    if isinstance(view, QTreeWidget):
        total += 0 if view.isHeaderHidden() else view.header().sizeHint().height()
        rows = (view.topLevelItem(row) for row in range(view.topLevelItemCount()))
    else:
        rows = (view.item(row) for row in range(view.count()))
    for item in rows:
        if total >= limit:
            break
        total += view.visualItemRect(item).height()
    return min(limit, total)
