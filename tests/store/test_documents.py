from __future__ import annotations

import pytest

from workbench.core.models import Article
from workbench.store import DocumentNotFound, Store


def _article(
    title: str = "Sanctions considered", text: str = "The sanctions were imposed."
) -> Article:
    return Article(title=title, text=text, source="Wire", published="2023-09-13")


def test_add_article_stores_row_and_fts(store: Store) -> None:
    changes = store.documents.add_article(_article())
    (doc_id,) = changes.documents_added
    row = store.documents.get_document(doc_id)
    assert row is not None and row["title"] == "Sanctions considered"
    assert row["word_count"] == 4
    assert row["status"] == "pending"
    assert [h.document_id for h in store.library.search("imposed")] == [doc_id]


def test_exact_duplicate_is_reported_not_inserted(store: Store) -> None:
    first = store.documents.add_article(_article())
    second = store.documents.add_article(_article(title="Other title"))
    assert second.documents_added == ()
    assert second.duplicate_of == first.documents_added[0]
    assert store.documents.count_documents() == 1


def test_no_analyze_marks_document_unanalyzed(store: Store) -> None:
    (doc_id,) = store.documents.add_article(_article(), analyze=False).documents_added
    assert store.documents.get_document(doc_id)["status"] == "unanalyzed"  # type: ignore[index]
    assert store.analysis.documents_needing_analysis() == []


def test_resolve_by_id_and_title_prefix(store: Store) -> None:
    (a,) = store.documents.add_article(_article("Alpha report", "one")).documents_added
    (b,) = store.documents.add_article(_article("Alphabet news", "two")).documents_added
    assert store.documents.resolve_document(str(a)) == a
    assert store.documents.resolve_document("alphab") == b
    with pytest.raises(DocumentNotFound, match="several"):
        store.documents.resolve_document("Alpha")
    with pytest.raises(DocumentNotFound, match="no document"):
        store.documents.resolve_document("Zulu")
    with pytest.raises(DocumentNotFound, match="no document with id"):
        store.documents.resolve_document("999")


def test_title_prefix_with_like_wildcards_is_literal(store: Store) -> None:
    store.documents.add_article(_article("100% sure", "one"))
    store.documents.add_article(_article("100 percent", "two"))
    assert (
        store.documents.get_document(store.documents.resolve_document("100%"))["title"]
        == "100% sure"
    )  # type: ignore[index]


def test_list_documents_sorts_and_pages(store: Store) -> None:
    for i, title in enumerate(["b", "a", "c"]):
        store.documents.add_article(_article(title, f"text {i}"))
    titles = [r["title"] for r in store.documents.list_documents(order_by="title")]
    assert titles == ["a", "b", "c"]
    assert [
        r["title"] for r in store.documents.list_documents(order_by="title", limit=1, offset=1)
    ] == ["b"]
    with pytest.raises(ValueError, match="cannot sort"):
        store.documents.list_documents(order_by="text; DROP TABLE documents")


def test_status_update_keeps_fts_in_sync(store: Store) -> None:
    (doc_id,) = store.documents.add_article(_article()).documents_added
    store.analysis.mark_analysis_failed(doc_id)
    assert store.library.count_search("sanctions") == 1
    integrity = store.db.execute(
        "INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)"
    )
    assert integrity is not None
