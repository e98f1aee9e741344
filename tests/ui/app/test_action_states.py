"""Reader actions are off until they can act, and say why (round 4, item 1)."""

from __future__ import annotations

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
