"""A quote's kind is named the same in the legend, the hover and the Quotes tab."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QLabel

from workbench.ui.inspector.panel import InspectorPanel
from workbench.ui.reader.hover import quote_section
from workbench.ui.reader.legend import LegendBar
from workbench.ui.theme.manager import ThemeManager


def test_the_legend_names_quote_kinds_as_the_hover_does(qtbot) -> None:
    legend = LegendBar(ThemeManager())
    qtbot.addWidget(legend)
    legend.set_expanded(True)
    legend.set_labels(Counter({"PERSON": 1}), Counter({"direct": 2, "indirect": 1}), [])
    keys = {w.text().rsplit(" ", 1)[0].strip() for w in legend.chips.findChildren(QLabel)
            if w.text()[-1:].isdigit()}
    hovered = {quote_section({"kind": kind, "speaker": "Miller"}, False).split(" — ")[0]
               for kind in ("direct", "indirect")}
    assert hovered <= keys, (keys, hovered)  # the legend said "Quote", the hover "Direct quote"


def test_the_quotes_tab_says_what_its_glyph_columns_hold(qtbot) -> None:
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    header = panel.quotes.headerItem()
    assert "direct quote" in header.toolTip(1) and "reported speech" in header.toolTip(1)
    assert "claim" in header.toolTip(2).lower()
