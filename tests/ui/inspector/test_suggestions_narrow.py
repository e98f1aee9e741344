"""Suggestion cards fit a narrow inspector (a 1024-wide window): nothing clipped on the right."""

from __future__ import annotations

import pytest

from tests.ui.inspector.test_suggestions_panel import CLAIM_DOC, REPORT
from workbench.ui.widgets.wording import OPEN_IN_READER


def test_cards_wrap_to_a_narrow_panel(qtbot, library, make_document, open_window,
                                      settle) -> None:
    claim_doc = make_document(library, "Rome desk", CLAIM_DOC)
    make_document(library, "Bridge collapse", REPORT)
    bridge, _ = library.claims.add_claim(claim_doc, 7, CLAIM_DOC.index(" The Russian"))
    window = open_window(library)
    panel = window.workspace.suggestions
    panel.setParent(None)  # measured alone, at the width the inspector has at 1024×640
    qtbot.addWidget(panel)
    panel.resize(220, 500)
    panel.show()
    panel.show_claim(bridge)
    settle(window)
    qtbot.waitUntil(lambda: bool(panel.cards), timeout=5000)
    qtbot.wait(20)
    viewport = panel.viewport().width()
    card = panel.cards[0]
    assert card.width() <= viewport
    for button in (card.accept_button, card.reject_button, card.open_button):
        right = button.mapTo(panel.viewport(), button.rect().topRight()).x()
        assert right <= viewport, button.text()
    assert not panel.horizontalScrollBar().isVisible()


def test_the_status_line_counts_in_words() -> None:
    from workbench.ui.inspector.suggestions_panel import NO_MATCH, found_text

    assert found_text(0) == NO_MATCH
    assert found_text(1) == "1 document likely reports this claim"
    assert found_text(9) == "9 documents likely report this claim"


LONG_NAMES = (("Autostrade per l'Italia", "ORG"), ("Genoa Public Prosecutor's Office", "ORG"),
              ("Morandi Bridge", "FAC"), ("Giovanni Toti", "PERSON"))


def test_a_long_list_of_shared_names_wraps_too(qtbot, library, make_document, open_window,
                                               settle) -> None:
    """"Shared: Qasem Soleimani, United States" did not wrap: in a 1024-wide window it held
    the cards wider than the panel, and every card's text was cut on the right."""
    names = ", ".join(name for name, _ in LONG_NAMES)
    claim_text = f"Rome - Twelve died when the Morandi Bridge fell, say {names}."
    report_text = (f"Genoa - The Morandi Bridge collapsed and twelve died. {names} "
                   "opened inquiries into the Morandi Bridge collapse.")
    mentions = tuple((name, label, name) for name, label in LONG_NAMES)
    claim_doc = make_document(library, "Rome desk", claim_text, mentions=mentions)
    make_document(library, "Bridge collapse", report_text, mentions=mentions)
    claim, _ = library.claims.add_claim(claim_doc, 7, len(claim_text))
    window = open_window(library)
    panel = window.workspace.suggestions
    panel.setParent(None)  # measured alone, at the width the inspector has at 1024×640
    qtbot.addWidget(panel)
    panel.resize(238, 500)
    panel.show()
    panel.show_claim(claim)
    settle(window)
    qtbot.waitUntil(lambda: bool(panel.cards), timeout=5000)
    qtbot.wait(20)
    card = panel.cards[0]
    assert card.suggestion.shared_entities  # the line under test is there
    assert panel.widget().width() <= panel.viewport().width()
    assert card.width() <= panel.viewport().width()


@pytest.mark.parametrize("size", [(1024, 640), (1440, 900)])
def test_a_card_names_open_in_reader_and_keeps_its_buttons_on_one_row(
        qtbot, library, make_document, open_window, settle, size) -> None:
    """The card said "Open" where every other view says "Open in Reader"."""
    claim_doc = make_document(library, "Rome desk", CLAIM_DOC)
    make_document(library, "Bridge collapse", REPORT)
    bridge, _ = library.claims.add_claim(claim_doc, 7, CLAIM_DOC.index(" The Russian"))
    window = open_window(library)
    window.resize(*size)
    panel = window.workspace.suggestions
    window.inspector.setCurrentWidget(panel)
    panel.show_claim(bridge)
    settle(window)
    qtbot.waitUntil(lambda: bool(panel.cards), timeout=5000)
    qtbot.wait(20)
    card = panel.cards[0]
    opener = card.open_button
    assert opener.toolTip() == OPEN_IN_READER == opener.accessibleName()
    assert opener.text() in ("", OPEN_IN_READER) and not opener.icon().isNull()
    buttons = (card.accept_button, card.reject_button, opener)
    tallest = max(button.height() for button in buttons)
    assert card.buttons.height() <= tallest + 2, card.buttons.height()  # one row, none wrapped
