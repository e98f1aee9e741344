"""A push button as wide as its words, for rows of buttons in a narrow pane or dock.

Why shared: the style's 80 px floor per button is what pushed the entity page's
fifth curation button ("Hide") onto a line of its own at 1024 px; any row of
short-worded buttons in a dock meets the same floor.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPushButton


class TextWideButton(QPushButton):
    """A push button as wide as its words and some air, without the style's 80 px floor.

    Why: the five curation buttons at the style's minimum needed 471 px, so at
    1024 px "Hide" wrapped onto a line of its own under the other four.
    """

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        air = round(2.5 * metrics.averageCharWidth())  # both sides together
        return QSize(metrics.horizontalAdvance(self.text()) + air, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()
