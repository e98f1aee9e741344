"""``modal_answer``: one way to ask with a dialog, the answer read before the delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog

from workbench.ui.dialogs.standard import modal_answer


class _Answering(QDialog):
    """A dialog that answers at once, as the analyst's click would."""

    def __init__(self, code: QDialog.DialogCode) -> None:
        super().__init__()
        self.code = code
        self.typed = "the analyst's words"

    def exec(self) -> int:  # noqa: A003 - Qt's name
        return int(self.code.value)


def _deleted(dialog: _Answering) -> bool:
    flag = {"gone": False}
    dialog.destroyed.connect(lambda: flag.update(gone=True))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    return flag["gone"]


def test_an_accepted_dialog_gives_its_answer_and_is_deleted(qtbot) -> None:
    dialog = _Answering(QDialog.DialogCode.Accepted)
    assert modal_answer(dialog, lambda: dialog.typed) == "the analyst's words"
    assert _deleted(dialog)


def test_a_cancelled_dialog_gives_none_and_is_deleted_too(qtbot) -> None:
    dialog = _Answering(QDialog.DialogCode.Rejected)
    read = []
    assert modal_answer(dialog, lambda: read.append(1) or dialog.typed) is None
    assert read == []
    assert _deleted(dialog)
