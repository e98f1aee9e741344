"""Spin boxes and plain-text boxes carry the same themed frame as line edits, arrows shown.

Why: in dark, Fusion's own frame of a spin box or a plain-text box was lost against the
window, so Batch Claim Search's statements box and limit had no visible edge; a styled
spin box draws no native buttons, so its arrows have to be drawn by the stylesheet too.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from workbench.ui.theme.manager import ThemeManager


def _shown(qtbot, theme: str) -> tuple[QWidget, QLineEdit, QSpinBox, QPlainTextEdit]:
    ThemeManager().set_preference(theme)
    holder = QWidget()
    qtbot.addWidget(holder)
    line, spin, plain = QLineEdit(), QSpinBox(minimum=1, maximum=25, value=5), QPlainTextEdit()
    layout = QVBoxLayout(holder)
    for widget in (line, spin, plain):
        layout.addWidget(widget)
    holder.resize(320, 180)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, line, spin, plain


def _left_edge(widget: QWidget) -> QColor:
    """The frame's colour halfway down the widget's left edge (clear of the rounded corner)."""
    return widget.grab().toImage().pixelColor(0, widget.height() // 2)


def _ink(image: QImage, left: int, background: QColor) -> int:
    """Pixels right of ``left`` that stand clearly apart from ``background`` (the arrows)."""
    return sum(1 for x in range(left, image.width() - 2) for y in range(2, image.height() - 2)
               if abs(image.pixelColor(x, y).lightness() - background.lightness()) > 30)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_spin_and_plain_text_boxes_are_framed_like_line_edits(qtbot, theme: str) -> None:
    _holder, line, spin, plain = _shown(qtbot, theme)
    border = QColor(ThemeManager().palette.ui(theme)["border"])
    assert _left_edge(line) == border
    assert _left_edge(spin) == border
    assert _left_edge(plain) == border


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_spin_arrows_stay_visible(qtbot, theme: str) -> None:
    _holder, _line, spin, _plain = _shown(qtbot, theme)
    spin.setValue(10)  # both arrows live
    image = spin.grab().toImage()
    base = QColor(ThemeManager().palette.ui(theme)["base"])
    assert _ink(image, image.width() - 18, base) >= 8
