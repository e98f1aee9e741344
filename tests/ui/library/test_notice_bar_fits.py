"""A notice bar above the library list shows its sentence and button whole in a 1024 px window.

Why: the library pane is 200 px there; "Analyse Outdated Documents" needed 194 px of a
155 px cell, so both ends of the button's words were cut off, and the sentence above it,
squeezed, lost its third line ("version of the app." half hidden).
"""

from __future__ import annotations

from tests.ui.app.test_outdated_analysis import _opened_on_outdated
from tests.ui.test_layout import _sized


def test_the_outdated_notice_fits_the_library_pane_at_1024(qtbot, library, make_document,
                                                           open_window) -> None:
    window = _opened_on_outdated(qtbot, library, make_document, open_window)
    _sized(window, 1024, 640)
    bar = window.outdated.bar
    qtbot.waitUntil(lambda: bar.label.height() >= bar.label.heightForWidth(bar.label.width()))
    assert bar.button.width() >= bar.button.sizeHint().width()  # no word cut off
    assert bar.button.geometry().right() <= bar.width()
    assert bar.button.text().split() == "Analyse Outdated Documents".split()  # only rewrapped
    assert bar.button.accessibleName() == "Analyse Outdated Documents"
    _sized(window, 1440, 900)
    qtbot.waitUntil(lambda: bar.button.text() == "Analyse Outdated Documents")  # one line again
