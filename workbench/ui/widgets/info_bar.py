"""A one-line notice above a list: a sentence, one action button and a close button.

Why a bar and not a dialog: news the analyst may act on later (documents an
older version analysed) must not interrupt the work at hand; a bar stays in
view until acted on or closed, and the status bar's message would be gone in
seconds with no button to press.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QToolButton, QWidget


class InfoBar(QFrame):
    """Says ``show_message(text)`` with one button; hidden until then and after closing."""

    action_requested = Signal()

    def __init__(self, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InfoBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button_text = button_text
        self.button = QPushButton(button_text)
        self.button.setAccessibleName(button_text)
        self.button.clicked.connect(self.action_requested)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip("Close this notice")
        self.close_button.setAccessibleName("Close notice")
        self.close_button.clicked.connect(self.hide)
        # The sentence over its button: the library pane is narrow, and beside the
        # button a sentence wrapped into a column of two-word lines.
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 6, 4, 6)
        layout.setVerticalSpacing(4)
        # Added in reading order, which is the order Tab takes: the action, then ×.
        layout.addWidget(self.label, 0, 0)
        layout.addWidget(self.button, 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.close_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(0, 1)
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """The button's words on two lines when one line is wider than the bar.

        Why: in a 1024 px window the library pane is 200 px and "Analyse Outdated
        Documents" needed 194 px of a 188 px row: both its ends were cut off, and the
        sentence above, squeezed by it, lost its third line.
        """
        self._fit_button(event.size().width())
        super().resizeEvent(event)

    def _fit_button(self, width: int) -> None:
        margins = self.layout().contentsMargins()
        room = width - margins.left() - margins.right()
        self.button.setText(self.button_text)
        if self.button.sizeHint().width() <= room or " " not in self.button_text:
            return
        words = self.button_text.split(" ")
        for cut in range(len(words) - 1, 0, -1):  # the longest first line that fits
            self.button.setText(" ".join(words[:cut]) + "\n" + " ".join(words[cut:]))
            if self.button.sizeHint().width() <= room:
                return

    def show_message(self, text: str, details: str = "") -> None:
        """Show the bar with ``text`` (plain text), ``details`` on hovering it."""
        self.label.setText(text)
        self.setToolTip(details)
        self.show()

    def tab_before(self, successor: QWidget) -> None:
        """Tab reaches the bar's buttons where they are seen: just before ``successor``.

        Why: a bar added after the window was built came last in the chain (after
        the library's table, the reader and the inspector), and in layout order
        (× before the action).
        """
        previous = successor.previousInFocusChain()
        while previous is not successor and not previous.focusPolicy() & Qt.FocusPolicy.TabFocus:
            previous = previous.previousInFocusChain()
        for widget in (self.button, self.close_button):  # reading order: the action, then ×
            QWidget.setTabOrder(previous, widget)
            previous = widget
