"""Open links from documents only after the analyst has seen and confirmed the full URL.

Why: an imported article is untrusted; a link text can say one thing and point
at another, and a ``file:`` or custom-scheme link could start a program. Only
http(s) links are ever opened, in the system browser, after confirmation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

OPENABLE_SCHEMES = ("http", "https")


def ask_to_open(parent: QWidget | None, url: str) -> bool:
    """Show the full URL as plain text and ask before opening it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Open Link in Your Browser?")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText("This link leaves Analyst Workbench and opens in your web browser:")
    box.setInformativeText(url)
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


class LinkGuard(QObject):
    """Decides what happens to an activated link: confirm-then-open, or nothing."""

    link_refused = Signal(str)
    link_opened = Signal(str)

    def __init__(self, parent_widget: QWidget | None = None,
                 confirm: Callable[[QWidget | None, str], bool] = ask_to_open,
                 opener: Callable[[QUrl], bool] = QDesktopServices.openUrl) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.confirm = confirm
        self.opener = opener

    def handle(self, url: QUrl) -> bool:
        """Open ``url`` in the system browser if it is http(s) and confirmed; True if opened."""
        text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        if url.scheme().lower() not in OPENABLE_SCHEMES or not url.host():
            self.link_refused.emit(text)
            return False
        if not self.confirm(self._parent_widget, text):
            return False
        self.opener(url)
        self.link_opened.emit(text)
        return True
