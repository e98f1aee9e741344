"""The ACH dock's picker and buttons: on one line where the dock is wide, stacked where narrow.

Why: stacked always, the picker and the button row took 60 px of a 229 px dock
(1024x640) and the matrix showed one evidence row. On one line always, they set a
692 px minimum on the dock and pushed a window wide (``tests/ui/test_narrow_docks``).
So the row turns when it is resized, and its minimum stays the stacked one: a dock
dragged narrow is never held wide by the line it had.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget

from workbench.ui.widgets.flow_layout import FlowLayout


class _ButtonsLine(QWidget):
    """The buttons in a ``FlowLayout``, asking for the width of all of them on one line."""

    def __init__(self, buttons: list[QWidget]) -> None:
        super().__init__()
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            self.flow.addWidget(button)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        items = (self.flow.itemAt(index) for index in range(self.flow.count()))
        widths = [item.sizeHint().width() for item in items if item is not None]
        width = sum(widths) + self.flow.spacing() * max(0, len(widths) - 1)
        return QSize(width, self.flow.heightForWidth(width))


class ControlsRow(QWidget):
    """``lead`` (the analysis picker) and ``buttons``, side by side when both fit."""

    def __init__(self, lead: QWidget, buttons: list[QWidget]) -> None:
        super().__init__()
        self.lead, self.buttons = lead, _ButtonsLine(buttons)
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        # The row's minimum is ``minimumSizeHint``, not the line's (Qt would set it as fixed).
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.box.addWidget(lead, 1)
        self.box.addWidget(self.buttons)

    def one_line(self) -> bool:
        """Whether the picker and the buttons share one line now."""
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The stacked minimum, whichever way the row lies (a side dock may be dragged narrow)."""
        width = max(self.lead.minimumSizeHint().width(), self.buttons.minimumSizeHint().width())
        return QSize(width, self.box.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        wide = (self.lead.sizeHint().width() + self.box.spacing()
                + self.buttons.sizeHint().width()) <= event.size().width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction != self.box.direction():
            self.box.setDirection(direction)
            self.updateGeometry()  # the dock lays out again for the row's new height
