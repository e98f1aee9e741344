"""The Claims tab's link, suggestions and note commands have keys, named in menu and tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from tests.ui.probes import shortcut_rows
from workbench.ui.claims.document_panel import CLAIM_ACTIONS
from workbench.ui.claims.picker import ClaimPickerDialog

TEXT_A = "Moscow - Officials said sanctions were discussed. The talks ended at noon."
TEXT_B = "Seoul - Officials said sanctions were discussed too. The weather was mild."


def _keys(window) -> dict[str, list[str]]:
    """Every key of the window's actions, and which actions use it."""
    used: dict[str, list[str]] = {}
    for key, action in window.actions.actions.items():
        for sequence in action.shortcuts():
            used.setdefault(sequence.toString(), []).append(key)
    return used


def test_the_claim_actions_have_keys_of_their_own_shown_in_the_menu_and_on_the_buttons(
        qtbot, library, make_document, open_window) -> None:
    doc = make_document(library, "Moscow", TEXT_A)
    window = open_window(library)
    window.open_document(doc)
    used = _keys(window)
    assert all(len(owners) == 1 for owners in used.values()), used  # no key does two things
    panel = window.workspace.claims
    for key, button in zip(CLAIM_ACTIONS, (panel.link_button, panel.suggest_button,
                                           panel.note_button), strict=True):
        action = window.actions[key]
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys and keys in button.toolTip(), key
        document_menu = next(a.menu() for a in window.menuBar().actions()
                             if a.text() == "&Document")
        assert action in document_menu.actions()
        assert not action.isEnabled(), "no claim open: nothing for the key to act on"
    assert dict(shortcut_rows(window))["Link Claim to…"] == "Ctrl+L"


def test_the_keys_act_on_the_claim_open_in_the_claims_tab(
        qtbot, library, make_document, open_window, settle, monkeypatch) -> None:
    first, second = make_document(library, "Moscow", TEXT_A), make_document(library, "Seoul",
                                                                              TEXT_B)
    claim, _ = library.claims.add_claim(first, 9, TEXT_A.index(" The talks"))
    other, _ = library.claims.add_claim(second, 8, TEXT_B.index(" The weather"))
    window = open_window(library)
    window.open_document(first)
    panel = window.workspace.claims
    assert panel.select_claim(claim)
    assert all(window.actions[key].isEnabled() for key in CLAIM_ACTIONS)

    def pick(dialog: ClaimPickerDialog) -> int:
        dialog.choose(other, "same", None)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ClaimPickerDialog, "exec", pick)
    window.activateWindow()
    window.reader.view.setFocus()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.reader.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert [link.other_claim_id for link in library.claims.claim_links(claim)] == [other]
    asked: list[int] = []
    panel.suggestions_requested.connect(asked.append)
    window.actions["claim_suggestions"].trigger()
    assert asked == [claim]
    noted: list[int] = []
    monkeypatch.setattr(panel.controller, "edit_note", noted.append)
    window.actions["claim_note"].trigger()
    assert noted == [claim]


def test_the_claim_buttons_say_what_the_document_menu_says(
        qtbot, library, make_document, open_window) -> None:
    """One name per command: the buttons said "Link to…" and "Suggestions" beside the
    menu's "Link Claim to…" and "Claim Suggestions"."""
    doc = make_document(library, "Moscow", TEXT_A)
    claim, _ = library.claims.add_claim(doc, 9, TEXT_A.index(" The talks"))
    window = open_window(library)
    window.open_document(doc)
    panel = window.workspace.claims
    assert panel.select_claim(claim)
    for key, button in zip(CLAIM_ACTIONS, (panel.link_button, panel.suggest_button,
                                           panel.note_button), strict=True):
        assert button.text() == window.actions[key].text().replace("&", ""), key
