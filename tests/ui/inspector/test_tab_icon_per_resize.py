"""In the narrowest tab layout a resize decides the current tab's icon once.

Before: every resize put the icon back to measure and dropped it again, two
lay-outs of the bar per resize of the inspector.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from workbench.ui.inspector.panel import InspectorPanel
from workbench.ui.reader.content import ReaderContent
from workbench.ui.theme.manager import ThemeManager


def _narrowest_iconless_width(panel: InspectorPanel) -> int:
    """The widest panel width at which the current tab has dropped its icon."""
    for width in range(400, 60, -2):
        panel.resize(width, 300)
        QApplication.processEvents()
        if panel.labels._iconless is not None:
            return width
    raise AssertionError("the current tab never dropped its icon")


def test_a_resize_changes_the_current_tabs_icon_only_when_the_decision_changes(qtbot) -> None:
    panel = InspectorPanel(ThemeManager())
    qtbot.addWidget(panel)
    panel.show_content(ReaderContent(document={"id": 1, "title": "T"}))
    panel.show()
    qtbot.waitExposed(panel)
    width = _narrowest_iconless_width(panel)
    changes: list[int] = []
    set_icon = panel.setTabIcon
    panel.setTabIcon = lambda index, icon: (changes.append(index), set_icon(index, icon))
    for step in range(1, 40):  # still too narrow for name and icon: nothing to change
        panel.resize(width - step, 300)
        QApplication.processEvents()
    assert changes == []
    assert panel.tabIcon(panel.currentIndex()).isNull()
    panel.resize(width + 2, 300)  # room for the icon again: it comes back, once
    QApplication.processEvents()
    assert changes == [panel.currentIndex()]
    assert not panel.tabIcon(panel.currentIndex()).isNull()
    panel.resize(width, 300)  # and goes, once
    QApplication.processEvents()
    assert changes == [panel.currentIndex()] * 2
    assert panel.tabIcon(panel.currentIndex()).isNull()
