"""Run extraction in worker processes so both cores parse while the store keeps writing.

Why processes: spaCy's parser holds the GIL, so threads would not use the
second core. Workers are started with ``spawn`` (safe beside Qt and threads),
load the model once each, and return small ``Analysis`` records; the parent
process alone writes to the library. A small job is not worth starting a pool:
it runs in the caller's process (the command line), or in the ``SmallJobRunner``
the caller hands in (the desktop app's warm process, ``warm.py``).
"""

from __future__ import annotations

import ctypes
import itertools
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from workbench.core.models import Analysis, AnalysisItem

# Restart a worker after this many batches: spaCy's memory zones keep the
# vocabulary flat, and recycling bounds whatever else a long run accumulates.
RECYCLE_AFTER_BATCHES = 250
# Fewer documents than this many batches run in-process (or in the warm worker), one per
# job: starting a pool and loading the model in each process costs more than it saves.
POOL_MIN_BATCHES = 4
#: Documents per job in a pool (``analyze_items``' and ``analyze_work``'s default).
ANALYSIS_BATCH = 8
# glibc's ``mallopt`` parameters (malloc.h) and the values a worker sets (``keep_freed_memory``).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: Blocks up to this size come from the heap, not a fresh mapping (glibc's largest on 64 bits).
MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024
#: Freed heap memory up to this much stays with the worker for the next batch.
TRIM_THRESHOLD_BYTES = 256 * 1024 * 1024
T = TypeVar("T")


@dataclass(frozen=True)
class AnalysisResult:
    """The analysis of one document, or why it failed."""

    document_id: int
    analysis: Analysis | None
    error: str | None = None


@dataclass(frozen=True)
class BatchJob:
    """Whole documents to analyse together, with the publication dates that anchor their dates."""

    items: list[AnalysisItem]
    published: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ChunkJob:
    """One chunk of a huge document to analyse: ``text`` starts at ``start`` in the document."""

    document_id: int
    title: str
    start: int
    text: str
    published: str | None = None  # the document's publication date: anchors relative dates

    @property
    def end(self) -> int:
        """Where the chunk ends in the document."""
        return self.start + len(self.text)


@dataclass(frozen=True)
class ChunkResult:
    """The analysis of one chunk (spans in document offsets), or why it failed."""

    document_id: int
    start: int
    end: int
    analysis: Analysis | None
    error: str | None = None


Job = BatchJob | ChunkJob
Result = AnalysisResult | ChunkResult


class SmallJobRunner(Protocol):
    """Where small jobs run instead of this process (``warm.WarmWorker``: the desktop app's)."""

    def run(self, jobs: Iterable[Job]) -> Iterator[Result]: ...


def default_workers() -> int:
    """Use every core, up to two processes per two cores (the machine's size here)."""
    return max(1, min(os.cpu_count() or 1, 4))


def runs_in_pool(
    documents: int, has_chunks: bool = False, workers: int | None = None,
    batch_size: int = ANALYSIS_BATCH,
) -> bool:
    """Whether a run of ``documents`` (and chunks of huge ones) starts a fresh process pool.

    Why one rule: the pool's processes each load the language model, so the desktop
    app tells the analyst it is loading whenever this holds (``warm_analysis``), and
    the analysis decides by the same words (``analyze_work``).
    """
    workers = default_workers() if workers is None else workers
    return workers > 1 and (has_chunks or documents >= POOL_MIN_BATCHES * batch_size)


def analyze_items(
    items: list[AnalysisItem],
    workers: int | None = None,
    batch_size: int = ANALYSIS_BATCH,
    niceness: int = 0,
    published: Mapping[int, str | None] | None = None,
    warm: SmallJobRunner | None = None,
) -> Iterator[AnalysisResult]:
    """Yield one result per item; small jobs run in-process (or ``warm``), large ones in a pool.

    ``niceness`` lowers the pool workers' CPU priority (``os.nice``): the
    desktop app passes 10 so its UI thread and store writer always get a core
    first; the command line keeps 0. ``published`` (id -> publication date)
    anchors each document's relative dates ("Wednesday", "last month").
    """
    for result in analyze_work(items, (), workers, batch_size, niceness, published, warm):
        if isinstance(result, AnalysisResult):
            yield result


def analyze_work(
    items: list[AnalysisItem],
    chunks: Iterable[ChunkJob],
    workers: int | None = None,
    batch_size: int = ANALYSIS_BATCH,
    niceness: int = 0,
    published: Mapping[int, str | None] | None = None,
    warm: SmallJobRunner | None = None,
) -> Iterator[Result]:
    """Analyse whole documents (in batches) and chunks of huge ones, in one set of workers.

    Results come as jobs finish: an ``AnalysisResult`` per document, a
    ``ChunkResult`` per chunk. ``chunks`` is read lazily, so only the chunks in
    flight exist as strings. Small jobs (few documents, no chunk) run
    in-process, or in ``warm`` when given (the desktop app: spaCy must not
    load in the GUI's process), one document per job so each result shows at once.
    """
    workers = default_workers() if workers is None else workers
    chunk_jobs = iter(chunks)
    first_chunk = next(chunk_jobs, None)
    if first_chunk is not None:
        chunk_jobs = itertools.chain([first_chunk], chunk_jobs)
    batches = (
        _batch_job(items[i : i + batch_size], published)
        for i in range(0, len(items), batch_size)
    )
    jobs: Iterator[Job] = itertools.chain(batches, chunk_jobs)
    if not runs_in_pool(len(items), first_chunk is not None, workers, batch_size):
        singles = (_batch_job([item], published) for item in items)
        if warm is not None:
            yield from warm.run(itertools.chain(singles, chunk_jobs))
        else:
            yield from _analyze_here(itertools.chain(singles, chunk_jobs))
        return
    yield from _analyze_in_pool(jobs, workers, niceness)


def _batch_job(batch: list[AnalysisItem], published: Mapping[int, str | None] | None) -> BatchJob:
    """A batch with the publication dates of its documents (all a worker process needs)."""
    published = published or {}
    dates = {doc_id: date for doc_id, _, _ in batch if (date := published.get(doc_id))}
    return BatchJob(batch, dates)


def _analyze_here(jobs: Iterable[Job]) -> Iterator[Result]:
    """Run ``jobs`` one by one in this process, each result as its job ends."""
    for job in jobs:
        yield from run_job(job)


def run_job(job: Job) -> list[Result]:
    """Run one job in this process: a batch of whole documents, or one chunk.

    The unit a worker runs (here in a local process pool; a cluster runner
    can send the same jobs elsewhere).
    """
    if isinstance(job, ChunkJob):
        return list(_safe_chunk(job))
    return list(_safe_batch(job.items, job.published))


def _analyze_in_pool(jobs: Iterator[Job], workers: int, niceness: int = 0) -> Iterator[Result]:
    """Keep at most two jobs per worker in flight so memory stays bounded."""
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=warm_up,
        initargs=(niceness,),
        max_tasks_per_child=RECYCLE_AFTER_BATCHES,
    )
    pending: set[Future[list[Result]]] = set()
    reniced: set[int] = set()
    finished_all = False
    try:
        for job in jobs:
            pending.add(submit_quietly(pool, run_job, job))
            renice_new_workers(pool, niceness, reniced)
            if len(pending) >= 2 * workers:
                break
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                yield from future.result()
                next_job = next(jobs, None)
                if next_job is not None:
                    pending.add(submit_quietly(pool, run_job, next_job))
                    renice_new_workers(pool, niceness, reniced)
        finished_all = True
    finally:
        if finished_all:
            pool.shutdown(wait=True, cancel_futures=True)
        else:  # Ctrl-C, an error, or the caller stopped reading: do not wait for batches
            stop_pool(pool)


def submit_quietly(
    pool: ProcessPoolExecutor, function: Callable[..., T], *args: object
) -> Future[T]:
    """``pool.submit`` with SIGINT blocked, so the processes it starts never see Ctrl-C.

    Why: the terminal sends Ctrl-C to every process of the command; a worker
    still importing spaCy printed a traceback each. A blocked signal is
    inherited by the spawned worker (and by the executor's thread, which
    starts replacement workers), while in this process it is only held: it
    arrives as ``KeyboardInterrupt`` as soon as the submit returns, and the
    caller then stops the workers with ``stop_pool`` without waiting.
    """
    if not hasattr(signal, "pthread_sigmask"):
        return pool.submit(function, *args)
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return pool.submit(function, *args)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """End ``pool`` now: queued jobs cancelled, the processes terminated.

    Why not wait for them: a worker never writes anything (the parent alone
    saves results), so a job in progress is only wasted work, and a worker
    with spaCy loaded took 0.8 s to exit on its own. ``_processes`` is the
    executor's private pid map, as in ``renice_new_workers``.
    """
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()  # the executor's thread sees it end, fails its futures, reaps it
    pool.shutdown(wait=True, cancel_futures=True)


def renice_new_workers(pool: ProcessPoolExecutor, niceness: int, done: set[int]) -> None:
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


def warm_up(niceness: int = 0, keep_memory: bool = True) -> None:
    """Lower this worker's priority if asked, keep freed memory for the next batch
    (``keep_freed_memory``) unless told not to, then load the model once per worker
    process. The desktop's warm worker passes ``keep_memory=False``: it lives for the
    whole session and analyses a few documents at a time, so it hands memory back."""
    from workbench.nlp.pipeline import load_pipeline

    exit_with_parent()
    if niceness:
        _set_niceness(0, niceness)
    if keep_memory:
        keep_freed_memory()
    load_pipeline()


def keep_freed_memory() -> bool:
    """Have glibc's allocator serve a batch's big arrays from memory the last batch freed.

    Why: spaCy's arrays for a batch of chunks (tok2vec, parser, tens of MB) are above
    glibc's default mapping threshold, so each was mapped afresh and handed back when
    freed, and the kernel zeroed every page again on first touch: 0.7-1.0 s of system
    CPU per 100 articles in a worker (of ~12 s), 0.02 s with these settings. Memory is
    not held longer than a pool worker: the peak is the same, only not returned between
    batches, and workers are recycled (``RECYCLE_AFTER_BATCHES``); the desktop's warm
    worker, which lives for the session, does not take these settings (``warm_up``).
    The analyses are the same (only where memory comes from changes). Returns whether
    the allocator took the settings: False on other systems and C libraries, which
    keep their own.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False  # not glibc (musl has no mallopt)
    return (mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) == 1
            and mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES) == 1)


def exit_with_parent() -> None:
    """In a worker process, end the process as soon as the process that started it is gone.

    Why: a worker waits on its job queue, whose pipe it holds both ends of, so
    when the app or command is killed outright (SIGKILL, a crash) the queue
    never closes and each worker stayed alive with its model (about 220 MB)
    until the next reboot. A daemon thread waits on the parent's sentinel;
    a worker never writes anything, so ending it at once loses nothing. In
    the main process (no parent) it does nothing.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel
    threading.Thread(target=_exit_when_ready, args=(sentinel,), daemon=True,
                     name="exit-with-parent").start()


def _exit_when_ready(sentinel: int) -> None:
    """Block until ``sentinel`` is ready (the parent ended), then leave without cleanup."""
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


def _safe_batch(
    batch: list[AnalysisItem], published: Mapping[int, str] | None = None
) -> list[AnalysisResult]:
    """Analyse a batch; if it fails, retry its documents one by one so one bad text fails alone."""
    from workbench.nlp.pipeline import analyze_many

    try:
        return [
            AnalysisResult(doc_id, analysis)
            for doc_id, analysis in analyze_many(batch, published=published)
        ]
    except Exception:  # noqa: BLE001 - isolate the failing document below
        if len(batch) == 1:
            return [_failure(batch[0])]
    return [result for item in batch for result in _safe_batch([item], published)]


def _safe_chunk(job: ChunkJob) -> list[ChunkResult]:
    """Analyse one chunk; a failure is reported for the chunk, never raised."""
    from workbench.nlp.pipeline import analyze_chunk

    try:
        analysis = analyze_chunk(job.title, job.text, job.start, published=job.published)
    except Exception:  # noqa: BLE001 - reported with the chunk's document
        return [ChunkResult(job.document_id, job.start, job.end, None, _last_error())]
    return [ChunkResult(job.document_id, job.start, job.end, analysis)]


def _last_error() -> str:
    import traceback

    last = traceback.format_exc(limit=1).strip().splitlines()[-1]
    return f"analysis failed: {last}"


def _failure(item: AnalysisItem) -> AnalysisResult:
    document_id, _title, _text = item
    return AnalysisResult(document_id, None, _last_error())
