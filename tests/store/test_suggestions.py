"""Suggestions of matching statements across documents, on the shipped story clusters."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support import REPO
from workbench.core.anchoring import find_exact
from workbench.operations.importing import import_paths
from workbench.store import Store

CLUSTERS = json.loads((REPO / "tests" / "data" / "seed_clusters.json").read_text())["clusters"]


@pytest.fixture(scope="module")
def seeds() -> Iterator[tuple[Store, dict[str, int]]]:
    store = Store(None)
    import_paths(store, [REPO / "seeds"], analyze=False)
    ids = {row["origin_path"]: row["id"] for row in _rows(store)}
    yield store, ids
    store.close()


def _rows(store: Store) -> list[dict[str, Any]]:
    return [store.documents.get_document(r["id"]) or {} for r in store.documents.list_documents()]


def _doc(ids: dict[str, int], relative: str) -> int:
    return next(doc for path, doc in ids.items() if Path(path).as_posix().endswith(relative))


@pytest.mark.parametrize("cluster", CLUSTERS, ids=[c["story"] for c in CLUSTERS])
def test_a_claim_finds_its_story_in_another_article(
    seeds: tuple[Store, dict[str, int]], cluster: dict[str, Any]
) -> None:
    store, ids = seeds
    story = {_doc(ids, path) for path in cluster["files"]}
    for pair in cluster["shared_facts"]:
        doc_id = _doc(ids, pair["claim_file"])
        start, end = find_exact(store.documents.document_text(doc_id), pair["claim"])
        claim_id, _ = store.claims.add_claim(doc_id, start, end)
        top = store.suggestions.suggest_for_claim(claim_id, limit=5)
        assert any(s.document_id in story - {doc_id} for s in top), (pair["claim"], top)
        store.annotations.delete_annotation(claim_id)


def test_exact_match_and_marked_words(seeds: tuple[Store, dict[str, int]]) -> None:
    store, ids = seeds
    pair = CLUSTERS[0]["shared_facts"][0]
    doc_id = _doc(ids, pair["claim_file"])
    claim_id, _ = store.claims.add_claim(
        doc_id, *find_exact(store.documents.document_text(doc_id), pair["claim"])
    )
    top = store.suggestions.suggest_for_claim(claim_id, limit=5)
    best = next(s for s in top if pair["match"] in s.text)
    other_text = store.documents.document_text(best.document_id)
    assert best.matches and all(best.start <= s < e <= best.end for s, e in best.matches)
    assert all(other_text[s:e].strip() for s, e in best.matches)
    store.annotations.delete_annotation(claim_id)


def test_accept_links_and_reject_never_returns(seeds: tuple[Store, dict[str, int]]) -> None:
    store, ids = seeds
    pair = CLUSTERS[0]["shared_facts"][1]
    doc_id = _doc(ids, pair["claim_file"])
    claim_id, _ = store.claims.add_claim(
        doc_id, *find_exact(store.documents.document_text(doc_id), pair["claim"])
    )
    first, second = store.suggestions.suggest_for_claim(claim_id, limit=10)[:2]
    store.suggestions.accept_suggestion(claim_id, first, "same")
    (link,) = store.claims.claim_links(claim_id)
    assert link.other_document_id == first.document_id and link.relation == "same"
    store.suggestions.reject_suggestion(claim_id, second.document_id, second.start, second.end)
    again = store.suggestions.suggest_for_claim(claim_id, limit=10)
    spans = {(s.document_id, s.start, s.end) for s in again}
    assert (first.document_id, first.start, first.end) not in spans
    assert (second.document_id, second.start, second.end) not in spans
    store.history.undo()
    store.history.undo()
    assert store.claims.claim_links(claim_id) == []
    store.annotations.delete_annotation(claim_id)


def test_batch_keeps_input_order(seeds: tuple[Store, dict[str, int]]) -> None:
    store, _ = seeds
    statements = ["Parliament was suspended for five weeks.", "zzqx qqvv",
                  "The WHO declared a pandemic."]
    results = store.suggestions.suggest_batch(statements, limit=3)
    assert [statement for statement, _ in results] == statements
    assert results[1][1] == [] and results[0][1] and results[2][1]
