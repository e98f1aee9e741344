"""The main window as an analyst uses it: select, read, inspect, remember, switch library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from tests.ui.probes import shortcut_rows, tab_label
from workbench.cli import main as cli_main
from workbench.store import Store
from workbench.ui.app.main_window import MainWindow
from workbench.ui.app.settings import app_settings, recent_libraries
from workbench.ui.dialogs.shortcuts import ShortcutsDialog
from workbench.ui.dialogs.standard import AboutDialog
from workbench.ui.theme.manager import ThemeManager

TEXT = ("Moscow - Vladimir Putin met Kim Jong Un on Tuesday. "
        "“We are ready,” Putin said. Kim Jong Un left by train.")


@pytest.fixture
def filled(library, make_document) -> Store:
    make_document(library, "Putin meets Kim", TEXT, url="https://example.org/putin-kim",
                  published="2023-09-13",
                  mentions=(("Moscow", "GPE", "Moscow"), ("Vladimir Putin", "PERSON",
                            "Vladimir Putin"), ("Kim Jong Un", "PERSON", "Kim Jong Un"),
                            ("Putin", "PERSON", "Vladimir Putin"),
                            ("Kim Jong Un", "PERSON", "Kim Jong Un")),
                  quotes=(("“We are ready,”", "direct", "Vladimir Putin", "Putin"),))
    make_document(library, "Weather", "Rain in Moscow.", published="2023-09-12",
                  mentions=(("Moscow", "GPE", "Moscow"),))
    return library


def _window(qtbot, store: Store) -> MainWindow:
    theme = ThemeManager()
    theme.set_preference("light")
    window = MainWindow(store, theme, app_settings(), analyze=False)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_document_opens_with_inspector_filled(qtbot, filled) -> None:
    window = _window(qtbot, filled)
    assert window.reader.view.toPlainText().startswith("Putin meets Kim")
    assert tab_label(window.inspector, window.inspector.entities) == "Entities (3)"
    assert tab_label(window.inspector, window.inspector.quotes) == "Quotes (1)"
    assert window.count_label.text() == "2 documents"
    details = window.inspector.details_form
    labels = [details.itemAt(row, details.ItemRole.LabelRole).widget().text()
              for row in range(details.rowCount())]
    assert {"Content hash:", "Imported at:", "Analysis version:", "Status:"} <= set(labels)


def test_clicking_an_entity_in_the_reader_selects_it_in_the_inspector(qtbot, filled) -> None:
    window = _window(qtbot, filled)
    view, rendered = window.reader.view, window.reader.view.rendered
    start, end = rendered.mention_spans[2]
    cursor = view.textCursor()
    cursor.setPosition(start + 1)
    point = view.cursorRect(cursor).center()
    assert view.position_at(point) in range(start, end)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    item = window.inspector.entities.currentItem()
    assert item is not None and item.text(0) == "Kim Jong Un"
    assert window.inspector.currentIndex() == 0


def test_inspector_clicks_cycle_through_mentions_and_quotes(qtbot, filled) -> None:
    window = _window(qtbot, filled)
    inspector, view = window.inspector, window.reader.view
    assert inspector.select_entity(view.content.mentions[1]["entity_id"])
    item = inspector.entities.currentItem()
    seen = []
    for _ in range(3):
        inspector.entities.itemClicked.emit(item, 0)
        seen.append(view.textCursor().selectedText())
    assert seen == ["Vladimir Putin", "Putin", "Vladimir Putin"]
    quote_item = inspector.quotes.topLevelItem(0).child(0)
    inspector.quotes.itemClicked.emit(quote_item, 0)
    assert view.textCursor().selectedText() == "“We are ready,”"


def test_entity_filter_from_the_inspector(qtbot, filled) -> None:
    window = _window(qtbot, filled)
    moscow = window.reader.view.content.mentions[0]
    window.inspector.entity_filter_requested.emit(moscow["entity_id"], "Moscow")
    assert window.library.model.rowCount() == 2
    kim = window.reader.view.content.mentions[2]
    window.inspector.entity_filter_requested.emit(kim["entity_id"], "Kim Jong Un")
    assert window.library.model.rowCount() == 1
    assert window.count_label.text() == "1 of 2 documents match"


def test_layout_and_zoom_are_remembered(qtbot, filled) -> None:
    window = _window(qtbot, filled)
    window.splitter.setSizes([500, 500, 300])
    window.library.table.setColumnWidth(3, 155)  # published: shown in the compact library
    window.actions["zoom_in"].trigger()
    sizes = window.splitter.sizes()
    window.close()
    again = _window(qtbot, filled)
    assert again.splitter.sizes() == sizes
    assert again.library.table.columnWidth(3) == 155
    assert again.reader.view.zoom_steps == 1


def test_help_lists_shortcuts_and_about_credits_the_seeds(qtbot, filled) -> None:
    window = _window(qtbot, filled)
    rows = dict(shortcut_rows(window))
    assert rows["Find in Document"] == "Ctrl+F"
    assert rows["Zoom In"] == "Ctrl++"
    assert rows["Import Files"] == "Ctrl+I"
    # the keys that work only inside a view are listed too (they were found by chance)
    assert rows["Zoom, move or fit the timeline"].startswith("+ / −")
    assert rows["Rate the current ACH cell, or clear it"] == "1-5 / 0 in the matrix"
    dialog = ShortcutsDialog(window.actions.shortcut_groups(), window)
    qtbot.addWidget(dialog)
    tree = dialog.tree
    listed = [tree.topLevelItem(n).childCount() for n in range(tree.topLevelItemCount())]
    assert sum(listed) == len(rows)
    about = AboutDialog(window)
    qtbot.addWidget(about)
    browsers = about.findChildren(type(window.reader.view).__mro__[1])
    text = "\n".join(browser.toPlainText() for browser in browsers)
    assert "MIT" in text and "LGPL" in text and "CC BY 2.5" in text
    assert "Wikinews contributors" in text


def test_opening_another_library_switches_and_is_remembered(qtbot, filled, tmp_path) -> None:
    window = _window(qtbot, filled)
    other = tmp_path / "other.sqlite"
    assert window.open_library(other)
    assert window.store.path == other and window.library.model.rowCount() == 0
    assert window.reader.view.content is None
    assert window.windowTitle().startswith("other.sqlite")
    assert recent_libraries(window.settings)[:2] == [str(other.resolve()),
                                                     str(filled.path.resolve())]
    assert [a.text() for a in window.actions.recent_menu.actions()] == [str(filled.path.resolve())]


def test_screenshot_command_writes_a_png(qtbot, filled, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    filled.close()
    code = cli_main(["--db", str(filled.path), "screenshot", "--out", str(out),
                     "--doc", "Putin", "--size", "1000x700", "--theme", "dark"])
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    assert image.pixelColor(QPoint(500, 5)).lightness() < 80


def test_screenshot_size_is_validated(capsys, filled) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli_main(["--db", str(filled.path), "screenshot", "--out", "x.png", "--size", "big"])
    assert exit_info.value.code == 2
    assert "expected WxH" in capsys.readouterr().err


def test_the_window_module_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = ("import sys, workbench.ui.app.startup, workbench.ui.app.main_window\n"
            "import workbench.ui.app.screenshot\n"
            "print('spacy' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_seeds_are_imported_only_into_an_empty_default_library(store, make_document) -> None:
    from workbench.ui.app.startup import should_import_seeds

    assert should_import_seeds(None, store)
    assert not should_import_seeds("/some/library.sqlite", store)
    make_document(store, "One", "Text.")
    assert not should_import_seeds(None, store)


def test_start_up_objects_are_frozen_out_of_garbage_collection() -> None:
    """Long-lived objects leave the collector's view; garbage made later is still collected."""
    import gc
    import weakref

    from workbench.ui.app.startup import freeze_startup_objects

    class Node:
        pass

    try:
        freeze_startup_objects()
        assert gc.get_freeze_count() > 0
        cycle = Node()
        cycle.self = cycle  # type: ignore[attr-defined]
        alive = weakref.ref(cycle)
        del cycle
        gc.collect()
        assert alive() is None
    finally:
        gc.unfreeze()


def test_inspector_tabs_shorten_to_counts_then_icons_and_the_current_keeps_its_name(
        qtbot, store) -> None:
    """Narrower and narrower: others show counts, then icons; the current tab is never empty."""
    from PySide6.QtWidgets import QWidget

    from workbench.ui.inspector.panel import InspectorPanel

    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    notes = QWidget()
    panel.add_panel(notes, "Notes")
    panel.set_tab_count(notes, 4)
    panel.labels.set_count(panel.entities, 29)
    panel.show()
    index, labels = panel.indexOf(notes), panel.labels
    panel.resize((labels._width_of("current") + labels._width_of("full")) // 2, 300)
    assert panel.tabText(index) == "4"
    assert panel.tabToolTip(index) == "Notes (4)" == tab_label(panel, notes)
    assert not panel.tabIcon(index).isNull()
    assert panel.tabText(panel.count() - 1) == ""  # Details: icon only
    panel.resize((labels._width_of("icons") + labels._width_of("current")) // 2, 300)
    assert panel.tabText(index) == ""
    assert panel.tabText(0) == "Entities (29)"
    panel.resize(120, 300)
    assert labels.layout == "name" and panel.tabText(0) == "Entities"
    panel.resize(1200, 300)
    assert panel.tabText(index) == "Notes (4)"
    assert panel.tabText(panel.indexOf(panel.entities)) == "Entities (29)"


def test_inspector_current_tab_keeps_its_name_when_only_it_fits(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from workbench.ui.inspector.panel import InspectorPanel

    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    notes = QWidget()
    panel.add_panel(notes, "Notes")
    panel.set_tab_count(notes, 4)
    panel.setCurrentWidget(notes)
    panel.show()  # measured once the stylesheet has polished the tabs
    between = (panel.labels._width_of("current") + panel.labels._width_of("full")) // 2
    panel.resize(between, 300)
    assert panel.labels.layout == "current"
    assert panel.tabText(panel.indexOf(notes)) == "Notes (4)"
    assert panel.tabText(panel.indexOf(panel.quotes)) == ""
    panel.setCurrentWidget(panel.quotes)
    assert panel.tabText(panel.indexOf(notes)) == "4"
    assert panel.tabText(panel.indexOf(panel.quotes)) == "Quotes"


@pytest.mark.parametrize("stored", ["²", "١", "3.5", "", "zoom", None])
def test_a_damaged_zoom_setting_opens_at_the_default_zoom(qtbot, filled, stored) -> None:
    settings = app_settings()
    settings.setValue("reader/zoom", stored)
    window = _window(qtbot, filled)
    assert window.reader.view.zoom_steps == 0


def test_a_count_update_counts_the_library_once(qtbot, filled, monkeypatch) -> None:
    """The status bar and the reader's empty message share one COUNT query per update."""
    window = _window(qtbot, filled)
    documents = filled.documents
    calls = []
    real_count = documents.count_documents

    def counting() -> int:
        calls.append(1)
        return real_count()

    monkeypatch.setattr(documents, "count_documents", counting)
    window.library.count_changed.emit(1)
    assert len(calls) == 1
    assert window.count_label.text() == "2 documents"


def test_compare_documents_opens_the_two_selected_without_asking(qtbot, filled,
                                                                 monkeypatch) -> None:
    """Two rows selected in the library: Document → Compare Documents… compares those two."""
    from workbench.ui.compare.view import CompareWindow

    def never_asked(*_args, **_kwargs):
        raise AssertionError("the picker was asked with two documents selected")

    monkeypatch.setattr("workbench.ui.app.compare_opening.ask_item", never_asked)
    window = _window(qtbot, filled)
    table = window.library.table
    from workbench.ui.library.model import COLUMN_INDEX

    second = table.visualRect(table.model().index(1, COLUMN_INDEX["title"])).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, second)
    pair = window.library.compared_pair()
    assert pair is not None and pair[0] == window.reader.doc_id
    window.actions["compare_documents"].trigger()
    (opened,) = window.findChildren(CompareWindow)
    assert opened.documents == pair
    opened.close()
