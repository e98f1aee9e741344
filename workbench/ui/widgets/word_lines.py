"""A long text cell shown on a few lines, broken between words, "…" after the last whole word.

Why: the Claims table showed each claim on one line elided by character, so at
1440 px a claim read "… breach multiple UN Security Co…": a third of the
statement and a cut word, while the other columns had room under their one
line. Two lines hold most claims whole; what does not fit ends at a word and an
ellipsis, and the cell's tooltip holds the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem

from workbench.ui.widgets.cut_text import cell_style, text_box
from workbench.ui.widgets.padded_rows import ROW_PADDING, PaddedRowDelegate

ELLIPSIS = "…"
LINE_SEPARATOR = "\u2028"
ROUNDING = 2  # px a row may lack and still count its last line (styles round sizes)
SUBPIXEL_SLACK = 1  # px a line is kept short of its cell: Qt's layout measures in fractions
# Marks that announce more text: left before "…" they read as a sentence cut mid-clause
# ("Moscow said:…", "the talks,…"); the ellipsis alone says the text goes on.
PAUSE_MARKS = ",;:–—-"


def before_ellipsis(text: str) -> str:
    """``text`` without the commas, colons or dashes (and spaces) it ends with."""
    return text.rstrip().rstrip(PAUSE_MARKS).rstrip()


def fit_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> list[str]:
    """``text`` wrapped at spaces onto at most ``lines`` lines ``width`` px wide.

    When words are left over, the last line ends with "…" after the last whole
    word that leaves room for it; a single word wider than a line is elided by
    character (it has no space to break at).
    """
    words = text.split()
    shown: list[str] = []
    while words and len(shown) < lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        shown.append(line)
    if not shown:
        return []
    last = shown[-1]
    if words or metrics.horizontalAdvance(last) > width:
        shown[-1] = _end_with_ellipsis(last, metrics, width)
    return [line if metrics.horizontalAdvance(line) <= width
            else metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            for line in shown]


def fit_lines_keeping_end(text: str, metrics: QFontMetrics, width: int,
                          lines: int) -> list[str]:
    """``text`` on at most ``lines`` lines; when it does not fit, its end kept after "…".

    Why: titles of a series share their beginning and differ at the end ("On
    the campaign trail in the USA, August 2020" … "May 2020"); cut at the end,
    a 1024 px library showed five identical rows. As a file manager elides in
    the middle, the last line ends with the title's last clause (after its
    last comma, colon or dash, when that fits) or with its last words (up to
    two thirds of a line) when they hold a number; the words between are left
    out, cut between words as ``fit_lines`` cuts. Any other title is cut at its
    end as before.
    """
    shown = fit_lines(text, metrics, width, lines)
    words = text.split()
    if not shown or " ".join(shown) == " ".join(words) or len(words) < 3:
        return shown
    tail = _kept_end(words, metrics, width)
    if not tail:
        return shown
    rest = words[:len(words) - len(tail)]
    kept = f"{ELLIPSIS} {' '.join(tail)}"
    head = [_within(_take_line(rest, metrics, width), metrics, width)
            for _ in range(lines - 1) if rest]
    last = _take_line(rest, metrics, width - metrics.horizontalAdvance(kept), whole=True)
    if not rest:  # nothing left out after all
        return fit_lines(text, metrics, width, lines)
    line = before_ellipsis(last)
    return [*head, f"{line}{kept}" if line else kept]


def _take_line(words: list[str], metrics: QFontMetrics, width: int,
               whole: bool = False) -> str:
    """Take from ``words`` the ones that fill a line of ``width`` px.

    At least one word unless ``whole`` (then only words that fit).
    """
    line: list[str] = []
    while words and (metrics.horizontalAdvance(" ".join([*line, words[0]])) <= width
                     or not (line or whole)):
        line.append(words.pop(0))
    return " ".join(line)


def _within(line: str, metrics: QFontMetrics, width: int) -> str:
    """``line`` as it is, or elided by character when one word is wider than the line."""
    if metrics.horizontalAdvance(line) <= width:
        return line
    return metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)


def _kept_end(words: list[str], metrics: QFontMetrics, width: int) -> list[str]:
    """The words a cut title keeps at its end: its last clause if it fits, else its last words."""
    def fits(tail: list[str]) -> bool:
        return metrics.horizontalAdvance(f"{ELLIPSIS} {' '.join(tail)}") <= width
    for start in range(len(words) - 1, 0, -1):
        if words[start - 1][-1] in PAUSE_MARKS:
            clause = words[start:]
            if fits(clause):
                return clause
            break
    tail: list[str] = []
    for word in reversed(words[1:]):
        if metrics.horizontalAdvance(f"{ELLIPSIS} {' '.join([word, *tail])}") > width * 2 // 3:
            break
        tail.insert(0, word)
    # Last words alone only when they hold a number (an issue, a day, a year): "… declares"
    # or "… Agreement" kept in place of the words that led to them read worse than the
    # beginning cut after a whole word, and tell no series apart.
    return tail if any(char.isdigit() for char in "".join(tail)) else []


def _end_with_ellipsis(line: str, metrics: QFontMetrics, width: int) -> str:
    """``line`` cut after its last whole word that leaves room for "…" (by character if none)."""
    words = line.split(" ")
    while len(words) > 1 and metrics.horizontalAdvance(_ended(words)) > width:
        words.pop()
    fitted = _ended(words)
    if metrics.horizontalAdvance(fitted) <= width:
        return fitted
    return metrics.elidedText(line + ELLIPSIS, Qt.TextElideMode.ElideRight, width)


def _ended(words: list[str]) -> str:
    """``words`` as a line that goes on: "…" after them, without a pause mark before it."""
    return (before_ellipsis(" ".join(words)) or " ".join(words)) + ELLIPSIS


class WordLinesDelegate(PaddedRowDelegate):
    """Cells of up to ``lines`` text lines, broken and cut between words.

    Rows are ``lines`` lines tall, or with ``fit_rows`` as tall as their text
    needs up to ``lines`` (a wrapping list hands its width to ``sizeHint``; a
    list of short and long claims should not give each short one three lines).
    """

    def __init__(self, view: QAbstractItemView, lines: int = 2,
                 padding: QSize = ROW_PADDING, fit_rows: bool = False) -> None:
        super().__init__(view, padding)
        self.lines = lines
        self.fit_rows = fit_rows

    def lines_for(self, _index: QModelIndex | QPersistentModelIndex) -> int:
        """The most lines ``index``'s cell may take (the same for every row unless overridden)."""
        return self.lines

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """One line's width (what the column fitter measures), the lines' height."""
        size = super().sizeHint(option, index)
        lines = self.lines_for(index)
        spacing = QFontMetrics(option.font).lineSpacing()
        if self.fit_rows and option.rect.width() > 0:
            # A word-wrapping view's own hint is its whole text: only the lines shown count.
            lines = max(1, len(self.shown_lines(option, index, lines)))
            return QSize(size.width(), lines * spacing + self.padding.height())
        return QSize(size.width(), max(size.height(), lines * spacing + self.padding.height()))

    def shown_lines(self, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex,
                    lines: int | None = None) -> list[str]:
        """The lines the cell at ``option.rect`` shows for ``index``.

        As many as the cell's height less its padding holds, at most
        ``lines_for(index)``, or ``lines`` when given (a height asked for).
        """
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        if lines is None:
            text_height = cell.rect.height() - self.padding.height() + ROUNDING
            room = max(1, text_height // max(1, cell.fontMetrics.lineSpacing()))
            lines = min(self.lines_for(index), room)
        # One pixel spare: a line measured to the pixel (152 of 152) is laid out a fraction
        # wider by Qt's text engine, which then elides it again ("measures t…").
        width = text_box(cell).width() - SUBPIXEL_SLACK
        return fit_lines(cell.text, cell.fontMetrics, width, lines)

    def display_text(self, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> str:
        """The lines as one text Qt draws line by line.

        Joined by the Unicode line separator, which Qt's text layout breaks at:
        a "\n" set on the style option is drawn as nothing ("Kim JongUn").
        """
        return LINE_SEPARATOR.join(self.shown_lines(option, index))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = self.display_text(option, index)
        cell.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText  # the breaks are ours
        cell_style(cell).drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter,
                                     cell.widget)


def word_lines(view: QAbstractItemView, column: int, lines: int = 2) -> WordLinesDelegate:
    """Show ``column`` of ``view`` on ``lines`` lines cut between words; the delegate."""
    delegate = WordLinesDelegate(view, lines)
    view.setItemDelegateForColumn(column, delegate)
    return delegate
