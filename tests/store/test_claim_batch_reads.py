"""Claims' links and tags read for many claims in one query each (attack run 17).

The claim reads behind the Claims dock and the reader's Claims tab ran a links query
and a tags query per claim; counted here in SQL statements, never timed.
"""

from __future__ import annotations

import pytest

from workbench.core.models import Article
from workbench.store import Store

EMOJI_TAG = "mood/🔥 heated"


def _claims(store: Store, count: int, title: str) -> tuple[int, list[int]]:
    sentences = [f"Officials said item {n} would ship on day {n}." for n in range(count)]
    article = Article(title=title, text=" ".join(sentences), published="2024-03-05")
    doc = store.documents.add_article(article, analyze=False).documents_added[0]
    ids, start = [], 0
    for sentence in sentences:
        ids.append(store.claims.add_claim(doc, start, start + len(sentence))[0])
        start += len(sentence) + 1
    return doc, ids


@pytest.mark.parametrize("count", [3, 300])
def test_a_documents_claims_read_links_and_tags_in_one_query_each(
        store: Store, count: int) -> None:
    """The reader's Claims tab lists ``document_claims``: as many reads for 300 as for 3."""
    doc, ids = _claims(store, count, "Shipping")
    store.claims.link_claims(ids[0], ids[-1], "supports")
    store.tags.tag_annotation(ids[1], EMOJI_TAG)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        claims = store.claims.document_claims(doc)
    finally:
        store.db.conn.set_trace_callback(None)
    assert len(claims) == count
    assert len([s for s in statements if "FROM links" in s]) == 1
    assert len([s for s in statements if "FROM span_tags" in s]) == 1
    assert len(statements) < 10


def test_many_claims_links_and_tags_match_the_one_claim_reads(store: Store) -> None:
    """Across documents, both directions, an emoji tag, a claim with neither: the batched
    rows hold what the one-claim reads give."""
    _doc, here = _claims(store, 3, "Here")
    _other, there = _claims(store, 2, "There")
    store.claims.link_claims(here[0], there[1], "contradicts")
    store.claims.link_claims(there[0], here[0], "supports")
    store.tags.tag_annotation(here[0], EMOJI_TAG)
    store.tags.tag_annotation(here[0], "alpha")
    claims = {claim.id: claim for claim in store.claims.list_claims()}
    assert set(claims) == {*here, *there}
    assert {i for i, claim in claims.items() if claim.links} == {here[0], there[0], there[1]}
    assert {i: list(claim.tags) for i, claim in claims.items() if claim.tags} == {
        here[0]: ["alpha", EMOJI_TAG]}
    assert [(link.other_claim_id, link.direction, link.other_title)
            for link in claims[here[0]].links] == [(there[1], "outgoing", "There"),
                                                   (there[0], "incoming", "There")]
    for claim_id, claim in claims.items():
        assert list(claim.links) == store.claims.claim_links(claim_id)
        assert list(claim.tags) == store.annotations.annotation_tags(claim_id)
