"""The reader's page: a column of ~72 characters centred in the view, lines broken between words.

Why apart from the view: how wide the column is, how much margin it keeps and
where its lines may break are one decision, taken again on every resize and
for every document shown; the view only applies it.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractScrollArea, QTextEdit

PASSAGE_AT = 1 / 3  # of the reader's height: where a passage opened out of sight lands
CONTEXT_LINES = 2  # lines from either edge a passage in view keeps, or it is brought in
SUBPIXEL_OVERFLOW = 2  # px a wrapped line may run past the column without a scroll bar
MEASURE_CHARS = 72  # average per line: real lines then end between ~65 and 75 characters
_SAMPLE = "the quick brown fox jumps over a lazy dog, Putin and Kim said. "
PAGE_MARGIN = 28  # px around the text in a column of comfortable width
# In a column narrower than this the margins shrink: the title's large type needs the
# room ("Department:" is ~190 px), and 2 x 28 px of air took a quarter of a 230 px reader.
NARROW_COLUMN, NARROW_MARGIN = 360, 10
# A view narrower than the measure keeps a margin in proportion to its width: PAGE_MARGIN at
# the full measure, 22 px in the 572 px reader of a 1024 px window, never under SNUG_MARGIN.
# At 1024 px a fixed 28 px each side was part of why a line held 53 characters; the fixed
# 12 px that replaced it set the text against the pane's edge (a cramped page); at 22 px the
# line holds ~56 characters, inside the 50-75 comfort band, with air on both sides.
SNUG_MARGIN = 16
# Lines break between words only (Unicode's break points: after a space, a hyphen or the
# "/" of a link). Qt's default also breaks inside a word wider than the column, so a
# narrow reader set its title as "Departm / ent"; a word wider than the whole column now
# stays whole and the text scrolls sideways (the pane keeps a minimum width: pane_layout).
WRAP = QTextOption.WrapMode.WordWrap


def measure_width(font: QFont) -> int:
    """The widest text column (margins included): no line over ~75 characters.

    Why measured on a sample sentence: the average advance of English prose
    in the reading font, not of "x" or of the widest glyph, is what fixes
    how many characters a line holds.
    """
    per_char = QFontMetricsF(font).horizontalAdvance(_SAMPLE) / len(_SAMPLE)
    return round(per_char * MEASURE_CHARS + 2 * PAGE_MARGIN)


def column_margins(width: int, font: QFont) -> tuple[int, int]:
    """Left and right space beside the column in a view ``width`` px wide (centred)."""
    spare = max(0, width - measure_width(font))
    return spare // 2, spare - spare // 2


def page_margin(width: int, font: QFont) -> int:
    """The margin around the text in a view ``width`` px wide, set in ``font``.

    A view with room for the whole measure keeps ``PAGE_MARGIN``; a narrower one
    keeps the same share of its width (not less than ``SNUG_MARGIN``), so margin
    and line shrink together and smoothly: the page keeps its proportions rather
    than its text running to the pane's edge. The font is needed: the measure is
    in characters of it, so no width alone says what share a view has.
    """
    if width < NARROW_COLUMN:
        return NARROW_MARGIN
    share = PAGE_MARGIN * width / measure_width(font)
    return max(SNUG_MARGIN, min(PAGE_MARGIN, round(share)))


def set_page(document: QTextDocument, margin: int) -> None:
    """Give ``document`` the page's margin and its breaks between words (no relayout if set)."""
    if document.documentMargin() != margin:
        document.setDocumentMargin(margin)
    option = document.defaultTextOption()
    if option.wrapMode() != WRAP:
        option.setWrapMode(WRAP)
        document.setDefaultTextOption(option)


# A view shorter than this many body lines sets the title at the body's size (still bold) and
# the metadata closer under it: at 1024x640 with a dock open the reader shows ~10 lines, and a
# title at +2 sizes took three of them ("US State Department: Sanctions / Against Russia …").
SHORT_VIEW_LINES = 15
# The one definition of the heading's and body's sizes: document.py builds the roomy ones,
# set_heading switches between them, and the reader's and the docks' line counts read the
# body's line height.
BODY_LINE_HEIGHT_PERCENT = 145  # the body's proportional line height
TITLE_SIZE_STEPS = {False: 2, True: 0}  # QFont size adjustment: roomy, compact
# px under the metadata line before the body. Compact keeps half a body line's leading more
# than the body keeps between its own lines (~9 px at the default size): at 8 px the line
# "Cnews Live · Date unknown · 397 words" read as the article's first line.
METADATA_GAP = {False: 18, True: 14}


def body_line_px(font: QFont) -> float:
    """The height of one line of the reader's body text set in ``font``."""
    return QFontMetricsF(font).lineSpacing() * BODY_LINE_HEIGHT_PERCENT / 100


def is_short_view(height: int, font: QFont) -> bool:
    """Whether a view ``height`` px tall is short enough for the compact heading."""
    return height < SHORT_VIEW_LINES * body_line_px(font)


def set_heading(document: QTextDocument, compact: bool) -> None:
    """Set a rendered article's title (block 0) and metadata line (block 1) roomy or compact.

    Only sizes and a margin change, never the text: offsets, marks and the
    selection stay as they are.
    """
    title, metadata = document.begin(), document.begin().next()
    if not metadata.isValid():
        return
    cursor = QTextCursor(title)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    size = QTextCharFormat()
    size.setProperty(QTextFormat.Property.FontSizeAdjustment, TITLE_SIZE_STEPS[compact])
    cursor.mergeCharFormat(size)
    gap = QTextBlockFormat()
    gap.setBottomMargin(METADATA_GAP[compact])
    QTextCursor(metadata).mergeBlockFormat(gap)


def passage_scroll(top: int, bottom: int, height: int, line: int) -> int:
    """How far to scroll (px, down positive) so a passage from ``top`` to ``bottom``
    (viewport coordinates) reads with its context; 0 when it already does.

    Why not ``ensureCursorVisible``: it scrolls only as far as needed, so a claim,
    match or quote opened from a list landed on the reader's last line with
    nothing after it. A passage already in view, ``CONTEXT_LINES`` clear of the
    edges, stays put: stepping through mentions on one screen does not jump.
    """
    margin = line * CONTEXT_LINES
    if top >= margin and bottom <= height - margin:
        return 0
    above = int(height * PASSAGE_AT)
    if bottom - top > height - above - margin:
        above = margin  # a long passage: from its first line, as much of it as fits
    return top - above


def show_selection(view: QTextEdit) -> None:
    """Scroll ``view`` so its selection reads with its context (``passage_scroll``).

    One door for every "go to this span": a passage opened from a list, and a
    find match stepped to with Enter or F3, which ``ensureCursorVisible``
    left on the reader's last line (first, stepping back) with nothing around it.
    """
    cursor = view.textCursor()
    start, end = QTextCursor(cursor), QTextCursor(cursor)
    start.setPosition(cursor.selectionStart())
    end.setPosition(cursor.selectionEnd())
    view.ensureCursorVisible()  # as little as needed first: then where it reads
    shift = passage_scroll(view.cursorRect(start).top(), view.cursorRect(end).bottom(),
                           view.viewport().height(), view.fontMetrics().lineSpacing())
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + shift)


def hide_subpixel_overflow(view: QAbstractScrollArea) -> None:
    """No horizontal scroll range for a line that runs a pixel past the column.

    Why: a wrapped line's width is fractional (628.5 px in a 628 px column: an
    interview's "((WN))  You weren't living in Iran at that time." line), and Qt
    rounded it up into a one-pixel scroll range, so a scroll bar took a line of
    the reader under a text that never needed it. The range itself is taken away,
    not only the bar: a hidden bar still let a sideways swipe or the cursor at a
    line's end shift the page by that pixel. The pixel lies in the column's margin,
    so nothing is hidden. A line that really is wider (a word too long to break)
    keeps its range and its scroll bar.
    """
    bar = view.horizontalScrollBar()

    def clamp(_minimum: int, maximum: int) -> None:
        if 0 < maximum <= SUBPIXEL_OVERFLOW:
            bar.setRange(0, 0)

    bar.rangeChanged.connect(clamp)
