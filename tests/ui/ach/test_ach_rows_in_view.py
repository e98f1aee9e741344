"""The ACH dock keeps three evidence rows in view at 1024x640, the reader its lines.

At 1024x640 the dock has 229 px; the picker on a line of its own, the buttons
below it, the scores and the line naming the hypotheses left the matrix one row.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.probes import process_events
from workbench.ui.ach.view import MATRIX_ROWS

CLAIMS = ("any arms pact between the two nations could potentially breach multiple UN "
          "Security Council resolutions", "the talks would resume on Monday",
          "officials met in the capital", "the border stays closed", "trade fell in May")
TEXT = ("They said " + ", and ".join(CLAIMS) + ". ") * 2


def _matrix_window(library, make_document, open_window, width: int, height: int,
                   theme: str = "light"):
    doc = make_document(library, "Talks", TEXT)
    analysis = library.ach.create_analysis("Will a pact be signed?", ["Yes", "No", "Later"]).ids[0]
    for claim in CLAIMS:
        start = TEXT.index(claim)
        claim_id, _ = library.claims.add_claim(doc, start, start + len(claim))
        library.ach.add_evidence(analysis, claim_id)
    window = open_window(library, theme)
    window.resize(width, height)
    window.open_document(doc)
    dock = window.workspace.show_dock("ach_view")
    process_events()
    return window, dock.widget()


def _rows_in_view(view) -> int:
    table = view.table
    rows = [row for row in range(view.model.rowCount()) if not table.isRowHidden(row)]
    return sum(1 for row in rows if 0 <= table.rowViewportPosition(row)
               and table.rowViewportPosition(row) + table.rowHeight(row)
               <= table.viewport().height())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_at_1024x640_three_evidence_rows_are_in_view(
        qtbot, library, make_document, open_window, theme) -> None:
    window, view = _matrix_window(library, make_document, open_window, 1024, 640, theme)
    assert view.controls.one_line(), "the picker and the buttons took two lines"
    assert _rows_in_view(view) >= MATRIX_ROWS, [view.table.rowHeight(r) for r in range(5)]
    assert view.scores.isVisible()


def test_after_a_live_theme_switch_the_rows_stay_in_view(
        qtbot, library, make_document, open_window) -> None:
    window, view = _matrix_window(library, make_document, open_window, 1024, 640)
    window.set_theme("dark")
    process_events()
    assert _rows_in_view(view) >= MATRIX_ROWS


def test_with_room_the_line_naming_the_hypotheses_is_shown(
        qtbot, library, make_document, open_window) -> None:
    window, view = _matrix_window(library, make_document, open_window, 1440, 900)
    assert view.hint.isVisible() and "H1: Yes" in view.hint.text()
    assert _rows_in_view(view) == len(CLAIMS)
    window.resize(1024, 640)  # and hidden when it would cost the third row
    process_events()
    assert _rows_in_view(view) >= MATRIX_ROWS
    window.resize(1440, 900)
    process_events()
    assert view.hint.isVisible()


def test_in_a_narrow_dock_the_buttons_go_under_the_picker_and_hold_nothing_wide(
        qtbot, library, make_document, open_window) -> None:
    """Side by side at 1440 px, the row turns in a 380 px dock and asks for no more."""
    window, view = _matrix_window(library, make_document, open_window, 1440, 900)
    assert view.controls.one_line()
    dock = window.workspace.docks["ach_view"]
    window.removeDockWidget(dock)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.show()
    window.resizeDocks([dock], [380], Qt.Orientation.Horizontal)
    process_events()
    assert dock.width() <= 390, dock.width()  # noqa: PLR2004 - px
    assert not view.controls.one_line()
    assert view.controls.minimumSizeHint().width() <= 380  # noqa: PLR2004 - px
    assert view.controls.buttons.geometry().top() >= view.picker.geometry().bottom()
