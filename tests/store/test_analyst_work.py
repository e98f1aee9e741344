"""Tags, annotations, claims, links and exact undo/redo through the Store."""

from __future__ import annotations

from typing import Any

import pytest

from workbench.core.labels import normalize_tag_path
from workbench.core.models import Article
from workbench.store import Store

TEXT_A = 'Miller said "sanctions are coming soon" to reporters. 🙂 Kim met Putin.'
TEXT_B = "The US warned that sanctions were coming, officials said."


@pytest.fixture
def two_docs(store: Store) -> tuple[Store, int, int]:
    a = store.documents.add_article(Article(title="Alpha", text=TEXT_A)).documents_added[0]
    b = store.documents.add_article(Article(title="Beta", text=TEXT_B)).documents_added[0]
    return store, a, b


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every analyst table's full contents, for exact before/after comparisons."""
    tables = [
        "tags",
        "document_tags",
        "annotations",
        "span_tags",
        "claims",
        "claim_status_history",
        "links",
        "suggestion_rejections",
    ]
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("topic/sanctions", "topic/sanctions"),
        (" topic // sanctions ", "topic/sanctions"),
        ("a /  b c/", "a/b c"),
    ],
)
def test_tag_paths_are_normalised(raw: str, expected: str) -> None:
    assert normalize_tag_path(raw) == expected


def test_annotation_stores_position_exact_prefix_suffix(two_docs: tuple[Store, int, int]) -> None:
    store, a, _ = two_docs
    start, end = span(TEXT_A, "Kim met Putin")
    annotation_id, _ = store.annotations.add_annotation(
        a, start, end, note_md="**who** met", color="green"
    )
    row = store.annotations.get_annotation(annotation_id)
    assert row.exact == "Kim met Putin"
    assert row.prefix == TEXT_A[max(0, start - 32) : start]
    assert row.suffix == "."
    assert row.kind == "note" and row.color == "#bbf7d0"


def test_invalid_span_is_refused(two_docs: tuple[Store, int, int]) -> None:
    store, a, _ = two_docs
    with pytest.raises(ValueError, match="outside"):
        store.annotations.add_annotation(a, 5, 500)


def test_tag_rename_moves_children_and_merge_keeps_annotations(
    two_docs: tuple[Store, int, int],
) -> None:
    store, a, b = two_docs
    store.tags.tag_document(a, "topic/sanctions")
    store.tags.tag_document(b, "topic/sanctions/us")
    annotation_id, _ = store.annotations.add_annotation(a, 0, 6, tags=("people",))
    store.tags.rename_tag("topic", "theme")
    assert store.tags.document_tags(b) == ["theme/sanctions/us"]
    store.tags.merge_tags("people", "theme/sanctions")
    assert store.annotations.annotation_tags(annotation_id) == ["theme/sanctions"]
    store.tags.delete_tag("theme/sanctions")
    assert store.annotations.get_annotation(annotation_id).tags == ()
    assert store.tags.document_tags(a) == []


def test_claim_status_history_and_links_read_both_ways(two_docs: tuple[Store, int, int]) -> None:
    store, a, b = two_docs
    first, _ = store.claims.add_claim(a, *span(TEXT_A, '"sanctions are coming soon"'))
    second, _ = store.claims.add_claim(b, *span(TEXT_B, "sanctions were coming"))
    assert store.claims.get_claim(first).statement == "sanctions are coming soon"
    store.claims.set_claim_status(first, "corroborated", note="two sources")
    assert [h.status for h in store.claims.claim_history(first)] == [
        "unverified",
        "corroborated",
    ]
    link, _ = store.claims.link_claims(first, second, "same")
    links = store.claims.all_links()
    again, changes = store.claims.link_claims(second, first, "same")  # the same link, read back
    assert (again, changes.claims, store.claims.all_links()) == (link, False, links)
    with pytest.raises(ValueError, match="already linked"):
        store.claims.link_claims(second, first, "same", note="another reading")
    store.claims.link_claims(second, first, "supports", note="backs it")
    seen_from_first = {link.reads for link in store.claims.claim_links(first)}
    assert seen_from_first == {"same", "supported by"}
    assert [c.id for c in store.claims.list_claims(status="corroborated")] == [first]


def test_claims_filter_by_tag_claimant_and_document(two_docs: tuple[Store, int, int]) -> None:
    store, a, b = two_docs
    first, _ = store.claims.add_claim(a, 0, 6, claimant_text="Matthew Miller")
    second, _ = store.claims.add_claim(b, 0, 6)
    store.tags.tag_annotation(second, "topic/sanctions")
    assert [c.id for c in store.claims.list_claims(tag="topic")] == [second]
    assert [c.id for c in store.claims.list_claims(claimant="matthew miller")] == [first]
    assert [c.id for c in store.claims.list_claims(document_id=b)] == [second]


def test_undo_redo_sequence_restores_exact_states(two_docs: tuple[Store, int, int]) -> None:
    store, a, b = two_docs
    states = [snapshot(store)]
    first, _ = store.claims.add_claim(a, 0, 6)
    states.append(snapshot(store))
    second, _ = store.claims.add_claim(b, 0, 6)
    states.append(snapshot(store))
    store.claims.link_claims(first, second, "contradicts")
    states.append(snapshot(store))
    store.tags.tag_annotation(first, "topic/x")
    states.append(snapshot(store))
    store.annotations.delete_annotation(first)
    states.append(snapshot(store))
    for expected in reversed(states[:-1]):
        assert store.history.undo() is not None
        assert snapshot(store) == expected
    assert store.history.undo() is None
    for expected in states[1:]:
        assert store.history.redo() is not None
        assert snapshot(store) == expected
    assert store.history.redo() is None


def test_new_action_after_undo_drops_redo(two_docs: tuple[Store, int, int]) -> None:
    store, a, _ = two_docs
    store.tags.tag_document(a, "one")
    store.history.undo()
    store.tags.tag_document(a, "two")
    assert store.history.undo_labels() == ("Tag document “Alpha” with two", None)


def test_undo_survives_reopening_the_library(library_path: Any) -> None:
    store = Store(library_path)
    doc = store.documents.add_article(Article(title="T", text=TEXT_A)).documents_added[0]
    claim_id, _ = store.claims.add_claim(doc, 0, 6)
    store.close()
    reopened = Store(library_path)
    assert reopened.history.undo_labels()[0] == "Mark claim “Miller”"
    reopened.history.undo()
    with pytest.raises(LookupError):
        reopened.claims.get_claim(claim_id)
    reopened.close()
    again = Store(library_path)
    again.history.redo()
    assert again.claims.get_claim(claim_id).text == "Miller"
    again.close()
