"""A cell shown cut (elided, shortened or wrapped past its row) gives its whole text on hover."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
)

from workbench.ui.library.date_column import form_widths
from workbench.ui.library.model import COLUMN_INDEX
from workbench.ui.library.pane import LibraryPane
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.wrapped_rows import wrap_rows

LONG_TITLE = "Parliament approves the budget after a night of votes on the coastal defence fund"


def hover_text(qtbot, view: QAbstractItemView, index) -> str:
    """The tooltip a pointer resting on ``index`` brings up ("" when none shows)."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # the last tip fades out first
    spot = view.visualRect(index).center()
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, spot,
                                                viewport.mapToGlobal(spot)))
    shown = QTextDocumentFragment.fromHtml(QToolTip.text()).toPlainText() \
        if QToolTip.isVisible() else ""
    QToolTip.hideText()
    return shown


def test_an_elided_claims_table_cell_shows_its_whole_text(
        qtbot, library, make_document, open_window) -> None:
    for title, place in ((LONG_TITLE, "bridge"), ("Bridge", "tunnel")):
        text = f"The {place} was closed on Monday by the regional transport authority."
        doc = make_document(library, title, text)
        library.claims.add_claim(doc, 0, text.index(" on Monday"), claimant_text="Anna Lindqvist")
    window = open_window(library)
    window.actions["claims_view"].trigger()
    view = window.workspace.claims_view
    qtbot.waitUntil(lambda: view.isVisible() and view.table.topLevelItemCount() == 2)
    table = view.table
    rows = {table.topLevelItem(i).text(3): table.topLevelItem(i) for i in range(2)}
    table.header().resizeSection(3, 120)  # far narrower than the long title
    assert hover_text(qtbot, table, table.indexFromItem(rows[LONG_TITLE], 3)) == LONG_TITLE
    # A title shown whole: no tooltip repeats it.
    assert hover_text(qtbot, table, table.indexFromItem(rows["Bridge"], 3)) == ""


def test_a_shortened_library_date_shows_the_whole_date(qtbot, store, make_document) -> None:
    make_document(store, "Kipchoge runs a marathon under two hours in Vienna", "He ran.",
                  published="2019-10-13")
    pane = LibraryPane(store, ThemeManager())
    qtbot.addWidget(pane)
    pane.resize(200, 400)  # the date column shows "2019-" over "10-13", or "2019"
    pane.show()
    qtbot.waitExposed(pane)
    date = pane.model.index(0, COLUMN_INDEX["published"])
    assert hover_text(qtbot, pane.table, date) == "2019-10-13"
    pane.resize(480, 400)
    whole_width = form_widths(pane.table, COLUMN_INDEX["published"], "Date")[0]
    qtbot.waitUntil(lambda: pane.table.columnWidth(COLUMN_INDEX["published"]) >= whole_width)
    assert hover_text(qtbot, pane.table, date) == ""


def test_a_wrapped_cell_cut_at_its_row_limit_shows_its_whole_text(qtbot) -> None:
    snippet = " ".join(["The minister said the talks would resume in the spring."] * 6)
    tree = QTreeWidget()
    tree.setHeaderLabels(["Document", "Where it is mentioned"])
    wrap_rows(tree, max_lines=2)  # the entity page's rows stop at a few lines
    tree.addTopLevelItem(QTreeWidgetItem(["Budget", snippet]))
    tree.addTopLevelItem(QTreeWidgetItem(["Storm", "A short line."]))
    qtbot.addWidget(tree)
    tree.resize(520, 300)
    tree.header().resizeSection(0, 120)
    tree.show()
    qtbot.waitExposed(tree)
    tree.doItemsLayout()
    cut = tree.indexFromItem(tree.topLevelItem(0), 1)
    whole = tree.indexFromItem(tree.topLevelItem(1), 1)
    assert hover_text(qtbot, tree, cut) == snippet
    assert hover_text(qtbot, tree, whole) == ""
