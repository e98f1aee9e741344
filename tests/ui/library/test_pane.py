"""The library table: paging, sorting, search with snippets, and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.core.models import Article
from workbench.store import SNIPPET_CLOSE, SNIPPET_OPEN, LibraryFilter
from workbench.ui.library.model import (
    COLUMN_INDEX,
    DOCUMENT_ID_ROLE,
    PAGE_SIZE,
    SNIPPET_ROLE,
    LibraryModel,
)
from workbench.ui.library.pane import NO_DOCUMENTS, NO_MATCH, LibraryPane
from workbench.ui.library.snippet_delegate import snippet_segments
from workbench.ui.library.table_view import search_row_height, title_row_height
from workbench.ui.theme.manager import ThemeManager


def _seed(store, make_document) -> dict[str, int]:
    return {
        "sanctions": make_document(
            store, "Sanctions on Russia", "The ministry announced sanctions against Russia.",
            source="Wire A", published="2023-09-13",
            mentions=(("Russia", "GPE", "Russia"),)),
        "harvest": make_document(
            store, "Harvest festival", "Farmers celebrated a record harvest in Kansas.",
            source="Wire B", published="2022-05-01",
            mentions=(("Kansas", "GPE", "Kansas"), ("Farmers", "NORP", "Farmers"))),
        "summit": make_document(
            store, "Summit ends", "Leaders from Russia and China met; no sanctions were agreed.",
            source="Wire A", published="2024-02-20",
            mentions=(("Russia", "GPE", "Russia"), ("China", "GPE", "China"))),
    }


def _pane(qtbot, store) -> LibraryPane:
    pane = LibraryPane(store, ThemeManager())
    qtbot.addWidget(pane)
    return pane


def _titles(model: LibraryModel) -> list[str]:
    column = COLUMN_INDEX["title"]
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_table_shows_every_document_with_counts(qtbot, store, make_document) -> None:
    ids = _seed(store, make_document)
    pane = _pane(qtbot, store)
    model = pane.model
    assert _titles(model) == ["Summit ends", "Sanctions on Russia", "Harvest festival"]
    row = _titles(model).index("Harvest festival")
    assert model.index(row, COLUMN_INDEX["entity_count"]).data() == "2"
    assert model.index(row, COLUMN_INDEX["annotation_count"]).data() == "0"
    assert model.index(row, COLUMN_INDEX["tag_count"]).data() == "0"
    assert model.index(row, COLUMN_INDEX["source"]).data() == "Wire B"
    assert model.index(row, 0).data(DOCUMENT_ID_ROLE) == ids["harvest"]


def test_header_click_sorts_in_the_store(qtbot, store, make_document) -> None:
    _seed(store, make_document)
    pane = _pane(qtbot, store)
    pane.table.sortByColumn(COLUMN_INDEX["title"], Qt.SortOrder.AscendingOrder)
    assert _titles(pane.model) == ["Harvest festival", "Sanctions on Russia", "Summit ends"]
    pane.model.sort(COLUMN_INDEX["word_count"], Qt.SortOrder.DescendingOrder)
    assert _titles(pane.model)[0] == "Summit ends"


def test_titles_sort_as_names_accents_and_case_aside(qtbot, store, make_document) -> None:
    """SQLite's NOCASE folds ASCII only: "Élysée" and "Ábel" sorted after "Zürich"."""
    for title in ("Zürich tram vote", "Élysée talks", "abel prize", "Ábel Tasman day", "Eurozone"):
        make_document(store, title, f"A report on {title}.")
    pane = _pane(qtbot, store)
    pane.table.sortByColumn(COLUMN_INDEX["title"], Qt.SortOrder.AscendingOrder)
    assert _titles(pane.model) == ["abel prize", "Ábel Tasman day", "Élysée talks", "Eurozone",
                                   "Zürich tram vote"]


def test_search_filters_the_library_and_shows_snippets(qtbot, store, make_document) -> None:
    _seed(store, make_document)
    pane = _pane(qtbot, store)
    with qtbot.waitSignal(pane.count_changed) as counted:
        pane.filter_bar.search_box.setText("sanctions")
        pane.filter_bar.apply()
    assert counted.args == [2]
    assert sorted(_titles(pane.model)) == ["Sanctions on Russia", "Summit ends"]
    assert pane.table.verticalHeader().defaultSectionSize() == search_row_height(pane.table)
    snippet = pane.model.index(0, COLUMN_INDEX["title"]).data(SNIPPET_ROLE)
    assert f"{SNIPPET_OPEN}sanctions{SNIPPET_CLOSE}" in snippet.lower()
    tooltip = pane.model.index(0, COLUMN_INDEX["title"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "sanctions" in tooltip.lower()
    pane.filter_bar.search_box.setText("harvest Kansas")
    pane.filter_bar.apply()
    assert _titles(pane.model) == ["Harvest festival"]
    pane.filter_bar.clear()
    assert pane.model.rowCount() == 3
    assert pane.table.verticalHeader().defaultSectionSize() == title_row_height(pane.table)
    assert pane.model.index(0, COLUMN_INDEX["title"]).data(SNIPPET_ROLE) is None


def test_simple_search_never_fails_and_advanced_reports_syntax(qtbot, store,
                                                               make_document) -> None:
    _seed(store, make_document)
    pane = _pane(qtbot, store)
    pane.set_filter(LibraryFilter(query='NOT ( "unbalanced AND * :'))
    assert pane.model.rowCount() == 0
    with qtbot.waitSignal(pane.search_failed) as failed:
        pane.set_filter(LibraryFilter(query="sanctions AND (", advanced=True))
    assert "syntax" in failed.args[0]
    assert pane.model.rowCount() == 0
    pane.set_filter(LibraryFilter(query="sanctions NOT summit", advanced=True))
    assert _titles(pane.model) == ["Sanctions on Russia"]


def test_entity_source_and_date_filters(qtbot, store, make_document) -> None:
    _seed(store, make_document)
    pane = _pane(qtbot, store)
    russia = store.entities.find_entities("Russ")[0]
    pane.filter_bar.show_entity(russia["id"], russia["name"])
    assert sorted(_titles(pane.model)) == ["Sanctions on Russia", "Summit ends"]
    pane.set_filter(LibraryFilter(source="Wire B"))
    assert _titles(pane.model) == ["Harvest festival"]
    pane.set_filter(LibraryFilter(published_from="2023-01-01", published_to="2023-09-13"))
    assert _titles(pane.model) == ["Sanctions on Russia"]
    pane.set_filter(LibraryFilter(tag="topic/none"))
    assert pane.model.rowCount() == 0
    sources = [pane.filter_bar.source_combo.itemData(i)
               for i in range(pane.filter_bar.source_combo.count())]
    assert sources == [None, "Wire A", "Wire B"]
    assert not pane.filter_bar.tag_combo.isEnabled()


def test_pages_are_fetched_on_demand_and_evicted(qtbot, store) -> None:
    for number in range(PAGE_SIZE * 2 + 50):
        store.documents.add_article(
            Article(
                title=f"Doc {number:04d}",
                text=f"Body number {number}.",
                published=f"2020-01-{1 + number % 28:02d}",
            )
        )
    model = LibraryModel(store)
    model.set_order("title", False)
    assert model.rowCount() == PAGE_SIZE * 2 + 50
    assert model.index(PAGE_SIZE * 2 + 49, COLUMN_INDEX["title"]).data() == "Doc 0449"
    assert len(model.listing.pages) == 1
    assert model.index(0, COLUMN_INDEX["title"]).data() == "Doc 0000"
    assert len(model.listing.pages) == 2
    assert model.find_row(store.documents.resolve_document("Doc 0321")) == 321


def test_changes_refresh_the_table_lazily(qtbot, store, make_document) -> None:
    _seed(store, make_document)
    pane = _pane(qtbot, store)
    pane.select_row(0)
    selected = pane.selected_document
    changes = store.documents.add_article(Article(title="Late news", text="Arrived later.",
                                        published="2025-01-01"))
    pane.on_changes(changes)
    assert pane.model.refresh_pending and pane.model.rowCount() == 3
    qtbot.waitUntil(lambda: pane.model.rowCount() == 4)
    assert "Late news" in _titles(pane.model)
    assert pane.selected_document == selected
    assert pane.model.document_id(pane.table.currentIndex().row()) == selected


def test_snippet_segments_mark_matches_and_keep_markup_literal() -> None:
    snippet = f"…the {SNIPPET_OPEN}sanctions{SNIPPET_CLOSE} <b>against</b>\nRussia"
    assert snippet_segments(snippet) == [
        ("…the ", False), ("sanctions", True), (" <b>against</b> Russia", False),
    ]


def test_search_reads_first_page_then_the_rest_on_demand(qtbot, store) -> None:
    """A search shows its true count at once; ids past the first page load when needed."""
    from workbench.ui.library.model import SEARCH_PAGE_SIZE

    total = SEARCH_PAGE_SIZE * 3 + 7
    for number in range(total):
        repeats = " ".join(["sanctions"] * (1 + number % 5))
        store.documents.add_article(
            Article(title=f"Doc {number:04d}", text=f"Body {number}: {repeats}.")
        )
    store.documents.add_article(Article(title="Unrelated", text="Weather in Kyiv."))
    model = LibraryModel(store)
    model.set_filter(LibraryFilter(query="sanctions"))
    assert model.rowCount() == total
    assert not model.listing.all_ids and len(model.listing.ids) == SEARCH_PAGE_SIZE
    full = store.library.library_ids(LibraryFilter(query="sanctions"), order_by=model.order_by,
                             descending=model.descending)
    first_page = [model.document_id(row) for row in range(SEARCH_PAGE_SIZE)]
    assert first_page == full[:SEARCH_PAGE_SIZE]
    assert model.find_row(full[-1], load=False) is None
    last_title = model.index(total - 1, COLUMN_INDEX["title"]).data()
    assert model.listing.all_ids
    assert last_title == store.library.library_rows([full[-1]])[0]["title"]
    assert model.find_row(full[-1]) == total - 1
    snippet = model.index(total - 1, COLUMN_INDEX["title"]).data(SNIPPET_ROLE)
    assert f"{SNIPPET_OPEN}sanctions{SNIPPET_CLOSE}" in snippet.lower()


def test_refresh_while_searching_reads_one_page_and_keeps_the_true_count(qtbot, store) -> None:
    """An import running under an active search must not re-rank every match."""
    from workbench.ui.library.model import SEARCH_PAGE_SIZE

    for number in range(SEARCH_PAGE_SIZE * 2):
        store.documents.add_article(
            Article(title=f"Doc {number}", text=f"Sanctions story {number}.")
        )
    model = LibraryModel(store)
    model.set_filter(LibraryFilter(query="sanctions"))
    store.documents.add_article(Article(title="Late", text="Late sanctions story."))
    model.refresh()
    assert model.rowCount() == SEARCH_PAGE_SIZE * 2 + 1
    assert not model.listing.all_ids and len(model.listing.ids) == SEARCH_PAGE_SIZE
    last = model.index(model.rowCount() - 1, COLUMN_INDEX["title"]).data()
    assert last.startswith(("Doc", "Late")) and model.listing.all_ids


def test_an_empty_table_says_whether_the_library_or_the_search_is_empty(
        qtbot, store, make_document) -> None:
    pane = _pane(qtbot, store)
    assert pane.empty_hint.text() == NO_DOCUMENTS
    _seed(store, make_document)
    pane.model.reload()
    assert pane.empty_hint.text() == ""
    with qtbot.waitSignal(pane.count_changed) as counted:
        pane.filter_bar.search_box.setText("zebra")
        pane.filter_bar.apply()
    qtbot.waitUntil(lambda: not pane.model.searching_in_background)
    assert counted.args == [0] and pane.empty_hint.text() == NO_MATCH


def test_a_new_symbol_search_ranks_by_relevance(qtbot, store) -> None:
    """Typing another emoji is a new search even though its word query stays empty."""
    store.documents.add_article(Article(title="Fire", text="Markets 🔥 today."))
    store.documents.add_article(Article(title="Euro", text="Prices in € rose."))
    model = LibraryModel(store)
    model.set_filter(LibraryFilter(query="🔥"))
    assert model.order_by == "relevance" and model.rowCount() == 1
    model.order_by, model.descending = "title", False
    model.set_filter(LibraryFilter(query="€"))
    assert model.order_by == "relevance"
    assert model.index(0, COLUMN_INDEX["title"]).data() == "Euro"


def _pane_of_forty_reports(qtbot, store, make_document):
    """A library longer than the list shows, so the list has to scroll."""
    for number in range(40):
        make_document(store, f"Report {number}", f"Text of report {number}.",
                      published=f"2020-01-{number % 28 + 1:02d}")
    return _pane(qtbot, store)


def test_scrolled_to_its_last_row_the_table_shows_whole_rows(qtbot, store,
                                                              make_document) -> None:
    """Scrolled to the end, Qt aligned the last row with the bottom: the top row was cut."""
    pane = _pane_of_forty_reports(qtbot, store, make_document)
    table = pane.table
    row_height = table.rowHeight(0)
    pane.resize(260, 20 * row_height // 2 + row_height // 2 + 120)  # half a row to spare
    pane.show()
    qtbot.waitExposed(pane)
    last = pane.model.rowCount() - 1
    assert pane.select_document(pane.model.document_id(last))
    qtbot.wait(5)
    assert table.verticalScrollBar().value() == table.verticalScrollBar().maximum() > 0
    top = table.rowAt(0)
    assert table.rowViewportPosition(top) == 0, "the top row starts at the top: whole"
    bottom = table.rowViewportPosition(last) + table.rowHeight(last)
    assert bottom <= table.viewport().height(), "the selected last row is whole too"
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum() - 1)
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    assert table.rowViewportPosition(table.rowAt(0)) == 0


def test_a_ctrl_click_on_the_selected_document_keeps_it_selected(qtbot, store,
                                                                  make_document) -> None:
    """Qt's toggle left the reader's document unselected, a focus frame round its title."""
    _seed(store, make_document)
    pane = _pane(qtbot, store)
    pane.show()
    table = pane.table
    title = table.model().index(1, COLUMN_INDEX["title"])
    place = table.visualRect(title).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=place)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [1]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, place)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [1]
    other = table.visualRect(table.model().index(2, COLUMN_INDEX["title"])).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, other)  # a second row, to compare
    assert sorted(index.row() for index in table.selectionModel().selectedRows()) == [1, 2]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, place)  # selected: kept
    assert sorted(index.row() for index in table.selectionModel().selectedRows()) == [1, 2]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=other)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [2]


def test_two_selected_documents_offer_compare_the_reader_following_the_current_row(
        qtbot, store, make_document) -> None:
    _seed(store, make_document)
    pane = _pane(qtbot, store)
    pane.show()
    table = pane.table
    shown = []
    pane.document_selected.connect(shown.append)
    asked = []
    pane.compare_requested.connect(lambda a, b: asked.append((a, b)))
    first, second = (table.visualRect(table.model().index(row, COLUMN_INDEX["title"])).center()
                     for row in (0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    (compare,) = pane.row_menu().actions()
    assert pane.compared_pair() is None and not compare.isEnabled()  # one selected
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, second)
    ids = [pane.model.document_id(row) for row in (0, 2)]
    assert shown == ids  # the reader follows the current row: the one clicked last
    assert pane.compared_pair() == (ids[1], ids[0])  # the reader's document first
    (compare,) = pane.row_menu().actions()
    assert compare.isEnabled() and compare.text() == "Compare Documents…"
    compare.trigger()
    assert asked == [(ids[1], ids[0])]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, first)  # three rows: no pair
    assert len(table.selectionModel().selectedRows()) == 3
    assert pane.compared_pair() is None
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    rows = [index.row() for index in table.selectionModel().selectedRows()]
    assert rows == [table.currentIndex().row()] == [1]  # the reader's row, selected alone


def test_a_document_chosen_out_of_view_comes_to_the_middle_not_the_bottom_edge(
        qtbot, store, make_document) -> None:
    """An import's first document sat on the bottom edge, the row after it half cut off."""
    pane = _pane_of_forty_reports(qtbot, store, make_document)
    table = pane.table
    row_height = table.rowHeight(0)
    pane.resize(260, 10 * row_height + row_height // 2 + 120)
    pane.show()
    qtbot.waitExposed(pane)
    row = 25
    assert pane.select_document(pane.model.document_id(row))
    qtbot.wait(5)
    top = table.rowViewportPosition(row)
    below = table.viewport().height() - (top + table.rowHeight(row))
    assert top >= 0 and below >= 2 * row_height, (top, below)
    bar = table.verticalScrollBar()
    scrolled = bar.value()
    assert pane.select_document(pane.model.document_id(row + 1))  # in view: the list stays
    assert bar.value() == scrolled


def test_two_selected_documents_stay_selected_when_an_import_moves_their_rows(
        qtbot, store, make_document) -> None:
    """A refresh (rows added) and a reset (filter) kept only the reader's row selected: the
    pair the analyst picked for Compare was lost to an import running beside them."""
    ids = _seed(store, make_document)
    pane = _pane(qtbot, store)
    pane.show()
    table = pane.table
    chosen = {ids["harvest"], ids["sanctions"]}
    pane.select_document(ids["sanctions"])
    row = pane.model.find_row(ids["harvest"])
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier,
                     table.visualRect(pane.model.index(row, COLUMN_INDEX["title"])).center())
    assert set(pane.compared_pair() or ()) == chosen
    for when in ("2025-01-01", "2023-12-01"):  # the newest first: rows under both move down
        changes = store.documents.add_article(Article(
            title=f"News of {when}", text=f"Reported on {when}.", published=when))
        count = pane.model.rowCount()
        pane.on_changes(changes)
        pane.model.refresh()  # now, not after the delay an import waits
        qtbot.waitUntil(lambda count=count: pane.model.rowCount() == count + 1)
        assert set(pane.compared_pair() or ()) == chosen
        assert pane.selected_document == ids["harvest"]
    pane.model.reload()  # a full reset, as a changed filter or order reads
    qtbot.waitUntil(lambda: not pane.model.refresh_pending)
    qtbot.wait(50)
    assert set(pane.compared_pair() or ()) == chosen
    assert pane.model.document_id(table.currentIndex().row()) == ids["harvest"]
