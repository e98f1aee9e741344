"""One extraction process kept warm for the desktop app, so the GUI process never loads spaCy.

Why: a small job (fewer than four batches, 32 documents by default) is not worth a process
pool, so it ran in the calling process. In the desktop app that is the GUI's process: the
first small analysis of a session imported spaCy and loaded the model there
(1.5-2 s, mostly holding the GIL) and the window froze for 0.5-1 s at a time.
A ``WarmWorker`` is one spawned process, started once the window is shown,
that loads the model at once and then runs every small job of the session,
one job in flight (so a process that dies is blamed on the one document it
was parsing). Large jobs still go to ``workers``' pool.

Fallback: if no process can be started (a frozen build without
``freeze_support``, a sandbox without ``fork``/``exec``), jobs run in the
calling process as before. If the process dies mid-job (a parser crash on
hostile text), that document fails alone and the next job starts a new
process. Once ``shutdown`` is called, jobs still asked for are dropped, not
run here: the session is ending and they stay pending for the next one.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from workbench.nlp.workers import (
    RECYCLE_AFTER_BATCHES,
    AnalysisResult,
    BatchJob,
    ChunkResult,
    Job,
    Result,
    renice_new_workers,
    run_job,
    stop_pool,
    submit_quietly,
    warm_up,
)

STOPPED = "analysis failed: the analysis process stopped"
# Analysed once at start: the first analysis of a process loads the gazetteer, date
# rules and the like (1.5 s here), which would otherwise delay the first import.
WARM_UP_TEXT = ('"We will rebuild the bridge by May," Mayor Anna Smith said in Boston on '
                "Tuesday. The council voted 5 to 2 last week.")


class WarmWorker:
    """A single extraction process, started ahead of need, reused by every small job.

    Thread-safe: ``start`` and ``shutdown`` come from the UI thread, ``run``
    from an analysis feeder thread.
    """

    def __init__(self, niceness: int = 0) -> None:
        self.niceness = niceness
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._reniced: set[int] = set()
        self._ping: Future[bool] | None = None  # the first job of the newest process
        self._proven = False  # some process answered: a later death is the document's fault
        self._closed = False
        self.unavailable = False  # no process could be started: jobs run in the caller

    def start(self) -> bool:
        """Spawn the process now and let it load the model; False when processes are unavailable.

        Returns at once: the model loads in the child while the caller goes on.
        """
        with self._lock:
            return self._ready_pool() is not None

    @property
    def model_loaded(self) -> bool:
        """Whether the running process has loaded the model (its first no-op job answered).

        Why: the window says "Loading the language model…" only while it
        really loads, not on every analysis of a session whose model is warm.
        """
        with self._lock:
            ping = self._ping
            return (self._pool is not None and ping is not None and ping.done()
                    and not ping.cancelled() and ping.exception() is None)

    def run(self, jobs: Iterable[Job]) -> Iterator[Result]:
        """Run ``jobs`` in the warm process, one at a time, yielding results as they come.

        The iterator only pauses between jobs (each job's results are
        yielded once the job is done), so closing it (a cancelled analysis)
        stops before the next job: at most the one document in progress is
        finished first. Jobs are single documents for this reason.
        """
        for job in jobs:
            submitted = self._submit(job)
            if submitted is None:
                if self._closed:
                    return
                yield from run_job(job)  # no process: the old in-process path
                continue
            pool, future = submitted
            try:
                yield from self._results(pool, future, job)
            finally:
                future.cancel()

    def shutdown(self) -> None:
        """End the process now (a job in progress is abandoned); later jobs are dropped."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            stop_pool(pool)  # the process never writes anything: ending it now is safe

    def _submit(self, job: Job) -> tuple[ProcessPoolExecutor, Future[list[Result]]] | None:
        """Hand ``job`` to the process; None when it must run in the caller.

        A process that died between jobs is replaced once; if the fresh one
        refuses the job too, the caller runs it (never an error in its thread).
        """
        with self._lock:
            for _attempt in range(2):
                pool = self._ready_pool()
                if pool is None:
                    return None
                try:
                    future = submit_quietly(pool, run_job, job)
                except (BrokenProcessPool, RuntimeError):
                    self._forget(pool)
                    continue
                renice_new_workers(pool, self.niceness, self._reniced)
                return pool, future
            return None

    def _results(self, pool: ProcessPoolExecutor, future: Future[list[Result]],
                 job: Job) -> list[Result]:
        """The job's results; if the process died under it, the job's documents fail alone.

        A process that died before it ever answered (it could not start its
        interpreter or import the app) means processes do not work here: the
        job, and every later one, runs in this process instead.
        """
        try:
            return future.result()
        except (BrokenProcessPool, CancelledError):
            with self._lock:
                if self._closed:
                    return []
                self._forget(pool)
                if not self._answered():
                    self.unavailable = True
        if self.unavailable:
            return run_job(job)
        return _failed(job)

    def _forget(self, pool: ProcessPoolExecutor) -> None:
        """Drop a broken pool (the next job starts a new one). Called with the lock held."""
        self._answered()  # remember whether it ever answered before its ping is replaced
        if self._pool is pool:
            self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)

    def _answered(self) -> bool:
        """Whether the newest process, or an earlier one, ever finished a job (remembered)."""
        ping = self._ping
        self._proven = self._proven or (ping is not None and ping.done() and not ping.cancelled()
                                        and ping.exception() is None)
        return self._proven

    def _ready_pool(self) -> ProcessPoolExecutor | None:
        """The running pool, a new one if there is none; None when closed or unavailable.

        Called with the lock held.
        """
        if self._closed or self.unavailable:
            return None
        if self._pool is None:
            try:
                pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_warm_up_quietly,
                    initargs=(self.niceness,),
                    max_tasks_per_child=RECYCLE_AFTER_BATCHES,
                )
                # Spawns the process; it loads the model first.
                self._ping = submit_quietly(pool, _ready)
            except (OSError, RuntimeError, ValueError, ImportError):
                self.unavailable = True
                return None
            renice_new_workers(pool, self.niceness, self._reniced)
            self._pool = pool
        return self._pool


def _warm_up_quietly(niceness: int) -> None:
    """Load the model and analyse a sample; if that fails, stay up so each job reports why.

    Why not let it raise: an initializer that raises breaks the pool, and
    every document would fail as "the process stopped" instead of saying
    what is missing (no model installed …).
    """
    try:
        warm_up(niceness, keep_memory=False)
        run_job(BatchJob([(0, "Warm-up", WARM_UP_TEXT)]))
    except Exception:  # noqa: BLE001, S110 - the same error is raised again inside each job
        pass


def _ready() -> bool:
    """A no-op job: submitting it makes the executor spawn its process."""
    return True


def _failed(job: Job) -> list[Result]:
    """Every document of ``job`` failed because the process stopped under it."""
    if isinstance(job, BatchJob):
        return [AnalysisResult(doc_id, None, STOPPED) for doc_id, _, _ in job.items]
    return [ChunkResult(job.document_id, job.start, job.end, None, STOPPED)]

