"""The shared text-wide button: as wide as its words, so a row of short ones fits a dock."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from workbench.ui.widgets.text_wide_button import TextWideButton


def test_a_short_word_gets_a_button_its_own_width_not_the_styles_floor(qtbot) -> None:
    plain, wide = QPushButton("Hide"), TextWideButton("Hide")
    qtbot.addWidget(plain)
    qtbot.addWidget(wide)
    words = wide.fontMetrics().horizontalAdvance("Hide")
    assert words < wide.sizeHint().width() < plain.sizeHint().width()
    assert wide.minimumSizeHint() == wide.sizeHint()

