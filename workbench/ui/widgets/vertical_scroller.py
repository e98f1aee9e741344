"""A vertical scroll area for tall pages in narrow panes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

SCROLLING_MIN_HEIGHT = 96  # px: room for a few rows before the page scrolls


class VerticalScroller(QScrollArea):
    """A page that scrolls vertically and still asks for its minimum width.

    Why: a tall page (the claim editor with its links list needs ~330 px) would
    otherwise set the minimum height of its pane, and so of the window: a stacked
    page's minimum counts even while hidden, and after a live theme switch a
    640 px window with the Entities dock open grew to 660 px. Only the height
    scrolls: the width still asks for what the page's buttons need, or they would
    be cut at the pane's edge.
    """

    def __init__(self, body: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes from the tabs straight to the page's first control: the area itself was
        # a stop that showed nothing. Tabbing onto a control below still scrolls to it.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(body)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        body = self.widget().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(body.width() + bar, min(body.height(), SCROLLING_MIN_HEIGHT))
