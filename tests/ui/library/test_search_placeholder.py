"""The library's search box says its whole placeholder at 1024 and 1440 px."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionFrame


def _text_room(box) -> int:
    """The width a line edit draws its text (and placeholder) in."""
    option = QStyleOptionFrame()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, box)
    margins = box.textMargins()
    return rect.width() - margins.left() - margins.right() - 4  # Qt's horizontal text margin


@pytest.mark.parametrize("size", [(1024, 640), (1440, 900)])
def test_the_search_placeholder_is_not_cut(qtbot, library, open_window, size) -> None:
    """At 1024 px it read "Search titles an…"."""
    window = open_window(library)
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    box = window.library.filter_bar.search_box
    placeholder = box.placeholderText()
    assert box.fontMetrics().horizontalAdvance(placeholder) <= _text_room(box), (
        placeholder, _text_room(box))
    assert "titles" in box.toolTip()  # what it searches is said on hover
