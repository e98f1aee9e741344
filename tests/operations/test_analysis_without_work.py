"""An analysis with nothing to analyse counts no labels: no thread, no gazetteer loaded.

Why: the library's labels are counted on a thread of their own
(``background_labels``), loading the gazetteer and walking every entity; a run
that found no pending document started that thread all the same, for a count
nobody reads (every ``analyze`` with nothing pending, every import of duplicates).
"""

from __future__ import annotations

from typing import Any

import pytest

from workbench.core.models import Article
from workbench.operations import analysis
from workbench.store import Store


@pytest.fixture()
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    started: list[int] = []
    real = analysis.BackgroundLabels

    def counting(rows: Any) -> Any:
        started.append(len(rows))
        return real(rows)

    monkeypatch.setattr(analysis, "BackgroundLabels", counting)
    return started


def test_no_pending_document_starts_no_label_count(counted: list[int]) -> None:
    with Store() as store:
        store.documents.add_article(Article(title="Kept", text="The council met on Monday."),
                                    analyze=False)  # imported unanalysed: not pending
        report = analysis.analyze_pending(store, workers=1)
    assert report.analyzed == [] and report.failed == []
    assert counted == []


def test_an_empty_library_starts_no_label_count(counted: list[int]) -> None:
    with Store() as store:
        analysis.analyze_pending(store, workers=1)
    assert counted == []
