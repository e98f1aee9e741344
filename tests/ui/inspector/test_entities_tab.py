"""The inspector's Entities tab: names get the width, the mention count only what it needs."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from workbench.ui.inspector.panel import InspectorPanel
from workbench.ui.reader.content import ReaderContent
from workbench.ui.reader.legend import LegendBar
from workbench.ui.theme.manager import ThemeManager

LONG_NAME = "Ministry of National Defense"


def _panel(qtbot, width: int) -> InspectorPanel:
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    mentions = [{"label": "ORG", "entity_id": 1, "entity": LONG_NAME}] * 12 + \
        [{"label": "GPE", "entity_id": 2, "entity": "Russia"}]
    panel.show_content(ReaderContent(document={"id": 1, "title": "T"}, mentions=mentions))
    panel.resize(width, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_mention_counts_leave_the_width_to_names(qtbot) -> None:
    panel = _panel(qtbot, 250)
    tree = panel.entities
    metrics = tree.fontMetrics()
    assert tree.columnWidth(1) < metrics.horizontalAdvance("Mentions")
    assert tree.columnWidth(1) >= metrics.horizontalAdvance("12")
    assert tree.headerItem().toolTip(1) == "Mentions in this document"
    indent = tree.indentation() + 12  # the branch and the cell's margins
    assert tree.columnWidth(0) >= metrics.horizontalAdvance(LONG_NAME) + indent


LONG_PATH = "/home/analyst/collections/2019/wikinews/" + "very_long_folder_name/" * 4 + "a.txt"


def test_details_fit_the_inspector_without_scrolling_sideways(qtbot) -> None:
    """A long path elides in the middle (whole on hover); the title wraps; words for the status."""
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    document = {"id": 1, "title": "US State Department: Sanctions Against Russia and North Korea",
                "origin_path": LONG_PATH, "content_hash": "39d37a494448ea7d58c9c9eb" * 2,
                "status": "analyzed", "imported_at": "2026-12-03T18:17:47+00:00"}
    panel.show_content(ReaderContent(document=document))
    panel.resize(300, 500)
    panel.show()
    panel.setCurrentWidget(panel.details_scroll)
    qtbot.waitExposed(panel)
    scroll = panel.details_scroll
    qtbot.waitUntil(lambda: panel.details.width() <= scroll.viewport().width())
    assert not scroll.horizontalScrollBar().isVisible()
    fields = {panel.details_form.itemAt(row, panel.details_form.ItemRole.LabelRole).widget()
              .text(): panel.details_form.itemAt(row, panel.details_form.ItemRole.FieldRole)
              .widget() for row in range(panel.details_form.rowCount())}
    path = fields["Imported from:"]
    assert "…" in path.shown_text() and LONG_PATH in path.toolTip() and path.text() == LONG_PATH
    assert fields["Status:"].text() == "Analysed"
    assert fields["Imported at:"].text() == "2026-12-03 18:17 UTC"
    # no publication date: said as the reader says it, not a row left out
    assert fields["Published:"].text() == "Date unknown"


def test_an_empty_tab_says_why(qtbot) -> None:
    """Nothing found, or nothing looked for yet: the tab says which instead of staying blank."""
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    panel.show_content(ReaderContent(document={"id": 1, "status": "analyzed"}))
    assert panel.entities_hint.text() == "No entities found in this document"
    assert panel.quotes_hint.text() == "No quotes found in this document"
    assert panel.entities.topLevelItemCount() == 0  # said over the tree, not a row to select
    panel.show_content(ReaderContent(document={"id": 2, "status": "pending"}))
    assert panel.entities_hint.text() == "Waiting for analysis"
    panel.show_content(None)
    assert panel.entities_hint.text() == "No document open"


def test_before_any_document_each_tab_says_none_is_open(qtbot) -> None:
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    assert panel.entities_hint.text() == "No document open"
    assert panel.quotes_hint.text() == "No document open"
    said = panel.details_form.itemAt(0, panel.details_form.ItemRole.SpanningRole).widget()
    assert said.text() == "No document open"
    panel.show_content(ReaderContent(document={"id": 1, "status": "analyzed", "title": "T"}))
    assert panel.details_form.itemAt(0, panel.details_form.ItemRole.LabelRole).widget() \
        .text() == "Title:"


def test_a_type_band_runs_the_whole_row(qtbot) -> None:
    panel = _panel(qtbot, 250)
    group = panel.entities.topLevelItem(0)
    assert group.background(1).color() == group.background(0).color()
    assert group.background(1).color().alpha() > 0


def test_an_empty_tab_wraps_its_sentence_in_a_narrow_inspector(qtbot) -> None:
    """At 1024 px (inspector 220 px) the one-line row read "No quotes found in…"."""
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    panel.resize(220, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_content(ReaderContent(document={"id": 1, "status": "analyzed"}))
    panel.setCurrentWidget(panel.quotes)
    assert panel.quotes.topLevelItemCount() == 0
    said = panel.quotes_hint.text()
    assert said == "No quotes found in this document"
    image = panel.quotes.viewport().grab().toImage()
    # Any ink on the empty viewport is the sentence: the placeholder colour is
    # half-transparent in Qt's own palette, so its pixels never equal it exactly.
    base = image.pixelColor(image.width() - 1, image.height() - 1)
    rows_with_text = {y for y in range(image.height()) for x in range(0, image.width(), 2)
                      if image.pixelColor(x, y) != base}
    assert rows_with_text, "the sentence is painted"
    assert max(rows_with_text) - min(rows_with_text) > panel.fontMetrics().height()  # two lines


def test_mention_counts_keep_off_the_scroll_bar(qtbot) -> None:
    """The counts are the last column: drawn flush right, they touched the scroll bar."""
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    mentions = [{"label": "ORG", "entity_id": n, "entity": f"Organisation {n}"}
                for n in range(30) for _ in range(n % 13 + 1)]
    panel.show_content(ReaderContent(document={"id": 1, "title": "T"}, mentions=mentions))
    panel.resize(260, 400)
    panel.show()
    qtbot.waitExposed(panel)
    tree = panel.entities
    assert tree.verticalScrollBar().isVisible()
    image = tree.viewport().grab().toImage()
    inked = [x for x in range(image.width()) for y in range(0, image.height(), 2)
             if image.pixelColor(x, y).lightness() < 120]
    assert image.width() - max(inked) >= 8


def _right_gap(tree) -> int:
    """Px between the rightmost dark ink in ``tree``'s viewport and its right edge."""
    image = tree.viewport().grab().toImage()
    inked = [x for x in range(image.width()) for y in range(0, image.height(), 2)
             if image.pixelColor(x, y).lightness() < 120]
    return image.width() - max(inked)


def test_mention_counts_keep_off_the_edge_without_a_scroll_bar(qtbot) -> None:
    """At 1440 px the list fits: the counts are then the pane's last ink, not flush with it."""
    panel = _panel(qtbot, 300)
    tree = panel.entities
    assert not tree.verticalScrollBar().isVisible()
    assert _right_gap(tree) >= 8


def test_the_count_header_sits_over_its_right_aligned_counts(qtbot) -> None:
    panel = _panel(qtbot, 300)
    header = panel.entities.headerItem()
    assert header.textAlignment(1) & Qt.AlignmentFlag.AlignRight
    count = panel.entities.topLevelItem(0).child(0)
    assert count.textAlignment(1) & Qt.AlignmentFlag.AlignRight


def test_names_come_before_dates_however_often_an_interview_says_now(qtbot) -> None:
    """A long interview says "now" and "daily" more often than it names anyone: the tab and the
    legend still open on the people, organisations and places, dates and numbers after them."""
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    mentions = ([{"label": "DATE", "entity_id": 1, "entity": "now"}] * 9
                + [{"label": "CARDINAL", "entity_id": 2, "entity": "5000"}] * 5
                + [{"label": "PERSON", "entity_id": 3, "entity": "Akram Pasha"}] * 3
                + [{"label": "ORG", "entity_id": 4, "entity": "Ashodaya Samithi"}] * 4)
    panel.show_content(ReaderContent(document={"id": 1, "title": "T"}, mentions=mentions))
    tree = panel.entities
    groups = [tree.topLevelItem(row).text(0).split()[0] for row in range(tree.topLevelItemCount())]
    assert groups == ["Organisation", "Person", "Date", "Number"]


def test_the_legend_chips_follow_the_same_order(qtbot) -> None:
    legend = LegendBar(ThemeManager())
    qtbot.addWidget(legend)
    mentions = ([{"label": "DATE"}] * 9 + [{"label": "PERSON"}] * 3 + [{"label": "GPE"}] * 2)
    legend.set_labels(Counter(m["label"] for m in mentions), Counter(), [])
    assert list(legend.buttons) == ["PERSON", "GPE", "DATE"]


def test_a_name_wider_than_the_column_takes_two_lines_a_short_one_keeps_one(qtbot) -> None:
    """At 1024 px the tab read "Sayyid Ali Hosseini Kha…" and "Iranian Revolutionary G…"."""
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    long_name = "Sayyid Ali Hosseini Khamenei of the Islamic Republic"
    mentions = [{"label": "PERSON", "entity_id": 1, "entity": long_name},
                {"label": "PERSON", "entity_id": 2, "entity": "Khomeini"}]
    panel.resize(220, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_content(ReaderContent(document={"id": 1, "title": "T"}, mentions=mentions))
    qtbot.wait(1)
    tree = panel.entities
    group = tree.topLevelItem(0)
    rows = {group.child(i).text(0): group.child(i) for i in range(group.childCount())}
    line = tree.fontMetrics().lineSpacing()
    assert tree.fontMetrics().horizontalAdvance(long_name) > tree.columnWidth(0)
    long_row, short_row = (tree.visualItemRect(rows[name]) for name in (long_name, "Khomeini"))
    assert long_row.height() >= short_row.height() + line - 2, "the long name has two lines"
    assert short_row.height() < 2 * line, "a short name keeps one"
