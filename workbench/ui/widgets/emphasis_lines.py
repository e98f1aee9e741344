"""Plain text with bold runs, wrapped at spaces onto a few lines, "…" where it goes on.

Why one module: the library's search snippets (matches in bold) and the entity
page's "Where it is mentioned" (the mention in bold) each had their own wrapping
and drawing — a word list here, a ``QTextLayout`` there — and cut text
differently. Both are imported text: drawing runs ourselves keeps a ``<b>`` or
``<script>`` in an article literal characters.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter

ELLIPSIS = "…"
LEAD_WORDS = 3  # words kept before a bold run the text is moved to

Run = tuple[str, bool]  # (text, bold)


def marked_runs(text: str, start: int, end: int) -> list[Run]:
    """``text`` as runs with ``text[start:end]`` bold (code point offsets)."""
    runs = [(text[:start], False), (text[start:end], True), (text[end:], False)]
    return [(part, bold) for part, bold in runs if part]


def layout_runs(runs: list[Run], font: QFont, widths: list[int]) -> list[list[Run]]:
    """The (word, bold) runs per line, wrapped at spaces to ``widths``; bold measured bold.

    The last line ends in "…" when the text goes on. When the first bold run
    would fall past the last line, the text starts a few words before it
    instead ("… and levied **sanctions** against"): a search snippet is cut
    ~10 words ahead of its match, and in a 200 px library two hits of three
    showed no matched word, so nothing said why they were found.
    """
    words = [(word, bold) for text, bold in runs for word in _words(text.replace("\n", " "))]
    lines = _wrap_words(words, font, widths)
    first = next((n for n, (_, bold) in enumerate(words) if bold), None)
    for lead in range(LEAD_WORDS, -1, -1):
        if first is None or _shows_bold(lines):
            break
        if lead < first:
            lines = _wrap_words([(ELLIPSIS, False), *words[first - lead:]], font, widths)
    return lines


def draw_run_lines(painter: QPainter, rows: list[QRect], font: QFont,
                   lines: list[list[Run]]) -> None:
    """Draw ``lines`` (from ``layout_runs``) in ``rows``, in the painter's pen colour."""
    bold = QFont(font)
    bold.setBold(True)
    for rect, words in zip(rows, lines, strict=False):
        x = rect.left()
        for word, is_bold in words:
            used = bold if is_bold else font
            painter.setFont(used)
            painter.drawText(QRect(x, rect.top(), max(0, rect.right() - x), rect.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), word)
            x += QFontMetrics(used).horizontalAdvance(word)


def _shows_bold(lines: list[list[Run]]) -> bool:
    """Whether a bold word is laid out whole on ``lines`` (not elided away)."""
    return any(bold and not word.endswith(ELLIPSIS) for line in lines for word, bold in line)


def _wrap_words(words: list[Run], font: QFont, widths: list[int]) -> list[list[Run]]:
    """``words`` wrapped at spaces to ``widths``, the last line elided when words are left."""
    bold = QFont(font)
    bold.setBold(True)
    lines: list[list[Run]] = [[]]
    x = 0
    for index, (word, is_bold) in enumerate(words):
        metrics = QFontMetrics(bold if is_bold else font)
        width = metrics.horizontalAdvance(word)
        if x + width > widths[len(lines) - 1] and x > 0:
            if len(lines) == len(widths):
                rest = "".join(w for w, _ in words[index:])
                room = widths[-1] - x
                lines[-1].append((metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room),
                                  is_bold))
                break
            lines.append([])
            word = word.lstrip()
            x, width = 0, metrics.horizontalAdvance(word)
        lines[-1].append((word, is_bold))
        x += width
    return lines


def _words(text: str) -> list[str]:
    """Words with the spaces before them, so a line can break at any space."""
    return [word for word in re.split(r"(?=\s)", text) if word]
