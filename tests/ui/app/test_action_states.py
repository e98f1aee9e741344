"""Reader actions are off until they can act, and say why (round 4, item 1)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.ui.app.action_states import SELECTION_ACTIONS
from workbench.ui.reader.analyst_controller import NO_DOCUMENT, NO_SELECTION

TEXT = "Officials said sanctions were discussed in Brussels. Markets were calm."


def test_selection_actions_follow_the_reader_and_say_why(
        qtbot, library, make_document, open_window, select_text) -> None:
    doc = make_document(library, "Sanctions", TEXT)
    window = open_window(library)
    window.reader.show_document(None)
    for key in (*SELECTION_ACTIONS, "tag_document"):
        assert not window.actions[key].isEnabled(), key
        assert NO_DOCUMENT in window.actions[key].toolTip()
    window.reader.show_document(doc)
    assert window.actions["tag_document"].isEnabled()
    assert NO_DOCUMENT not in window.actions["tag_document"].toolTip()
    assert not window.actions["highlight"].isEnabled()
    assert NO_SELECTION in window.actions["highlight"].toolTip()
    select_text(window, "sanctions were discussed")
    for key in SELECTION_ACTIONS:
        assert window.actions[key].isEnabled(), key
        assert "\n" not in window.actions[key].toolTip()
    cursor = window.reader.view.textCursor()
    cursor.clearSelection()
    window.reader.view.setTextCursor(cursor)
    assert not window.actions["mark_claim"].isEnabled()


def test_an_action_that_cannot_act_posts_no_message(qtbot, library, make_document, open_window,
                                                    settle) -> None:
    """Its menu item, toolbar button and shortcut are the one action: off, it does nothing."""
    doc = make_document(library, "Sanctions", TEXT)
    window = open_window(library)
    window.open_document(doc)
    messages: list[str] = []
    window.workspace.analyst.message_posted.connect(messages.append)
    window.actions["highlight"].trigger()
    settle(window)
    assert messages == []
    assert library.annotations.document_annotations(doc) == []


def _keys(qtbot, widget, key, *, shift: bool = True) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, key, modifiers)


def test_the_key_of_an_action_that_is_off_says_what_to_do_first(
        qtbot, library, make_document, open_window, settle, select_text) -> None:
    """Ctrl+Shift+C after a highlight (which ends the selection) did nothing, silently."""
    doc = make_document(library, "Sanctions", TEXT)
    window = open_window(library)
    window.open_document(doc)
    settle(window)
    view = window.reader.view
    select_text(window, "sanctions were discussed")
    _keys(qtbot, view, Qt.Key.Key_H)  # Highlight: on, so the key acts and says nothing extra
    settle(window)
    assert len(library.annotations.document_annotations(doc)) == 1
    assert window.statusBar().currentMessage().startswith("Done: Highlight")
    _keys(qtbot, view, Qt.Key.Key_C)  # Mark as Claim, now off: no selection is left
    settle(window)
    assert window.statusBar().currentMessage() == NO_SELECTION
    assert library.claims.document_claims(doc) == []


def test_a_document_key_with_no_document_open_says_so(
        qtbot, library, make_document, open_window) -> None:
    make_document(library, "Sanctions", TEXT)
    window = open_window(library)
    window.reader.show_document(None)
    _keys(qtbot, window.library.table, Qt.Key.Key_T, shift=False)  # Document Tags, Ctrl+T
    assert window.statusBar().currentMessage() == NO_DOCUMENT


def test_find_is_off_with_no_document_and_on_with_one(
        qtbot, library, make_document, open_window) -> None:
    """Find in Document (the toolbar's, Ctrl+F) looked usable with nothing to search (s49)."""
    doc = make_document(library, "Sanctions", TEXT)
    window = open_window(library)
    window.reader.show_document(None)
    for key in ("find", "find_next", "find_previous"):
        assert not window.actions[key].isEnabled(), key
        assert NO_DOCUMENT in window.actions[key].toolTip()
    button = window.actions.toolbar.widgetForAction(window.actions["find"])
    assert not button.isEnabled()
    window.reader.show_document(doc)
    for key in ("find", "find_next", "find_previous"):
        assert window.actions[key].isEnabled(), key
    window.actions["find"].trigger()
    assert window.reader.find_bar.isVisibleTo(window.reader)
