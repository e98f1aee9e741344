"""Fusion with sort arrows that point the way a column's values run.

Why: Qt draws a descending column (newest first, most mentions first) with an
up arrow, so the library sorted newest first showed "Date ▲" over dates that
fall down the list. Here the arrow points down for descending, as in Finder
and Explorer: the values get smaller down the column.

The style also makes every header elide its labels: Qt's headers default to
``ElideNone``, so a narrow column cut "Other claim (document)" to "Other claim
(docu" with nothing to say text was missing; polishing each header here covers
every table and tree, present and future, in one place.

And it hands out the docks' float and close glyphs in the theme's text colour:
Fusion's own are drawn dark grey on the dark theme's title bar, nearly
invisible. A dock asks the style for them again when the theme's style is
installed, so a live switch re-colours them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

_FLIPPED = {QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
            QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp}


class SortArrowStyle(QProxyStyle):
    """Fusion, with the header's sort arrow turned to match the order shown."""

    def __init__(self, title_icons: dict[QStyle.StandardPixmap, QIcon]) -> None:
        super().__init__("Fusion")
        self.title_icons = title_icons

    def standardIcon(self, icon: QStyle.StandardPixmap,  # noqa: N802 - Qt override
                     option: QStyleOption | None = None, widget: QWidget | None = None) -> QIcon:
        """The theme's glyph for a dock's title-bar button, Fusion's for the rest."""
        themed = self.title_icons.get(icon)
        return themed if themed is not None else super().standardIcon(icon, option, widget)

    def polish(self, target: object) -> None:  # noqa: D102 - Qt override, see the module
        if isinstance(target, QHeaderView) and target.textElideMode() == Qt.TextElideMode.ElideNone:
            target.setTextElideMode(Qt.TextElideMode.ElideRight)
        super().polish(target)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if (element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
                and isinstance(option, QStyleOptionHeader) and option.sortIndicator in _FLIPPED):
            turned = QStyleOptionHeader(option)
            turned.sortIndicator = _FLIPPED[option.sortIndicator]
            option = turned
        super().drawPrimitive(element, option, painter, widget)
