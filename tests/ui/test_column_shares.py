"""A ``Share`` column: its content up to a share of the view, after the names it stands beside.

Why one option of the column fitter: the Duplicates dock's Reason column and
the Entities table's Aliases column each sized themselves beside the fitter,
with their own resize handling (and the Duplicates' took its share of a width
not yet laid out: "Reason" read "…").
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from workbench.ui.widgets.column_fit import Share, fit_columns

NAME, KIND, HINT = 0, 1, 2
LONG_HINT = "a long secondary text that no column share holds whole, " * 3


def _table(qtbot, hint: str, name: str = "Name", width: int = 800) -> QTableWidget:
    table = QTableWidget(3, 3)
    table.setHorizontalHeaderLabels(["Name", "Kind", "Hint"])
    for row in range(3):
        for column, text in ((NAME, name), (KIND, "Person"), (HINT, hint)):
            table.setItem(row, column, QTableWidgetItem(text))
    qtbot.addWidget(table)
    table.resize(width, 300)
    return table


def _show(qtbot, table: QTableWidget) -> None:
    table.show()
    qtbot.waitExposed(table)
    qtbot.wait(1)


def test_a_short_hint_takes_its_content_not_the_whole_share(qtbot) -> None:
    table = _table(qtbot, "short")
    fit_columns(table, stretch=NAME, shares={HINT: Share(0.3)})
    _show(qtbot, table)
    width = table.horizontalHeader().sectionSize(HINT)
    assert width < 0.3 * table.viewport().width() * 0.6, width
    assert width >= table.fontMetrics().horizontalAdvance("short")


def test_a_long_hint_takes_its_share_of_the_view_and_follows_a_resize(qtbot) -> None:
    table = _table(qtbot, LONG_HINT)
    fit_columns(table, stretch=NAME, shares={HINT: Share(0.25)})
    _show(qtbot, table)
    header = table.horizontalHeader()
    assert abs(header.sectionSize(HINT) - 0.25 * table.viewport().width()) <= 1
    table.resize(500, 300)
    qtbot.wait(1)
    assert abs(header.sectionSize(HINT) - 0.25 * table.viewport().width()) <= 1
    assert header.sectionSize(NAME) > header.sectionSize(HINT)


def test_a_squeezed_hint_hides_for_the_names_and_comes_back_when_there_is_room(qtbot) -> None:
    long_name = "Office of the High Commissioner for Human Rights"
    table = _table(qtbot, LONG_HINT, name=long_name, width=320)
    fitter = fit_columns(table, stretch=NAME,
                         shares={HINT: Share(0.25, stretch_room=400, hide_when_squeezed=True)})
    _show(qtbot, table)
    header = table.horizontalHeader()
    assert header.isSectionHidden(HINT)  # the whole name first
    # every pixel the kind leaves goes to the name
    assert header.sectionSize(NAME) >= table.viewport().width() - header.sectionSize(KIND) - 1
    assert HINT not in fitter.user_sized  # hidden by the fitter, not dragged by the analyst
    table.resize(1000, 300)
    qtbot.wait(1)
    assert not header.isSectionHidden(HINT)
    assert abs(header.sectionSize(HINT) - 0.25 * table.viewport().width()) <= 1


def test_a_hint_that_may_not_hide_keeps_its_header_whole(qtbot) -> None:
    table = _table(qtbot, LONG_HINT, width=140)
    fit_columns(table, stretch=NAME, shares={HINT: Share(0.1)})
    _show(qtbot, table)
    header = table.horizontalHeader()
    assert not header.isSectionHidden(HINT)
    assert header.sectionSize(HINT) >= header.sectionSizeHint(HINT)


def test_a_hint_width_the_analyst_dragged_stays(qtbot) -> None:
    table = _table(qtbot, LONG_HINT)
    fitter = fit_columns(table, stretch=NAME, shares={HINT: Share(0.25)})
    _show(qtbot, table)
    table.horizontalHeader().resizeSection(HINT, 123)  # what a drag on the header does
    table.resize(600, 300)
    qtbot.wait(1)
    assert HINT in fitter.user_sized
    assert table.horizontalHeader().sectionSize(HINT) == 123


def test_a_column_the_analyst_widens_takes_its_room_from_the_hint_not_the_names(qtbot) -> None:
    """Dragging the kind wider left the hint its width and cut the names beside it: the
    share is of what the other columns leave, so a drag of one of them refits it."""
    long_name = "Office of the High Commissioner for Human Rights"
    table = _table(qtbot, LONG_HINT, name=long_name, width=800)
    fit_columns(table, stretch=NAME, shares={HINT: Share(0.25, stretch_room=400)})
    _show(qtbot, table)
    header = table.horizontalHeader()
    hint_before = header.sectionSize(HINT)
    header.resizeSection(KIND, header.sectionSize(KIND) + 300)  # what a drag does
    qtbot.wait(1)
    assert header.sectionSize(HINT) < hint_before
    assert header.sectionSize(NAME) >= table.fontMetrics().horizontalAdvance(long_name)
