"""A dock moved to the side of the window (or floated narrow) wraps its filters.

In one row the filters set the dock's minimum width: the Timeline's 1011 px,
the Claims table's 692 px, the ACH matrix's 692 px, the Entities view's 697 px
and the Duplicate Entities' 447 px pushed a 1024-wide window past the screen and
left the reader a column of broken words. The docks give way to the library too: with the
Entities dock beside the reader the library list kept 116 px ("US Sp…on").
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from workbench.ui.app.pane_layout import LIBRARY_MIN_WIDTH, READER_MIN_WIDTH

SIDE_WIDTH = 380  # px: a dock beside the reader, library and inspector in a 1024-wide window


@pytest.mark.parametrize(
    "key", ["timeline", "claims_view", "claim_map", "ach_view", "entities_view", "duplicates"])
def test_a_dock_at_the_side_of_a_1024_window_leaves_it_1024_wide(
        qtbot, library, make_document, open_window, key) -> None:
    # Two names for one man: the duplicates dock says so in its longest line.
    doc = make_document(library, "Storm", "The bridge was closed on Monday. Vladimir Putin and"
                        " Putin ran.", mentions=(("Vladimir Putin", "PERSON", "Vladimir Putin"),
                                                 ("Putin", "PERSON", "Putin")))
    library.claims.add_claim(doc, 0, 31)
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    dock = window.workspace.show_dock(key)
    window.removeDockWidget(dock)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.show()
    window.resizeDocks([dock], [SIDE_WIDTH], Qt.Orientation.Horizontal)
    if key == "duplicates":
        qtbot.waitUntil(lambda: "possible duplicate" in dock.widget().status_label.text())
    for _ in range(5):
        QApplication.processEvents()
    assert dock.widget().minimumSizeHint().width() <= SIDE_WIDTH
    assert window.width() == 1024
    assert dock.width() <= SIDE_WIDTH + 10
    assert window.library.width() >= LIBRARY_MIN_WIDTH  # titles readable, not "US Sp…on"
    assert window.reader.width() >= READER_MIN_WIDTH
    view = dock.widget()
    controls = [c for kind in (QComboBox, QLineEdit, QPushButton) for c in view.findChildren(kind)]
    for control in controls:
        if control.isVisible():
            place = control.rect().translated(control.mapTo(view, control.rect().topLeft()))
            assert view.rect().contains(place), (key, control)
