"""A muted sentence in an empty list or table: what would be here, or why nothing is.

Why: the Claims and Entities docks showed bare column headers over a blank
area when a library had no claims yet or a filter matched nothing, so an
analyst could not tell an empty library from a broken view. The hint is
painted on the view's viewport (no widget over it, so clicks, drops and the
context menu still reach the view) whenever ``text()`` says something.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from types import MethodType

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QWidget

MARGIN = 16  # px between the sentence and the viewport's edges
TOP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
CENTRED = Qt.AlignmentFlag.AlignCenter


def paint_hint(painter: QPainter, widget: QWidget, area: QRect, text: str,
               alignment: Qt.AlignmentFlag = TOP) -> None:
    """Draw ``text`` as every empty hint looks: placeholder colour, wrapped, inside a margin.

    Shared so that a painted view that is not an item view (the timeline)
    says "nothing here" the way the lists and tables do.
    """
    painter.save()
    painter.setPen(widget.palette().color(QPalette.ColorRole.PlaceholderText))
    painter.drawText(area.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                     alignment | Qt.TextFlag.TextWordWrap, text)
    painter.restore()


class EmptyHint(QObject):
    """Paints ``text()`` in ``view``'s viewport while it is not empty ("" paints nothing)."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self.view = view
        # A method is held weakly: a strong one kept its widget's Python wrapper alive
        # after Qt deleted the widget (with its parent), and closing it then raised.
        self._text = weakref.WeakMethod(text) if isinstance(text, MethodType) else lambda: text
        view.viewport().installEventFilter(self)

    def text(self) -> str:
        """What the hint says now ("" while the view shows rows)."""
        source = self._text()
        return source() if source is not None else ""

    def refresh(self) -> None:
        """Repaint after what the view shows (or its filters) changed."""
        self.view.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Paint the sentence under whatever the view paints (nothing, when it is empty)."""
        if event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            said = self.text()
            if said:
                viewport = self.view.viewport()
                painter = QPainter(viewport)
                paint_hint(painter, self.view, viewport.rect(), said)
                painter.end()
        return False
