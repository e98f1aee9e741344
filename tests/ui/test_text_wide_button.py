"""The shared text-wide button: as wide as its words, so a row of short ones fits a dock."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QPushButton

from workbench.ui.widgets.text_wide_button import TextWideButton


def test_a_short_word_gets_a_button_its_own_width_not_the_styles_floor(qtbot) -> None:
    plain, wide = QPushButton("Hide"), TextWideButton("Hide")
    qtbot.addWidget(plain)
    qtbot.addWidget(wide)
    words = wide.fontMetrics().horizontalAdvance("Hide")
    assert words < wide.sizeHint().width() < plain.sizeHint().width()
    assert wide.minimumSizeHint() == wide.sizeHint()



def test_a_mnemonic_is_not_measured_as_a_letter(qtbot) -> None:
    """"&Hide" shows "Hide" with H underlined: the "&" took a letter's width."""
    marked, plain = TextWideButton("&Hide"), TextWideButton("Hide")
    for button in (marked, plain):
        qtbot.addWidget(button)
    assert marked.sizeHint().width() == plain.sizeHint().width()
    doubled = TextWideButton("R&&D")  # shows "R&D"
    qtbot.addWidget(doubled)
    assert doubled.content_width() == doubled.fontMetrics().horizontalAdvance("R&D")


def test_an_icon_and_a_menu_arrow_widen_the_button_by_their_own_width(qtbot) -> None:
    """An iconed button was as wide as its words alone, so the icon pushed the last letters out."""
    plain, iconed = TextWideButton("Hide"), TextWideButton("Hide")
    for button in (plain, iconed):
        qtbot.addWidget(button)
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor("red"))
    iconed.setIcon(QIcon(pixmap))
    iconed.setIconSize(QSize(16, 16))
    assert iconed.sizeHint().width() >= plain.sizeHint().width() + 16
    menued = TextWideButton("Edit")
    qtbot.addWidget(menued)
    width = menued.sizeHint().width()
    menued.setMenu(QMenu(menued))
    assert menued.sizeHint().width() > width
