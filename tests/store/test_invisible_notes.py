"""A note in which nothing shows is no note: the highlight stays a highlight.

Attack run 18: ``note 1 $'\\u200b'`` (and ``annotate --note $'\\u200b'``) made a highlight
a "note" with a marker in the margin, an empty "Note:" in the exports and nothing to read,
though a note of spaces alone already counted as none.
"""

from __future__ import annotations

import pytest

from workbench.core.models import Article
from workbench.store import Store

TEXT = "The harbour master, Ellen Dray, said the pier would reopen on Thursday."
INVISIBLE = ["\u200b", "\u2060\ufeff", " \u00ad ", "\u200e\n"]


@pytest.fixture
def doc(store: Store) -> int:
    return store.documents.add_article(Article(title="Pier", text=TEXT)).documents_added[0]


def _span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


@pytest.mark.parametrize("note", INVISIBLE)
def test_a_new_highlight_with_an_invisible_note_is_a_highlight(
        store: Store, doc: int, note: str) -> None:
    annotation_id, _ = store.annotations.add_annotation(doc, *_span("Ellen Dray"), note_md=note)
    annotation = store.annotations.get_annotation(annotation_id)
    assert (annotation.kind, annotation.note_md) == ("highlight", "")


@pytest.mark.parametrize("note", INVISIBLE)
def test_a_note_replaced_by_an_invisible_one_becomes_a_highlight(
        store: Store, doc: int, note: str) -> None:
    annotation_id, _ = store.annotations.add_annotation(
        doc, *_span("the pier"), note_md="Check with the port authority.")
    store.annotations.edit_note(annotation_id, note)
    annotation = store.annotations.get_annotation(annotation_id)
    assert (annotation.kind, annotation.note_md) == ("highlight", "")


def test_a_note_with_a_word_beside_a_zero_width_space_is_kept_as_written(
        store: Store, doc: int) -> None:
    annotation_id, _ = store.annotations.add_annotation(
        doc, *_span("Thursday"), note_md="\u200bconfirm")
    annotation = store.annotations.get_annotation(annotation_id)
    assert (annotation.kind, annotation.note_md) == ("note", "\u200bconfirm")
