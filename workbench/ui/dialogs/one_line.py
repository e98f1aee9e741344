"""A dialog that asks for one line of text and checks it as it is typed.

Why a base of its own: the analyst's name and the extraction cluster's
address are both one field with a hint, a live reason when the text cannot be
used, and an accept button enabled only when it can; written twice, the two
drifted apart in spacing and in when the reason shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class OneLineDialog(QDialog):
    """One labelled line, a hint, the reason it cannot be used (if any), accept and reject."""

    def __init__(  # noqa: PLR0913 - what to ask and check, then keyword options
            self, label: str, text: str, hint: str,
            problem_of: Callable[[str], str | None], parent: QWidget | None = None, *,
            accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
            reject: str = "Cancel", quiet_when_empty: bool = False) -> None:
        super().__init__(parent)
        self._problem_of, self._accept = problem_of, accept
        self._quiet_when_empty = quiet_when_empty
        self.edit = QLineEdit(text, self)
        self.edit.setClearButtonEnabled(True)
        hint_label = QLabel(hint, objectName="MutedLabel")
        hint_label.setWordWrap(True)
        self.problem = QLabel("", objectName="MutedLabel")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(accept)
        self.buttons.addButton(reject, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (QLabel(label), self.edit, hint_label, self.problem, self.buttons):
            layout.addWidget(widget)
        self.edit.textChanged.connect(self._check)
        self._check(text)

    def _check(self, text: str) -> None:
        problem = self._problem_of(text)
        shown = problem if problem and (text or not self._quiet_when_empty) else ""
        self.problem.setText(shown)
        self.buttons.button(self._accept).setEnabled(problem is None)
