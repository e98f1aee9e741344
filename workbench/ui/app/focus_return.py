"""The keyboard focus handed back to the window when one of its dialogs closes.

Why: after Esc on Document Tags, the note editor, Export or the shortcut list, the
keys went nowhere until the analyst clicked the window, on platforms that do not
re-activate a dialog's parent (no window manager, some Wayland compositors): the
reader had been focused, and ↓ no longer scrolled it. Qt remembers the window's
focus widget but gives it back only once the window is active again, so when a
dialog of the window that held the focus is hidden and nothing has the focus
after it, the window is activated. Focus that left for another application is
never taken back: the dialog is still shown then.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid


class FocusReturn(QObject):
    """Watches the dialogs of ``window`` that take the focus, to give it back when they close."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.focusWindowChanged.connect(self._focus_window_changed)

    def _focus_window_changed(self, focused: QWindow | None) -> None:
        """A dialog of the window took the focus: watch it for its hide (it alone, not the app)."""
        dialog = QApplication.activeWindow()
        if (focused is not None and isinstance(dialog, QDialog)
                and dialog.windowHandle() is focused and self._owns(dialog)):
            dialog.removeEventFilter(self)  # once, however often it is re-activated
            dialog.installEventFilter(self)

    def _owns(self, dialog: QDialog) -> bool:
        parent = dialog.parentWidget()
        return parent is not None and parent.window() is self.window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Hide and isinstance(watched, QDialog):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.give_back)  # after the dialog's own hide has finished
        return False

    def give_back(self) -> None:
        """Activate the window and focus what was focused in it, if nothing has the focus now."""
        if not isValid(self.window) or not self.window.isVisible():
            return
        if QApplication.focusWidget() is not None or QApplication.activeModalWidget() is not None:
            return  # the platform gave the focus back already, or another dialog has it
        self.window.activateWindow()
        remembered = self.window.focusWidget()
        if remembered is not None and remembered.isVisible():
            remembered.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
