"""Run extraction in worker processes so both cores parse while the store keeps writing.

Why processes: spaCy's parser holds the GIL, so threads would not use the
second core. Workers are started with ``spawn`` (safe beside Qt and threads),
load the model once each, and return small ``Analysis`` records; the parent
process alone writes to the library.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass

from workbench.core.models import Analysis

Item = tuple[int, str, str]
# Restart a worker after this many batches: spaCy's memory zones keep the
# vocabulary flat, and recycling bounds whatever else a long run accumulates.
RECYCLE_AFTER_BATCHES = 250


@dataclass(frozen=True)
class AnalysisResult:
    """The analysis of one document, or why it failed."""

    document_id: int
    analysis: Analysis | None
    error: str | None = None


def default_workers() -> int:
    """Use every core, up to two processes per two cores (the machine's size here)."""
    return max(1, min(os.cpu_count() or 1, 4))


def analyze_items(
    items: list[Item],
    workers: int | None = None,
    batch_size: int = 8,
    niceness: int = 0,
    published: Mapping[int, str | None] | None = None,
) -> Iterator[AnalysisResult]:
    """Yield one result per item; small jobs run in-process, large ones in a process pool.

    ``niceness`` lowers the pool workers' CPU priority (``os.nice``): the
    desktop app passes 10 so its UI thread and store writer always get a core
    first; the command line keeps 0. ``published`` (id -> publication date)
    anchors each document's relative dates.
    """
    workers = default_workers() if workers is None else workers
    published = published or {}
    if workers <= 1 or len(items) < 4 * batch_size:
        yield from _analyze_here(items, published)
        return
    yield from _analyze_in_pool(items, workers, batch_size, niceness, published)


def _analyze_here(
    items: Iterable[Item], published: Mapping[int, str | None] | None = None
) -> Iterator[AnalysisResult]:
    for item in items:
        yield from _safe_batch([item], _dates_of([item], published))


def _dates_of(batch: list[Item], published: Mapping[int, str | None] | None) -> dict[int, str]:
    """The publication dates of one batch's documents (all a worker process needs)."""
    published = published or {}
    return {doc_id: date for doc_id, _, _ in batch if (date := published.get(doc_id))}


def _analyze_in_pool(
    items: list[Item], workers: int, batch_size: int, niceness: int = 0,
    published: Mapping[int, str | None] | None = None,
) -> Iterator[AnalysisResult]:
    """Keep at most two batches per worker in flight so memory stays bounded."""
    batches = [items[i : i + batch_size] for i in range(0, len(items), batch_size)]
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_warm_up,
        initargs=(niceness,),
        max_tasks_per_child=RECYCLE_AFTER_BATCHES,
    )
    pending: set[Future[list[AnalysisResult]]] = set()
    reniced: set[int] = set()
    try:
        queue = iter(batches)
        for batch in queue:
            pending.add(pool.submit(_safe_batch, batch, _dates_of(batch, published)))
            _renice_new_workers(pool, niceness, reniced)
            if len(pending) >= 2 * workers:
                break
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                yield from future.result()
                next_batch = next(queue, None)
                if next_batch is not None:
                    pending.add(pool.submit(_safe_batch, next_batch,
                                            _dates_of(next_batch, published)))
                    _renice_new_workers(pool, niceness, reniced)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _renice_new_workers(pool: ProcessPoolExecutor, niceness: int, done: set[int]) -> None:
    """Lower the priority of worker processes from the parent, as soon as they exist.

    Why from the parent: a spawned worker starts a whole interpreter and
    imports its modules before its initializer can lower its own priority;
    two of them doing that at normal priority on two cores starved the UI
    thread for 50–60 ms at the start of every import from the window.
    ``_processes`` is the executor's private pid map (stable since Python 3.8);
    without it the initializer still lowers the priority, only later.
    """
    if not niceness or not hasattr(os, "setpriority"):
        return
    for pid in list(getattr(pool, "_processes", None) or {}):
        if pid not in done:
            done.add(pid)
            _set_niceness(pid, niceness)


def _set_niceness(pid: int, niceness: int) -> None:
    """Set ``pid``'s niceness (absolute, so setting it twice is harmless)."""
    try:
        os.setpriority(os.PRIO_PROCESS, pid, niceness)
    except (OSError, AttributeError):
        pass  # gone already, not permitted, or not a POSIX system: normal priority


def _warm_up(niceness: int = 0) -> None:
    """Lower this worker's priority if asked, then load the model once per worker process."""
    from workbench.nlp.pipeline import load_pipeline

    if niceness:
        _set_niceness(0, niceness)
    load_pipeline()


def _safe_batch(
    batch: list[Item], published: Mapping[int, str] | None = None
) -> list[AnalysisResult]:
    """Analyse a batch; if it fails, retry its documents one by one so one bad text fails alone."""
    from workbench.nlp.pipeline import analyze_many

    try:
        return [AnalysisResult(doc_id, analysis)
                for doc_id, analysis in analyze_many(batch, published=published)]
    except Exception:  # noqa: BLE001 - isolate the failing document below
        if len(batch) == 1:
            return [_failure(batch[0])]
    return [result for item in batch for result in _safe_batch([item], published)]


def _failure(item: Item) -> AnalysisResult:
    import traceback

    last = traceback.format_exc(limit=1).strip().splitlines()[-1]
    return AnalysisResult(item[0], None, f"analysis failed: {last}")
