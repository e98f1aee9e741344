"""Highlights and claims read only their span's window of the text, never the whole document.

Why it matters: the writer's fast lane runs analyst actions; reading a 50 MB
text for each highlight held it for ~200 ms (a claim read it twice).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from workbench.core.anchoring import select_span
from workbench.core.models import Article
from workbench.store import Store

# Code points outside the BMP and combining marks: SQLite's substr must count as Python does.
TEXT = "😀 Zoë said: “naïve 𝔘nicode ẞtreet” — the end of 𝔱𝔥𝔢 line. " * 6


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """Collect the SQL the store runs inside the block."""
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        store.db.conn.set_trace_callback(None)


@pytest.fixture
def doc(store: Store) -> int:
    result = store.documents.add_article(Article(title="Wide", text=TEXT), analyze=False)
    return int(result.documents_added[0])


def stored_text(store: Store, doc: int) -> str:
    return store.documents.document_text(doc)


@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_a_highlight_keeps_the_same_selectors_read_from_its_window(
    store: Store, doc: int, where: str
) -> None:
    text = stored_text(store, doc)
    start = {"start": 0, "middle": text.index("𝔘nicode", 100), "end": len(text) - 9}[where]
    end = min(len(text), start + 9)
    annotation_id, _ = store.annotations.add_annotation(doc, start, end)
    row = store.annotations.get_annotation(annotation_id)
    expected = select_span(text, start, end)
    assert (row.exact, row.prefix, row.suffix) == (
        expected.exact, expected.prefix, expected.suffix,
    )


def test_highlights_and_claims_never_select_the_whole_text(store: Store, doc: int) -> None:
    text = stored_text(store, doc)
    start = text.index("naïve")
    with statements(store) as seen:
        store.annotations.add_annotation(doc, start, start + 5)
        claim_id, _ = store.claims.add_claim(doc, start + 6, start + 20)
    whole_text_reads = [sql for sql in seen if "SELECT text FROM documents" in sql]
    assert whole_text_reads == []
    assert store.claims.get_claim(claim_id).statement == text[start + 6 : start + 20]


@pytest.mark.parametrize("span", [(-1, 3), (5, 5), (8, 4), (0, 10_000)])
def test_a_span_outside_the_text_is_refused_with_its_length(
    store: Store, doc: int, span: tuple[int, int]
) -> None:
    length = len(stored_text(store, doc))
    with pytest.raises(ValueError, match=f"outside the text \\(length {length}\\)"):
        store.annotations.add_annotation(doc, *span)


def test_a_missing_document_is_named(store: Store) -> None:
    with pytest.raises(LookupError, match="no document with id 99"):
        store.annotations.add_annotation(99, 0, 3)


@pytest.mark.parametrize("piece", [1, 5, 7, 64])
def test_a_window_read_in_small_pieces_splits_no_character(
    store: Store, doc: int, piece: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pieces end inside four-byte characters; the window must still match the text."""
    from workbench.store import text_windows

    monkeypatch.setattr(text_windows, "WINDOW_PIECE", piece)
    text = stored_text(store, doc)
    for start in (0, 1, text.index("𝔱"), len(text) - 3):
        window = text_windows.document_window(store.db, doc, start, start + 3)
        low = max(0, start - 32)
        assert (window.offset, window.text) == (low, text[low : start + 3 + 32])
    assert text_windows.document_window(store.db, doc, 5, 5).text_length == len(text)


def test_a_highlight_or_claim_reads_its_window_once(
    store: Store, doc: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The undo label is named from the window the selectors were read from, not a second read."""
    from workbench.store import text_windows

    reads: list[int] = []
    read_window = text_windows._window_of

    def counted(*args: object, **kwargs: object) -> object:
        reads.append(1)
        return read_window(*args, **kwargs)

    monkeypatch.setattr(text_windows, "_window_of", counted)
    text = stored_text(store, doc)
    start = text.index("naïve")
    store.annotations.add_annotation(doc, start, start + 5)
    assert (len(reads), store.history.undo_labels()[0]) == (1, "Highlight “naïve”")
    store.claims.add_claim(doc, start + 6, start + 13)
    assert (len(reads), store.history.undo_labels()[0]) == (2, "Mark claim “𝔘nicode”")
