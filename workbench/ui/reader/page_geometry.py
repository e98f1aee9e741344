"""The reader's page: a column of ~72 characters centred in the view, lines broken between words.

Why apart from the view: how wide the column is, how much margin it keeps and
where its lines may break are one decision, taken again on every resize and
for every document shown; the view only applies it.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument, QTextOption

MEASURE_CHARS = 72  # average per line: real lines then end between ~65 and 75 characters
_SAMPLE = "the quick brown fox jumps over a lazy dog, Putin and Kim said. "
PAGE_MARGIN = 28  # px around the text in a column of comfortable width
# In a column narrower than this the margins shrink: the title's large type needs the
# room ("Department:" is ~190 px), and 2 x 28 px of air took a quarter of a 230 px reader.
NARROW_COLUMN, NARROW_MARGIN = 360, 10
# A view narrower than the measure shrinks its margins toward this before it shortens the
# line: at 1024 px its 28 px each side were part of why a line held 53 characters.
# 12 px: the air the library and inspector keep beside their own text.
SNUG_MARGIN = 12
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
    gives up margin first (down to ``SNUG_MARGIN``) and line length only after,
    so the margin changes smoothly as the view narrows. The font is needed: the
    measure is in characters of it, so no width alone says which margin fits.
    """
    if width < NARROW_COLUMN:
        return NARROW_MARGIN
    line_width = measure_width(font) - 2 * PAGE_MARGIN
    return max(SNUG_MARGIN, min(PAGE_MARGIN, (width - line_width) // 2))


def set_page(document: QTextDocument, margin: int) -> None:
    """Give ``document`` the page's margin and its breaks between words (no relayout if set)."""
    if document.documentMargin() != margin:
        document.setDocumentMargin(margin)
    option = document.defaultTextOption()
    if option.wrapMode() != WRAP:
        option.setWrapMode(WRAP)
        document.setDefaultTextOption(option)
