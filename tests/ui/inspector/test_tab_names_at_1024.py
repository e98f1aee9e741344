"""Every inspector tab's name reads whole when it is the current tab in a 1024-wide window.

Before: six tabs in the 250 px inspector left the current tab 70 px, so
"Suggestions" read "Sugg…" (and "Entities", "Claims" lost letters too); the
icon-only tabs were as wide as if they had text beside the icon.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTabBar


def test_each_current_tab_shows_its_whole_name_at_1024(
        qtbot, library, make_document, open_window) -> None:
    doc = make_document(library, "Storm", "The bridge was closed on Monday. The ferry ran.")
    library.claims.add_claim(doc, 0, 31)
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    inspector = window.inspector
    bar = inspector.tabBar()
    for index in range(inspector.count()):
        inspector.setCurrentIndex(index)
        for _ in range(3):
            QApplication.processEvents()
        assert inspector.width() < 300  # the narrow inspector this is about
        label = inspector.labels.labels[inspector.widget(index)]
        assert bar.tabText(index) in (label.name, label.full)
        # Whole: the tab is as wide as the style asks for its text (no "Sugg…").
        natural = QTabBar.tabSizeHint(bar, index).width()
        assert bar.tabRect(index).width() >= natural, (label.name, bar.tabRect(index).width())
        assert bar.tabRect(index).right() <= bar.width()


def test_a_narrower_inspector_drops_the_current_tabs_icon_before_its_name(
        qtbot, library, make_document, open_window) -> None:
    """Dragged to 220 px, the inspector read "Suggesti…" beside the tab's own icon."""
    doc = make_document(library, "Storm", "The bridge was closed on Monday. The ferry ran.")
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    window.splitter.setSizes([200, 1024 - 200 - 220, 220])
    inspector = window.inspector
    bar = inspector.tabBar()
    names = {inspector.labels.labels[inspector.widget(i)].name: i for i in range(inspector.count())}
    suggestions = names["Suggestions"]
    inspector.setCurrentIndex(suggestions)
    for _ in range(3):
        QApplication.processEvents()
    assert inspector.width() <= 222
    assert bar.tabText(suggestions) == "Suggestions"
    assert bar.tabRect(suggestions).width() >= QTabBar.tabSizeHint(bar, suggestions).width()
    assert bar.tabRect(suggestions).right() <= bar.width()
    assert bar.tabIcon(suggestions).isNull()
    inspector.setCurrentIndex(names["Entities"])  # a shorter name keeps its icon; the other's
    QApplication.processEvents()                  # comes back
    assert not bar.tabIcon(names["Entities"]).isNull()
    assert not bar.tabIcon(suggestions).isNull()
