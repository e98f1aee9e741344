"""A side-by-side splitter that stacks its panes when it is too narrow for them.

Why: the Entities view shows its list and the chosen entity's page side by
side; their minimum widths added up (~700 px) became the dock's minimum, so a
dock moved beside the reader or floated pushed a 1024-wide window off the
screen. Mail clients and file managers do the same: the preview pane moves
below the list when the window is narrow.

Minimum widths alone are not enough to decide: a list's minimum is a sliver,
so a 420 px Entities dock kept list and page side by side and left entity
names 54 px ("Unite…"). ``stack_below`` is the width under which the panes
stack even though their minimums would fit.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class StackingSplitter(QSplitter):
    """Panes side by side when they fit, one above the other when not."""

    def __init__(self, parent: QWidget | None = None, stack_below: int = 0) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.stack_below = stack_below

    def pane_widths(self) -> list[int]:
        """Each pane's minimum width (its own minimum, else its layout's)."""
        panes = [self.widget(i) for i in range(self.count())]
        return [max(pane.minimumWidth(), pane.minimumSizeHint().width())
                for pane in panes if pane is not None]

    def side_by_side_width(self) -> int:
        """The narrowest width at which the panes still fit side by side."""
        widths = self.pane_widths()
        return max(self.stack_below,
                   sum(widths) + self.handleWidth() * max(0, len(widths) - 1))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest pane: stacked, the panes share the width."""
        return QSize(max(self.pane_widths(), default=0), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        wanted = (Qt.Orientation.Horizontal if event.size().width() >= self.side_by_side_width()
                  else Qt.Orientation.Vertical)
        if wanted != self.orientation():
            self.setOrientation(wanted)
        super().resizeEvent(event)
