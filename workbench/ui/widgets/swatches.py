"""Colour swatches: small filled squares for statuses, tags and the highlight colour menus.

Why shared: the reader menu, note cards, the claims views, the claim map and
the tag manager all show a colour as the same little square.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QWidget

from workbench.core.vocabulary import HIGHLIGHT_COLORS
from workbench.ui.theme.palette import HighlightPalette


@lru_cache(maxsize=256)
def swatch_icon(color: str, border: str = "#888888", size: int = 14) -> QIcon:
    """A small filled square of ``color`` (colour menus, note cards).

    Painted once per colour (a ``QIcon`` is shared, never changed): the claims lists
    painted one per row, a fifth of the Claims dock's first showing of 3,000 claims.
    """
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(border))
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def legend_key(icon: QIcon, text: str) -> QWidget:
    """A legend entry: a colour swatch and its meaning (the claim map's, the timeline's)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 8, 0)
    row.setSpacing(4)
    swatch = QLabel()
    swatch.setPixmap(icon.pixmap(12, 12))
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    row.addWidget(swatch)
    row.addWidget(label)
    return holder


def fill_color_menu(menu: QMenu, palette: HighlightPalette, theme: str,
                    choose: Callable[[str], None]) -> QMenu:
    """Add one swatch action per highlight colour to ``menu``."""
    for name in HIGHLIGHT_COLORS:
        action = menu.addAction(swatch_icon(palette.highlight(HIGHLIGHT_COLORS[name], theme)),
                                name.capitalize())
        action.triggered.connect(lambda _c=False, n=name: choose(n))
    return menu


def color_menu(parent: QMenu, title: str, palette: HighlightPalette, theme: str,
               choose: Callable[[str], None]) -> QMenu:
    """A submenu with one swatch per highlight colour."""
    return fill_color_menu(parent.addMenu(title), palette, theme, choose)
