"""The toolbar's Import buttons are usable, and look it, in screenshots too (s49 item 1).

A new user's ``workbench screenshot`` showed Import Files and Import Folder
greyed out: the screenshot window runs no writer thread, and the window turned
the Import commands off whenever it had none.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QToolButton

from workbench.store import Store
from workbench.ui.app.screenshot import render_window
from workbench.ui.app.window_actions import IMPORT_ACTIONS, NO_LIBRARY_FILE
from workbench.ui.theme.manager import disabled_text

TOOLBAR_IMPORTS = ("import_files", "import_folder")


def _pixels_near(image: QImage, colour: str, tolerance: int = 24) -> int:
    """How many pixels of ``image`` are within ``tolerance`` of ``colour`` on every channel."""
    want = QColor(colour)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            got = image.pixelColor(x, y)
            if (abs(got.red() - want.red()) <= tolerance
                    and abs(got.green() - want.green()) <= tolerance
                    and abs(got.blue() - want.blue()) <= tolerance):
                count += 1
    return count


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_import_buttons_are_on_and_drawn_in_the_text_colour(qtbot, library, tmp_path,
                                                            theme_name) -> None:
    window = render_window(library, None, (1024, 640), theme_name, tmp_path)
    qtbot.addWidget(window)
    colors = window.theme.palette.ui(window.theme.theme)
    for key in IMPORT_ACTIONS:
        assert window.actions[key].isEnabled(), key
        assert NO_LIBRARY_FILE not in window.actions[key].toolTip()
    for key in TOOLBAR_IMPORTS:
        button = window.actions.toolbar.widgetForAction(window.actions[key])
        assert isinstance(button, QToolButton) and button.isEnabled(), key
        image = button.grab().toImage()
        text, grey = _pixels_near(image, colors["text"]), _pixels_near(image, disabled_text(colors))
        assert text > grey, (key, theme_name, text, grey)


def test_a_library_in_memory_cannot_import_and_says_why(qtbot, tmp_path) -> None:
    store = Store(None)
    window = render_window(store, None, (1024, 640), "light", tmp_path)
    qtbot.addWidget(window)
    for key in IMPORT_ACTIONS:
        assert not window.actions[key].isEnabled(), key
        assert NO_LIBRARY_FILE in window.actions[key].toolTip()
    store.close()
