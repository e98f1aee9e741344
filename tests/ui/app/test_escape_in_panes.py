"""Esc in a dock or the inspector: a typed filter is cleared first, then the reader has the keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from workbench.ui.compare.view import CompareWindow


def _focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


@pytest.mark.parametrize("dock_key, part", [
    ("claims_view", lambda view: view.table),
    ("timeline", lambda view: view.canvas),
    ("ach_view", lambda view: view.table),
])
def test_esc_in_a_dock_gives_the_keys_to_the_reader(qtbot, library, open_window,
                                                    dock_key, part) -> None:
    window = open_window(library)
    workspace = window.workspace
    dock = workspace.docks[dock_key]
    dock.show()
    widget = part(dock.widget())
    _focus(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.reader.view
    assert window.isVisible()


def test_esc_clears_a_typed_filter_first(qtbot, library, open_window) -> None:
    window = open_window(library)
    dock = window.workspace.docks["claims_view"]
    dock.show()
    edit = dock.widget().claimant_edit
    _focus(qtbot, edit)
    qtbot.keyClicks(edit, "Miller")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""
    assert QApplication.focusWidget() is edit
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.reader.view


def test_esc_in_the_notes_tab_gives_the_keys_to_the_reader(qtbot, library, open_window) -> None:
    window = open_window(library)
    notes = window.workspace.notes
    window.inspector.setCurrentWidget(notes)
    _focus(qtbot, notes)
    qtbot.keyClick(notes, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.reader.view


def test_esc_in_the_compare_side_list_gives_the_keys_to_text_a(qtbot, library, open_window,
                                                              make_document) -> None:
    first = make_document(library, "Rain", "Rain fell in Paris on Monday.")
    second = make_document(library, "Storm", "A storm hit Paris on Monday.")
    window = open_window(library)
    workspace = window.workspace
    compare = CompareWindow(window.store, workspace.actions, window.theme, (first, second))
    qtbot.addWidget(compare)
    compare.show()
    _focus(qtbot, compare.side_list)
    qtbot.keyClick(compare.side_list, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is compare.texts[0]
    assert compare.isVisible()
