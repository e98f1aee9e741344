"""Find in document (Ctrl+F): every match highlighted, Enter/Shift+Enter to step through."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from workbench.ui.reader.page_geometry import show_selection

MAX_MARKED = 2000


class FindLineEdit(QLineEdit):
    """Enter finds the next match, Shift+Enter the previous one, Escape closes."""

    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            (self.previous_requested if shifted else self.next_requested).emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Searches the reader's text (case-insensitive) and marks every match."""

    closed = Signal()  # the bar is hidden and its marks are gone, however it was closed

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.match_format = QTextCharFormat()
        self.set_match_colors(QColor("#FF9632"), QColor("#1F2328"))
        self.matches: list[QTextCursor] = []
        self.current = -1
        self.edit = FindLineEdit(placeholderText="Find in document", clearButtonEnabled=True)
        self.count_label = QLabel(objectName="MutedLabel")
        self.edit.setAccessibleName("Find in document")
        self.previous_button = QToolButton(toolTip="Previous match (Shift+Enter)",
                                           accessibleName="Previous match")
        self.next_button = QToolButton(toolTip="Next match (Enter)", accessibleName="Next match")
        self.close_button = QToolButton(toolTip="Close (Esc)", accessibleName="Close find bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (self.edit, self.count_label, self.previous_button, self.next_button,
                       self.close_button):
            layout.addWidget(widget, 1 if widget is self.edit else 0)
        self.edit.textChanged.connect(self.search)
        self.edit.next_requested.connect(lambda: self.step(1))
        self.edit.previous_requested.connect(lambda: self.step(-1))
        self.edit.close_requested.connect(self.close_bar)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.close_button.clicked.connect(self.close_bar)
        self.setVisible(False)

    def set_match_colors(self, background: QColor, text: QColor) -> None:
        """Paint matches in ``background`` with ``text`` over whatever mark they lie in.

        Why the text colour too: a match keeps its own colour over an entity's or a
        highlight's, so it reads as a match and not as one more mark (the dark theme's
        olive tint, under the mark's light text, was ΔE 9-21 from the gold highlight
        it sat in: a match inside a highlight did not show).
        """
        self.match_format = QTextCharFormat()
        self.match_format.setBackground(background)
        self.match_format.setForeground(text)

    def open_bar(self) -> None:
        """Show the bar with the editor's selection (if any) as the search text."""
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.edit.setText(selected)
        self.setVisible(True)
        self.edit.setFocus()
        self.edit.selectAll()
        self.search(self.edit.text())

    def close_bar(self) -> None:
        """Hide the bar and remove match marks."""
        self.setVisible(False)
        self.editor.setExtraSelections([])
        self.editor.setFocus()
        self.closed.emit()

    def search(self, text: str) -> None:
        """Find every match of ``text`` and go to the first one after the caret."""
        self.matches = _find_all(self.editor.document(), text) if text else []
        self.current = -1
        if self.matches:
            caret = self.editor.textCursor().selectionStart()
            later = [n for n, m in enumerate(self.matches) if m.selectionStart() >= caret]
            self.current = later[0] if later else 0
        self._show()

    def step(self, direction: int) -> None:
        """Move to the next (1) or previous (-1) match, wrapping around."""
        if not self.matches:
            return
        self.current = (self.current + direction) % len(self.matches)
        self._show()

    def refresh(self) -> None:
        """Search again (the document was re-rendered)."""
        if self.isVisible():
            self.search(self.edit.text())

    def _show(self) -> None:
        self.editor.setExtraSelections(tinted(self.matches[:MAX_MARKED], self.match_format))
        if self.current >= 0:
            self.editor.setTextCursor(self.matches[self.current])
            show_selection(self.editor)
            self.count_label.setText(f"{self.current + 1} of {len(self.matches)}")
        else:
            self.count_label.setText("No matches" if self.edit.text() else "")


def tinted(cursors: Iterable[QTextCursor],
           match_format: QTextCharFormat) -> list[QTextEdit.ExtraSelection]:
    """Each selected cursor as a highlight in the find bar's match colours."""
    selections = []
    for cursor in cursors:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = QTextCharFormat(match_format)
        selections.append(selection)
    return selections


def _find_all(document: QTextDocument, text: str) -> list[QTextCursor]:
    matches: list[QTextCursor] = []
    cursor = document.find(text, 0)
    while not cursor.isNull() and len(matches) < 100_000:
        matches.append(cursor)
        cursor = document.find(text, cursor)
    return matches
