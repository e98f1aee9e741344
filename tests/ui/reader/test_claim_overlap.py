"""Marking claims in the reader: inside a quote it is the speaker's; an overlap asks first."""

from __future__ import annotations

import pytest

import workbench.ui.reader.analyst_controller as analyst_controller

QUOTE = "the schools in Kharkiv will reopen next week"
TEXT = f"Maria Kovalenko said {QUOTE}. UNICEF said help would arrive soon."


@pytest.fixture
def doc(library, make_document) -> int:
    return make_document(
        library, "Schools reopen", TEXT,
        mentions=(("Maria Kovalenko", "PERSON", "Maria Kovalenko"),),
        quotes=((QUOTE, "indirect", "Maria Kovalenko", "Maria Kovalenko"),),
    )


class Questions:
    """Stands in for the yes/no dialog: records each question and gives ``answer``."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.actions: list[str] = []  # the accept button's words ("" for Yes)
        self.answer = False

    def __call__(self, _parent: object, _title: str, question: str, action: str = "") -> bool:
        self.asked.append(question)
        self.actions.append(action)
        return self.answer


@pytest.fixture
def questions(monkeypatch) -> Questions:
    asker = Questions()
    monkeypatch.setattr(analyst_controller, "ask_yes_no", asker)
    return asker


def test_a_claim_inside_a_quote_takes_the_speaker(qtbot, library, doc, open_window, settle,
                                                  select_text, questions) -> None:
    window = open_window(library)
    select_text(window, "Kharkiv will reopen")
    window.actions["mark_claim"].trigger()
    settle(window)
    assert [c.claimant for c in library.claims.document_claims(doc)] == ["Maria Kovalenko"]
    assert questions.asked == []


@pytest.mark.parametrize("yes", [False, True])
def test_an_overlapping_claim_asks_first(qtbot, library, doc, open_window, settle,
                                        select_text, questions, yes: bool) -> None:
    first, _ = library.claims.add_claim(doc, TEXT.index("UNICEF"), len(TEXT))
    window = open_window(library)
    questions.answer = yes
    select_text(window, "UNICEF said")
    window.actions["mark_claim"].trigger()
    settle(window)
    assert len(questions.asked) == 1 and f"overlaps 1 claim ({first})" in questions.asked[0]
    assert questions.actions == ["Mark as Claim"]  # as the menu says it (was Yes/No)
    assert len(library.claims.document_claims(doc)) == (2 if yes else 1)


@pytest.mark.parametrize("yes", [False, True])
def test_deleting_a_claim_used_as_ach_evidence_asks_first(qtbot, library, doc, open_window,
                                                          settle, questions, yes: bool) -> None:
    claim, _ = library.claims.add_claim(doc, TEXT.index("UNICEF"), len(TEXT))
    library.ach.create_analysis("Will the schools reopen?", ("Yes", "No"))
    [analysis] = library.ach.list_analyses()
    library.ach.add_evidence(analysis.id, claim)
    window = open_window(library)
    questions.answer = yes
    window.workspace.analyst.delete_annotation(claim)
    settle(window)
    assert len(questions.asked) == 1 and "Will the schools reopen?" in questions.asked[0]
    remaining = [c.id for c in library.claims.document_claims(doc)]
    assert remaining == ([] if yes else [claim])
    assert len(library.ach.get_analysis(analysis.id).evidence) == (0 if yes else 1)


def test_deleting_a_claim_no_analysis_uses_does_not_ask(qtbot, library, doc, open_window,
                                                        settle, questions) -> None:
    claim, _ = library.claims.add_claim(doc, TEXT.index("UNICEF"), len(TEXT))
    window = open_window(library)
    window.workspace.analyst.delete_annotation(claim)
    settle(window)
    assert questions.asked == [] and library.claims.document_claims(doc) == []
