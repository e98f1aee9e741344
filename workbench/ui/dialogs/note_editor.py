"""Write or edit a Markdown note with a live, sanitised preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.core.text import shorten
from workbench.ui.dialogs.standard import ask_yes_no
from workbench.ui.widgets.note_browser import NoteBrowser

PANE_GAP = 12  # px between the Markdown editor and its preview
PLACEHOLDER = ("Markdown: **bold**, *italic*, - lists, [links](https://example.org), "
               "> quotes. Scripts, images and non-web links are removed.")


class NoteEditorDialog(QDialog):
    """Markdown source on the left, the note as it will be shown on the right."""

    def __init__(self, excerpt: str, markdown: str = "", parent: QWidget | None = None,
                 title: str = "Note") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        quoted = QLabel(_excerpt(excerpt))
        quoted.setTextFormat(Qt.TextFormat.PlainText)
        quoted.setWordWrap(True)
        quoted.setObjectName("MutedLabel")
        self.written = markdown  # the note as it was when the dialog opened
        self.editor = QPlainTextEdit(markdown)
        self.editor.setPlaceholderText(PLACEHOLDER)
        self.editor.setFont(QFont("monospace"))
        self.preview = NoteBrowser(self)
        self.preview.setPlaceholderText("Preview")
        self.preview.setAccessibleName("Preview")
        # Labelled panes: once text is typed neither placeholder says which side is which.
        self.editor_label = QLabel("&Markdown")
        self.editor_label.setBuddy(self.editor)
        self.preview_label = QLabel("Preview")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(_labelled(self.editor_label, self.editor))
        # Apart by a margin, not a wide handle: with the style's 1 px handle "Preview"
        # touched the editor's frame, and a 12 px handle was painted as a grey band.
        splitter.addWidget(_labelled(self.preview_label, self.preview, PANE_GAP))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The keyboard could not leave the editor: Tab typed a tab and Return a new line, so
        # Save was out of reach. Tab moves on (as in a web form) and Ctrl+Enter saves.
        self.editor.setTabChangesFocus(True)
        for saving in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(saving), self, activated=self.accept)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        save.setToolTip(f"Save ({keys})")
        layout = QVBoxLayout(self)
        layout.addWidget(quoted)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.editor.textChanged.connect(self._update_preview)
        self._update_preview()
        self.resize(760, 420)
        self.editor.setFocus()

    @property
    def markdown(self) -> str:
        """The note as typed."""
        return self.editor.toPlainText()

    def reject(self) -> None:
        """Esc, Cancel or the close button: ask first when the note was changed.

        Why: one Esc threw away a paragraph of writing without a word; an untouched
        note still closes at once.
        """
        if self.markdown != self.written and not ask_yes_no(
                self, "Discard Changes", "Discard what you wrote in this note?",
                action="Discard"):
            self.editor.setFocus()
            return
        super().reject()

    def _update_preview(self) -> None:
        self.preview.set_markdown(self.markdown)


def _labelled(label: QLabel, widget: QWidget, left: int = 0) -> QWidget:
    """``label`` above ``widget``, flush with the splitter's edges but ``left`` px on the left."""
    label.setObjectName("MutedLabel")
    pane = QWidget()
    column = QVBoxLayout(pane)
    column.setContentsMargins(left, 0, 0, 0)
    column.addWidget(label)
    column.addWidget(widget, 1)
    return pane


def _excerpt(text: str, limit: int = 300) -> str:
    """The passage in quotation marks, shortened by the one rule (``core.text.shorten``)."""
    return f"“{shorten(text, limit)}”"
