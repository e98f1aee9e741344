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


def cell_style(cell: QStyleOptionViewItem) -> QStyle:
    """The style that draws ``cell``: its view's, else the application's."""
    return cell.widget.style() if cell.widget is not None else QApplication.style()


def text_box(cell: QStyleOptionViewItem) -> QRect:
    """Where ``cell``'s style lays its text out: the text rect less Qt's own margin.

    Why one place: delegates that wrap, cut or draw text themselves must measure
    the width Qt would give it, or their lines come out a few pixels off Qt's
    (QCommonStyle's margin is the focus frame margin + 1 on each side).
    """
    style = cell_style(cell)
    area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, cell.widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, cell.widget) + 1
    return area.adjusted(margin, 0, -margin, 0)


def cell_is_cut(delegate: QStyledItemDelegate, option: QStyleOptionViewItem,
                index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether ``index``'s text needs more room than its cell in ``option.rect`` gives."""
    cell = QStyleOptionViewItem(option)
    delegate.initStyleOption(cell, index)
    if not cell.text:
        return False
    area = text_box(cell)
    width = area.width()
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
