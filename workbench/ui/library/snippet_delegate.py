"""Paint a title over two lines; a search hit as its title (two lines), then its snippet.

Why a delegate and not rich text: snippets are imported text; drawing the
segments ourselves means a ``<script>`` in an article stays literal characters.
Lines under the title (as mail clients do) keep the snippet readable in a
narrow pane: a snippet on one line of a 150 px column showed three words.
Titles wrap for the same reason: one middle-elided line of a 190 px pane kept
~15 characters ("Hong K…n bill"); two lines keep a title recognisable, and
what does not fit is cut after a whole word.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.store import SNIPPET_CLOSE, SNIPPET_OPEN
from workbench.ui.library.model import SNIPPET_ROLE
from workbench.ui.widgets.emphasis_lines import draw_run_lines, layout_runs
from workbench.ui.widgets.word_lines import fit_lines_keeping_end

SNIPPET_LINES = 2
TITLE_LINES = 2


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
        metrics = QFontMetrics(option.font)
        if not snippet:
            room = max(1, min(TITLE_LINES, rect.height() // max(1, metrics.lineSpacing())))
            lines = title_lines(title, metrics, rect.width(), room)
            self._draw_lines(painter, rect, option.font, option.palette.color(role), lines)
            return
        titles, snippet_rows = search_hit_lines(title, metrics, rect)
        rows = self._draw_lines(painter, rect, option.font, option.palette.color(role), titles,
                                snippet_rows)
        painter.save()
        painter.setPen(option.palette.color(muted))
        self._draw_segments(painter, rows, option.font, snippet)
        painter.restore()

    @staticmethod
    def _draw_lines(painter: QPainter, rect: QRect, font: QFont, color: QColor,
                    lines: list[str], rows_after: int = 0) -> list[QRect]:
        """Draw ``lines`` left-aligned, the block (with ``rows_after`` more) centred in ``rect``.

        Returns the ``rows_after`` line rectangles under them (a search hit's
        snippet). One helper for a plain title and a search hit, which drew
        the same centred lines twice.
        """
        spacing = QFontMetrics(font).lineSpacing()
        top = rect.top() + (rect.height() - spacing * (len(lines) + rows_after)) // 2
        rows = [QRect(rect.left(), top + spacing * n, rect.width(), spacing)
                for n in range(len(lines) + rows_after)]
        painter.save()
        painter.setPen(color)
        painter.setFont(font)
        for row, text in zip(rows, lines, strict=False):
            painter.drawText(row, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             text)
        painter.restore()
        return rows[len(lines):]

    @staticmethod
    def _draw_segments(painter: QPainter, lines: list[QRect], font: QFont,
                       snippet: str) -> None:
        """Draw the snippet's words over ``lines`` as ``layout_snippet`` placed them."""
        draw_run_lines(painter, lines, font,
                       layout_snippet(snippet, font, [line.width() for line in lines]))


def search_hit_lines(title: str, metrics: QFontMetrics, rect: QRect) -> tuple[list[str], int]:
    """A search hit's title lines (up to two) and how many snippet lines fit under them.

    Why two title lines here too: one elided line of a 190 px pane kept
    "US St…ement" while searching; a short title leaves its second line to the
    snippet.
    """
    room = max(2, rect.height() // max(1, metrics.lineSpacing()))
    titles = title_lines(title, metrics, rect.width(), min(TITLE_LINES, room - 1))
    return titles, room - len(titles)


def layout_snippet(snippet: str, font: QFont,
                   widths: list[int]) -> list[list[tuple[str, bool]]]:
    """The snippet's (word, is_match) runs per line, wrapped at spaces to ``widths``.

    The shared ``layout_runs``: matches measured bold, "…" where it goes on, and
    moved to a few words before its first match when that would fall past the
    last line.
    """
    return layout_runs(snippet_segments(snippet), font, widths)


def title_lines(title: str, metrics: QFontMetrics, width: int, lines: int = TITLE_LINES
                ) -> list[str]:
    """``title`` wrapped at spaces onto at most ``lines`` lines of ``width`` px.

    What does not fit ends with "…" after the last whole word (``fit_lines``, as
    the Claims table cuts a statement): a middle elision cut words in two
    ("Sanctions Aga…s Agreement"), which read as a typo; the row's tooltip
    holds the whole title.
    """
    return fit_lines_keeping_end(" ".join(title.split()), metrics, width, max(1, lines))

