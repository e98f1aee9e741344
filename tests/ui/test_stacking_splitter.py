"""The Entities view's splitter: list and page side by side when they fit, stacked when not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from workbench.ui.widgets.stacking_splitter import StackingSplitter


def _pane(width: int) -> QWidget:
    pane = QWidget()
    pane.setMinimumWidth(width)
    return pane


def test_panes_stack_when_the_splitter_is_narrower_than_both_and_return_when_wide(qtbot) -> None:
    dock = QWidget()  # in a window of its own a QSplitter holds its side-by-side minimum
    qtbot.addWidget(dock)
    splitter = StackingSplitter()
    QVBoxLayout(dock).addWidget(splitter)
    splitter.addWidget(_pane(300))
    splitter.addWidget(_pane(250))
    assert splitter.minimumSizeHint().width() == 300  # narrow enough to sit beside the reader
    dock.resize(800, 400)
    dock.show()
    QApplication.processEvents()
    assert splitter.orientation() == Qt.Orientation.Horizontal
    dock.resize(400, 400)
    QApplication.processEvents()
    assert splitter.width() < 420
    assert splitter.orientation() == Qt.Orientation.Vertical
    dock.resize(900, 400)
    QApplication.processEvents()
    assert splitter.orientation() == Qt.Orientation.Horizontal


def test_panes_stack_below_the_width_their_owner_asks_even_when_their_minimums_fit(qtbot) -> None:
    dock = QWidget()
    qtbot.addWidget(dock)
    splitter = StackingSplitter(stack_below=600)
    QVBoxLayout(dock).addWidget(splitter)
    splitter.addWidget(_pane(100))  # a list's minimum is a sliver: names would be cut to it
    splitter.addWidget(_pane(100))
    dock.resize(420, 400)
    dock.show()
    QApplication.processEvents()
    assert splitter.orientation() == Qt.Orientation.Vertical
    assert splitter.minimumSizeHint().width() == 100  # the dock may still be narrow
    dock.resize(800, 400)
    QApplication.processEvents()
    assert splitter.orientation() == Qt.Orientation.Horizontal
