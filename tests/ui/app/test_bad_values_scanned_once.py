"""The window hands its wrong-typed values to its writer thread and its search thread.

The window's Store, the writer thread's Store and the search thread's reader each
scanned the watched tables (0.6 s each at 200,000 highlights); the two threads now
take the window's ``Store.bad_values`` (the store's tests count the scans) and still
read the bad values as missing.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from workbench.store import Store, open_library_reader
from workbench.ui.library import search_thread
from workbench.ui.library.columns import COLUMN_INDEX
from workbench.ui.tasks import runner


def test_the_writer_and_the_search_take_the_windows_finding(
        qtbot, library_path, make_document, open_window, monkeypatch) -> None:
    store = Store(library_path)
    make_document(store, "Bridge report", "The council closed the bridge.")
    make_document(store, "Dam report", "The council closed the dam.")
    store.close()
    with closing(sqlite3.connect(library_path)) as conn:
        conn.execute("UPDATE documents SET title = x'ff' WHERE id = 1")
        conn.commit()
    handed: dict[str, object] = {}

    def writer_store(path, author=None, bad_values=None):
        handed["writer"] = bad_values
        return Store(path, author=author, bad_values=bad_values)

    def search_reader(path, bad_values=None):
        handed["search"] = bad_values
        return open_library_reader(path, bad_values)

    monkeypatch.setattr(runner, "Store", writer_store)
    monkeypatch.setattr(search_thread, "open_library_reader", search_reader)
    store = Store(library_path)
    window = open_window(store)
    seen = []
    window.runner.submit("read", lambda writer, _progress: seen.append(
        writer.documents.get_document(1)["title"]))
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    pane = window.library
    pane.filter_bar.search_box.setText("council")
    pane.filter_bar.apply()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2 and not pane.model.searching_in_background,
                    timeout=10_000)
    titles = sorted(pane.model.index(row, COLUMN_INDEX["title"]).data()
                    for row in range(pane.model.rowCount()))
    window.close()
    store.close()
    assert store.bad_values and handed == {"writer": store.bad_values, "search": store.bad_values}
    assert seen == [""]
    assert titles == ["Dam report", "–"]  # a missing title shows a dash
