"""The inspector refills a tab only when what it shows changed (issue 14, part 4).

An analyst's highlight reloads the document; the entity and quote trees and
the details form stay as they are. Counted, not timed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.probes import tab_label
from workbench.ui.inspector.panel import InspectorPanel
from workbench.ui.reader import quote_claims
from workbench.ui.reader.pane import load_content
from workbench.ui.theme.manager import ThemeManager

QUOTED = "the schools will reopen"
TEXT = f"Maria Kovalenko said {QUOTED}. UNICEF in Kyiv agreed on Monday."


def _panel(qtbot, store, make_document):
    doc = make_document(store, "Schools", TEXT,
                        mentions=(("UNICEF", "ORG", "UNICEF"), ("Kyiv", "GPE", "Kyiv")),
                        quotes=((QUOTED, "indirect", None, "Maria Kovalenko"),))
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    panel.show_content(load_content(store, doc))
    return panel, doc


def test_a_highlight_refills_no_tab(qtbot, store, make_document) -> None:
    panel, doc = _panel(qtbot, store, make_document)
    assert panel.fill_count == 3
    first_entity = panel.entities.topLevelItem(0)
    store.annotations.add_annotation(doc, 0, 5)
    panel.show_content(load_content(store, doc))
    assert panel.fill_count == 3 and panel.entities.topLevelItem(0) is first_entity


def test_a_claim_over_a_quote_refills_only_the_quotes_tab(qtbot, store, make_document) -> None:
    panel, doc = _panel(qtbot, store, make_document)
    store.claims.add_claim(doc, 0, len(f"Maria Kovalenko said {QUOTED}."))
    panel.show_content(load_content(store, doc))
    assert panel.fill_count == 4
    quote = panel.quotes.topLevelItem(0).child(0)
    assert quote.toolTip(2).startswith("Already a claim")


def test_a_refill_orders_the_claims_once_for_all_quotes(qtbot, store, make_document,
                                                      monkeypatch) -> None:
    """The quote marks asked each quote for its claim, sorting every claim each time, twice."""
    quotes = tuple((f"quote number {n}", "direct", None, None) for n in range(6))
    text = " ".join(f"She said quote number {n}." for n in range(6))
    doc = make_document(store, "Quotes", text, quotes=quotes)
    for n in (1, 4):
        start = text.index(f"quote number {n}")
        store.claims.add_claim(doc, start, start + len(f"quote number {n}"))
    sorts: list[int] = []
    monkeypatch.setattr(quote_claims, "sorted",
                        lambda *a, **k: sorts.append(1) or sorted(*a, **k), raising=False)
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    panel.show_content(load_content(store, doc))
    assert sorts == [1]
    marks = [panel.quotes.topLevelItem(0).child(n).toolTip(2) for n in range(6)]
    assert [mark.startswith("Already a claim") for mark in marks] == [
        False, True, False, False, True, False]


def test_another_document_or_a_theme_switch_refills_every_tab(qtbot, store,
                                                              make_document) -> None:
    panel, _doc = _panel(qtbot, store, make_document)
    other = make_document(store, "Other", "Markets in Kyiv were calm.",
                          mentions=(("Kyiv", "GPE", "Kyiv"),))
    panel.show_content(load_content(store, other))
    assert panel.fill_count == 6
    panel.show_content(panel.content, force=True)
    assert panel.fill_count == 9


def test_setting_a_tab_count_that_stands_does_not_relabel(qtbot) -> None:
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    notes = QWidget()
    panel.add_panel(notes, "Notes")
    panel.set_tab_count(notes, 2)
    relabels: list[int] = []
    original = panel.labels.refresh
    panel.labels.refresh = lambda **options: relabels.append(1) or original(**options)
    panel.set_tab_count(notes, 2)
    assert relabels == []
    panel.set_tab_count(notes, 3)
    assert relabels == [1] and tab_label(panel, notes) == "Notes (3)"


def test_a_new_count_relabels_only_its_own_tab(qtbot, monkeypatch) -> None:
    """Every setTabText lays the tab bar out again; the other five labels stood."""
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    panel.resize(1200, 400)
    panel.show()
    notes = QWidget()
    panel.add_panel(notes, "Notes")
    panel.set_tab_count(notes, 1)
    relabelled: list[int] = []
    original = panel.setTabText
    monkeypatch.setattr(panel, "setTabText",
                        lambda index, text: relabelled.append(index) or original(index, text))
    panel.set_tab_count(notes, 2)
    assert relabelled == [panel.indexOf(notes)] and tab_label(panel, notes) == "Notes (2)"
    assert panel.tabText(panel.indexOf(notes)) == "Notes (2)"


def test_a_new_count_on_a_tab_shown_as_an_icon_reaches_its_tooltip(qtbot) -> None:
    """The narrow bar shows other tabs as icons (text ""), so the count lives in the tooltip."""
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    tabs = [QWidget() for _ in range(4)]
    for number, tab in enumerate(tabs):
        panel.add_panel(tab, f"Tab number {number}")
    panel.resize(160, 300)
    panel.show()
    QApplication.processEvents()
    other = tabs[-1]
    assert panel.labels.layout in ("icons", "name") and panel.tabText(panel.indexOf(other)) == ""
    panel.set_tab_count(other, 5)
    assert panel.tabText(panel.indexOf(other)) == ""
    assert tab_label(panel, other) == "Tab number 3 (5)"
