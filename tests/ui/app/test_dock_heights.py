"""A bottom dock opens where the reader keeps its lines: 1024x640 and 1440x900 (dock_heights)."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QTextEdit

from tests.ui.probes import process_events
from workbench.ui.app.dock_heights import BOTTOM, READER_MIN_LINES, DockHeights, dock_opening_height
from workbench.ui.reader.page_geometry import body_line_px

TITLE = "Ministers Meet Again as Talks on the Border Agreement Resume After a Long Pause"
SENTENCE = "The ministry said the talks would resume on Monday, officials added. "
TEXT = "\n\n".join([SENTENCE * 6] * 8)


def _body_lines(window) -> float:
    view = window.reader.view
    return view.viewport().height() / body_line_px(view.font())


def test_the_share_decides_in_a_tall_window_and_the_reader_floor_in_a_short_one() -> None:
    assert dock_opening_height(900, 850, 400) == 405
    assert dock_opening_height(640, 540, 360) == 180
    assert dock_opening_height(300, 200, 360) == 0


@pytest.mark.parametrize("key", ["claims_view", "timeline", "ach_view", "entities_view",
                                 "claim_map"])
def test_at_1024x640_an_opening_dock_leaves_the_reader_its_lines(
        qtbot, reading_window, key) -> None:
    """At 45 % of 640 px the reader kept ~7 lines, three of them the title's."""
    window = reading_window(TITLE, TEXT, 1024, 640)
    dock = window.workspace.show_dock(key)
    process_events()
    assert dock.isVisible() and dock.height() >= 150, dock.height()
    # The Timeline was let off: its 246 px minimum left the reader fewer lines.
    assert _body_lines(window) >= READER_MIN_LINES - 0.5, (_body_lines(window), dock.height())


def test_at_1440x900_a_dock_still_opens_at_its_share(
        qtbot, reading_window) -> None:
    window = reading_window(TITLE, TEXT, 1440, 900)
    dock = window.workspace.show_dock("claims_view")
    process_events()
    assert abs(dock.height() - 0.45 * 900) < 30, dock.height()


def test_a_height_the_analyst_dragged_to_is_kept_when_the_dock_reopens(
        qtbot, reading_window) -> None:
    window = reading_window(TITLE, TEXT, 1440, 900)
    dock = window.workspace.show_dock("timeline")
    process_events()
    window.resizeDocks([dock], [250], Qt.Orientation.Vertical)  # the analyst drags the handle
    process_events()
    dragged = dock.height()
    assert abs(dragged - 250) < 10
    dock.close()
    process_events()
    window.workspace.show_dock("timeline")
    process_events()
    assert abs(dock.height() - dragged) <= 4, (dock.height(), dragged)


def test_a_second_dock_opened_beside_a_shown_one_keeps_the_areas_height(
        qtbot, reading_window) -> None:
    window = reading_window(TITLE, TEXT, 1440, 900)
    first = window.workspace.show_dock("claims_view")
    process_events()
    window.resizeDocks([first], [260], Qt.Orientation.Vertical)
    process_events()
    reader_height = window.reader.height()
    second = window.workspace.show_dock("timeline")
    process_events()
    assert abs(second.height() - first.height()) <= 4
    # Only the tabs' bar comes out of the reader (12 px); it lost 145 px to a 405 px dock.
    assert abs(window.reader.height() - reader_height) <= 30


def test_a_dock_held_at_its_own_minimum_is_not_taken_for_a_dragged_one(
        qtbot, reading_window) -> None:
    """A dock Qt holds at its minimum, above the height it was given, is not taken for a drag.

    At 1024x640 the Timeline now opens at its share, so a shorter window holds it there.
    """
    window = reading_window(TITLE, TEXT, 1024, 560)
    dock = window.workspace.show_dock("timeline")
    process_events()
    assert dock.height() <= dock.minimumSizeHint().height() + 2, "not held at its minimum"
    dock.close()
    process_events()
    window.resize(1440, 900)
    process_events()
    window.workspace.show_dock("timeline")
    process_events()
    assert abs(dock.height() - 0.45 * 900) < 30, dock.height()


def test_a_window_deleted_with_a_dock_shown_raises_nothing(qtbot) -> None:
    """Deleting a window never closed hid its bottom dock after the window's C++ object
    was gone, and the dock's visibilityChanged asked the dead window for its dock area."""
    window, view = QMainWindow(), QTextEdit()
    window.setCentralWidget(view)
    dock = QDockWidget("Claims", window)
    dock.setWidget(QLabel("claims"))
    window.addDockWidget(BOTTOM, dock)
    heights = DockHeights(window, view, [dock])
    window.show()
    qtbot.waitExposed(window)
    heights.opened(dock)
    with qtbot.captureExceptions() as raised:
        shiboken6.delete(window)
    assert not raised, raised
