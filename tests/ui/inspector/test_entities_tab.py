"""The inspector's Entities tab: names get the width, the mention count only what it needs."""

from __future__ import annotations

from workbench.ui.inspector.panel import InspectorPanel
from workbench.ui.reader.content import ReaderContent
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
