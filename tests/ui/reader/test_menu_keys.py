"""The reader's right-click menu shows the keys of Copy and Select All, as of its other items."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

TEXT = "The State Department warned Moscow again."


def test_copy_and_select_all_show_their_keys(qtbot, library, make_document, open_window,
                                             select_text) -> None:
    doc = make_document(library, "Sanctions", TEXT)
    window = open_window(library)
    window.open_document(doc)
    select_text(window, "State Department")
    view = window.reader.view
    menu = window.workspace.reader_menu.build(view.rendered.to_qt(TEXT.index("State") + 2))
    qtbot.addWidget(menu)
    keys = {action.text(): action.shortcut() for action in menu.actions() if action.text()}
    assert keys["Copy"] == QKeySequence(QKeySequence.StandardKey.Copy)
    assert keys["Select All"] == QKeySequence(QKeySequence.StandardKey.SelectAll)
    assert not keys["Mark as &Claim"].isEmpty()  # the window's own items already showed theirs
