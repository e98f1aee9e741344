"""Two analysis runs at once share out the pending documents; a killed run's are taken over."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from workbench.core.models import Analysis, Article
from workbench.nlp.workers import AnalysisResult
from workbench.operations.analysis import analysis_steps, analyze_pending
from workbench.store import AnalysisRun, Store

Item = tuple[int, str, str]


def _add(store: Store, *texts: str) -> list[int]:
    return [store.documents.add_article(Article(title=text[:12], text=text)).documents_added[0]
            for text in texts]


def _recording_extractor(seen: list[int]):
    def extract(items: list[Item], _published: Mapping[int, str]) -> Iterable[object]:
        for doc_id, _title, _text in items:
            seen.append(doc_id)
            yield AnalysisResult(doc_id, Analysis())
    return extract


def _status(store: Store, doc_id: int) -> str:
    return str(store.documents.get_document(doc_id)["status"])


def test_a_second_run_leaves_the_first_run_s_documents_alone(library_path: Path) -> None:
    """The first import's analysis is under way; the second import analyses only its own."""
    first, second = Store(library_path), Store(library_path)
    mine = _add(first, "The mayor opened the bridge.", "The council met on Monday.")
    first_seen: list[int] = []
    second_done = threading.Event()

    def slow_extractor(items: list[Item], published: Mapping[int, str]) -> Iterable[object]:
        second_done.wait(10)  # still parsing while the second import runs
        yield from _recording_extractor(first_seen)(items, published)

    steps = analysis_steps(first, extractor=slow_extractor)
    next(steps)  # the first run has claimed its documents and started
    theirs = _add(second, "Flooding closed the port.", "The port reopened at noon.")
    second_seen: list[int] = []
    report = analyze_pending(second, extractor=_recording_extractor(second_seen))
    assert second_seen == theirs and report.analyzed == theirs
    assert report.left_to_others == len(mine)  # said, so "analysed 2" does not puzzle
    second_done.set()
    for _ in steps:
        pass
    assert sorted(first_seen) == mine
    assert {_status(first, doc) for doc in mine + theirs} == {"analyzed"}
    first.close()
    second.close()


def test_a_killed_run_s_documents_are_picked_up_by_the_next(library_path: Path) -> None:
    store = Store(library_path)
    docs = _add(store, "A fire broke out downtown.", "The fire was put out by dawn.")
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead = AnalysisRun("killed-run", AnalysisRun.of_this_process().host, int(gone.stdout))
    assert store.analysis.claim_pending(dead) == [(d, *_title_text(store, d)) for d in docs]
    seen: list[int] = []
    analyze_pending(store, extractor=_recording_extractor(seen))
    assert seen == docs
    store.close()


def test_a_run_that_fails_gives_back_what_it_did_not_save(store: Store) -> None:
    first, second = _add(store, "Snow closed the pass.", "The pass reopened.")

    def fails_after_one(items: list[Item], _published: Mapping[int, str]) -> Iterable[object]:
        yield AnalysisResult(items[0][0], Analysis())
        raise RuntimeError("the extraction process went away")

    with pytest.raises(RuntimeError, match="went away"):
        analyze_pending(store, extractor=fails_after_one)
    seen: list[int] = []
    analyze_pending(store, extractor=_recording_extractor(seen))
    assert seen == [second]
    assert _status(store, first) == _status(store, second) == "analyzed"


def _title_text(store: Store, doc_id: int) -> tuple[str, str]:
    row = store.documents.get_document(doc_id)
    return row["title"], row["text"]
