"""The Suggestions panel: one card per document, "n more", and an honest "No likely matches"."""

from __future__ import annotations

from workbench.ui.inspector.suggestions_panel import NO_MATCH

REPORT = ("Genoa - A motorway bridge fell in northern Italy on Tuesday. In Genoa, 12 people were "
          "killed after the Morandi bridge gave way during a storm. The Morandi bridge in Genoa "
          "had been repaired in 2016.")
CLAIM_DOC = ("Rome - Twelve people died when the Morandi bridge collapsed in Genoa. "
             "The Russian government dismissed the claim from Berlin as groundless.")
MARATHON = "Berlin - Thousands ran the marathon in Berlin on Sunday. A Kenyan runner won."


def test_a_match_shows_one_card_per_document_and_noise_says_no_likely_matches(
        qtbot, library, make_document, open_window, settle) -> None:
    claim_doc = make_document(library, "Rome desk", CLAIM_DOC)
    report = make_document(library, "Bridge collapse", REPORT)
    make_document(library, "Marathon", MARATHON)
    bridge, _ = library.claims.add_claim(claim_doc, 7, CLAIM_DOC.index(" The Russian"))
    noise, _ = library.claims.add_claim(claim_doc, CLAIM_DOC.index("The Russian"),
                                        len(CLAIM_DOC))
    window = open_window(library)
    panel = window.workspace.suggestions
    panel.show_claim(bridge)
    settle(window)
    qtbot.waitUntil(lambda: bool(panel.cards), timeout=5000)
    assert [c.suggestion.document_id for c in panel.cards] == [report]
    header = panel.cards[0].findChildren(type(panel.status_label))[0]
    assert "more in this document" in header.text()
    panel.show_claim(noise)
    settle(window)
    qtbot.waitUntil(lambda: panel.status_label.text() == NO_MATCH, timeout=5000)
    assert panel.cards == []


def test_the_panel_names_the_claim_its_verdict_is_for(
        qtbot, library, make_document, open_window, settle) -> None:
    """"No likely matches in other documents." named no claim: after reading on, the
    analyst could not tell which claim had none."""
    from workbench.ui.inspector.suggestions_panel import CHOOSE_CLAIM

    claim_doc = make_document(library, "Rome desk", CLAIM_DOC)
    make_document(library, "Marathon", MARATHON)
    noise, _ = library.claims.add_claim(claim_doc, CLAIM_DOC.index("The Russian"),
                                        len(CLAIM_DOC))
    window = open_window(library)
    panel = window.workspace.suggestions
    panel.show_claim(noise)
    settle(window)
    qtbot.waitUntil(lambda: panel.status_label.text() == NO_MATCH, timeout=5000)
    assert panel.claim_label.isVisibleTo(panel)
    assert panel.claim_label.text() == ("For “The Russian government dismissed the claim from "
                                        "Berlin as groundless.”")
    panel.show_claim(None)
    assert not panel.claim_label.isVisibleTo(panel)
    assert panel.status_label.text() == CHOOSE_CLAIM  # one sentence for "no claim chosen"


def test_the_panel_names_the_statement_it_searched_for_not_the_marked_span(
        qtbot, library, make_document, open_window, settle) -> None:
    """A claim marked with its quotation marks is searched by its statement (marks off);
    the label named the raw span, marks and all."""
    text = 'The ministry said: "The claim from Berlin is groundless."'
    doc = make_document(library, "Ministry", text)
    claim, _ = library.claims.add_claim(doc, text.index('"'), len(text))
    assert library.claims.get_claim(claim).statement == "The claim from Berlin is groundless."
    window = open_window(library)
    panel = window.workspace.suggestions
    panel.show_claim(claim)
    settle(window)
    qtbot.waitUntil(lambda: panel.claim_label.isVisibleTo(panel), timeout=5000)
    assert panel.claim_label.text() == "For “The claim from Berlin is groundless.”"
