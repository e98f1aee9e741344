"""Item-view cells a little wider and taller than their text (lists an analyst scans)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

ROW_PADDING = QSize(14, 8)  # px added to a cell: a gap between columns, air between rows


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


def pad_rows(view: QAbstractItemView, padding: QSize = ROW_PADDING) -> None:
    """Give ``view`` padded cells (the delegate is owned by the view).

    A wrapping list pads rows only (``QSize(0, 8)``): wider cells than the
    viewport would bring a horizontal scroll bar.
    """
    view.setItemDelegate(PaddedRowDelegate(view, padding))
