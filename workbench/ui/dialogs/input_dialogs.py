"""Qt's one-value input dialogs with an accept button that says what it does.

Why not ``QInputDialog.getText`` and its siblings: their accept button always
says OK, and the house rule for buttons (tests/ui/dialogs/test_button_wording.py)
keeps OK for settings; a dialog that changes the library names its action
("Rename", "Add", "Remove"). The dialogs are otherwise Qt's own, each run by
``modal_answer``, the app's one way of asking: the value, or None when cancelled.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QInputDialog, QWidget

from workbench.core.labels import label_length_problem
from workbench.ui.dialogs.standard import modal_answer, show_error


def ask_text(parent: QWidget | None, title: str, label: str, *, action: str,
             text: str = "", label_of: str = "") -> str | None:
    """One line of text, or None when the analyst cancelled.

    ``label_of`` ("a question", "an alias") marks the text as a label: one longer than
    ``LABEL_MAX_CHARS`` is refused here in the rule's words, as the CLI and the store
    refuse it, rather than failing later in the status bar only. The dialog then
    opens again holding what was typed, so a pasted label can be cut, not retyped.
    """
    while True:
        dialog = input_dialog(parent, title, label, action)
        dialog.setTextValue(text)
        typed = modal_answer(dialog, dialog.textValue)
        refusal = label_refusal(typed, label_of) if typed is not None and label_of else None
        if typed is None or refusal is None:
            return typed
        show_error(parent, "Text Too Long", refusal)
        text = typed


def label_refusal(text: str, label_of: str) -> str | None:
    """The sentence refusing ``text`` as ``label_of`` (too long, spaces joined), or None."""
    problem = label_length_problem(text, label_of)
    return f"{problem[0].upper()}{problem[1:]}." if problem else None


def ask_item(parent: QWidget | None, title: str, label: str, items: Sequence[str], *,
             action: str, current: int = 0) -> str | None:
    """One of ``items`` (not editable), or None when cancelled."""
    dialog = input_dialog(parent, title, label, action)
    dialog.setComboBoxItems(list(items))
    dialog.setComboBoxEditable(False)
    if items:
        dialog.setTextValue(items[current])
    return modal_answer(dialog, dialog.textValue)


def ask_int(parent: QWidget | None, title: str, label: str, *, action: str, value: int,
            minimum: int, maximum: int) -> int | None:
    """A whole number in a range, or None when cancelled."""
    dialog = input_dialog(parent, title, label, action)
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(minimum, maximum)
    dialog.setIntValue(value)
    return modal_answer(dialog, dialog.intValue)


def input_dialog(parent: QWidget | None, title: str, label: str, action: str) -> QInputDialog:
    """A titled input dialog whose accept button says ``action`` (not yet shown)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(action)
    return dialog
