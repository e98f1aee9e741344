"""A tall page in a narrow pane scrolls, and Tab reaches its controls without a blank stop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from workbench.ui.widgets.vertical_scroller import VerticalScroller


def test_tab_goes_to_the_page_first_control_and_scrolls_to_a_low_one(qtbot) -> None:
    """The claim editor's scroller took a Tab of its own between the tabs and the claim list."""
    window = QWidget()
    before = QLineEdit("before")
    body = QWidget()
    fields = [QLineEdit(f"field {n}") for n in range(12)]
    column = QVBoxLayout(body)
    for field in fields:
        column.addWidget(field)
    scroller = VerticalScroller(body)
    layout = QVBoxLayout(window)
    layout.addWidget(before)
    layout.addWidget(scroller)
    qtbot.addWidget(window)
    window.resize(240, 160)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields[0]
    for _ in fields[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields[-1]
    assert scroller.verticalScrollBar().value() > 0  # the last field was brought into view
