"""The Entities table's Type, Docs and mentions columns take their content's width, not the
header's words: "Mentions" kept a column of two-digit counts ~90 px wide beside cut names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from tests.ui.probes import entity_curation
from workbench.ui.entities.table_model import COLUMN_KEYS
from workbench.ui.entities.view import EntitiesView
from workbench.ui.theme.manager import ThemeManager

TEXT = "Putin met Kim in Moscow. Putin left Moscow."


def _view(qtbot, library, make_document) -> EntitiesView:
    make_document(library, "Talks", TEXT, mentions=(("Putin", "PERSON", "Vladimir Putin"),
                                                    ("Kim", "PERSON", "Kim Jong Un"),
                                                    ("Moscow", "GPE", "Moscow")))
    holder = QWidget()
    qtbot.addWidget(holder)
    view = EntitiesView(library, ThemeManager(), entity_curation(library, holder), holder)
    view.resize(1400, 400)
    holder.show()
    qtbot.waitExposed(view)
    view.reload()
    return view


def test_count_columns_are_as_wide_as_their_counts_and_short_labels(
        qtbot, library, make_document) -> None:
    view = _view(qtbot, library, make_document)
    table, header = view.table, view.table.horizontalHeader()
    docs, mentions = COLUMN_KEYS.index("documents"), COLUMN_KEYS.index("mentions")
    model = view.model
    assert model.headerData(mentions, Qt.Orientation.Horizontal) == "#"
    assert "Mentions" in model.headerData(mentions, Qt.Orientation.Horizontal,
                                          Qt.ItemDataRole.ToolTipRole)
    bold = QFont(header.font())  # the label of a selected row's section is drawn bold
    bold.setBold(True)
    assert table.columnWidth(docs) == table.fitter.floor(docs)  # the label's room, as elsewhere
    assert table.columnWidth(docs) > QFontMetrics(bold).horizontalAdvance("Docs")
    assert table.columnWidth(docs) < header.sectionSizeHint(docs)  # no room kept for an arrow
    sorted_by = header.sortIndicatorSection()
    assert sorted_by == mentions and table.columnWidth(mentions) >= header.sectionSizeHint(
        mentions)  # the sorted column keeps its arrow
    assert table.columnWidth(mentions) < 60


def test_sorting_by_a_column_gives_its_arrow_room(qtbot, library, make_document) -> None:
    view = _view(qtbot, library, make_document)
    table, header = view.table, view.table.horizontalHeader()
    docs = COLUMN_KEYS.index("documents")
    table.sortByColumn(docs, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: table.columnWidth(docs) >= header.sectionSizeHint(docs))
    label = COLUMN_KEYS.index("label")
    assert table.columnWidth(label) >= header.fontMetrics().horizontalAdvance("Country/city")



def test_a_count_header_is_whole_when_a_selected_row_draws_it_bold(
        qtbot, library, make_document) -> None:
    """With a row selected the table draws its header titles bold: "Docs" read "D…"."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyle, QStyleOptionHeader

    ThemeManager().set_preference("dark")  # the app's stylesheet pads header sections
    view = _view(qtbot, library, make_document)
    table, header = view.table, view.table.horizontalHeader()
    table.selectRow(0)
    qtbot.wait(5)
    docs = COLUMN_KEYS.index("documents")
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.section, option.text = docs, "Docs"
    option.rect = QRect(0, 0, table.columnWidth(docs), header.height())
    label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    bold = QFont(header.font())
    bold.setBold(True)
    assert header.highlightSections()
    assert QFontMetrics(bold).horizontalAdvance("Docs") <= label.width()
