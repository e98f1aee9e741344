"""A push button as wide as its words, for rows of buttons in a narrow pane or dock.

Why shared: the style's 80 px floor per button is what pushed the entity page's
fifth curation button ("Hide") onto a line of its own at 1024 px; any row of
short-worded buttons in a dock meets the same floor.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QStyle

ICON_GAP = 4  # px between an icon and the words, as Qt's own push button keeps


class TextWideButton(QPushButton):
    """A push button as wide as its words and some air, without the style's 80 px floor.

    Why: the five curation buttons at the style's minimum needed 471 px, so at
    1024 px "Hide" wrapped onto a line of its own under the other four.
    """

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        air = round(2.5 * metrics.averageCharWidth())  # both sides together
        return QSize(self.content_width() + air, hint.height())

    def content_width(self) -> int:
        """The words as shown ("&Hide" is "Hide" underlined), its icon and menu arrow if any.

        Why not ``horizontalAdvance(text())``: that counted a mnemonic's "&" as
        a letter and left out the icon, so an iconed button cut its last word.
        """
        width = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text()).width()
        if not self.icon().isNull():
            width += self.iconSize().width() + ICON_GAP
        if self.menu() is not None:
            width += self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator,
                                              None, self)
        return width

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()
