"""Item-view cells a little wider and taller than their text (lists an analyst scans)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from workbench.ui.widgets.cut_text import (
    cell_is_cut,
    cell_style,
    has_own_tooltip,
    show_whole_text,
    text_box,
)

ROW_PADDING = QSize(14, 8)  # px added to a cell: a gap between columns, air between rows
NUMBER_GAP = 10  # px between a right-aligned count and the text of the column after it


class PaddedRowDelegate(QStyledItemDelegate):
    """Cells padded by ``padding`` (``ROW_PADDING`` unless told).

    Why: at the default size a list of twenty conflicts or claims read as one
    block (14 px rows), and a column sized to its content ran into the next
    ("Claim statusclaim …").
    """

    def __init__(self, parent: QAbstractItemView, padding: QSize = ROW_PADDING) -> None:
        super().__init__(parent)
        self.padding = padding

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index) + self.padding

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802 - Qt override
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        """A cut cell without a tooltip of its own shows its whole text (``cut_text``)."""
        if (event.type() == QEvent.Type.ToolTip and not has_own_tooltip(index)
                and cell_is_cut(self, option, index)):
            return show_whole_text(event, view, str(index.data()), option.rect)
        return super().helpEvent(event, view, option, index)


def pad_rows(view: QAbstractItemView, padding: QSize = ROW_PADDING) -> None:
    """Give ``view`` padded cells (the delegate is owned by the view).

    A wrapping list pads rows only (``QSize(0, 8)``): wider cells than the
    viewport would bring a horizontal scroll bar.
    """
    view.setItemDelegate(PaddedRowDelegate(view, padding))


class NumberGapDelegate(QStyledItemDelegate):
    """Right-aligned counts drawn ``NUMBER_GAP`` px short of their cell's right edge.

    Why: a count sits against its cell's right edge and the next column's text
    starts at its left, so the entity list read "4 State Department" as one
    phrase. Only the text moves; the row's selection and stripes fill the cell.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        if not cell.displayAlignment & Qt.AlignmentFlag.AlignRight or not cell.text:
            super().paint(painter, option, index)
            return
        text, cell.text = cell.text, ""
        cell_style(cell).drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter,
                                     cell.widget)
        box = text_box(cell).adjusted(0, 0, -NUMBER_GAP, 0)
        painter.save()
        painter.setFont(cell.font)  # the model's font role (initStyleOption)
        painter.setPen(cell.palette.color(colour_group(cell), text_role(cell)))
        painter.drawText(box, int(cell.displayAlignment),
                         cell.fontMetrics.elidedText(text, cell.textElideMode, box.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index) + QSize(NUMBER_GAP, 0)


def gap_number_columns(view: QAbstractItemView, columns: tuple[int, ...]) -> None:
    """Keep the right-aligned counts in ``columns`` off the next column's text."""
    for column in columns:
        view.setItemDelegateForColumn(column, NumberGapDelegate(view))


def colour_group(cell: QStyleOptionViewItem) -> QPalette.ColorGroup:
    """The palette group Qt's own item painting uses: disabled, inactive window, or active."""
    if not cell.state & QStyle.StateFlag.State_Enabled:
        return QPalette.ColorGroup.Disabled
    if not cell.state & QStyle.StateFlag.State_Active:
        return QPalette.ColorGroup.Inactive
    return QPalette.ColorGroup.Active


def text_role(cell: QStyleOptionViewItem) -> QPalette.ColorRole:
    """Selected text or plain text (the model's foreground role is in ``cell.palette``)."""
    if cell.state & QStyle.StateFlag.State_Selected:
        return QPalette.ColorRole.HighlightedText
    return QPalette.ColorRole.Text
