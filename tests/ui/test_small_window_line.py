"""At 1024 px the reader's line sits inside the 50-80 comfort band with room to spare.

With library 210 px, inspector 250 px and 28 px of margin each side the line was
~53 characters, three above the band's floor. The library takes its 200 px floor,
the page's margin scales with its width (22 px in a 572 px reader), and
the split is applied once the splitter has its new width (it was shared out over the
old one). The inspector keeps 250 px: narrower, its tabs and quotes lost words.
"""

from __future__ import annotations

import itertools

from PySide6.QtGui import QFont

from tests.ui.test_layout import _characters_per_line, _open_seedlike
from workbench.ui.app.pane_layout import INSPECTOR, LIBRARY, default_pane_sizes
from workbench.ui.reader.page_geometry import (
    NARROW_MARGIN,
    PAGE_MARGIN,
    SNUG_MARGIN,
    measure_width,
    page_margin,
)


def test_a_1024_window_with_both_side_panes_reads_a_comfortable_line_with_air_beside_it(
        qtbot, library, make_document, open_window) -> None:
    """~56 characters a line and 20 px or more of margin: the line was 53 at 28 px, then 58
    at 12 px, the text against the pane's edge (the page looked cramped)."""
    window, _doc = _open_seedlike(open_window, library, make_document, 1024, 640)
    sizes = window.splitter.sizes()
    assert sizes[LIBRARY] > 0 and sizes[INSPECTOR] > 0
    assert _characters_per_line(window.reader.view) >= 54  # inside the 50-75 band
    assert window.reader.view.document().documentMargin() >= 20  # was 12


def test_the_split_for_a_small_window_is_applied_after_the_splitter_is_resized(
        qtbot, library, make_document, open_window) -> None:
    """An inspector asked for 230 px kept 251: the sizes were shared out over the old 1400 px."""
    window, _doc = _open_seedlike(open_window, library, make_document, 1024, 640)
    assert window.splitter.sizes()[INSPECTOR] == default_pane_sizes(1024)[INSPECTOR]
    assert window.splitter.sizes()[LIBRARY] == default_pane_sizes(1024)[LIBRARY]


def test_a_view_narrower_than_the_measure_keeps_margins_in_proportion() -> None:
    font = QFont("Charter", 12)
    full = measure_width(font)
    assert page_margin(full, font) == PAGE_MARGIN
    assert page_margin(full + 400, font) == PAGE_MARGIN
    assert page_margin(round(full * 0.8), font) == round(PAGE_MARGIN * 0.8)  # margins scale
    assert page_margin(400, font) >= SNUG_MARGIN
    assert page_margin(300, font) == NARROW_MARGIN
    margins = [page_margin(width, font) for width in range(400, full + 40)]
    assert all(0 <= b - a <= 1 for a, b in itertools.pairwise(margins))  # no jump as it widens
