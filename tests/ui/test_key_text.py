"""Keys are written by one function: the claims panel's and the page bar's copies are gone."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from workbench.ui.claims import document_panel
from workbench.ui.reader import page_bar
from workbench.ui.widgets import wording
from workbench.ui.widgets.wording import key_text


def test_an_action_and_its_keys_are_written_alike(qapp) -> None:
    action = QAction("Mark Claim")
    action.setShortcut(QKeySequence("Ctrl+Shift+C"))
    native = QKeySequence("Ctrl+Shift+C").toString(QKeySequence.SequenceFormat.NativeText)
    assert key_text(action) == key_text("Ctrl+Shift+C") == native
    assert key_text(QAction("No Keys")) == ""


def test_the_claims_panel_and_the_page_bar_use_the_one_key_text() -> None:
    assert document_panel.key_text is wording.key_text
    assert page_bar.key_text is wording.key_text
