"""A search hit in the narrow library: its title on two lines, the snippet under it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from workbench.store import SNIPPET_CLOSE, SNIPPET_OPEN
from workbench.ui.app.pane_layout import LIBRARY, LIBRARY_MIN_WIDTH, default_pane_sizes
from workbench.ui.library.snippet_delegate import (
    SNIPPET_LINES,
    TITLE_LINES,
    TitleSnippetDelegate,
    layout_snippet,
    search_hit_lines,
)
from workbench.ui.library.table_view import ROW_PADDING

LONG_TITLE = ("US State Department: Sanctions Against Russia and North Korea Not Ruled Out "
              "Over Arms Agreement")


def _hit_rect(metrics: QFontMetrics, width: int) -> QRect:
    """The delegate's rectangle in a search row (the row less its padding)."""
    height = metrics.lineSpacing() * (TITLE_LINES + SNIPPET_LINES) + ROW_PADDING - 4
    return QRect(0, 0, width, height)


def test_a_long_title_of_a_search_hit_takes_two_lines_cut_after_a_word() -> None:
    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("US State Department: Sa")
    titles, snippet_rows = search_hit_lines(LONG_TITLE, metrics, _hit_rect(metrics, width))
    assert len(titles) == 2 and titles[0].startswith("US State Department")
    assert titles[1].endswith("…")
    assert titles[1][:-1].split()[-1] in LONG_TITLE.split()
    assert all(metrics.horizontalAdvance(line) <= width for line in titles)
    assert snippet_rows == SNIPPET_LINES


def test_a_short_title_leaves_its_second_line_to_the_snippet() -> None:
    metrics = QFontMetrics(QFont())
    titles, snippet_rows = search_hit_lines("Summit ends", metrics, _hit_rect(metrics, 400))
    assert titles == ["Summit ends"]
    assert snippet_rows == SNIPPET_LINES + 1


def test_the_library_is_wider_than_190_px_by_default_at_1024() -> None:
    """At 190 px a hit's title kept ~12 characters; 200 px is also the pane's floor, so the
    reader's line holds ~58 characters at 1024 (tests/ui/test_small_window_line.py)."""
    assert default_pane_sizes(1024)[LIBRARY] >= LIBRARY_MIN_WIDTH > 190


def _inked_rows(image: QImage) -> list[int]:
    return [y for y in range(image.height())
            if any(image.pixelColor(x, y).red() < 128 for x in range(image.width()))]


def test_title_and_snippet_rows_form_one_block_centred_in_the_cell(qapp) -> None:
    font = QFont()
    spacing = QFontMetrics(font).lineSpacing()
    image = QImage(300, 10 * spacing, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    rect = QRect(0, 0, 300, 10 * spacing)
    rows = TitleSnippetDelegate._draw_lines(painter, rect, font, QColor("black"),
                                            ["Summit", "ends"], rows_after=2)
    painter.end()
    top = 3 * spacing  # (10 - 4 lines) / 2
    assert [row.top() for row in rows] == [top + 2 * spacing, top + 3 * spacing]
    inked = _inked_rows(image)
    assert top <= inked[0] and inked[-1] < top + 2 * spacing  # the two lines, nothing else


def test_a_snippet_moves_to_its_first_match_when_the_match_would_fall_past_its_lines(
        qapp) -> None:
    """Two hits of three showed no matched word in the 200 px library: nothing said why."""
    snippet = (f"…In 2007, the United States government labeled Soleimani as a terrorist and "
               f"levied {SNIPPET_OPEN}sanctions{SNIPPET_CLOSE} against him…")
    font = QFont()
    width = QFontMetrics(font).horizontalAdvance("the United States government")
    lines = layout_snippet(snippet, font, [width] * SNIPPET_LINES)
    shown = [(word.strip(), matched) for line in lines for word, matched in line]
    assert ("sanctions", True) in shown
    assert shown[0] == ("…", False)  # said to start mid-snippet
    assert ("levied", False) in shown  # with the words that lead to it
    early = layout_snippet(f"{SNIPPET_OPEN}Sanctions{SNIPPET_CLOSE} were imposed on Monday.",
                           font, [width] * SNIPPET_LINES)
    assert early[0][0] == ("Sanctions", True)  # a match in sight is left where it is
