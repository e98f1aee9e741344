"""What the Claims tab says before a document has claims: what a claim is and how to mark one.

Why not one muted line over an empty list: a new analyst met a blank panel
and a sentence in small grey print; the empty state is where the feature
explains itself (what it is for, the gesture, the shortcut).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

TITLE = "No claims in this document yet"
NO_DOCUMENT_TITLE = "No document open"  # the Notes and Entities tabs' words
WHAT = ("A claim is a statement you want to check: who says it, whether it holds, "
        "and which other reports support or contradict it.")
HOW = "Select the statement in the reader, then right-click → Mark as Claim{shortcut}."
QUOTES = "On the Quotes tab, ⚖ turns a detected quote into a claim with its speaker."


class ClaimsEmptyState(QWidget):
    """A short, centred explanation with the Mark as Claim gesture and shortcut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClaimsEmptyState")
        self.title = QLabel(TITLE, objectName="PaneTitle", wordWrap=True)
        self.what = QLabel(WHAT, wordWrap=True)
        self.how = QLabel(wordWrap=True)
        self.quotes = QLabel(QUOTES, objectName="MutedLabel", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 24, 16, 16)
        layout.setSpacing(10)
        for label in (self.title, self.what, self.how, self.quotes):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        self.set_shortcut("")

    def set_document_open(self, is_open: bool) -> None:
        """Say "No document open" rather than that an unopened document has no claims."""
        self.title.setText(TITLE if is_open else NO_DOCUMENT_TITLE)

    def set_shortcut(self, shortcut: str) -> None:
        """Show the window's shortcut for Mark as Claim ("" when it has none)."""
        self.how.setText(HOW.format(shortcut=f" (or press {shortcut})" if shortcut else ""))

    def text(self) -> str:
        """Everything the empty state says, as plain text (tests, accessibility)."""
        return "\n".join(label.text() for label in (self.title, self.what, self.how, self.quotes))
