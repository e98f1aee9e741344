"""The ACH dock fits its hypotheses line again when its controls row turns.

``ControlsRow`` puts the picker and the buttons on one line in a wide dock and on two in
a narrow one. The line naming the hypotheses (``_fit_hint``) was fitted on the dock's
resize, before its layout had the row's new height: the row turning to one line left the
line hidden with room for it, and turning to two left it shown over the matrix's third row.
"""

from __future__ import annotations

from tests.ui.probes import process_events
from workbench.ui.ach.view import MATRIX_ROWS

HYPOTHESES = ["The pact is signed before the summit in the spring",
              "Talks stall over the border and the arms clauses",
              "A later deal after the elections in both nations"]
CLAIMS = ("the talks would resume on Monday", "officials met in the capital",
          "the border stays closed", "trade fell in May", "the envoy flew home")
TEXT = ("They said " + ", and ".join(CLAIMS) + ". ") * 2
NARROW, WIDE = 480, 900  # px: the row on two lines, then on one


def _fitted(view) -> bool:
    """Whether the hint is shown exactly when it leaves the matrix three rows."""
    shown = view.hint.isVisible()
    view._fit_hint()  # noqa: SLF001 - what a fresh fit decides for the heights as they are
    process_events()
    return view.hint.isVisible() == shown


def test_at_1024x640_the_hint_is_fitted_again_when_the_row_turns(
        qtbot, library, make_document, open_window) -> None:
    doc = make_document(library, "Talks", TEXT)
    analysis = library.ach.create_analysis("Will a pact be signed?", HYPOTHESES).ids[0]
    for claim in CLAIMS:
        start = TEXT.index(claim)
        claim_id, _ = library.claims.add_claim(doc, start, start + len(claim))
        library.ach.add_evidence(analysis, claim_id)
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    dock = window.workspace.show_dock("ach_view")
    view = dock.widget()
    dock.setFloating(True)  # its width and height set apart: the row turns at one height
    process_events()
    unfitted, turns = [], 0
    for height in range(220, 420, 6):
        for width in (NARROW, WIDE, NARROW):
            one_line = view.controls.one_line()
            dock.resize(width, height)
            process_events()
            turns += view.controls.one_line() != one_line
            if not _fitted(view):
                unfitted.append((width, height, view.hint.isVisible()))
    assert turns > 0, "the row never turned"
    assert unfitted == []
    assert view.model.rowCount() >= MATRIX_ROWS
