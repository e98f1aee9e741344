"""Indicators read right in both themes: sort arrows follow the order, check marks show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QTreeWidget, QTreeWidgetItem

from workbench.ui.theme.manager import ThemeManager


def _ink_rows(image: QImage, left: int, right: int, background: QColor) -> list[int]:
    """How many pixels differ clearly from ``background`` in each row of a strip."""
    rows = []
    for y in range(image.height()):
        ink = 0
        for x in range(left, right):
            color = image.pixelColor(x, y)
            if abs(color.lightness() - background.lightness()) > 40:
                ink += 1
        rows.append(ink)
    return rows


@pytest.mark.parametrize("order", [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder])
def test_the_sort_arrow_points_the_way_the_values_run(qtbot, order: Qt.SortOrder) -> None:
    """Newest (largest) first reads as a down arrow: the values fall down the column."""
    ThemeManager().set_preference("light")
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["Published"])
    tree.addTopLevelItems([QTreeWidgetItem([str(n)]) for n in range(3)])
    tree.setSortingEnabled(True)
    tree.sortByColumn(0, order)
    tree.resize(300, 120)
    tree.show()
    qtbot.waitExposed(tree)
    header = tree.header()
    image = header.grab().toImage()
    title_end = header.fontMetrics().horizontalAdvance("Published") + 12
    background = image.pixelColor(QPoint(image.width() - 40, 2))
    rows = [count for count in _ink_rows(image, title_end, image.width() - 4, background) if count]
    assert len(rows) >= 3, rows  # an arrow was drawn
    widest_at_top = rows[0] > rows[-1]
    assert widest_at_top == (order == Qt.SortOrder.DescendingOrder), rows


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_a_checked_box_shows_its_check_mark(qtbot, theme_name: str) -> None:
    theme = ThemeManager()
    theme.set_preference(theme_name)
    box = QCheckBox("Linked claims only")
    qtbot.addWidget(box)
    box.setChecked(True)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    colors = theme.palette.ui(theme_name)
    fill, mark = QColor(colors["highlight"]), QColor(colors["highlighted_text"])
    square = [(x, y) for x in range(24) for y in range(image.height())
              if _near(image.pixelColor(x, y), fill)]
    assert square, "the checked indicator is filled with the highlight colour"
    xs, ys = [x for x, _ in square], [y for _, y in square]
    inside = [image.pixelColor(x, y) for x in range(min(xs), max(xs) + 1)
              for y in range(min(ys), max(ys) + 1)]
    assert sum(_near(color, mark) for color in inside) >= 6, "a check mark on the fill"


def _near(color: QColor, other: QColor) -> bool:
    return max(abs(color.red() - other.red()), abs(color.green() - other.green()),
               abs(color.blue() - other.blue())) < 60


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_a_narrow_header_elides_its_label_instead_of_cutting_it(qtbot, theme_name: str) -> None:
    """A cut label ("Other claim (docu") hides that text is missing; "…" says so."""
    ThemeManager().set_preference(theme_name)
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["Relation", "Other claim (document)"])
    tree.setColumnWidth(0, 70)
    tree.setFixedWidth(190)
    tree.show()
    qtbot.waitExposed(tree)
    header = tree.header()
    label_width = header.fontMetrics().horizontalAdvance("Other claim (document)")
    assert label_width > header.sectionSize(1) - 12  # it cannot fit inside the padding
    assert header.textElideMode() == Qt.TextElideMode.ElideRight



def test_a_combo_box_shows_a_flat_arrow_not_a_sunken_button(qtbot) -> None:
    """The unstyled drop-down drew a dark-edged 1990s button inside the rounded box."""
    from PySide6.QtWidgets import QComboBox

    theme = ThemeManager()
    theme.set_preference("light")
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Any status", "Unverified"])
    combo.show()
    qtbot.waitExposed(combo)
    image = combo.grab().toImage()
    base = QColor(theme.palette.ui("light")["base"]).lightness()
    rows = range(4, image.height() - 4)

    def dark_in(columns: range) -> int:
        return sum(base - image.pixelColor(x, y).lightness() > 40 for x in columns for y in rows)

    assert dark_in(range(image.width() - 20, image.width() - 8)) >= 4  # the arrow
    assert dark_in(range(image.width() - 6, image.width() - 2)) == 0  # no button edge beside it
