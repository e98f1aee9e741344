"""Run the extraction on a Dask distributed cluster; the local writer stores every result.

Why Dask: past one machine the extraction (about 5,000 words/s per core), not
the SQLite writes, is the cost. ``dask.distributed`` already schedules work on
many machines, notices a worker that died and runs its task elsewhere, so the
workbench only cuts the pending documents into batches, keeps a bounded number
in flight and hands each result, as it arrives, to the same writer the local
path uses (``analysis_steps``: one small transaction per document). A document
is pending until its result is saved, so whatever stops the client (a kill, a
lost scheduler, Ctrl+C) leaves the rest pending and the next run finishes them.

The cluster is reached only from the extraction feed thread: connecting (or
starting a ``LocalCluster``) never blocks the writer. ``distributed`` is an
optional extra (``pip install 'analyst-workbench[cluster]'``), imported here
only, when a cluster is asked for.
"""

from __future__ import annotations

import logging
import re
import socket
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workbench.core.models import AnalysisItem, Changes
from workbench.core.progress import Progress
from workbench.core.text import plural
from workbench.operations.analysis import AnalysisReport, AnalysisSteps, Extractor
from workbench.operations.analysis import analysis_steps as local_analysis_steps
from workbench.operations.stepping import run_steps
from workbench.store import Store

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

    from workbench.nlp.workers import AnalysisResult

DEFAULT_LOCAL_WORKERS = 2
MAX_LOCAL_WORKERS = 64
BATCH_SIZE = 8  # documents per task: the local pool's batch, one nlp.pipe call
IN_FLIGHT_PER_THREAD = 2  # batches queued per worker thread: busy, yet memory stays bounded
TASK_RETRIES = 2  # a batch whose task raised runs again (distributed's ``retries=``)
RESUBMITS = 2  # a batch the scheduler gave up on (KilledWorker) is sent again this often
CONNECT_TIMEOUT_S = 10
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}
WORKERS_TIMEOUT_S = 30
INSTALL_HINT = "pip install 'analyst-workbench[cluster]'"
WORKER_HINT = "install analyst-workbench and its spaCy model on every worker"
_LOCAL = re.compile(r"local(?::(\d+))?")
_REMOTE = re.compile(r"(tcp)://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):(\d{1,5})")


class ClusterUnavailable(ValueError):
    """The cluster cannot be used: a malformed address, no scheduler, no workers, no extra."""


class BatchLost(RuntimeError):
    """The cluster gave up on a batch after every retry; its documents stay pending."""


@dataclass(frozen=True)
class ClusterAddress:
    """Where to run: a scheduler's address, or a ``LocalCluster`` of ``local_workers``."""

    scheduler: str | None = None
    local_workers: int = DEFAULT_LOCAL_WORKERS

    def __str__(self) -> str:
        return self.scheduler or f"local:{self.local_workers}"


def parse_cluster_address(text: str) -> ClusterAddress:
    """``tcp://HOST:PORT`` (a running scheduler) or ``local[:N]`` (start N workers here)."""
    value = text.strip()
    local = _LOCAL.fullmatch(value)
    if local is not None:
        workers = int(local.group(1) or DEFAULT_LOCAL_WORKERS)
        if not 1 <= workers <= MAX_LOCAL_WORKERS:
            raise ClusterUnavailable(f"local cluster needs 1 to {MAX_LOCAL_WORKERS} workers, "
                                     f"not {workers}")
        return ClusterAddress(local_workers=workers)
    remote = _REMOTE.fullmatch(value)
    if remote is None or not 0 < int(remote.group(3)) < 65536:
        raise ClusterUnavailable(f"cluster address {value!r} is neither tcp://HOST:PORT "
                                 "nor local[:N]")
    return ClusterAddress(scheduler=value)


def require_distributed() -> None:
    """Raise ``ClusterUnavailable`` naming the extra when ``distributed`` is not installed."""
    try:
        import distributed  # noqa: F401
    except ImportError as error:
        raise ClusterUnavailable(f"--cluster needs Dask distributed ({error}); "
                                 f"install it with {INSTALL_HINT}") from None


def check_reachable(address: ClusterAddress, timeout_s: float = 3.0) -> None:
    """Raise ``ClusterUnavailable`` at once when nothing listens at the scheduler's address.

    Why a plain socket first: a refused or unknown host costs distributed its
    whole connect timeout; the command line checks before it imports anything.
    """
    match = _REMOTE.fullmatch(address.scheduler or "")
    if match is None:
        return
    host = match.group(2).strip("[]")
    try:
        socket.create_connection((host, int(match.group(3))), timeout=timeout_s).close()
    except OSError as error:
        raise ClusterUnavailable(f"cannot reach the cluster scheduler at {address}: "
                                 f"{error.strerror or _reason(error)}") from None


@contextmanager
def connected_cluster(address: ClusterAddress) -> Iterator[Client]:
    """A client of the cluster at ``address`` whose workers have loaded the model.

    ``local[:N]`` starts a ``LocalCluster`` on the loopback interface (one
    thread per worker process: spaCy holds the GIL) and stops it afterwards.
    """
    require_distributed()
    client, cluster = _start_client(address)
    try:
        _check_workers(client, address)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _start_client(address: ClusterAddress) -> tuple[Client, LocalCluster | None]:
    """Connect to the scheduler, or start the LocalCluster; a failure is one line."""
    from distributed import Client, LocalCluster

    if address.scheduler is not None:
        try:
            return Client(address.scheduler, timeout=CONNECT_TIMEOUT_S), None
        except (OSError, TimeoutError) as error:
            raise ClusterUnavailable(f"cannot reach the cluster scheduler at {address}: "
                                     f"{_reason(error)}") from None
    import dask.config

    try:
        # Workers' statistical profiler samples every 10 ms and fights spaCy for the GIL
        # (about 12% of the extraction here); the status page moves off a busy port 8787.
        with warnings.catch_warnings(), dask.config.set(WORKER_CONFIG):
            warnings.filterwarnings("ignore", message="Port .* is already in use")
            cluster = LocalCluster(n_workers=address.local_workers, threads_per_worker=1,
                                   processes=True, host="127.0.0.1", dashboard_address=None,
                                   silence_logs=logging.ERROR)
    except Exception as error:  # noqa: BLE001 - whatever stopped it, reported in one line
        workers = plural(address.local_workers, "worker")
        raise ClusterUnavailable(f"cannot start a local cluster of {workers}: "
                                 f"{_reason(error)}") from None
    try:
        return Client(cluster), cluster
    except BaseException:
        cluster.close()
        raise


def _check_workers(client: Client, address: ClusterAddress) -> None:
    """Wait for a worker, then load the model on each: a worker that cannot analyse says so now."""
    from workbench.nlp.cluster import warm_up

    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT_S)
    except TimeoutError:
        raise ClusterUnavailable(f"the cluster at {address} has no workers "
                                 f"(start some with: dask worker {address})") from None
    try:
        client.run(warm_up)
    except Exception as error:  # noqa: BLE001 - whatever a worker raised, reported in one line
        raise ClusterUnavailable(f"a worker of {address} cannot run the extraction "
                                 f"({_reason(error)}); {WORKER_HINT}") from None


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def stream_batches(client: Client, items: list[AnalysisItem], batch_size: int = BATCH_SIZE,
                   in_flight: int | None = None,
                   published: Mapping[int, str] | None = None) -> Iterator[AnalysisResult]:
    """Yield one result per item as batches finish, with at most ``in_flight`` batches out.

    A batch whose worker died is run again elsewhere by the scheduler; if the
    scheduler gives up on it (``KilledWorker``) it is sent again up to
    ``RESUBMITS`` times, then ``BatchLost`` is raised (those documents stay pending).
    """
    from distributed import KilledWorker, as_completed

    from workbench.nlp.workers import BatchJob, run_job

    published = published or {}
    batches = [items[i : i + batch_size] for i in range(0, len(items), batch_size)]
    limit = in_flight or IN_FLIGHT_PER_THREAD * max(1, sum(client.nthreads().values()))
    owner: dict[str, int] = {}
    resubmitted: dict[int, int] = {}
    running = as_completed()

    def submit(index: int) -> None:
        batch = batches[index]
        dates = {doc_id: published[doc_id] for doc_id, _, _ in batch if doc_id in published}
        job = BatchJob(batch, dates)
        future = client.submit(run_job, job, retries=TASK_RETRIES, pure=False)
        owner[future.key] = index
        running.add(future)

    waiting = iter(range(len(batches)))
    for index in waiting:
        submit(index)
        if len(owner) >= limit:
            break
    try:
        for future in running:
            index = owner.pop(future.key)
            try:
                results = future.result()
            except KilledWorker as error:
                resubmitted[index] = resubmitted.get(index, 0) + 1
                if resubmitted[index] > RESUBMITS:
                    lost = plural(len(batches[index]), "document")
                    raise BatchLost(f"the cluster lost a batch of {lost} "
                                    f"({_reason(error)})") from None
                submit(index)
                continue
            future.release()
            yield from results
            next_index = next(waiting, None)
            if next_index is not None:
                submit(next_index)
    finally:
        running.clear()
        owner.clear()


def cluster_extractor(address: ClusterAddress, batch_size: int = BATCH_SIZE) -> Extractor:
    """An ``Extractor`` for ``analysis_steps``: connects when it starts, closes at its end."""

    def extract(items: list[AnalysisItem], published: Mapping[int, str]) -> Iterator[Any]:
        if not items:
            return
        with connected_cluster(address) as client:
            yield from stream_batches(client, items, batch_size, published=published)

    return extract


def cluster_analysis_steps(
    store: Store,
    address: ClusterAddress,
    *,
    progress: Progress | None = None,
    on_change: Callable[[Changes], None] | None = None,
) -> AnalysisSteps:
    """The stepped analysis of pending documents, extracted on the cluster (the desktop's job)."""
    return local_analysis_steps(store, progress=progress, on_change=on_change,
                                extractor=cluster_extractor(address))


def analyze_pending_on_cluster(
    store: Store,
    address: ClusterAddress,
    *,
    progress: Progress | None = None,
    on_change: Callable[[Changes], None] | None = None,
) -> AnalysisReport:
    """Analyse every pending document on the cluster at ``address`` (every step run here)."""
    return run_steps(cluster_analysis_steps(store, address, progress=progress,
                                            on_change=on_change))
