"""The Entities table lists names by default; dates and numbers are one choice away.

Before: "Monday", "2019" and "three" stood in the list among people and organisations,
though a date's place is the timeline.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.probes import entity_curation
from workbench.ui.entities.view import NO_NAMES, EntitiesView
from workbench.ui.theme.manager import ThemeManager

TEXT = "Putin met Kim in Moscow on Monday. Three aides came."
MENTIONS = (("Putin", "PERSON", "Vladimir Putin"), ("Kim", "PERSON", "Kim Jong Un"),
            ("Moscow", "GPE", "Moscow"), ("Monday", "DATE", "Monday"),
            ("Three", "CARDINAL", "three"))


def _view(qtbot, store) -> EntitiesView:
    holder = QWidget()
    qtbot.addWidget(holder)
    view = EntitiesView(store, ThemeManager(), entity_curation(store, holder), holder)
    view.resize(1200, 400)
    holder.show()
    qtbot.waitExposed(view)
    view.reload()
    return view


def _names(view: EntitiesView) -> set[str]:
    return {view.model.row_data(row)["name"] for row in range(view.model.rowCount())}


def test_names_by_default_and_dates_and_numbers_one_choice_away(qtbot, store,
                                                                make_document) -> None:
    make_document(store, "Talks", TEXT, mentions=MENTIONS)
    view = _view(qtbot, store)
    assert view.type_combo.currentText() == "Names"
    assert _names(view) == {"Vladimir Putin", "Kim Jong Un", "Moscow"}
    view.type_combo.setCurrentIndex(view.type_combo.findText("Dates and numbers"))
    view.apply_filter()
    assert _names(view) == {"Monday", "three"}
    assert view.count_label.text() == "2 entities"
    view.type_combo.setCurrentIndex(view.type_combo.findText("Any type"))
    view.apply_filter()
    assert len(_names(view)) == len(MENTIONS)


def test_a_date_opened_from_the_reader_is_listed_under_its_group(qtbot, store,
                                                                 make_document) -> None:
    make_document(store, "Talks", TEXT, mentions=MENTIONS)
    view = _view(qtbot, store)
    monday = store.entities.find_entity_id("Monday")
    view.show_entity(monday)
    assert view.type_combo.currentText() == "Dates and numbers"
    assert view.selected_ids() == [monday] and view.page.entity_id == monday


def test_a_library_of_dates_alone_says_where_they_are(qtbot, store, make_document) -> None:
    make_document(store, "Calendar", "On Monday.", mentions=(("Monday", "DATE", "Monday"),))
    view = _view(qtbot, store)
    assert view.model.rowCount() == 0 and view._empty_text() == NO_NAMES


SPANS = ("The ceasefire held for five years until Monday. Talks last three weeks, and the"
         " envoy said two decades of war ended on 4 May.")
SPAN_MENTIONS = (("five years", "DATE", "five years", "P5Y"),
                 ("Monday", "DATE", "Monday", "XXXX-WXX-1"),
                 ("three weeks", "DATE", "three weeks", "P3W"),
                 ("two decades", "DATE", "two decades", "P2DE"),
                 ("4 May", "DATE", "4 May", "2024-05-04"))


def test_durations_are_a_kind_apart_from_the_dates(qtbot, store, make_document) -> None:
    """Before: "five years" was listed under Dates and numbers, its type "Date", though
    the timeline leaves durations out."""
    make_document(store, "Ceasefire", SPANS, mentions=SPAN_MENTIONS)
    view = _view(qtbot, store)
    view.type_combo.setCurrentIndex(view.type_combo.findText("Dates and numbers"))
    view.apply_filter()
    assert _names(view) == {"Monday", "4 May"}
    view.type_combo.setCurrentIndex(view.type_combo.findText("Durations"))
    view.apply_filter()
    assert _names(view) == {"five years", "three weeks", "two decades"}
    assert view.count_label.text() == "3 entities"
    assert {view.model.index(row, 1).data() for row in range(3)} == {"Duration"}
    view.type_combo.setCurrentIndex(view.type_combo.findData("DATE"))
    view.apply_filter()
    assert _names(view) == {"Monday", "4 May"}


def test_a_duration_opened_from_the_reader_is_listed_under_durations(qtbot, store,
                                                                     make_document) -> None:
    make_document(store, "Ceasefire", SPANS, mentions=SPAN_MENTIONS)
    view = _view(qtbot, store)
    years = store.entities.find_entity_id("five years")
    view.show_entity(years)
    assert view.type_combo.currentText() == "Durations"
    assert view.selected_ids() == [years]
    assert view.page.name_label.text() == "five years  (Duration)"
