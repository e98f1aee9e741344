"""A parent tag counts the documents tagged below it, each once, as the library filter does."""

from __future__ import annotations

from workbench.core.models import Article
from workbench.store import LibraryFilter, Store


def _doc(store: Store, title: str) -> int:
    (doc,) = store.documents.add_article(Article(title, f"{title} said so."),
                                         analyze=False).documents_added
    return doc


def test_a_parent_counts_its_childrens_documents_once(store: Store) -> None:
    docs = [_doc(store, name) for name in ("One", "Two", "Three", "Four")]
    for doc in docs[:3]:
        store.tags.tag_document(doc, "iran/sanctions")
    store.tags.tag_document(docs[0], "iran/nuclear")
    store.tags.tag_document(docs[0], "iran")
    store.tags.tag_document(docs[3], "iranian")  # a sibling whose name starts the same
    store.tags.tag_document(docs[3], "iran0")
    counts = {tag.path: tag.documents for tag in store.tags.list_tags()}
    assert counts == {"iran": 3, "iran/sanctions": 3, "iran/nuclear": 1, "iranian": 1,
                      "iran0": 1}
    assert len(store.library.library_ids(LibraryFilter(tag="iran"))) == counts["iran"]


def test_a_parent_with_no_documents_below_it_counts_none(store: Store) -> None:
    doc = _doc(store, "One")
    store.tags.tag_document(doc, "topic/a")
    store.tags.delete_tag("topic/a")
    store.tags.tag_document(doc, "other")
    assert {t.path: t.documents for t in store.tags.list_tags()} == {"topic": 0, "other": 1}


def test_a_parent_counts_its_childrens_passages_once(store: Store) -> None:
    """40 passages tagged "iran/sanctions" read 0 on "iran": passages counted the tag alone."""
    doc = _doc(store, "One")
    first, _ = store.annotations.add_annotation(doc, 0, 3)
    second, _ = store.annotations.add_annotation(doc, 4, 8)
    store.tags.tag_annotation(first, "iran/sanctions")
    store.tags.tag_annotation(second, "iran/sanctions")
    store.tags.tag_annotation(first, "iran/nuclear")  # one passage under two children: once
    counts = {tag.path: (tag.documents, tag.spans) for tag in store.tags.list_tags()}
    assert counts == {"iran": (0, 2), "iran/nuclear": (0, 1), "iran/sanctions": (0, 2)}
