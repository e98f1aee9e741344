"""Closing a dialog with Esc gives the keys back to what had them (the reader).

Offscreen, like a desktop without a window manager, nothing re-activated the window
after a dialog closed: the focus went nowhere and ↓ no longer scrolled the reader.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

TEXT = ("Moscow - Vladimir Putin met Kim Jong Un on Tuesday. Officials said sanctions were "
        "discussed. The weather was mild.")


def _escape_the_dialog_when_it_has_the_keys(qtbot, pressed: list[str]) -> None:
    """Press Esc in the dialog once it is the active window (a modal one runs its own loop)."""
    def attempt() -> None:
        active = QApplication.activeWindow()
        if isinstance(active, QDialog) and QApplication.focusWidget() is not None:
            pressed.append(type(active).__name__)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        else:
            QTimer.singleShot(50, attempt)
    QTimer.singleShot(50, attempt)


@pytest.mark.parametrize("action", ["tag_document", "tag_manager", "batch_search", "export",
                                    "shortcuts", "add_note", "about"])
def test_esc_on_a_dialog_gives_the_reader_its_keys_back(
        qtbot, library, make_document, open_window, settle, select_text, action) -> None:
    doc = make_document(library, "Putin meets Kim", TEXT, published="2023-09-13")
    window = open_window(library)
    window.open_document(doc)
    settle(window)
    select_text(window, "sanctions were discussed")  # Add Note asks for a selection
    window.activateWindow()
    window.reader.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.view)
    pressed: list[str] = []
    _escape_the_dialog_when_it_has_the_keys(qtbot, pressed)
    window.actions[action].trigger()
    qtbot.waitUntil(lambda: bool(pressed))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.view, timeout=2000)
    assert QApplication.activeWindow() is window


def test_focus_that_left_for_an_open_dialog_is_not_taken_back(
        qtbot, library, make_document, open_window, settle) -> None:
    """Only a closed dialog gives the focus back: an open one keeps it."""
    doc = make_document(library, "Putin meets Kim", TEXT, published="2023-09-13")
    window = open_window(library)
    window.open_document(doc)
    settle(window)
    window.actions["tag_manager"].trigger()
    dialog = window.workspace.tag_manager
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    window.focus_return.give_back()
    assert QApplication.activeWindow() is dialog
    dialog.close()
