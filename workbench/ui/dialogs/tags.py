"""Ask for a tag path (with completion on existing tags) and edit a document's tags."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.labels import normalize_tag_path
from workbench.ui.dialogs.standard import modal_answer
from workbench.ui.widgets.empty_hint import EmptyHint
from workbench.ui.widgets.padded_rows import pad_rows
from workbench.ui.widgets.plain_text import plain_label

TAG_HINT = "Use / for hierarchy: topic/sanctions is found under topic."
NO_DOCUMENT_TAGS = "No tags on this document yet. Type one below and press Add (or Enter)."


def tag_line_edit(paths: list[str], parent: QWidget | None = None) -> QLineEdit:
    """A line edit completing existing tag paths anywhere in the path."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText("topic/sanctions")
    edit.setAccessibleName("Tag path")
    edit.setClearButtonEnabled(True)
    completer = QCompleter(paths, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit


def clean_path(text: str) -> str | None:
    """The normalised tag path typed, or None when there is no name."""
    try:
        return normalize_tag_path(text)
    except ValueError:
        return None


class TagPathDialog(QDialog):
    """One tag path (tag a selection, rename or merge a tag)."""

    def __init__(self, title: str, prompt: str, paths: list[str], text: str = "",
                 parent: QWidget | None = None, *, action: str = "OK") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = tag_line_edit(paths, self)
        self.edit.setText(text)
        hint = QLabel(TAG_HINT, objectName="MutedLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)  # what it does: "Tag", "Rename", "Merge"
        self.edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(clean_path(t))))
        self.ok_button.setEnabled(bool(clean_path(text)))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(QLabel(prompt)))
        layout.addWidget(self.edit)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(420, 0)

    @property
    def path(self) -> str | None:
        """The normalised path, or None."""
        return clean_path(self.edit.text())


def ask_tag_path(parent: QWidget | None, title: str, prompt: str, paths: list[str], *,
                 action: str, text: str = "") -> str | None:
    """Show a ``TagPathDialog``; the normalised path, or None when cancelled.

    One place for it: the reader's Tag Selection and the Tag Manager's Rename and
    Merge each ran and deleted their own copy of the dialog.
    """
    dialog = TagPathDialog(title, prompt, paths, text, parent, action=action)
    return modal_answer(dialog, lambda: dialog.path)


class DocumentTagsDialog(QDialog):
    """Document → Document Tags…: the document's tags, add with completion, remove selected.

    Each add or remove is applied at once (through ``on_add``/``on_remove``,
    which go to the writer thread) and can be undone from the Edit menu. A tag
    typed but not yet added is added on Close or Esc (see ``reject``).
    """

    def __init__(self, title: str, tags: list[str], paths: list[str],
                 on_add: Callable[[str], None], on_remove: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Document Tags — {title}")  # the Document menu's name
        self._on_add, self._on_remove = on_add, on_remove
        self.tag_list = QListWidget(accessibleName="Tags of this document")
        pad_rows(self.tag_list, QSize(0, 8))
        # A blank list above a lone Remove button read as broken; say what to do instead.
        self.empty_hint = EmptyHint(
            self.tag_list, lambda: "" if self.tag_list.count() else NO_DOCUMENT_TAGS)
        self.edit = tag_line_edit(paths, self)
        self.add_button = QPushButton("Add")
        self.remove_button = QPushButton("Remove")
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Tags on this document:"))
        layout.addWidget(self.tag_list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        layout.addWidget(QLabel(TAG_HINT, objectName="MutedLabel"))
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_typed)
        self.edit.returnPressed.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        # Each button is live only when it would do something: Add on an empty
        # line and Remove with no tag chosen were clicks that did nothing.
        self.edit.textChanged.connect(lambda _text: self._enable())
        self.tag_list.currentItemChanged.connect(lambda *_items: self._enable())
        self.set_tags(tags)
        self.resize(420, 360)

    def set_tags(self, tags: list[str]) -> None:
        """Show the document's current tags."""
        self.tag_list.clear()
        for path in tags:
            QListWidgetItem(path, self.tag_list)
        self.empty_hint.refresh()
        self._enable()

    def _enable(self) -> None:
        self.add_button.setEnabled(clean_path(self.edit.text()) is not None)
        self.remove_button.setEnabled(self.tag_list.currentItem() is not None)

    def add_typed(self) -> None:
        """Tag the document with the typed path."""
        path = clean_path(self.edit.text())
        if path is None:
            return
        self._on_add(path)
        self.edit.clear()

    def reject(self) -> None:
        """Close, Esc or the close button: add a tag still typed in the line, then close.

        Why: a tag typed without pressing Add was dropped without a word; every change
        here applies at once and is undone from the Edit menu, so this one does too.
        """
        path = clean_path(self.edit.text())
        listed = {self.tag_list.item(row).text() for row in range(self.tag_list.count())}
        if path is not None and path not in listed:
            self.add_typed()
        super().reject()

    def remove_selected(self) -> None:
        """Remove the selected tag from the document."""
        item = self.tag_list.currentItem()
        if item is not None:
            self._on_remove(item.text())
