"""The Claims tab in the 250 px inspector of a 1024 px window: nothing cut, no sideways scroll."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton, QStyleOptionViewItem

from workbench.ui.widgets.word_lines import ELLIPSIS

TEXT_A = ("Moscow - Officials said sanctions were discussed at length with the delegation "
          "from the Foreign Ministry. The weather was mild.")
TEXT_B = "Seoul - Officials said Putin promised to help North Korea build satellites."
PLANNED_INSPECTOR = 250  # pane_layout's share of a 1024 px window


def _linked_claim(library, make_document) -> tuple[int, int]:
    first = make_document(library, "Moscow", TEXT_A, source="Reuters")
    second = make_document(library, "Seoul", TEXT_B)
    claim, _ = library.claims.add_claim(first, TEXT_A.index("Officials"),
                                        TEXT_A.index(" The weather"))
    other, _ = library.claims.add_claim(second, 0, len(TEXT_B))
    library.claims.link_claims(other, claim, "cites")
    return first, claim


def test_every_control_of_the_claims_tab_fits_the_1024_px_inspector(
        qtbot, library, make_document, open_window) -> None:
    doc, claim = _linked_claim(library, make_document)
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    panel = window.workspace.claims
    window.inspector.setCurrentWidget(panel)
    panel.select_claim(claim)
    qtbot.waitUntil(panel.editor.isVisible)
    qtbot.wait(1)
    assert panel.width() <= PLANNED_INSPECTOR + 10, "the inspector keeps its planned width"
    scrolled = [view for view in panel.findChildren(QAbstractScrollArea)
                if view.horizontalScrollBar().isVisible()]
    assert not scrolled, "nothing scrolls sideways"
    shown = [w for kind in (QPushButton, QLabel) for w in panel.editor.findChildren(kind)
             if w.isVisible()]
    assert len([w for w in shown if isinstance(w, QPushButton)]) >= 7
    for widget in shown:
        left = widget.mapTo(panel, QPoint(0, 0)).x()
        assert left >= 0 and left + widget.width() <= panel.width(), widget.text()
        if isinstance(widget, QPushButton):
            assert widget.width() >= widget.sizeHint().width(), widget.text()  # not squeezed


def test_reliability_and_credibility_are_the_same_kind_of_control(
        qtbot, library, make_document, open_window) -> None:
    doc, claim = _linked_claim(library, make_document)
    window = open_window(library)
    window.open_document(doc)
    panel = window.workspace.claims
    panel.select_claim(claim)
    row = panel.grade_row
    reliability, credibility = row.reliability_button, row.credibility_button
    assert type(reliability) is type(credibility)
    assert reliability.menu() is not None and credibility.menu() is not None
    assert reliability.height() == credibility.height()
    assert (reliability.text(), credibility.text()) == ("Reliability ?", "Credibility ?")


def test_the_claim_note_button_is_named_as_in_the_reader_menu(
        qtbot, library, make_document, open_window) -> None:
    doc, claim = _linked_claim(library, make_document)
    window = open_window(library)
    window.open_document(doc)
    panel = window.workspace.claims
    panel.select_claim(claim)
    assert panel.note_button.text() == "Add Note to Claim…"
    noted = replace(panel.claims[claim], note_md="Checked against the ministry's own statement.")
    panel.claims[claim] = noted
    panel.select_claim(claim)
    assert panel.note_button.text() == "Edit Claim Note…"


LONG_CLAIM = ("Officials said any arms pact between the two nations could potentially breach"
              " multiple UN Security Council resolutions passed since 2006, and that the"
              " sanctions committee would meet within the week to weigh a reply.")


def test_a_long_claim_takes_two_list_lines_a_short_one_one(qtbot, library, make_document,
                                                          open_window) -> None:
    """The editor below shows the claim whole: the list showed it too, on seven lines."""
    text = f"{LONG_CLAIM} Putin agreed."
    doc = make_document(library, "Moscow", text)
    long_id, _ = library.claims.add_claim(doc, 0, len(LONG_CLAIM))
    library.claims.add_claim(doc, text.index("Putin"), len(text))
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    panel = window.workspace.claims
    window.inspector.setCurrentWidget(panel)
    panel.select_claim(long_id)
    qtbot.waitUntil(panel.editor.isVisible)
    qtbot.wait(1)
    claims = panel.claim_list
    spacing = claims.fontMetrics().lineSpacing()
    heights = [claims.visualItemRect(claims.item(row)).height() for row in range(2)]
    assert 2 * spacing <= heights[0] < 3 * spacing, heights
    assert heights[1] < 2 * spacing, heights
    option = QStyleOptionViewItem()
    claims.initViewItemOption(option)
    index = claims.indexFromItem(claims.item(0))
    option.rect = claims.visualRect(index)
    lines = claims.itemDelegate().shown_lines(option, index)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    assert LONG_CLAIM in claims.item(0).toolTip()


def test_a_long_claimant_shows_its_first_words_in_the_narrow_field(
        qtbot, library, make_document, open_window) -> None:
    doc, claim = _linked_claim(library, make_document)
    long_name = "United States Department of Defense"
    library.claims.set_claimant(claim, None, long_name)
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    panel = window.workspace.claims
    window.inspector.setCurrentWidget(panel)
    panel.select_claim(claim)
    qtbot.waitUntil(panel.editor.isVisible)
    edit = panel.claimant_edit
    assert edit.text() == long_name
    assert edit.fontMetrics().horizontalAdvance(long_name) > edit.width(), "the name is cut"
    assert edit.cursorPosition() == 0, "the field shows the name's start (its end scrolled off)"
