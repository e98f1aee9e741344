"""A right-aligned count keeps a gap before the next column's text ("4  State Department")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from tests.ui.probes import entity_curation
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.padded_rows import NUMBER_GAP, NumberGapDelegate, gap_number_columns


def _ink_columns(image: QImage, y_from: int, y_to: int) -> list[int]:
    background = image.pixelColor(image.width() - 2, (y_from + y_to) // 2).lightness()
    return [x for x in range(image.width())
            if any(abs(image.pixelColor(x, y).lightness() - background) > 60
                   for y in range(y_from, y_to))]


def _table(qtbot, gapped: bool) -> QTableWidget:
    table = QTableWidget(1, 2)
    qtbot.addWidget(table)
    table.horizontalHeader().hide()
    table.verticalHeader().hide()
    table.setShowGrid(False)
    count = QTableWidgetItem("4")
    count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    table.setItem(0, 0, count)
    table.setItem(0, 1, QTableWidgetItem("State Department"))
    table.setColumnWidth(0, 60)
    table.setColumnWidth(1, 200)
    if gapped:
        gap_number_columns(table, (0,))
    table.resize(300, 60)
    table.show()
    qtbot.waitExposed(table)
    return table


def _gap(table: QTableWidget) -> int:
    row = table.visualRect(table.model().index(0, 0))
    image = table.viewport().grab().toImage()
    ink = _ink_columns(image, row.top() + 2, row.bottom() - 2)
    count_end = max(x for x in ink if x < 60)
    text_start = min(x for x in ink if x >= 60)
    return text_start - count_end


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_count_stands_apart_from_the_next_columns_text(qtbot, theme: str) -> None:
    ThemeManager().set_preference(theme)
    plain, gapped = _gap(_table(qtbot, False)), _gap(_table(qtbot, True))
    assert gapped >= plain + NUMBER_GAP - 1 and gapped >= NUMBER_GAP


def test_the_entity_list_gaps_its_counts(qtbot, store) -> None:
    from PySide6.QtWidgets import QWidget

    from workbench.ui.entities.table_model import COLUMN_KEYS
    from workbench.ui.entities.view import EntitiesView

    holder = QWidget()
    qtbot.addWidget(holder)
    view = EntitiesView(store, ThemeManager(), entity_curation(store, holder), holder)
    for key in ("documents", "mentions"):
        delegate = view.table.itemDelegateForColumn(COLUMN_KEYS.index(key))
        assert isinstance(delegate, NumberGapDelegate)
