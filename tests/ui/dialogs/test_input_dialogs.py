"""The one-value dialogs answer as every other dialog does: the value, or None when cancelled."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from workbench.ui.dialogs import input_dialogs


def _ask(kind: str) -> object:
    if kind == "text":
        return input_dialogs.ask_text(None, "Add Alias", "Alias:", action="Add", text="Kyiv")
    if kind == "item":
        return input_dialogs.ask_item(None, "Remove Alias", "Alias:", ["Kyiv", "Kiev"],
                                      action="Remove", current=1)
    return input_dialogs.ask_int(None, "Add Evidence", "Id:", action="Add", value=7,
                                 minimum=1, maximum=99)


@pytest.mark.parametrize(("kind", "accepted"), [("text", "Kyiv"), ("item", "Kiev"),
                                                ("int", 7)])
def test_an_input_dialog_gives_its_value_or_none_and_is_deleted(qtbot, monkeypatch, kind,
                                                                 accepted) -> None:
    """``answer`` handed back what a cancelled dialog held, beside a flag: two ways to ask."""
    shown: list[QInputDialog] = []
    code = QDialog.DialogCode.Accepted

    def analyst(dialog: QInputDialog) -> int:
        shown.append(dialog)
        return code

    monkeypatch.setattr(QInputDialog, "exec", analyst)
    assert _ask(kind) == accepted
    code = QDialog.DialogCode.Rejected
    assert _ask(kind) is None
    destroyed: list[bool] = []
    shown[-1].destroyed.connect(lambda: destroyed.append(True))
    qtbot.waitUntil(lambda: destroyed == [True])
