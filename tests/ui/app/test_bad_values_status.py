"""A library holding values of the wrong type says so once in the window's status bar.

``Store.bad_values`` was read only by the CLI: the app showed documents with a missing
title or date and never said why, nor that ``workbench check --repair`` mends them.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from workbench.store import Store


def test_the_window_names_the_wrong_typed_values_and_the_repair(
        qtbot, library_path, make_document, open_window) -> None:
    store = Store(library_path)
    make_document(store, "Bridge report", "The council closed the bridge.")
    make_document(store, "Dam report", "The council closed the dam.")
    store.close()
    with closing(sqlite3.connect(library_path)) as conn:
        conn.execute("UPDATE documents SET published = x'00ff', title = x'ff' WHERE id = 1")
        conn.commit()
    store = Store(library_path)
    window = open_window(store)
    message = window.statusBar().currentMessage()
    window.close()
    store.close()
    assert message == ("This library has 2 values of the wrong type;"
                       " run `workbench check --repair`")


def test_a_sound_library_says_nothing_of_values(qtbot, library, make_document,
                                                open_window) -> None:
    make_document(library, "Bridge report", "The council closed the bridge.")
    window = open_window(library)
    assert "wrong type" not in window.statusBar().currentMessage()
