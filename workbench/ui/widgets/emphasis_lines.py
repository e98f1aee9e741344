"""Plain text with bold runs, wrapped at spaces onto a few lines, "…" where it goes on.

Why one module: the library's search snippets (matches in bold) and the entity
page's "Context" column (the mention in bold) each had their own wrapping
and drawing — a word list here, a ``QTextLayout`` there — and cut text
differently. Both are imported text: drawing runs ourselves keeps a ``<b>`` or
``<script>`` in an article literal characters.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter

from workbench.ui.widgets.word_lines import ELLIPSIS, before_ellipsis

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
    """``words`` wrapped at spaces to ``widths``; where words are left, "…" after the last
    whole word that leaves room for it (a lone word too wide is cut by character)."""
    bold = QFont(font)
    bold.setBold(True)
    lines: list[list[Run]] = [[]]
    advances: list[int] = []  # of the words on the last line
    for index, (word, is_bold) in enumerate(words):
        metrics = QFontMetrics(bold if is_bold else font)
        width = metrics.horizontalAdvance(word)
        if sum(advances) + width > widths[len(lines) - 1] and advances:
            if len(lines) == len(widths):
                _end_line(lines[-1], advances, words[index:], font, widths[-1])
                break
            lines.append([])
            word = word.lstrip()
            advances, width = [], metrics.horizontalAdvance(word)
        lines[-1].append((word, is_bold))
        advances.append(width)
    return lines


def _end_line(line: list[Run], advances: list[int], rest: list[Run], font: QFont,
              width: int) -> None:
    """End the last ``line`` with "…" after its last whole word that leaves room for it.

    Why not elide the rest by character: "sanctions if any ne…" read as a typo;
    a search snippet or a mention ends at a word, as titles and claims do.
    """
    room = QFontMetrics(font).horizontalAdvance(ELLIPSIS)
    while len(line) > 1 and sum(advances) + room > width:
        line.pop()
        advances.pop()
    if sum(advances) + room <= width:
        _drop_trailing_pause(line)
        line.append((ELLIPSIS, False))
        return
    word, is_bold = line[0]  # one word wider than the line: cut it by character
    text = word + "".join(w for w, _ in rest)
    used = QFont(font)
    used.setBold(is_bold)
    line[0] = (QFontMetrics(used).elidedText(text, Qt.TextElideMode.ElideRight, width), is_bold)


def _drop_trailing_pause(line: list[Run]) -> None:
    """Take the comma, colon or dash off the end of ``line`` before its "…" ("said:…").

    A pause mark may be a run of its own (a bold word's comma is not bold), so
    runs left blank are dropped; the line's first word always stays.
    """
    while line:
        word, is_bold = line[-1]
        kept = before_ellipsis(word)
        if kept == word.rstrip() and kept:
            return
        if kept.strip() or len(line) == 1:
            line[-1] = (kept or word, is_bold)
            return
        line.pop()


def _words(text: str) -> list[str]:
    """Words with the spaces before them, so a line can break at any space."""
    return [word for word in re.split(r"(?=\s)", text) if word]
