"""The warm extraction process: small jobs run there, a dying process fails one document, stops.

Each test starts a real spawned process that loads the model (a few seconds).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future

import pytest

from workbench.nlp import warm as warm_module
from workbench.nlp import workers
from workbench.nlp.warm import STOPPED, WarmWorker
from workbench.nlp.workers import analyze_items

pytestmark = pytest.mark.slow


def _items(count: int, first: int = 0) -> list[tuple[int, str, str]]:
    return [(number, f"Report {number}",
             f'"We will rebuild the bridge {number}," Mayor Anna Smith said in Boston.')
            for number in range(first, first + count)]


def _speakers(results: list[workers.AnalysisResult]) -> dict[int, list[str | None]]:
    return {result.document_id: [quote.speaker for quote in result.analysis.quotes]
            for result in results if result.analysis is not None}


def _process_ids(worker: WarmWorker) -> set[int]:
    return set(getattr(worker._pool, "_processes", None) or {})  # noqa: SLF001 - the test's probe


@pytest.fixture
def warm() -> Iterator[WarmWorker]:
    worker = WarmWorker()
    yield worker
    worker.shutdown()


def test_small_jobs_run_in_the_warm_process_which_outlives_a_cancelled_job(
        warm, monkeypatch) -> None:
    def not_here(*_args: object, **_options: object) -> None:
        raise AssertionError("a document was analysed in the calling process")

    monkeypatch.setattr(workers, "_safe_batch", not_here)  # the spawned child has its own
    assert warm.start()
    results = analyze_items(_items(3), warm=warm)
    first = next(results)
    results.close()  # a cancelled analysis: no job after the one that answered is run
    assert first.document_id == 0 and not warm.unavailable
    process = _process_ids(warm)
    again = list(analyze_items(_items(2, first=5), warm=warm))
    assert _speakers(again) == {5: ["Anna Smith"], 6: ["Anna Smith"]}
    assert _process_ids(warm) == process  # the same warm process, the model not loaded again


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_a_document_whose_process_dies_fails_alone_and_the_next_gets_a_new_process(
        warm) -> None:
    list(analyze_items(_items(1), warm=warm))  # the model is loaded: the next job parses at once
    (doomed,) = _process_ids(warm)
    long_text = "The council met on Tuesday and voted to rebuild the old bridge. " * 3000
    killer = threading.Timer(0.5, os.kill, (doomed, signal.SIGKILL))
    killer.start()
    try:
        results = list(analyze_items([(7, "Long", long_text), *_items(1, first=8)], warm=warm))
    finally:
        killer.cancel()
    by_id = {result.document_id: result for result in results}
    assert by_id[7].analysis is None and by_id[7].error == STOPPED
    assert _speakers([by_id[8]]) == {8: ["Anna Smith"]}
    assert doomed not in _process_ids(warm)


def test_without_processes_small_jobs_run_in_the_caller(monkeypatch) -> None:
    def no_processes(_method: str) -> None:
        raise OSError("fork is not permitted here")

    monkeypatch.setattr(warm_module.multiprocessing, "get_context", no_processes)
    worker = WarmWorker()
    assert not worker.start() and worker.unavailable
    results = list(analyze_items(_items(2), warm=worker))
    assert _speakers(results) == {0: ["Anna Smith"], 1: ["Anna Smith"]}


def test_after_shutdown_the_process_is_gone_and_jobs_are_left_pending(warm) -> None:
    assert warm.start()
    processes = list(warm._pool._processes.values())  # noqa: SLF001 - the test's probe
    warm.shutdown()
    assert all(process.exitcode is not None for process in processes)
    assert list(analyze_items(_items(2), warm=warm)) == []


def test_a_process_that_dies_before_it_ever_answers_means_jobs_run_in_the_caller(
        monkeypatch) -> None:
    from tests.nlp.warm_support import die_at_start

    monkeypatch.setattr(warm_module, "_warm_up_quietly", die_at_start)
    worker = WarmWorker()
    try:
        results = list(analyze_items(_items(2), warm=worker))
    finally:
        worker.shutdown()
    assert worker.unavailable
    assert _speakers(results) == {0: ["Anna Smith"], 1: ["Anna Smith"]}


def test_a_job_both_a_broken_and_a_fresh_process_refuse_runs_in_the_caller(monkeypatch) -> None:
    """The retry after a broken pool is guarded too: the job falls back instead of raising."""
    class RefusingPool:
        def __init__(self, *_args: object, **_options: object) -> None:
            self.jobs = 0

        def submit(self, function, *args):  # the first call is the start-up ping
            self.jobs += 1
            if self.jobs > 1:
                raise RuntimeError("cannot schedule new futures after shutdown")
            return Future()

        def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
            pass

    ran_here: list[object] = []
    monkeypatch.setattr(warm_module, "ProcessPoolExecutor", RefusingPool)
    monkeypatch.setattr(warm_module, "renice_new_workers", lambda *_args: None)
    monkeypatch.setattr(warm_module, "run_job", lambda job: ran_here.append(job) or [])
    worker = WarmWorker()
    job = workers.BatchJob([(1, "Title", "Text.")])
    assert list(worker.run([job])) == []
    assert ran_here == [job]


def test_the_model_counts_as_loaded_only_once_the_process_answered(warm) -> None:
    """The window said "Loading the language model…" on every analysis: it asks this instead."""
    assert not warm.model_loaded  # nothing started yet
    assert warm.start()
    assert not warm.model_loaded  # spawning and loading the model take seconds
    deadline = time.monotonic() + 120
    while not warm.model_loaded and time.monotonic() < deadline:
        time.sleep(0.1)
    assert warm.model_loaded
    warm.shutdown()
    assert not warm.model_loaded
