"""The inspector trees' rows: names on as many lines as they need (up to two), quotes on two.

Why: the inspector is ~220 px wide at 1024 px, and a row on one line cut the
words that tell names apart: "Sayyid Ali Hosseini Kha…", "Iranian
Revolutionary G…" in the Entities tab, a speaker "United States…" for the
Department of Defense in the Quotes tab. A tree gives its delegate no width
when it asks a row's height, so the height is measured here at the column's
width less the row's indentation; a short name keeps one line, so a list of
thirty names does not double in height.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeWidget

from workbench.ui.widgets.padded_rows import PaddedRowDelegate
from workbench.ui.widgets.word_lines import WordLinesDelegate
from workbench.ui.widgets.wrapped_rows import RowRelayout

NAME_LINES = 2


class NameLinesDelegate(WordLinesDelegate):
    """Rows as tall as their text wrapped at the column's width, up to ``lines`` lines.

    With ``headings_too`` False the top-level rows (the Entities tab's type
    headings, "Country/city  (6)") are drawn as one line as written: word lines
    would close up the two spaces before the count.
    """

    def __init__(self, tree: QTreeWidget, lines: int, padding: QSize,
                 headings_too: bool = True) -> None:
        super().__init__(tree, lines, padding)
        self.tree = tree
        self.headings_too = headings_too
        tree.setUniformRowHeights(False)
        RowRelayout(tree)  # a wider or narrower column measures the rows again

    def fixed_height(self, _index: QModelIndex | QPersistentModelIndex) -> bool:
        """True for rows that always take ``lines`` lines (none here)."""
        return False

    def _as_written(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return not self.headings_too and not index.parent().isValid()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if self._as_written(index):
            PaddedRowDelegate.paint(self, painter, option, index)
        else:
            super().paint(painter, option, index)

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        if self._as_written(index):
            return PaddedRowDelegate.sizeHint(self, option, index)
        size = super().sizeHint(option, index)
        if self.fixed_height(index):
            return size
        cell = QStyleOptionViewItem(option)
        cell.rect = QRect(0, 0, self._text_width(index), size.height())
        lines = max(1, len(self.shown_lines(cell, index, self.lines)))
        return QSize(size.width(),
                     lines * QFontMetrics(option.font).lineSpacing() + self.padding.height())

    def _text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The column's width less the indentation of ``index``'s depth."""
        depth, parent = 1 if self.tree.rootIsDecorated() else 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return self.tree.columnWidth(index.column()) - depth * self.tree.indentation()


class QuoteLinesDelegate(NameLinesDelegate):
    """Each quote on two lines cut between words; its speaker (the group row) on as many
    as its name needs, up to two.

    Why two for every quote: at 1024 px the quote column is ~150 px wide and one
    elided line showed ~20 characters of a quote ("it was likely that Kim J…"), too
    little to tell one quote from the next; the whole quote stays in the tooltip.
    """

    def fixed_height(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.parent().isValid()
