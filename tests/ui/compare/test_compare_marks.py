"""The Compare window tells entity kinds apart without colour, as the reader does: a line of
the kind's style along the top of each shared mention, read off the window's own pixels in
both themes and after a live theme switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QImage, QTextCursor

from tests.compare_support import add_reports
from workbench.ui.compare.marked_text import MarkedText
from workbench.ui.compare.view import CompareWindow
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.entity_lines import (
    DASH_DOT,
    DASHED,
    DOTTED,
    DOUBLE,
    SOLID,
    KindLine,
    block_line_rects,
)

Runs = tuple[list[int], list[int]]


class ChangeFeed(QObject):
    changes_applied = Signal(object)


def _window(qtbot, library, theme_name: str) -> CompareWindow:
    a, b, _ = add_reports(library)
    theme = ThemeManager()
    theme.set_preference(theme_name)
    feed = ChangeFeed()
    window = CompareWindow(library, StoreActions(library, None, feed.changes_applied), theme,
                           (a, b))
    window._feed = feed  # type: ignore[attr-defined] - keep the signal alive with the window
    qtbot.addWidget(window)
    window.resize(1800, 700)  # each text wide enough for "Kelston Fire Service" on one line
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.content is not None)
    return window


def _runs(view: MarkedText, needle: str, accent: QColor) -> Runs:
    """Along the top of ``needle`` (its first mention on one line): the lengths of the
    painted runs in ``accent`` (a line's dashes) and which rows from the top carry it."""
    text, cursor = view.toPlainText(), QTextCursor(view.document())
    position = text.index(needle)
    while True:
        cursor.setPosition(position)
        start = view.cursorRect(cursor)
        cursor.setPosition(position + len(needle))
        end = view.cursorRect(cursor)
        if start.top() == end.top():
            break
        position = text.index(needle, position + 1)  # wrapped: the next mention
    view.viewport().repaint()
    image: QImage = view.viewport().grab().toImage()

    def inked(x: int, y: int) -> bool:
        pixel = image.pixelColor(x, y)
        return max(abs(pixel.red() - accent.red()), abs(pixel.green() - accent.green()),
                   abs(pixel.blue() - accent.blue())) < 60

    left, right, top = start.left() + 3, end.left() - 2, start.top()
    rows = [y for y in range(top, top + 8)
            if sum(inked(x, y) for x in range(left, right)) > (right - left) // 4]
    runs, run = [], 0
    for x in range(left, right):
        if inked(x, rows[0] if rows else top + 1):
            run += 1
        elif run:
            runs.append(run)
            run = 0
    if run:
        runs.append(run)
    return runs, rows


def _accent(window: CompareWindow, label: str) -> QColor:
    return QColor(window.theme.palette.entity_accent(label, window.theme.theme))


def _shape(runs: Runs) -> str:
    """The style the pixels show: one run solid, a gap between rows double, else by dashes."""
    dashes, rows = runs
    if not dashes:
        return "none"
    if max((b - a for a, b in zip(rows, rows[1:], strict=False)), default=0) >= 2:
        return DOUBLE
    if len(dashes) == 1:
        return SOLID
    inner = dashes[1:-1] or dashes
    if max(inner) > 2 * min(inner):
        return DASH_DOT
    return DOTTED if max(inner) <= 3 else DASHED


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_shared_mentions_carry_their_kinds_line_in_both_texts(qtbot, library,
                                                              theme_name: str) -> None:
    window = _window(qtbot, library, theme_name)
    for view in window.texts:
        assert _shape(_runs(view, "Kelston Fire Service", _accent(window, "ORG"))) == DASHED
        assert _shape(_runs(view, "Marrow Bridge", _accent(window, "FAC"))) == DOTTED
    # Irene Dobbs is named by A alone, Tuesday is a date (no one): no tint and no line.
    assert _shape(_runs(window.texts[0], "Tuesday", _accent(window, "DATE"))) == "none"
    assert _shape(_runs(window.texts[0], "Irene Dobbs", _accent(window, "PERSON"))) == "none"


def test_a_live_theme_switch_redraws_the_lines_in_the_new_accents(qtbot, library) -> None:
    window = _window(qtbot, library, "light")
    light = _accent(window, "ORG")
    window.theme.set_preference("dark")
    dark = _accent(window, "ORG")
    assert light != dark
    view = window.texts[1]
    assert _shape(_runs(view, "Kelston Fire Service", dark)) == DASHED  # light's is 88 red off


def test_the_view_draws_every_style_and_numbers_none(qtbot) -> None:
    """Styles the sample reports do not share (a person, an event) drawn by the view itself."""
    view = MarkedText("Sample", "Sample text")
    qtbot.addWidget(view)
    view.resize(1000, 300)  # the sentence on one line in the reading font
    text = "Ada Venn ran the Marathon of Hope with 300 runners on Wednesday afternoon."
    view.setPlainText(text)
    ink = "#c04000"
    words = {"Ada Venn": SOLID, "Marathon of Hope": DASH_DOT, "Wednesday afternoon": DOUBLE}
    view.set_lines([KindLine((text.index(w), text.index(w) + len(w)), style, ink)
                    for w, style in words.items()])
    view.show()
    qtbot.waitExposed(view)
    for word, style in words.items():
        assert _shape(_runs(view, word, QColor(ink))) == style, word
    assert _shape(_runs(view, "300", QColor(ink))) == "none"


def test_a_wrapped_names_line_stops_at_its_last_letter_not_the_margin(qtbot) -> None:
    """The space a line wraps at is laid out to the view's edge; the kind's line leaves it."""
    view = MarkedText("Sample", "Sample text")
    qtbot.addWidget(view)
    view.resize(260, 200)
    text = "The council said the Kelston Fire Service rescued four drivers from their cars."
    view.setPlainText(text)
    view.show()
    qtbot.waitExposed(view)
    start = text.index("Kelston")
    end = start + len("Kelston Fire Service")
    block = view.document().firstBlock()
    for width in range(160, 400, 4):  # narrow the view until the name wraps (font-free)
        view.resize(width, 200)
        origin = view.blockBoundingGeometry(block).translated(view.contentOffset()).topLeft()
        whole = block_line_rects(block, origin, start, end)
        if len(whole) >= 2:
            break
    trimmed = block_line_rects(block, origin, start, end, trim=True)
    assert len(whole) == len(trimmed) >= 2, "the test wants the name wrapped"
    line = block.layout().lineAt(block.layout().lineForTextPosition(start).lineNumber())
    last_letter = line.textStart() + len(text[line.textStart():line.textStart()
                                               + line.textLength()].rstrip())
    assert trimmed[0].right() == origin.x() + line.cursorToX(last_letter)[0]
    assert trimmed[0].right() < whole[0].right()
    assert trimmed[-1] == whole[-1]  # the name's last line ends where the name does


def test_a_compare_text_is_set_in_the_readers_font_with_a_margin(qtbot) -> None:
    """Compare showed the article in the window's small sans serif flush against its frame,
    ~95 characters a line, a cramped page unlike the reader's beside it."""
    from workbench.ui.reader.document import reading_font
    from workbench.ui.reader.page_geometry import SNUG_MARGIN

    view = MarkedText("Sample", "Sample text")
    qtbot.addWidget(view)
    view.setPlainText("The ministry said the talks would resume on Monday.")
    assert view.document().defaultFont().family() == reading_font().family()
    assert view.font().pointSizeF() == reading_font().pointSizeF()
    assert view.document().documentMargin() >= SNUG_MARGIN
