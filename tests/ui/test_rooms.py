"""ui/ in rooms: no import circles, and each view decides what a library change means to it.

There is no central router: the window relays the runner's ``changes_applied``
and hands that signal to every pane and view, which connect their own
``on_changes``. These tests hand a view a bare signal, as the window does.
"""

from __future__ import annotations

import grimp
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, QObject, QSettings, Signal

from workbench.core.models import Changes
from workbench.ui.app.main_window import MainWindow
from workbench.ui.claims.library_view import ClaimsView
from workbench.ui.library.pane import LibraryPane
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager

TEXT = "Officials said sanctions were discussed. Markets were calm."


class ChangeFeed(QObject):
    """Stands in for the window: one signal carrying every ``Changes``."""

    changes_applied = Signal(object)


def test_ui_modules_import_each_other_without_circles() -> None:
    graph = grimp.build_graph("workbench", cache_dir=None)
    ui = {module for module in graph.modules if module.startswith("workbench.ui")}
    circles = []
    for module in sorted(ui):
        for imported in sorted(graph.find_modules_directly_imported_by(module) & ui):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back:
                circles.append((module, *back))
    assert circles == []


def test_a_claims_view_reloads_itself_only_for_changes_it_shows(qtbot, store,
                                                                 make_document) -> None:
    feed = ChangeFeed()
    view = ClaimsView(store, ThemeManager(), changes_applied=feed.changes_applied)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.rows == [] and not view.stale
    doc = make_document(store, "Sanctions", TEXT)
    claim_id, changes = store.claims.add_claim(doc, 15, 39)
    feed.changes_applied.emit(Changes(entities=True, note="Rename entity"))
    assert view.rows == [] and not view.stale
    feed.changes_applied.emit(changes)
    assert [row.id for row in view.rows] == [claim_id]
    view.hide()
    feed.changes_applied.emit(store.annotations.delete_annotation(claim_id))
    assert view.stale and len(view.rows) == 1
    view.show()
    assert view.rows == [] and not view.stale


def test_the_reader_reloads_the_document_a_change_touched(qtbot, store, make_document) -> None:
    feed = ChangeFeed()
    reader = ReaderPane(store, ThemeManager(), changes_applied=feed.changes_applied)
    qtbot.addWidget(reader)
    shown = make_document(store, "Shown", TEXT)
    other = make_document(store, "Other", "Markets were calm again on Friday.")
    reader.show_document(shown)
    before = reader.view.content
    feed.changes_applied.emit(Changes(documents_changed=(other,)))
    assert reader.view.content is before
    annotation_id, changes = store.annotations.add_annotation(shown, 15, 24, color="green")
    feed.changes_applied.emit(changes)
    assert annotation_id in reader.view.rendered.annotation_spans


def test_the_library_pane_refills_its_tag_filter_when_tags_change(qtbot, store,
                                                                  make_document) -> None:
    feed = ChangeFeed()
    doc = make_document(store, "Tagged", TEXT)
    pane = LibraryPane(store, ThemeManager(), changes_applied=feed.changes_applied)
    qtbot.addWidget(pane)
    combo = pane.filter_bar.tag_combo
    assert combo.count() == 1
    feed.changes_applied.emit(store.tags.tag_document(doc, "topic/sanctions"))
    pane.stop()
    assert [combo.itemData(row) for row in range(combo.count())] == [None, "topic",
                                                                      "topic/sanctions"]


def test_a_window_without_writer_thread_still_refreshes_every_view(qtbot, store, make_document,
                                                                    tmp_path, select_text) -> None:
    doc = make_document(store, "Sanctions", TEXT)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, ThemeManager(), settings, analyze=False, background_work=False)
    qtbot.addWidget(window)
    window.show()
    assert window.runner is None
    window.open_document(doc)
    select_text(window, "sanctions were discussed")
    window.actions["mark_claim"].trigger()
    claim_id = window.workspace.claims.claim_id
    assert claim_id is not None and claim_id in window.reader.view.rendered.claim_spans
    window.workspace.show_dock("claims_view")
    assert [row.id for row in window.workspace.claims_view.rows] == [claim_id]
    assert window.actions["undo"].isEnabled()
    window.actions["undo"].trigger()
    assert window.workspace.claims.claim_id is None
    assert window.workspace.claims_view.rows == []
    window.close()


def test_switching_library_leaves_no_view_listening_to_the_old_one(qtbot, library,
                                                                   tmp_path) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, ThemeManager(), settings, analyze=False)
    qtbot.addWidget(window)
    signal = SIGNAL("changes_applied(PyObject)")
    listening = window.receivers(signal)
    for name in ("second.sqlite", "third.sqlite"):
        assert window.open_library(tmp_path / name)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        assert window.receivers(signal) == listening
    window.close()
