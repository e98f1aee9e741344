"""A window opens with the keyboard in the library list, not on the status bar's button.

Why: Qt gives a new window's focus to the first focusable widget made, the
status bar's "Signed as…" button; a keyboard user's first Enter opened the
identity dialog, and Up/Down did not move through the documents.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_the_keyboard_starts_in_the_library_list(qtbot, library, make_document,
                                                 open_window) -> None:
    make_document(library, "Sanctions", "The State Department warned Moscow again.")
    window = open_window(library)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is window.library.table
    assert QApplication.focusWidget() is not window.identity.button


def test_a_library_opened_later_puts_the_keyboard_in_its_list(qtbot, library, open_window,
                                                              tmp_path) -> None:
    window = open_window(library)
    window.activateWindow()
    window.identity.button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.identity.button)
    assert window.open_library(tmp_path / "other.sqlite")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.library.table)
