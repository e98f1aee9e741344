"""Suggested matches show their place in the list, not a non-monotone score, and say why."""

from __future__ import annotations

from workbench.store import Suggestion
from workbench.ui.dialogs.batch_search import BatchSearchDialog
from workbench.ui.inspector.suggestions_panel import SuggestionCard
from workbench.ui.widgets.match_evidence import evidence_tooltip, rank_text

SCORES = (0.35, 0.12, 0.11, 0.14, 0.16)  # the search's order is kept; the scores are not monotone


def _match(number: int, score: float) -> dict:
    return {"text": f"Troops crossed the river at dawn, report {number} said.", "score": score,
            "title": f"Report {number}", "document_id": number, "start": 0, "end": 10,
            "shared_entities": ["Dnipro"] if number == 1 else [],
            "matched_words": ["river", "troops"]}  # as core sorts them


def test_the_match_column_counts_up_in_list_order(qtbot) -> None:
    dialog = BatchSearchDialog(actions=None)
    qtbot.addWidget(dialog)
    dialog.show_records([{"statement": "Troops crossed the Dnipro.", "more_documents": 0,
                          "suggestions": [_match(i, s) for i, s in enumerate(SCORES)]}])
    top = dialog.results_tree.topLevelItem(0)
    column = [top.child(i).text(1) for i in range(top.childCount())]
    assert column == ["#1", "#2", "#3", "#4", "#5"]
    assert dialog.results_tree.headerItem().text(1) == "Match"
    tip = top.child(1).toolTip(1)
    assert "Match 2 of 5" in tip and "Shared names: Dnipro" in tip and "river, troops" in tip
    assert "No shared names." in top.child(0).toolTip(1)


def test_a_suggestion_card_shows_its_place_and_evidence(qtbot) -> None:
    text = "Army moved troops to the border."
    suggestion = Suggestion(document_id=3, title="Border report", start=100, end=100 + len(text),
                            text=text, score=0.12, kind="claim", matches=((105, 110),),
                            shared_entities=("Army",))
    card = SuggestionCard(suggestion, position=2, total=4)
    qtbot.addWidget(card)
    assert "#3" in card.header.text() and "0.12" not in card.header.text()
    assert "Match 3 of 4" in card.header.toolTip() and "moved" in card.header.toolTip()


def test_evidence_words() -> None:
    assert rank_text(0) == "#1"
    moved = Suggestion(document_id=1, title="T", start=10, end=27, text="Army moved troops",
                       score=0.5, kind="sentence", matches=((21, 27), (15, 20), (21, 27)),
                       shared_entities=())
    assert moved.matched_words == ["moved", "troops"]  # sorted, once each
    tip = evidence_tooltip(0, 1, [], [], 0.5)
    assert "No shared names." in tip and "Shared words" not in tip
