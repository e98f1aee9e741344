"""The entity page at 1024 px: tabs without scroll arrows, rows that wrap (up to four lines)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyle, QStyleOptionHeader, QWidget

from tests.ui.probes import entity_curation
from workbench.ui.entities.page import ROW_LINES, EntityPage
from workbench.ui.entities.view import NO_ENTITIES, NO_MATCHING_ENTITY, EntitiesView
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.column_fit import measure_columns
from workbench.ui.widgets.text_wide_button import TextWideButton

WORDS = ("Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome in the Far East, where "
         "the two leaders discussed military cooperation, satellites and the war in Ukraine. ")


def _page(shown_entity_page, store, make_document, width: int) -> EntityPage:
    make_document(store, "Kim Jong Un and Vladimir Putin meet at the Vostochny Cosmodrome",
                  WORDS * 6, mentions=(("Kim Jong Un", "PERSON", "Kim Jong Un"),
                                       ("Vladimir Putin", "PERSON", "Vladimir Putin")))
    page = shown_entity_page(store, width)
    page.show_entity(store.entities.find_entity_id("Kim Jong Un"))
    return page


def test_the_tabs_fit_without_scroll_arrows(shown_entity_page, store, make_document) -> None:
    page = _page(shown_entity_page, store, make_document, 455)
    bar = page.tabs.tabBar()
    assert not bar.usesScrollButtons()
    assert sum(bar.tabRect(i).width() for i in range(bar.count())) <= bar.width()
    assert bar.tabText(0) == "Documents (1)"  # the current tab keeps its name and count
    assert page.tabs.tabToolTip(3) == "Quotes about (0)"


def test_a_wide_page_names_every_tab(shown_entity_page, store, make_document) -> None:
    page = _page(shown_entity_page, store, make_document, 900)
    texts = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert texts == ["Documents (1)", "Appears with (1)", "Quotes by (0)", "Quotes about (0)"]


def test_a_long_snippet_wraps_to_at_most_four_lines(
        shown_entity_page, store, make_document) -> None:
    page = _page(shown_entity_page, store, make_document, 600)
    tree = page.documents
    row = tree.visualItemRect(tree.topLevelItem(0)).height()
    line = tree.fontMetrics().lineSpacing()
    assert 2 * line <= row <= ROW_LINES * line + 12


def test_curation_buttons_explain_themselves_and_offer_only_what_applies(
        shown_entity_page, store, make_document) -> None:
    page = _page(shown_entity_page, store, make_document, 600)
    assert all(button.toolTip() for button in page.buttons.values())
    assert not page.buttons["remove_alias"].isEnabled()  # no alias to remove yet
    assert page.buttons["hide"].isEnabled()
    store.entities.add_entity_alias(page.entity_id, "Kim")
    page.refresh()
    assert page.buttons["remove_alias"].isEnabled()


def test_the_entities_dock_says_whether_the_library_or_the_filter_is_empty(
        qtbot, store, make_document) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    view = EntitiesView(store, ThemeManager(), entity_curation(store, holder), holder)
    view.reload()
    assert view.empty_hint.text() == NO_ENTITIES
    make_document(store, "Summit", "Putin met Kim.", mentions=(("Putin", "PERSON", "Putin"),))
    view.reload()
    view.apply_filter()
    assert view.empty_hint.text() == ""
    view.name_edit.setText("Zelensky")
    view.apply_filter()
    assert view.empty_hint.text() == NO_MATCHING_ENTITY


def _cut_headings(tree) -> list[str]:
    """The header labels the style would elide ("Where it is m…"), measured as it draws them:
    the section's label area (the section less the style's chrome) against the title's width."""
    header = tree.header()
    labels = tree.headerItem()
    cut = []
    for column in range(tree.columnCount()):
        if header.isSectionHidden(column):
            continue
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        option.section, option.text = column, labels.text(column)
        option.rect = QRect(0, 0, header.sectionSize(column), header.height())
        room = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        if header.fontMetrics().horizontalAdvance(option.text) > room.width():
            cut.append(option.text)
    return cut


def test_every_heading_is_whole_in_the_narrowest_dock(
        shown_entity_page, store, make_document, qtbot) -> None:
    """At 1024 px the Documents tab read "Where it is m…": the heading has to be short enough
    for the width the dock has beside the reader, not only on a wide page.

    Each tab is opened before it is measured, as a user sees it: a hidden tab's tree keeps
    whatever width it had when last laid out (640 px before it is ever shown).
    """
    _page(shown_entity_page, store, make_document, 900)
    for width in (380, 455, 900):
        page = shown_entity_page(store, width)
        page.show_entity(store.entities.find_entity_id("Kim Jong Un"))
        for index, tree in enumerate(page._trees()):
            page.tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda t=tree, w=width: t.isVisible() and t.width() < w)
            measure_columns(tree)
            assert _cut_headings(tree) == [], (width, tree.headerItem().text(0))


def test_the_curation_buttons_stay_on_one_line_at_1024(
        shown_entity_page, store, make_document) -> None:
    """At the style's 80 px floor the five buttons needed 471 px: "Hide" wrapped alone on the
    403 px page a 1024 px window gives it."""
    page = _page(shown_entity_page, store, make_document, 400)
    page.button_row.layout().activate()
    tops = {button.geometry().top() for button in page.buttons.values()}
    assert len(tops) == 1
    for button in page.buttons.values():  # sized to the words, never cutting them
        assert isinstance(button, TextWideButton)  # the shared button, not a copy
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) + 12
