"""A cell the view shows cut (elided, or wrapped past its row) shows its whole text on hover.

Why: narrow docks elide names, titles and snippets ("House of Representatives
(Organisation, 7 …", "US State Department: San…"), and only some views set
a tooltip for them, so the rest left the analyst no way to read the cell
short of widening the column. The delegates of the analyst's lists call
``show_whole_text`` from ``helpEvent``: a cell whose model gives its own
tooltip keeps it; a cell shown whole gets none, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from workbench.ui.widgets.plain_text import plain_tooltip

TALL = 1 << 20  # a measuring height no text reaches: only the width limits it


def cell_is_cut(delegate: QStyledItemDelegate, option: QStyleOptionViewItem,
                index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether ``index``'s text needs more room than its cell in ``option.rect`` gives."""
    cell = QStyleOptionViewItem(option)
    delegate.initStyleOption(cell, index)
    if not cell.text:
        return False
    widget = cell.widget
    style = widget.style() if widget is not None else QApplication.style()
    area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, widget)
    # Qt's own text margin inside that rect (QCommonStyle: focus frame margin + 1)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    width = area.width() - 2 * margin
    metrics = cell.fontMetrics
    if cell.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
        needed = metrics.boundingRect(QRect(0, 0, width, TALL), Qt.TextFlag.TextWordWrap,
                                      cell.text)
        return needed.height() > area.height() or needed.width() > width
    return any(metrics.horizontalAdvance(line) > width for line in cell.text.splitlines())


def show_whole_text(event: QHelpEvent, view: QAbstractItemView, text: str,
                    rect: QRect) -> bool:
    """Show ``text`` as the tooltip of the cell at ``rect``; True when it was shown."""
    if event.type() != QEvent.Type.ToolTip or not text:
        return False
    QToolTip.showText(event.globalPos(), plain_tooltip(text), view.viewport(), rect)
    return True


def has_own_tooltip(index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether the model gives ``index`` a tooltip of its own (it wins over the whole text)."""
    return bool(index.data(Qt.ItemDataRole.ToolTipRole))
