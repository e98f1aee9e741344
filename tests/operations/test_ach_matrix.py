"""operations.ach: a worked example scored by hand, from the store's rows to the record."""

from __future__ import annotations

import math

import pytest

from workbench.core.ach_scoring import hypotheses_by_rank
from workbench.core.models import Article
from workbench.operations.ach import analysis_record
from workbench.store import Store

TEXT = "The minister said the bridge would reopen in May. Engineers disagreed with him."


def _claim(store: Store, doc_id: int) -> int:
    text = store.documents.document_text(doc_id)
    start = text.index("the bridge")
    return store.claims.add_claim(doc_id, start, start + len("the bridge would reopen"))[0]


@pytest.fixture
def worked() -> tuple[Store, int, list[int], list[int]]:
    """Three hypotheses, three rows:

    E1 Reuters (B) credibility 2: weight 2**0.25 * 2**0.25 = sqrt 2; H1 C, H2 I, H3 II
    E2 AP, ungraded, linked "same" to a Reuters claim: weight 1, two sources; H1 I, H2 N, H3 CC
    E3 Blab (E) credibility 3, disputed: weight 1/sqrt 2; H1 N, H2 I, H3 unrated
    """
    store = Store(None)
    for number, source in enumerate(("Reuters", "AP", "Blab")):
        store.documents.add_article(Article(title=source, text=f"{number}. {TEXT}", source=source))
    store.grades.grade_source("Reuters", "B")
    store.grades.grade_source("Blab", "E")
    e1, e2, e3 = _claim(store, 1), _claim(store, 2), _claim(store, 3)
    store.grades.grade_claim(e1, 2)
    store.grades.grade_claim(e3, 3)
    store.claims.set_claim_status(e3, "disputed")
    store.claims.link_claims(e2, e1, "same")
    analysis_id = store.ach.create_analysis("Will it reopen?", ["H1", "H2", "H3"]).ids[0]
    hypotheses = [h.id for h in store.ach.get_analysis(analysis_id).hypotheses]
    rows = [store.ach.add_evidence(analysis_id, claim).ids[0] for claim in (e1, e2, e3)]
    cells = [("C", "I", "II"), ("I", "N", "CC"), ("N", "I", None)]
    for evidence_id, ratings in zip(rows, cells, strict=True):
        for hypothesis_id, rating in zip(hypotheses, ratings, strict=True):
            if rating:
                store.ach.rate(evidence_id, hypothesis_id, rating)
    return store, analysis_id, hypotheses, rows


def test_the_worked_example_scores_as_computed_by_hand(worked) -> None:  # type: ignore[no-untyped-def]
    store, analysis_id, (h1, h2, h3), _ = worked
    record = analysis_record(store, analysis_id)
    scores = {h["id"]: h["inconsistency"] for h in record["hypotheses"]}
    # H1: I on E2 (1 x 1) = 1
    # H2: I on E1 (1 x sqrt 2) + I on E3 (1 x 1/sqrt 2) = 1.41421 + 0.70711 = 2.12132
    # H3: II on E1 (2 x sqrt 2) = 2.82843
    assert scores[h1] == pytest.approx(1.0)
    assert scores[h2] == pytest.approx(math.sqrt(2) + 1 / math.sqrt(2), abs=1e-4)
    assert scores[h3] == pytest.approx(2 * math.sqrt(2), abs=1e-4)
    assert [h["id"] for h in hypotheses_by_rank(record)] == [h1, h2, h3]


def test_the_worked_example_rows_have_diagnosticity_weights_and_flags(worked) -> None:  # type: ignore[no-untyped-def]
    store, analysis_id, _, _ = worked
    rows = analysis_record(store, analysis_id)["evidence"]
    # E1: C=1, I=-1, II=-2 -> 3; E2: I=-1, N=0, CC=2 -> 3; E3: N=0, I=-1 -> 1
    assert [row["diagnosticity"] for row in rows] == [3, 3, 1]
    assert [row["weight"] for row in rows] == pytest.approx([1.4142, 1.0, 0.7071])
    assert [row["grade"] for row in rows] == ["B2", "", "E3"]
    # E1 and E2 are linked "same" across Reuters and AP: two sources each; E3 stands alone
    assert [row["flags"] for row in rows] == [[], [], ["single source", "disputed"]]
    assert [row["sources"] for row in rows] == [2, 2, 1]
