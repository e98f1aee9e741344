"""The docks' float and close glyphs stand out of the title bar in both themes.

Why: Fusion drew them dark grey whatever the theme, nearly invisible on the
dark theme's title bar; the theme now hands out its own, re-coloured on a
live switch.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

from tests.ui.probes import contrast_ratio
from workbench.ui.widgets.dock_buttons import CLOSE_BUTTON, FLOAT_BUTTON


def _glyph_contrast(button: QAbstractButton, background: str) -> float:
    """The contrast of the button's most distinct pixel with the title bar's colour."""
    image = button.grab().toImage()
    return max(contrast_ratio(image.pixelColor(x, y).name(), background)
               for x in range(image.width()) for y in range(image.height()))


def test_dock_glyphs_follow_the_theme(qtbot, library, open_window) -> None:
    window = open_window(library, "dark")
    dock = window.workspace.docks["timeline"]
    dock.show()
    dock.raise_()
    theme = window.theme
    for name in ("dark", "light", "dark"):  # a live switch, and back
        theme.set_preference(name)
        qtbot.wait(20)
        background = theme.palette.ui(name)["window"]
        for button_name in (FLOAT_BUTTON, CLOSE_BUTTON):
            [button] = dock.findChildren(QAbstractButton, button_name)
            assert _glyph_contrast(button, background) >= 4.5, (name, button_name)
