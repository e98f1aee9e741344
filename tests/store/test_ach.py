"""store.ach: analyses, hypotheses 2-12, evidence on annotations, ratings; every change undoes."""

from __future__ import annotations

import pytest

from workbench.core.models import Article
from workbench.store import Store

TEXT = "The minister said the bridge would reopen in May. Engineers disagreed with him."


@pytest.fixture
def store() -> Store:
    store = Store(None)
    store.documents.add_article(Article(title="Doc", text=TEXT, source="Reuters"))
    store.documents.add_article(Article(title="Other", text="Other. " + TEXT, source="AP"))
    return store


def _claim(store: Store, doc_id: int = 1, phrase: str = "the bridge would reopen") -> int:
    text = store.documents.document_text(doc_id)
    start = text.index(phrase)
    return store.claims.add_claim(doc_id, start, start + len(phrase))[0]


def _analysis(store: Store) -> tuple[int, list[int]]:
    analysis_id = store.ach.create_analysis("Will it reopen?", ["Yes", "No"]).ids[0]
    return analysis_id, [h.id for h in store.ach.get_analysis(analysis_id).hypotheses]


def test_an_analysis_holds_hypotheses_evidence_and_ratings(store: Store) -> None:
    analysis_id, (yes, no) = _analysis(store)
    claim_id = _claim(store)
    changes = store.ach.add_evidence(analysis_id, claim_id)
    assert changes.ach and changes.is_analyst_action
    evidence_id = changes.ids[0]
    store.ach.rate(evidence_id, yes, "very-consistent")
    store.ach.rate(evidence_id, no, "II")
    analysis = store.ach.get_analysis(analysis_id)
    assert [h.text for h in analysis.hypotheses] == ["Yes", "No"]
    (row,) = analysis.evidence
    assert (row.annotation_id, row.kind) == (claim_id, "claim")
    assert row.statement == "the bridge would reopen"
    assert row.ratings == {yes: "CC", no: "II"}
    assert row.sources == 1 and row.status == "unverified"
    summary = store.ach.list_analyses()[0]
    assert (summary.hypotheses, summary.evidence) == (2, 1)


def test_every_change_undoes_and_redoes(store: Store) -> None:
    analysis_id, (yes, _) = _analysis(store)
    evidence_id = store.ach.add_evidence(analysis_id, _claim(store)).ids[0]
    store.ach.rate(evidence_id, yes, "C")
    store.ach.rate(evidence_id, yes, "I")
    store.history.undo()
    assert store.ach.get_analysis(analysis_id).evidence[0].ratings == {yes: "C"}
    store.history.undo()
    store.history.undo()
    assert store.ach.get_analysis(analysis_id).evidence == ()
    store.history.redo()
    assert len(store.ach.get_analysis(analysis_id).evidence) == 1
    store.ach.delete_analysis(analysis_id)
    assert store.ach.list_analyses() == []
    store.history.undo()
    assert store.ach.get_analysis(analysis_id).evidence[0].id == evidence_id


@pytest.mark.parametrize("count", [1, 13])
def test_a_hypothesis_count_out_of_range_is_refused_and_nothing_changes(
    store: Store, count: int
) -> None:
    with pytest.raises(ValueError, match="2-12 hypotheses"):
        store.ach.create_analysis("Q", [f"H{n}" for n in range(count)])
    assert store.ach.list_analyses() == []


def test_no_thirteenth_hypothesis_and_never_fewer_than_two(store: Store) -> None:
    analysis_id = store.ach.create_analysis("Q", [f"H{n}" for n in range(12)]).ids[0]
    with pytest.raises(ValueError, match="2-12"):
        store.ach.add_hypothesis(analysis_id, "one more")
    small, (first, _) = _analysis(store)
    with pytest.raises(ValueError, match="2-12"):
        store.ach.remove_hypothesis(first)
    assert len(store.ach.get_analysis(small).hypotheses) == 2


def test_unknown_rating_and_ids_are_refused_and_change_nothing(store: Store) -> None:
    analysis_id, (yes, _) = _analysis(store)
    claim_id = _claim(store)
    evidence_id = store.ach.add_evidence(analysis_id, claim_id).ids[0]
    before = store.history.undo_labels()
    with pytest.raises(ValueError, match="rating must be one of"):
        store.ach.rate(evidence_id, yes, "maybe")
    with pytest.raises(LookupError, match="no hypothesis with id 99"):
        store.ach.rate(evidence_id, 99, "C")
    with pytest.raises(LookupError, match="no analysis"):
        store.ach.add_evidence(99, 1)
    with pytest.raises(ValueError, match="already evidence"):
        store.ach.add_evidence(analysis_id, claim_id)
    assert store.history.undo_labels() == before
    assert store.ach.get_analysis(analysis_id).evidence[0].ratings == {}


def test_deleting_a_claim_removes_its_rows_and_undo_brings_them_back(store: Store) -> None:
    analysis_id, (yes, _) = _analysis(store)
    claim_id = _claim(store)
    evidence_id = store.ach.add_evidence(analysis_id, claim_id).ids[0]
    store.ach.rate(evidence_id, yes, "I")
    assert [a.id for a in store.ach.analyses_using(claim_id)] == [analysis_id]
    store.annotations.delete_annotation(claim_id)
    assert store.ach.get_analysis(analysis_id).evidence == ()
    assert store.ach.analyses_using(claim_id) == []
    with pytest.raises(LookupError, match="deleted"):
        store.ach.add_evidence(analysis_id, claim_id)
    store.history.undo()
    assert store.ach.get_analysis(analysis_id).evidence[0].ratings == {yes: "I"}


def test_grades_and_corroborating_sources_reach_the_rows(store: Store) -> None:
    analysis_id, _ = _analysis(store)
    claim_id = _claim(store)
    other = _claim(store, 2)
    store.grades.grade_source("Reuters", "B")
    store.grades.grade_claim(claim_id, 2)
    store.claims.link_claims(other, claim_id, "same")
    store.ach.add_evidence(analysis_id, claim_id)
    row = store.ach.get_analysis(analysis_id).evidence[0]
    assert (row.reliability, row.credibility, row.sources) == ("B", 2, 2)


def test_a_highlight_can_be_evidence(store: Store) -> None:
    analysis_id, _ = _analysis(store)
    highlight_id = store.annotations.add_annotation(1, 0, 12)[0]
    store.ach.add_evidence(analysis_id, highlight_id)
    row = store.ach.get_analysis(analysis_id).evidence[0]
    assert (row.kind, row.status, row.statement) == ("highlight", None, TEXT[:12])


def test_a_question_or_hypothesis_longer_than_a_label_is_refused(store: Store) -> None:
    """The window and an import reach the store without the CLI's check: it refuses too."""
    with pytest.raises(ValueError, match="a question is at most 500 characters"):
        store.ach.create_analysis("q" * 501)
    analysis_id, hypothesis_ids = _analysis(store)
    with pytest.raises(ValueError, match="a hypothesis is at most 500 characters"):
        store.ach.edit_hypothesis(hypothesis_ids[0], "h " * 400)
    store.ach.set_question(analysis_id, "q" * 500)  # the longest label is kept
