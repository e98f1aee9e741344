"""Name, speaker and tag filters match ``%`` and ``_`` as themselves, not as SQL wildcards.

Before: ``workbench entities --name %`` and ``quotes --speaker %`` listed everything,
``--name _`` every name, and ``claims --tag a_b`` took the tag "acb/x" for one of a_b's
children: the LIKE patterns were built from the analyst's text without escaping.
"""

from __future__ import annotations

import pytest

from workbench.core.labels import label_key
from workbench.core.models import Article
from workbench.store import Store

TEXT = "Acme said 100% of the crews were back. Zeta said the rest would follow."


@pytest.fixture
def store() -> Store:
    store = Store(None)
    store.documents.add_article(Article(title="Crews return", text=TEXT), analyze=False)
    with store.db.conn:
        for name in ("100% Crews", "Acme", "Zeta"):
            store.db.execute("INSERT INTO entities (name, name_key, label) VALUES (?, ?, 'ORG')",
                             [name, label_key(name)])
        for start, end, speaker in ((10, 37, "Acme"), (44, 70, "Zeta")):
            store.db.execute(
                'INSERT INTO quotes (document_id, start, "end", text, kind, speaker_text)'
                " VALUES (1, ?, ?, ?, 'indirect', ?)",
                [start, end, TEXT[start:end], speaker],
            )
    return store


def test_a_percent_sign_in_an_entity_name_filter_is_a_percent_sign(store: Store) -> None:
    assert [e["name"] for e in store.entities.list_entities(name="%")] == ["100% Crews"]
    assert store.entities.list_entities(name="_") == []


def test_a_percent_sign_in_a_speaker_filter_matches_no_speaker_without_one(store: Store) -> None:
    assert store.analysis.list_quotes(speaker="%") == []
    assert [q["speaker_text"] for q in store.analysis.list_quotes(speaker="Zet")] == ["Zeta"]


def test_an_underscore_in_a_tag_filter_does_not_reach_a_lookalike_tag(store: Store) -> None:
    claim, _ = store.claims.add_claim(1, 0, 4)
    store.tags.tag_annotation(claim, "acb/x")
    assert store.claims.list_claims(tag="a_b") == []
    assert [c.id for c in store.claims.list_claims(tag="acb")] == [claim]
