"""The matrix table: a QTableView that takes claims, highlights and notes dropped on it.

Why a subclass: Qt delivers drops to the view's own ``dragEnterEvent``,
``dragMoveEvent`` and ``dropEvent``; the table only reads the ids
(``widgets.annotation_drag``) and says so with ``annotations_dropped``: the
view decides whether they become evidence (it holds the store and the
actions), so the table stays a plain widget that tests drive directly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from workbench.ui.widgets.annotation_drag import annotation_ids


class AchTable(QTableView):
    """Evidence rows by hypothesis columns; accepts annotation drops anywhere on it."""

    annotations_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)
        # Arrows move between cells; Tab leaves the matrix. With Tab moving through the
        # cells it wrapped from the last back to the first, and the keyboard never got out.
        self.setTabKeyNavigation(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        self._accept_if_ours(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        self._accept_if_ours(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        ids = annotation_ids(event.mimeData())
        if not ids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.annotations_dropped.emit(ids)

    @staticmethod
    def _accept_if_ours(event: QDragMoveEvent) -> None:
        """Take only drops that carry annotation ids (plain text is not evidence)."""
        if annotation_ids(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()
