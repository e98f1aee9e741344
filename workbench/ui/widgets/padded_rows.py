"""Item-view cells a little wider and taller than their text (lists an analyst scans)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

ROW_PADDING = QSize(14, 8)  # px added to a cell: a gap between columns, air between rows


class PaddedRowDelegate(QStyledItemDelegate):
    """Cells padded by ``ROW_PADDING``.

    Why: at the default size a list of twenty conflicts or claims read as one
    block (14 px rows), and a column sized to its content ran into the next
    ("Claim statusclaim …").
    """

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index) + ROW_PADDING


def pad_rows(view: QAbstractItemView) -> None:
    """Give ``view`` padded cells (the delegate is owned by the view)."""
    view.setItemDelegate(PaddedRowDelegate(view))
