"""Paint a search hit as two lines: the title, then its snippet with matches in bold.

Why a delegate and not rich text: snippets are imported text; drawing the
segments ourselves means a ``<script>`` in an article stays literal characters.
Two lines in the title column (as mail clients do) keep every column visible
while searching in a narrow pane.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.store import SNIPPET_CLOSE, SNIPPET_OPEN
from workbench.ui.library.model import SNIPPET_ROLE


def snippet_segments(snippet: str) -> list[tuple[str, bool]]:
    """Split a marked snippet into (text, is_match) runs; newlines become spaces."""
    segments: list[tuple[str, bool]] = []
    matched = False
    current = ""
    for char in snippet.replace("\n", " "):
        if char in (SNIPPET_OPEN, SNIPPET_CLOSE):
            if current:
                segments.append((current, matched))
            current, matched = "", char == SNIPPET_OPEN
            continue
        current += char
    if current:
        segments.append((current, matched))
    return segments


class TitleSnippetDelegate(QStyledItemDelegate):
    """Draws the title column: the title, and under it the search snippet when there is one."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        title = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        roles = QPalette.ColorRole
        role = roles.HighlightedText if selected else roles.Text
        muted = roles.HighlightedText if selected else roles.PlaceholderText
        rect = option.rect.adjusted(4, 2, -4, -2)
        half = rect.height() // 2
        top, bottom = rect.adjusted(0, 0, 0, -half), rect.adjusted(0, half, 0, 0)
        painter.save()
        painter.setPen(option.palette.color(role))
        metrics = QFontMetrics(option.font)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, top.width()))
        painter.setPen(option.palette.color(muted))
        self._draw_segments(painter, bottom, option.font, snippet)
        painter.restore()

    def _draw_segments(self, painter: QPainter, rect: QRect, font: QFont, snippet: str) -> None:
        bold = QFont(font)
        bold.setBold(True)
        x = rect.left()
        for text, matched in snippet_segments(snippet):
            used = bold if matched else font
            metrics = QFontMetrics(used)
            remaining = rect.right() - x
            if remaining <= 0:
                break
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, remaining)
            painter.setFont(used)
            painter.drawText(QRect(x, rect.top(), remaining, rect.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
            x += metrics.horizontalAdvance(shown)
