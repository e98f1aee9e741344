"""A failed library search's message leaves the status bar when the next search starts.

It stayed there for good: a corrected advanced query listed its documents under
"syntax error" until some other message replaced it.
"""

from __future__ import annotations

from workbench.store import LibraryFilter


def test_a_corrected_search_takes_the_failure_away(qtbot, library, make_document,
                                                   open_window) -> None:
    make_document(library, "Sanctions on Russia", "New sanctions on Russia were announced.")
    window = open_window(library)
    bar = window.statusBar()
    with qtbot.waitSignal(window.library.search_failed, timeout=10_000) as failed:
        window.library.set_filter(LibraryFilter(query="sanctions AND (", advanced=True))
    assert bar.currentMessage() == failed.args[0]
    window.library.set_filter(LibraryFilter(query="sanctions", advanced=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=10_000)
    assert bar.currentMessage() == ""


def test_a_search_leaves_other_status_messages_alone(qtbot, library, make_document,
                                                     open_window) -> None:
    make_document(library, "Sanctions on Russia", "New sanctions on Russia were announced.")
    window = open_window(library)
    window.statusBar().showMessage("Done: Highlight “sanctions”")
    window.library.set_filter(LibraryFilter(query="russia"))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=10_000)
    assert window.statusBar().currentMessage() == "Done: Highlight “sanctions”"
