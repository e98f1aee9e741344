"""The Suggestions panel follows Undo and Redo, not only its own Accept and Reject buttons."""

from __future__ import annotations

from workbench.ui.inspector.suggestions_panel import CHOOSE_CLAIM

REPORT = ("Genoa - A motorway bridge fell in northern Italy on Tuesday. In Genoa, 12 people were "
          "killed after the Morandi bridge gave way during a storm. The Morandi bridge in Genoa "
          "had been repaired in 2016.")
CLAIM_DOC = ("Rome - Twelve people died when the Morandi bridge collapsed in Genoa. "
             "The Russian government dismissed the claim from Berlin as groundless.")


def _claim_with_a_match(library, make_document) -> tuple[int, int]:
    claim_doc = make_document(library, "Rome desk", CLAIM_DOC)
    report = make_document(library, "Bridge collapse", REPORT)
    claim, _ = library.claims.add_claim(claim_doc, 7, CLAIM_DOC.index(" The Russian"))
    return claim, report


def _open_claim(window, settle, claim: int) -> None:
    """As an analyst does: the claim's document in the reader, the claim chosen in the
    Claims tab, then its Suggestions."""
    workspace = window.workspace
    window.open_document(window.store.claims.get_claim(claim).document_id)
    settle(window)
    assert workspace.claims.select_claim(claim)
    workspace.show_suggestions(claim)
    settle(window)


def _documents(panel) -> list[int]:
    return [card.suggestion.document_id for card in panel.cards]


def _spans(panel) -> list[tuple[int, int, int]]:
    return [(c.suggestion.document_id, c.suggestion.start, c.suggestion.end) for c in panel.cards]


def test_undoing_an_accept_brings_the_suggestion_back(
        qtbot, library, make_document, open_window, settle) -> None:
    """Accept, then Ctrl+Z: the link was gone but the panel kept its list without the
    match, so the analyst could not accept it again (or see it) until another claim."""
    claim, report = _claim_with_a_match(library, make_document)
    window = open_window(library)
    panel = window.workspace.suggestions
    _open_claim(window, settle, claim)
    qtbot.waitUntil(lambda: _documents(panel) == [report], timeout=5000)
    shown = _spans(panel)
    panel.accept(panel.cards[0].suggestion, "same")
    settle(window)
    qtbot.waitUntil(lambda: _spans(panel) != shown, timeout=5000)
    window.workspace.actions.undo()
    settle(window)
    qtbot.waitUntil(lambda: _spans(panel) == shown, timeout=5000)
    window.workspace.actions.redo()
    settle(window)
    qtbot.waitUntil(lambda: _spans(panel) != shown, timeout=5000)


def test_undoing_a_reject_brings_the_suggestion_back(
        qtbot, library, make_document, open_window, settle) -> None:
    claim, report = _claim_with_a_match(library, make_document)
    window = open_window(library)
    panel = window.workspace.suggestions
    _open_claim(window, settle, claim)
    qtbot.waitUntil(lambda: _documents(panel) == [report], timeout=5000)
    shown = _spans(panel)
    panel.reject(panel.cards[0].suggestion)
    settle(window)
    qtbot.waitUntil(lambda: _spans(panel) != shown, timeout=5000)
    window.workspace.actions.undo()
    settle(window)
    qtbot.waitUntil(lambda: _spans(panel) == shown, timeout=5000)


def test_a_claim_undone_away_leaves_the_panel_empty_not_failing(
        qtbot, library, make_document, open_window, settle) -> None:
    """Undoing the claim's creation must not leave its matches on show, with Accept
    buttons that could only fail: the claim they would link is gone."""
    claim_doc = make_document(library, "Rome desk", CLAIM_DOC)
    report = make_document(library, "Bridge collapse", REPORT)
    window = open_window(library)
    claim = library.claims.add_claim(claim_doc, 7, CLAIM_DOC.index(" The Russian"))[0]
    panel = window.workspace.suggestions
    _open_claim(window, settle, claim)
    qtbot.waitUntil(lambda: _documents(panel) == [report], timeout=5000)
    failures: list[str] = []
    window.workspace.actions.action_failed.connect(lambda label, text: failures.append(text))
    window.workspace.actions.undo()
    settle(window)
    qtbot.waitUntil(lambda: panel.status_label.text() == CHOOSE_CLAIM, timeout=5000)
    assert panel.cards == [] and panel.claim_id is None
    assert failures == []


def test_a_change_while_the_tab_is_hidden_ranks_once_when_it_is_shown_again(
        qtbot, library, make_document, open_window, settle, monkeypatch) -> None:
    """A change that came while another tab was on show re-ranks on return — once: the
    panel's show event ranked, then the tab switch found no cards yet and ranked again."""
    claim, report = _claim_with_a_match(library, make_document)
    window = open_window(library)
    workspace, panel = window.workspace, window.workspace.suggestions
    _open_claim(window, settle, claim)
    qtbot.waitUntil(lambda: _documents(panel) == [report], timeout=5000)
    workspace.inspector.setCurrentWidget(workspace.claims)
    settle(window)
    panel.reject(panel.cards[0].suggestion)  # as if from elsewhere: the panel is hidden
    settle(window)
    calls: list[int | None] = []
    real = panel.show_claim
    monkeypatch.setattr(panel, "show_claim", lambda claim_id: (calls.append(claim_id),
                                                               real(claim_id))[1])
    workspace.inspector.setCurrentWidget(panel)
    settle(window)
    assert calls == [claim]
