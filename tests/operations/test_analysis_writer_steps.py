"""The analysis's steps on the writer's thread stay short: labels are counted elsewhere.

An attack run measured a 0.85-0.9 s first step (the gazetteer loaded and every entity
counted for the library's labels) during which every queued analyst action waited.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from workbench.core.models import Analysis, Article, Mention
from workbench.nlp.library_labels import LibraryLabels
from workbench.nlp.workers import AnalysisResult
from workbench.operations import analysis as analysis_module
from workbench.operations.analysis import analysis_steps
from workbench.store import Store

Item = tuple[int, str, str]


def _one_mention_each(items: list[Item], _published: Mapping[int, str]) -> Iterable[object]:
    for doc_id, _title, text in items:
        start = text.index("Hart")
        yield AnalysisResult(doc_id, Analysis(mentions=[
            Mention(start=start, end=start + 4, text="Hart", label="PERSON", entity="Hart")]))


def _add(store: Store, *texts: str) -> list[int]:
    return [store.documents.add_article(Article(title=text[:12], text=text)).documents_added[0]
            for text in texts]


def test_the_library_labels_are_not_counted_on_the_writer_thread(
        library_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(library_path)
    _add(store, "Bob Hart spoke.", "Hart left early.")
    counted_on: list[threading.Thread] = []
    real = LibraryLabels.from_rows

    def recording(rows: Iterable[Mapping[str, object]]) -> LibraryLabels:
        counted_on.append(threading.current_thread())
        return real(rows)

    monkeypatch.setattr(analysis_module.LibraryLabels, "from_rows", staticmethod(recording))
    steps = analysis_steps(store, extractor=_one_mention_each)
    for _ in steps:
        pass
    assert counted_on and threading.current_thread() not in counted_on
    statuses = {row[0] for row in store.db.execute("SELECT status FROM documents")}
    assert statuses == {"analyzed"}  # the labels still reach every saved result


def test_a_failure_counting_the_labels_is_raised_on_the_writer(
        library_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(library_path)
    _add(store, "Bob Hart spoke.")

    def broken(_rows: Iterable[Mapping[str, object]]) -> LibraryLabels:
        raise RuntimeError("labels broke")

    monkeypatch.setattr(analysis_module.LibraryLabels, "from_rows", staticmethod(broken))
    with pytest.raises(RuntimeError, match="labels broke"):
        for _ in analysis_steps(store, extractor=_one_mention_each):
            pass
