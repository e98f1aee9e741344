"""An analyst's action refreshes only its document's row; bulk refreshes are spaced out.

Issue 14, part 4: during an import every highlight, claim or undo used to
re-read the listing and repaint every visible row. These tests count reads
and repaints, never time.
"""

from __future__ import annotations

import pytest

from workbench.core.models import Article, Changes
from workbench.ui.library.model import COLUMN_INDEX, LibraryModel
from workbench.ui.library.row_refresh import (
    ACTION_REFRESH_MS,
    BULK_REFRESH_MS,
    delay_ms,
)


@pytest.fixture
def listed(store, make_document):
    """A model over five documents with its first page read, counting listing reads."""
    ids = [make_document(store, f"Doc {n}", f"Body text number {n} is here.",
                         published=f"2024-01-0{n + 1}") for n in range(5)]
    model = LibraryModel(store)
    model.set_order("title", False)
    assert model.row_data(0) is not None  # the page the view would show
    reads: list[str] = []
    listing, rows = store.library.library_ids, store.library.library_rows
    store.library.library_ids = lambda *a, **k: reads.append("ids") or listing(*a, **k)
    store.library.library_rows = lambda *a, **k: reads.append("rows") or rows(*a, **k)
    repainted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, _roles=(): repainted.append(
        (first.row(), last.row())))
    yield model, ids, reads, repainted
    model.stop()


def test_a_highlight_re_reads_and_repaints_only_its_row(listed, store) -> None:
    model, ids, reads, repainted = listed
    _annotation_id, changes = store.annotations.add_annotation(ids[3], 0, 4)
    model.on_changes(changes)
    assert reads == ["rows"] and repainted == [(3, 3)]
    assert not model.refresh_pending and model.refresh_count == 0
    assert model.index(3, COLUMN_INDEX["annotation_count"]).data() == "1"
    model.on_changes(store.history.undo())
    assert model.index(3, COLUMN_INDEX["annotation_count"]).data() == "0"
    assert model.rows_refreshed == 2 and model.refresh_count == 0


def test_a_document_on_no_cached_page_costs_no_read(listed, store) -> None:
    model, ids, reads, repainted = listed
    model.listing.pages.clear()
    model.on_changes(store.annotations.add_annotation(ids[1], 0, 4)[1])
    assert reads == [] and repainted == [] and not model.refresh_pending


def test_changes_the_rows_cannot_show_still_refresh_the_listing(listed, store) -> None:
    model, ids, reads, _repainted = listed
    model.on_changes(store.tags.tag_document(ids[0], "topic"))
    assert model.refresh_pending and reads == []
    model.refresh()
    model.set_order("annotation_count", True)
    reads.clear()
    model.on_changes(store.annotations.add_annotation(ids[2], 0, 4)[1])
    assert model.refresh_pending and reads == [], "the order by marks may change"


def test_a_refresh_repaints_only_the_rows_that_changed(listed, store) -> None:
    model, ids, _reads, repainted = listed
    store.annotations.add_annotation(ids[2], 0, 4)
    model.refresh()
    assert repainted == [(2, 2)]
    repainted.clear()
    model.refresh()
    assert repainted == []


def test_bulk_changes_refresh_the_listing_at_most_once_a_second(listed, store) -> None:
    model, _ids, _reads, _repainted = listed
    model.refresh()
    added = store.documents.add_article(Article(title="Late", text="Arrived later."))
    model.on_changes(added)
    assert model.refresh_pending
    assert model._refresh_timer.interval() > ACTION_REFRESH_MS
    model.refresh()
    assert model.rowCount() == 6


def test_refresh_delays() -> None:
    assert delay_ms(bulk=False, since_last_ms=0) == ACTION_REFRESH_MS
    assert delay_ms(bulk=True, since_last_ms=0) == BULK_REFRESH_MS
    assert delay_ms(bulk=True, since_last_ms=600) == BULK_REFRESH_MS - 600
    assert delay_ms(bulk=True, since_last_ms=5_000) == ACTION_REFRESH_MS


def test_a_bulk_change_never_takes_the_row_path(listed, store) -> None:
    model, ids, reads, _repainted = listed
    model.on_changes(Changes(documents_changed=(ids[0],)))
    assert model.refresh_pending and reads == [] and model.rows_refreshed == 0
