"""The library's entity filter completes names with the app's one entity completer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workbench.ui.dialogs.entities import ENTITY_CHOICES, EntityCompleter
from workbench.ui.library.filters import LibraryFilterBar


def _bar(qtbot, store) -> LibraryFilterBar:
    bar = LibraryFilterBar(store)
    qtbot.addWidget(bar)
    bar.filters_button.setChecked(True)
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def test_a_completed_name_filters_by_its_entity(qtbot, store, make_document) -> None:
    make_document(store, "Talks", "Vladimir Putin met Kim Jong Un.",
                  mentions=(("Vladimir Putin", "PERSON", "Vladimir Putin"),))
    bar = _bar(qtbot, store)
    completer = bar.entity_edit.completer()
    assert isinstance(completer, EntityCompleter)  # it was written a second time here
    filters = []
    bar.filter_changed.connect(filters.append)
    QTest.keyClicks(bar.entity_edit, "puti")
    offered = completer.model().stringList()
    assert offered == ["Vladimir Putin (Person)"]
    completer.activated.emit(offered[0])
    assert filters[-1].entity_id == store.entities.find_entity_id("Vladimir Putin")
    bar.entity_edit.selectAll()
    QTest.keyClick(bar.entity_edit, Qt.Key.Key_Backspace)
    assert filters[-1].entity_id is None  # an emptied box lifts the filter


def test_the_completion_offers_a_bounded_list(qtbot, store, make_document) -> None:
    for number in range(ENTITY_CHOICES + 5):
        name = f"Minister Number{number:02d}"
        make_document(store, f"Talks {number}", f"{name} spoke.",
                      mentions=((name, "PERSON", name),))
    bar = _bar(qtbot, store)
    QTest.keyClicks(bar.entity_edit, "minister")
    assert len(bar.entity_edit.completer().model().stringList()) == ENTITY_CHOICES
