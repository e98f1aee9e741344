"""Step 5 in the window: the Entities view, entity pages, curation and duplicate suggestions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.probes import select_entities
from workbench.ui.dialogs.entities import EntityPickerDialog
from workbench.ui.entities.duplicates_panel import PAIR_ROLE, entity_cell
from workbench.ui.reader.document import ENTITY_PROPERTY, format_at

TEXT = ("Vladimir Putin met Kim Jong Un. “We are ready,” Putin said. "
        "Later Mr Putin left Moscow by train.")
OTHER = "Kim Jong Un visited Moscow on Friday. Putin was not there."


@pytest.fixture
def doc(library, make_document) -> int:
    make_document(library, "Kim in Moscow", OTHER, published="2023-09-10",
                  mentions=(("Kim Jong Un", "PERSON", "Kim Jong Un"), ("Moscow", "GPE", "Moscow"),
                            ("Putin", "PERSON", "Putin")))
    return make_document(library, "Putin meets Kim", TEXT, published="2023-09-13",
                         mentions=(("Vladimir Putin", "PERSON", "Vladimir Putin"),
                                   ("Kim Jong Un", "PERSON", "Kim Jong Un"),
                                   ("Putin", "PERSON", "Putin"), ("Mr Putin", "PERSON", "Putin"),
                                   ("Moscow", "GPE", "Moscow")),
                         quotes=(("“We are ready,”", "direct", "Putin", "Putin"),))


def _entity(library, name: str) -> int:
    entity_id = library.entities.find_entity_id(name)
    assert entity_id is not None
    return entity_id


def test_merge_two_entities_in_the_entities_view_updates_the_reader(qtbot, library, doc,
                                                                     open_window, settle) -> None:
    window = open_window(library)
    window.open_document(doc)
    window.actions["entities_view"].trigger()
    view = window.workspace.entities_view
    qtbot.waitUntil(view.isVisible)
    names = {view.model.row_data(r)["name"] for r in range(view.model.rowCount())}
    assert names == {"Vladimir Putin", "Kim Jong Un", "Putin", "Moscow"}
    full, short = _entity(library, "Vladimir Putin"), _entity(library, "Putin")
    select_entities(view, [full, short])
    assert set(view.selected_ids()) == {full, short}
    window.workspace.curation.merge(view.selected_ids(), target_id=full)
    settle(window)
    mentions = window.reader.view.content.mentions
    assert {m["entity"] for m in mentions if m["label"] == "PERSON"} == {"Vladimir Putin",
                                                                        "Kim Jong Un"}
    putin_index = next(i for i, m in enumerate(mentions) if m["text"] == "Mr Putin")
    start = window.reader.view.rendered.mention_spans[putin_index][0]
    assert format_at(window.reader.view.document(), start).property(ENTITY_PROPERTY) == putin_index
    assert window.reader.view.tips.tooltip_at(start).startswith("Vladimir Putin")
    assert short not in view.model.ids
    assert "Putin" in library.entities.entity_aliases([full])[full]
    window.actions["undo"].trigger()
    settle(window)
    assert _entity(library, "Putin") is not None
    assert "Putin" in {m["entity"] for m in window.reader.view.content.mentions}


def test_entities_view_filters_sorts_and_opens_pages(qtbot, library, doc, open_window) -> None:
    window = open_window(library)
    window.actions["entities_view"].trigger()
    view = window.workspace.entities_view
    qtbot.waitUntil(view.isVisible)
    view.type_combo.setCurrentIndex(view.type_combo.findData("GPE"))
    view.apply_filter()
    assert [view.model.row_data(r)["name"] for r in range(view.model.rowCount())] == ["Moscow"]
    view.type_combo.setCurrentIndex(0)
    view.name_edit.setText("kim")
    view.apply_filter()
    assert view.model.rowCount() == 1
    view.name_edit.clear()
    view.apply_filter()
    view.model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [view.model.row_data(r)["name"] for r in range(view.model.rowCount())] == sorted(
        ["Kim Jong Un", "Moscow", "Putin", "Vladimir Putin"])
    kim = _entity(library, "Kim Jong Un")
    window.inspector.entity_page_requested.emit(kim)
    page = view.page
    assert page.entity_id == kim
    qtbot.waitUntil(lambda: page.documents.topLevelItemCount() == 2)  # read off the UI thread
    assert page.tabs.tabText(0) == "Documents (2)"
    first = page.documents.topLevelItem(0)
    assert first.text(0) == "Putin meets Kim", "newest first"
    page.documents.itemDoubleClicked.emit(first, 0)
    assert window.reader.doc_id == doc
    assert window.reader.view.textCursor().selectedText() == "Kim Jong Un"
    putin = _entity(library, "Putin")
    page.show_entity(putin)
    qtbot.waitUntil(lambda: page.quotes_by.topLevelItemCount() == 1)
    page.quotes_by.itemDoubleClicked.emit(page.quotes_by.topLevelItem(0), 0)
    assert window.reader.view.textCursor().selectedText() == "“We are ready,”"
    co = [page.co_occurring.topLevelItem(r).text(0)
          for r in range(page.co_occurring.topLevelItemCount())]
    assert "Kim Jong Un" in co


def test_curation_from_the_entity_page(qtbot, library, doc, open_window, settle) -> None:
    window = open_window(library)
    curation = window.workspace.curation
    moscow = _entity(library, "Moscow")
    curation.rename(moscow, "Moskva")
    curation.add_alias(moscow, "Moscou")
    curation.relabel(moscow, "LOC")
    settle(window)
    entity = library.entities.get_entity(moscow)
    assert (entity["name"], entity["label"]) == ("Moskva", "LOC")
    assert set(library.entities.entity_aliases([moscow])[moscow]) == {"Moscow", "Moscou"}
    assert "LOC" in window.reader.legend.buttons
    curation.remove_alias(moscow, "Moscou")
    curation.hide(moscow, confirm=False)
    settle(window)
    assert all(m["entity_id"] != moscow for m in window.reader.view.content.mentions)
    curation.rename(moscow, "Kim Jong Un")
    curation.relabel(moscow, "PERSON")
    settle(window)
    assert "failed" in window.statusBar().currentMessage()


def test_reader_menu_this_is_and_not_an_entity(qtbot, library, doc, open_window, settle,
                                               monkeypatch) -> None:
    window = open_window(library)
    window.open_document(doc)
    view = window.reader.view
    mentions = view.content.mentions
    mr_putin = next(i for i, m in enumerate(mentions) if m["text"] == "Mr Putin")
    position = view.rendered.mention_spans[mr_putin][0]
    full = _entity(library, "Vladimir Putin")

    titles = []

    def pick(dialog: EntityPickerDialog) -> int:
        titles.append(dialog.windowTitle())
        dialog.edit.setText("Vladimir Putin")
        return EntityPickerDialog.DialogCode.Accepted

    monkeypatch.setattr(EntityPickerDialog, "exec", pick)
    menu = window.workspace.reader_menu.build(position)
    texts = [a.text() for a in menu.actions()]
    assert "This Is…" in texts and "Not an Entity" in texts
    next(a for a in menu.actions() if a.text() == "This Is…").trigger()
    settle(window)
    moved = next(m for m in view.content.mentions if m["text"] == "Mr Putin")
    assert moved["entity_id"] == full
    assert titles == ["Choose the Entity"]  # the command's "…" is not in the dialog's title
    kim = next(i for i, m in enumerate(view.content.mentions) if m["entity"] == "Kim Jong Un")
    menu = window.workspace.reader_menu.build(view.rendered.mention_spans[kim][0])
    next(a for a in menu.actions() if a.text() == "Not an Entity").trigger()
    settle(window)
    assert "Kim Jong Un" not in {m["entity"] for m in view.content.mentions}
    quote_position = view.rendered.quote_spans[0][0] + 2
    menu = window.workspace.reader_menu.build(quote_position)
    next(a for a in menu.actions() if a.text() == "Make Claim from Quote").trigger()
    settle(window)
    assert library.claims.document_claims(doc)[0].claimant == "Putin"


def test_duplicates_panel_merges_and_dismisses(qtbot, library, doc, open_window, settle) -> None:
    window = open_window(library)
    window.actions["duplicates"].trigger()
    panel = window.workspace.duplicates
    settle(window)
    qtbot.waitUntil(lambda: bool(panel.pairs))
    pair = next(p for p in panel.pairs if {p["keep"]["name"], p["merge"]["name"]} ==
                {"Vladimir Putin", "Putin"})
    assert pair["reason"] and pair["score"] > 0
    row = panel.tree.topLevelItem(panel.pairs.index(pair))
    panel.tree.itemClicked.emit(row, 4)
    settle(window)
    settle(window)
    assert library.entities.find_entity_id("Putin") == library.entities.find_entity_id(
        "Vladimir Putin"
    )
    assert all({p["keep"]["name"], p["merge"]["name"]} != {"Vladimir Putin", "Putin"}
               for p in panel.pairs)


def test_duplicates_panel_names_its_icon_columns_and_counts_in_words(
        qtbot, library, doc, open_window, settle) -> None:
    """The hint spoke of ⇉ and ⊗ over unnamed columns of other icons; "1 mentions"."""
    window = open_window(library)
    window.actions["duplicates"].trigger()
    panel = window.workspace.duplicates
    settle(window)
    qtbot.waitUntil(lambda: bool(panel.pairs))
    header = panel.tree.headerItem()
    names = [header.text(column) for column in range(panel.tree.columnCount())]
    assert all(names), names
    assert "Merge" in panel.status_label.text() and "⇉" not in panel.status_label.text()
    row = panel.tree.topLevelItem(0)
    assert row.text(0) == entity_cell(row.data(0, PAIR_ROLE)["keep"])


def test_a_pairs_entities_count_their_mentions_in_words() -> None:
    """It read "1 mentions"."""
    assert entity_cell({"name": "Putin", "label": "PERSON", "mentions": 1}).endswith(
        ", 1 mention)")
    assert entity_cell({"name": "Putin", "label": "PERSON", "mentions": 3}).endswith(
        ", 3 mentions)")


def _person(entity_id: int, name: str) -> dict:
    return {"id": entity_id, "name": name, "label": "PERSON", "mentions": 3}


def test_duplicates_at_1024_px_give_names_the_width_and_elide_the_reason(
        qtbot, library, doc, open_window, settle) -> None:
    """A long reason kept its full width and cut the entity names to a few letters."""
    window = open_window(library)
    window.resize(1024, 640)
    window.actions["duplicates"].trigger()
    panel = window.workspace.duplicates
    settle(window)
    qtbot.waitUntil(lambda: panel.status_label.text() != "Looking for duplicates…")
    reason = ("One name is the other with a title or first name added, both are people, "
              "and they share most of the documents they are mentioned in")
    pairs = [{"keep": _person(1, "Mohammed bin Salman Al Saud"),
              "merge": _person(2, "Crown Prince Mohammed bin Salman"),
              "reason": reason, "score": 91.0}]
    panel._show(panel._generation, pairs)
    qtbot.wait(1)
    tree, header = panel.tree, panel.tree.header()
    names = min(header.sectionSize(0), header.sectionSize(1))
    assert header.sectionSize(2) < names, "the names get the width, not the reason"
    assert header.sectionSize(2) < tree.sizeHintForColumn(2), "the reason is elided"
    item = tree.topLevelItem(0)
    assert reason in item.toolTip(2)
    assert "Crown Prince Mohammed bin Salman" in item.toolTip(1)


def test_an_empty_duplicates_table_keeps_its_reason_header_readable(
        qtbot, library, tmp_path) -> None:
    """Opened as a tab beside other docks, the Reason column shrank to "…": its share was
    taken of the table's width before the table was laid out (an answer read at once,
    without a writer thread, as in the screenshots)."""
    from PySide6.QtWidgets import QApplication

    from workbench.ui.app.screenshot import render_window

    window = render_window(library, None, (1024, 640), "light", tmp_path)
    qtbot.addWidget(window)
    for key in ("claims_view", "entities_view", "duplicates"):
        window.workspace.show_dock(key)
    for _ in range(6):
        QApplication.processEvents()
    panel = window.workspace.duplicates
    assert panel.empty_hint.text().startswith("No entities look like duplicates")
    header = panel.tree.header()
    assert header.sectionSize(2) >= header.sectionSizeHint(2)


def test_duplicate_names_and_reasons_wrap_at_words_and_rows_fit_them(
        qtbot, library, doc, open_window, settle) -> None:
    """Names were cut by character on one line ("(Organisation, 4 men…") and a long reason
    held a quarter of the table for rows of "similar spelling"."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from workbench.ui.entities.duplicates_panel import REASON_COLUMN
    from workbench.ui.widgets.word_lines import ELLIPSIS

    window = open_window(library)
    window.resize(1024, 640)
    window.actions["duplicates"].trigger()
    panel = window.workspace.duplicates
    settle(window)
    qtbot.waitUntil(lambda: panel.status_label.text() != "Looking for duplicates…")
    long_name = "Office of the United Nations High Commissioner for Human Rights in Geneva"
    pairs = [{"keep": _person(1, long_name), "merge": _person(2, "UN Human Rights Office"),
              "reason": "short form of the only matching full name", "score": 85.0},
             {"keep": _person(3, "Putin"), "merge": _person(4, "Putins"),
              "reason": "similar spelling", "score": 90.0}]
    panel._show(panel._generation, pairs)
    qtbot.wait(20)
    tree = panel.tree
    assert tree.header().sectionSize(REASON_COLUMN) <= tree.viewport().width() * 0.2 + 1
    long_row, short_row = tree.topLevelItem(0), tree.topLevelItem(1)
    for column in (0, REASON_COLUMN):
        index = tree.indexFromItem(long_row, column)
        option = QStyleOptionViewItem()
        option.initFrom(tree)
        option.rect = tree.visualRect(index)
        delegate = tree.itemDelegateForIndex(index)
        lines = delegate.shown_lines(option, index)
        assert len(lines) == 2, lines  # the row is as tall as two lines
        words = " ".join(lines).removesuffix(ELLIPSIS).split()
        assert all(word in long_row.text(column).split() for word in words), lines
    assert tree.visualItemRect(short_row).height() < tree.visualItemRect(long_row).height()


def test_renaming_to_an_existing_name_shows_the_refusal_line(
    qtbot, library, doc, open_window, settle, monkeypatch
) -> None:
    import workbench.ui.entities.controller as controller

    window = open_window(library)
    putin, vladimir = _entity(library, "Putin"), _entity(library, "Vladimir Putin")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(controller, "show_error",
                        lambda _parent, title, message: shown.append((title, message)))
    window.workspace.curation.rename(putin, "vladimir PUTIN")
    settle(window)
    refusal = library.entities.rename_refusal(putin, "Vladimir Putin")
    assert shown == [("Rename Not Possible", refusal)]
    assert f"workbench entity merge {vladimir} {putin}" in shown[0][1]
    assert library.entities.get_entity(putin)["name"] == "Putin"


def test_an_alias_naming_another_entity_shows_the_refusal_line(
    qtbot, library, doc, open_window, settle, monkeypatch
) -> None:
    """Attack round 9: the alias was taken, and the other entity's name then opened this one."""
    import workbench.ui.entities.controller as controller

    window = open_window(library)
    putin, vladimir = _entity(library, "Putin"), _entity(library, "Vladimir Putin")
    aliases = library.entities.entity_aliases([putin]).get(putin, [])
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(controller, "show_error",
                        lambda _parent, title, message: shown.append((title, message)))
    window.workspace.curation.add_alias(putin, "vladimir putin")
    settle(window)
    refusal = library.entities.alias_refusal(putin, "vladimir putin")
    assert shown == [("Alias Not Possible", refusal)]
    assert f"workbench entity merge {vladimir} {putin}" in shown[0][1]
    assert library.entities.entity_aliases([putin]).get(putin, []) == aliases
