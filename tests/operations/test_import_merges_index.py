"""An import that stored many documents merges the search index at its end; a small one not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import segment_count, write_article_folder
from workbench.core.progress import Progress
from workbench.operations import importing
from workbench.operations.importing import import_paths, import_steps
from workbench.store import Store

THRESHOLD = 20


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(importing, "MERGE_AFTER_DOCUMENTS", THRESHOLD)
    with Store(tmp_path / "library.sqlite") as opened:
        yield opened


def test_an_import_of_many_documents_leaves_one_segment(store: Store, tmp_path: Path) -> None:
    report = import_paths(store, [write_article_folder(tmp_path / "in", THRESHOLD)], analyze=False)
    assert len(report.imported) == THRESHOLD
    assert segment_count(store) == 1
    assert len(store.library.search("tariffs", limit=100)) == THRESHOLD


def test_a_smaller_import_leaves_the_segments_to_automerge(store: Store, tmp_path: Path) -> None:
    folder = write_article_folder(tmp_path / "in", THRESHOLD - 1)
    report = import_paths(store, [folder], analyze=False)
    assert len(report.imported) == THRESHOLD - 1
    assert segment_count(store) > 1


def test_a_cancel_during_the_merge_keeps_every_document(store: Store, tmp_path: Path) -> None:
    progress = Progress()
    steps = import_steps(store, [write_article_folder(tmp_path / "in", 3 * THRESHOLD)],
                         analyze=False, progress=progress)
    taken: list[int] = []
    store.library.merge_search_index = lambda: _cancel_at_first(progress, taken)
    report = importing.run_steps(steps)
    assert len(report.imported) == 3 * THRESHOLD
    assert not report.cancelled  # every document was stored: only the merge stopped
    assert store.documents.count_documents() == 3 * THRESHOLD
    assert taken == [1]  # the merge's later steps were never asked for


def _cancel_at_first(progress: Progress, taken: list[int]):
    """Merge steps (three, pages written made up) whose first one the analyst cancels."""
    for pages in (1, 2, 3):
        taken.append(pages)
        if pages == 1:
            progress.cancel()
        yield pages
