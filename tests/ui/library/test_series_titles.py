"""A series of titles that differ only at their end stays apart in a 1024 px window's library.

Why: at 1024 px five rows read "On the campaign trail in the USA…"; the month
that tells them apart was cut. The table's title cells are drawn from
``title_lines`` at the cell's width less the delegate's 4 px each side.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from workbench.ui.app.pane_layout import default_pane_sizes
from workbench.ui.library.columns import COLUMN_INDEX
from workbench.ui.library.pane import LibraryPane
from workbench.ui.library.snippet_delegate import title_lines
from workbench.ui.theme.manager import ThemeManager

MONTHS = ("May", "June", "August", "September", "October")


def test_a_series_shows_each_title_s_month_at_the_1024_px_width(qtbot, library,
                                                                 make_document) -> None:
    for number, month in enumerate(MONTHS, start=1):
        make_document(library, f"On the campaign trail in the USA, {month} 2020",
                      f"Candidates met voters in {month}.", published=f"2020-{number:02d}-01")
    pane = LibraryPane(library, ThemeManager())
    qtbot.addWidget(pane)
    pane.resize(default_pane_sizes(1024)[0], 500)
    pane.show()
    qtbot.waitExposed(pane)
    QApplication.processEvents()
    table = pane.table
    width = table.columnWidth(COLUMN_INDEX["title"]) - 8
    shown = {}
    for row in range(pane.model.rowCount()):
        title = pane.model.index(row, COLUMN_INDEX["title"]).data()
        shown[title] = title_lines(title, table.fontMetrics(), width)
    assert len(shown) == len(MONTHS)
    assert len({tuple(lines) for lines in shown.values()}) == len(MONTHS), shown
    for title, lines in shown.items():
        assert lines[-1].endswith(title.split(", ")[1]), lines
