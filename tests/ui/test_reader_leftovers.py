"""Issue 17 leftovers: an unknown date said aloud, library titles on two lines, claims empty state.

The seed article's text never gives a year, and its copy names no publication
day: the reader and the library must say "Date unknown" rather than leave a
blank the analyst reads as "lost". Library titles in a 190 px pane must stay
recognisable (two lines, the end kept, the whole title on hover).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from workbench.ui.library.columns import COLUMN_INDEX
from workbench.ui.library.pane import LibraryPane
from workbench.ui.library.snippet_delegate import title_lines
from workbench.ui.library.table_view import title_row_height
from workbench.ui.reader.pane import LegendBar, ReaderPane
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.dates import DATE_UNKNOWN, NO_DATE_MARK

LONG_TITLE = ("US State Department: Sanctions Against Russia and North Korea Not Ruled Out "
              "Over Arms Agreement")


def _theme() -> ThemeManager:
    theme = ThemeManager()
    theme.set_preference("light")
    return theme


def _header_line(pane: ReaderPane) -> str:
    """The reader's metadata line as read: the block after the title, without the
    invisible bidi isolates around imported fields."""
    text = pane.view.document().begin().next().text()
    return text.replace("\u2068", "").replace("\u2069", "").replace("\u00a0", " ")


def test_the_reader_header_says_date_unknown_instead_of_a_blank(qtbot, library,
                                                                 make_document) -> None:
    undated = make_document(library, "Undated wire", "Officials met on Wednesday.",
                            published=None, source="Cnews Live")
    dated = make_document(library, "Dated wire", "Officials met again on Thursday.",
                          published="2023-09-13", source="Cnews Live")
    pane = ReaderPane(library, _theme())
    qtbot.addWidget(pane)
    pane.show_document(undated)
    assert DATE_UNKNOWN in _header_line(pane)
    assert _header_line(pane).startswith("Cnews Live")
    pane.show_document(dated)
    assert "2023-09-13" in _header_line(pane) and DATE_UNKNOWN not in _header_line(pane)


def test_the_library_marks_an_unknown_date_and_explains_it_on_hover(qtbot, library,
                                                                     make_document) -> None:
    make_document(library, "Undated wire", "Officials met on Wednesday.", published=None)
    pane = LibraryPane(library, _theme())
    qtbot.addWidget(pane)
    cell = pane.model.index(0, COLUMN_INDEX["published"])
    assert cell.data() == NO_DATE_MARK
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == DATE_UNKNOWN
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None  # muted, not a date


def test_a_long_title_wraps_onto_two_lines_and_is_cut_after_a_whole_word() -> None:
    metrics = QFontMetrics(QFont())
    words = LONG_TITLE.split()
    for width in range(metrics.horizontalAdvance("US State Department:"),
                       metrics.horizontalAdvance(LONG_TITLE) // 2, 7):
        first, second = title_lines(LONG_TITLE, metrics, width)
        assert first.startswith("US State Department:")
        assert metrics.horizontalAdvance(first) <= width
        assert metrics.horizontalAdvance(second) <= width
        assert second.endswith("…")
        shown = f"{first} {second[:-1]}".split()
        assert shown == words[:len(shown)], width  # no word cut in two
    assert title_lines("Short title", metrics, 300) == ["Short title"]


def test_the_title_column_takes_the_spare_width_of_a_narrow_library(qtbot, library,
                                                                     make_document) -> None:
    make_document(library, LONG_TITLE, "Officials met on Wednesday.", published="2023-09-13")
    pane = LibraryPane(library, _theme())
    qtbot.addWidget(pane)
    pane.resize(190, 500)
    pane.show()
    qtbot.waitExposed(pane)
    QApplication.processEvents()
    table = pane.table
    date_width = table.columnWidth(COLUMN_INDEX["published"])
    title_width = table.columnWidth(COLUMN_INDEX["title"])
    assert date_width <= QFontMetrics(table.font()).horizontalAdvance("2023-09-13") + 30
    assert title_width >= table.viewport().width() - date_width - 2
    row_height = table.rowHeight(0)
    assert row_height == title_row_height(table)
    assert row_height >= 2 * table.fontMetrics().lineSpacing()  # room for two lines
    tip = pane.model.index(0, COLUMN_INDEX["title"]).data(Qt.ItemDataRole.ToolTipRole)
    assert LONG_TITLE in tip


# -- the Claims tab: an empty state that teaches, no dead space when it is full --------

CLAIM_SENTENCES = [f"Officials said the convoy number {n} reached the border town at dawn."
                   for n in range(20)]


def _claims_window(open_window, library, make_document, claims: int, size: tuple[int, int]):
    text = " ".join(CLAIM_SENTENCES) + f" Filed from a {size[0]} px desk."
    doc = make_document(library, f"Convoy report with {claims} claims", text)
    for sentence in CLAIM_SENTENCES[:claims]:
        start = text.index(sentence)
        library.claims.add_claim(doc, start, start + len(sentence))
    window = open_window(library)
    window.resize(*size)
    window.open_document(doc)
    window.inspector.setCurrentWidget(window.workspace.claims)
    for _ in range(4):
        QApplication.processEvents()
    return window.workspace.claims


def test_with_no_claims_the_tab_says_what_a_claim_is_and_how_to_mark_one(
        qtbot, library, make_document, open_window) -> None:
    panel = _claims_window(open_window, library, make_document, 0, (1024, 640))
    assert panel.pages.currentWidget() is panel.empty_state
    said = panel.empty_state.text()
    assert "A claim is a statement" in said
    assert "Mark as Claim" in said and "Ctrl+Shift+C" in said  # the window's real shortcut
    assert not panel.claim_list.isVisible()


def test_one_claim_leaves_no_blank_list_between_it_and_its_editor(
        qtbot, library, make_document, open_window) -> None:
    panel = _claims_window(open_window, library, make_document, 1, (1440, 900))
    assert panel.pages.currentIndex() == 1
    row = panel.claim_list.visualItemRect(panel.claim_list.item(0)).height()
    assert row > 0
    assert panel.claim_list.height() <= row + 2 * panel.claim_list.frameWidth() + 4
    assert panel.no_links_label.isVisible() and not panel.links_tree.isVisible()


def test_twenty_claims_fill_the_tab_instead_of_a_fixed_strip(
        qtbot, library, make_document, open_window) -> None:
    for size in ((1440, 900), (1024, 640)):
        panel = _claims_window(open_window, library, make_document, 20, size)
        used = panel.claim_list.height() + panel.editor.sizeHint().height()
        assert used >= panel.height() - 40, size  # the list takes what the editor leaves
        assert panel.claim_list.height() > 3 * panel.claim_list.sizeHintForRow(0), size


def test_the_quote_key_is_as_tall_as_the_entity_chips_beside_it(qtbot) -> None:
    """Qt drops a corner radius over half the height: a short key was square and sat high."""
    legend = LegendBar(_theme())
    qtbot.addWidget(legend)
    legend.set_labels(Counter({"PERSON": 3, "GPE": 2}), Counter({"direct": 2}), [])
    chip_height = max(b.sizeHint().height() for b in legend.buttons.values())
    [key] = [w for w in legend.chips.findChildren(QLabel) if w.text().startswith("Direct quote")]
    assert key.height() == chip_height


def test_a_linked_claim_leaves_the_documents_other_claims_in_sight(
        qtbot, library, make_document, open_window) -> None:
    """At 1024 x 640 a claim's links took the room; the list showed one claim of three."""
    elsewhere = make_document(library, "Convoy elsewhere", "Officials denied the convoy crossed.")
    other, _ = library.claims.add_claim(elsewhere, 0, 35)
    text = " ".join(CLAIM_SENTENCES[:3])
    doc = make_document(library, "Convoy report", text)
    claims = [library.claims.add_claim(doc, text.index(s), text.index(s) + len(s))[0]
              for s in CLAIM_SENTENCES[:3]]
    for relation in ("contradicts", "elaborates"):
        library.claims.link_claims(claims[0], other, relation, note="Denied.")
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    window.inspector.setCurrentWidget(window.workspace.claims)
    panel = window.workspace.claims
    panel.claim_list.setCurrentRow(0)
    for _ in range(4):
        QApplication.processEvents()
    assert panel.links_tree.isVisible()
    rows = sum(panel.claim_list.visualItemRect(panel.claim_list.item(n)).height()
               for n in range(3))
    assert panel.claim_list.viewport().height() >= rows
