"""Where an import's time goes while the analyst works: counts and CPU per thread and process.

Why: on a loaded 2-core machine the wall-clock of one import says little, and
the slow runs of ``bench_action_latency.py`` (10-16% slower with analyst actions)
had a window CPU that did not explain them. This probe runs the same window
import (``bench_action_latency.single_run``), with or without actions, and
counts what wall-clock hides:

* the extraction feed: items handed over, how often and how long its
  producer was blocked on the full queue (backpressure: workers starve),
  how long the writer waited for it;
* the writer: bulk steps and the items each stored, actions served, CPU
  seconds of the writer and feeder threads;
* SQL on the writer's and on the UI's connection (statements, commits),
  the number of UI statements per action;
* the WAL file's size over the run (a reader holding a snapshot keeps the
  checkpoints from resetting it: the file grows past ~4 MB);
* CPU seconds of the extraction worker processes (``RUSAGE_CHILDREN``,
  counted when the pool is shut down at the end of the analysis).

Usage: ``import_flow_probe.py --articles N [--no-actions] [--seed S] [--json OUT]``
(one run in this process). Alternate ``--no-actions`` and with-actions runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

import bench_action_latency as bench  # noqa: E402

PROBE: dict[str, Any] = {
    "put_calls": 0, "put_blocked": 0, "put_blocked_s": 0.0,
    "steps": 0, "step_items": Counter(), "step_apply_s": 0.0,
    "writer_waits": 0, "writer_wait_s": 0.0, "actions_run": 0, "action_s": 0.0,
    "writer_sql": Counter(), "ui_sql": Counter(), "wal_samples": [],
    "thread_cpu": {}, "ui_texts": Counter(), "workers": {}, "threads": {},
}
_LOCK = threading.Lock()


def _kind(statement: str) -> str:
    word = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else "?"
    return word if word in {"SELECT", "INSERT", "UPDATE", "DELETE", "BEGIN", "COMMIT",
                            "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA", "WITH"} else "other"


def _tracer(counter: Counter[str], texts: Counter[str] | None = None):  # noqa: ANN202
    """A sqlite3 trace callback counting statements by kind (and by text, when asked)."""
    def trace(statement: str) -> None:
        counter[_kind(statement)] += 1
        if texts is not None:
            texts[" ".join(statement.split())[:160]] += 1
    return trace


def _patch_feed() -> None:
    from workbench.operations import stepping

    put, take, produce = stepping.Feed._put, stepping.Feed.take, stepping.Feed._produce

    def timed_put(self: Any, item: Any) -> bool:
        started = time.perf_counter()
        full = self._queue.full()
        ok = put(self, item)
        with _LOCK:
            PROBE["put_calls"] += 1
            if full:
                PROBE["put_blocked"] += 1
                PROBE["put_blocked_s"] += time.perf_counter() - started
        return ok

    def counted_take(self: Any, apply: Any, budget_s: float = stepping.STEP_BUDGET_S) -> int:
        started = time.perf_counter()
        applied = take(self, apply, budget_s)
        if applied:
            PROBE["steps"] += 1
            PROBE["step_items"][applied] += 1
            PROBE["step_apply_s"] += time.perf_counter() - started
        return applied

    def measured_produce(self: Any) -> None:
        started = time.thread_time()
        try:
            produce(self)
        finally:
            name = self.thread.name
            PROBE["thread_cpu"][name] = PROBE["thread_cpu"].get(name, 0.0) + (
                time.thread_time() - started)

    stepping.Feed._put = timed_put
    stepping.Feed.take = counted_take
    stepping.Feed._produce = measured_produce


def _patch_writer() -> None:
    from workbench.ui.tasks import lanes, runner

    wait, run_one, run = (lanes.Lanes.wait_for_action_or, runner.WriterThread._run_one,
                          runner.WriterThread.run)

    def timed_wait(self: Any, waiting: Any, timeout_s: float = lanes.IDLE_RECHECK_S) -> None:
        started = time.perf_counter()
        wait(self, waiting, timeout_s)
        PROBE["writer_waits"] += 1
        PROBE["writer_wait_s"] += time.perf_counter() - started

    def timed_action(self: Any, store: Any, task: Any) -> None:
        started = time.perf_counter()
        run_one(self, store, task)
        PROBE["actions_run"] += 1
        PROBE["action_s"] += time.perf_counter() - started

    def measured_run(self: Any) -> None:
        started = time.thread_time()
        try:
            run(self)
        finally:
            PROBE["thread_cpu"]["writer"] = time.thread_time() - started

    class TracedStore(runner.Store):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.db.conn.set_trace_callback(_tracer(PROBE["writer_sql"]))

    lanes.Lanes.wait_for_action_or = timed_wait
    runner.WriterThread._run_one = timed_action
    runner.WriterThread.run = measured_run
    runner.Store = TracedStore


def _schedstat(path: str) -> tuple[float, float] | None:
    """(CPU seconds, seconds runnable but waiting for a CPU) of a process or thread, from /proc."""
    try:
        ran, waited, _slices = Path(path).read_text().split()
    except (OSError, ValueError):
        return None
    return int(ran) / 1e9, int(waited) / 1e9


def _sample_processes(now: float) -> None:
    """Every worker process (children of any thread here) and every thread of this process.

    A worker's lifetime minus its CPU and its run-queue wait is the time it
    slept: waiting for work (starved by the feed), not for a core.
    """
    tasks = list(Path("/proc/self/task").iterdir())
    for task in tasks:
        for pid in (task / "children").read_text().split() if (task / "children").exists() else ():
            stat = _schedstat(f"/proc/{pid}/schedstat")
            if stat is not None and not _is_tracker(pid):
                first = PROBE["workers"].get(pid, {}).get("first", now)
                PROBE["workers"][pid] = {"first": first, "last": now, "cpu": stat[0],
                                         "wait": stat[1], **_switches(pid)}
        stat = _schedstat(str(task / "schedstat"))
        name = (task / "comm").read_text().strip() if (task / "comm").exists() else task.name
        if stat is not None:
            PROBE["threads"][f"{name}:{task.name}"] = stat


def _switches(pid: str) -> dict[str, int]:
    """Voluntary (slept) and involuntary (preempted) context switches of a process."""
    counts = {"voluntary": 0, "preempted": 0}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("voluntary_ctxt_switches"):
                counts["voluntary"] = int(line.split()[1])
            elif line.startswith("nonvoluntary_ctxt_switches"):
                counts["preempted"] = int(line.split()[1])
    except OSError:
        pass
    return counts


def _is_tracker(pid: str) -> bool:
    """multiprocessing's resource tracker is a child too, asleep all run: not a worker."""
    try:
        return b"resource_tracker" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True


def _worker_summary() -> dict[str, float]:
    rows = PROBE["workers"].values()
    alive = sum(r["last"] - r["first"] for r in rows)
    cpu, wait = sum(r["cpu"] for r in rows), sum(r["wait"] for r in rows)
    return {"processes": len(rows), "alive_s": alive, "cpu_s": cpu, "runqueue_wait_s": wait,
            "slept_s": alive - cpu - wait,
            "voluntary_switches": sum(r["voluntary"] for r in rows),
            "preempted": sum(r["preempted"] for r in rows)}


def _patch_changes() -> None:
    """Count ``changes_applied``: actions, bulk merges, and bulk merges an action flushed early."""
    from workbench.ui.tasks import runner

    flush, on_changes = runner.TaskRunner.flush_changes, runner.TaskRunner._on_changes
    counts = PROBE.setdefault("changes", Counter())

    def counted_flush(self: Any) -> None:
        if self._pending_changes is not None:
            counts["bulk"] += 1
        flush(self)

    def counted_changes(self: Any, changes: Any) -> None:
        if changes.is_analyst_action:
            counts["action"] += 1
            if self._pending_changes is not None:
                counts["bulk flushed by an action"] += 1
        on_changes(self, changes)

    runner.TaskRunner.flush_changes = counted_flush
    runner.TaskRunner._on_changes = counted_changes


def _patch_window(wal: Path) -> None:
    """Trace the UI's connection and sample the WAL's size every 100 ms once the window is open."""
    from PySide6.QtCore import QTimer

    open_window = bench.open_window

    def traced_window(db: Path) -> Any:
        window = open_window(db)
        window.store.db.conn.set_trace_callback(_tracer(PROBE["ui_sql"], PROBE["ui_texts"]))
        started = time.perf_counter()
        timer = QTimer(window)

        def sample() -> None:
            size = wal.stat().st_size if wal.exists() else 0
            now = time.perf_counter() - started
            PROBE["wal_samples"].append((round(now, 2), size))
            _sample_processes(now)

        timer.timeout.connect(sample)
        timer.start(100)
        return window

    bench.open_window = traced_window


def _patch_driver() -> None:
    """Count the benchmark's own visibility checks (each is a UI-thread wake-up)."""
    import action_driver

    check = action_driver.ActionDriver._check_visible

    def counted(self: Any, action: Any) -> None:
        PROBE["visibility_checks"] = PROBE.get("visibility_checks", 0) + 1
        check(self, action)

    action_driver.ActionDriver._check_visible = counted


def _steal_s() -> float:
    """CPU seconds the hypervisor took from this machine (all CPUs, /proc/stat)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
    return int(fields[8]) / os.sysconf("SC_CLK_TCK")


def _patch_pool(total_jobs: int) -> None:
    """Count worker-seconds with no job to run while jobs remain (the feed held them back).

    A sampler thread looks every 10 ms at the submitted futures: a worker
    has nothing to do when fewer than ``workers`` are unfinished; that only
    counts while fewer than ``total_jobs`` were submitted (at the end of the
    run the last jobs run alone, whatever the feed does).
    """
    from concurrent.futures import ProcessPoolExecutor

    from workbench.nlp import workers

    futures: list[Any] = []
    submit = ProcessPoolExecutor.submit

    class CountedPool(ProcessPoolExecutor):
        def submit(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
            future = submit(self, *args, **kwargs)
            futures.append(future)
            return future

    def sample() -> None:
        last = time.perf_counter()
        while not PROBE.get("sampler_stop"):
            time.sleep(0.01)
            now = time.perf_counter()
            if futures and len(futures) < total_jobs:
                unfinished = sum(1 for f in futures[-8:] if not f.done())
                idle = max(0, workers.default_workers() - unfinished)
                PROBE["starved_worker_s"] = PROBE.get("starved_worker_s", 0.0) + idle * (
                    now - last)
            last = now

    workers.ProcessPoolExecutor = CountedPool  # type: ignore[misc]
    threading.Thread(target=sample, daemon=True, name="probe-sampler").start()


def probe_run(count: int, seed: int, actions: bool) -> dict[str, Any]:
    """One window import with the probes in place; the bench's figures plus the counts."""
    _patch_driver()
    _patch_changes()
    _patch_pool(-(-count // 8))
    _patch_feed()
    _patch_writer()
    wal = bench.sandbox_dir("action-latency") / "library.sqlite-wal"
    _patch_window(wal)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    steal = _steal_s()
    run = bench.single_run(count, seed, actions)
    PROBE["sampler_stop"] = True
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_cpu = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
    samples = PROBE["wal_samples"]
    n_actions = len(run["actions"]) + len(run["idle"])
    return {
        "articles": run["articles"], "with_actions": actions, "import_s": run["import_s"],
        "load": run["load"], "actions": n_actions, "ui_cpu_s": run["ui_cpu_s"],
        "window_cpu_s": run["cpu_s"], "worker_cpu_s": worker_cpu,
        "thread_cpu_s": PROBE["thread_cpu"],
        "workers": _worker_summary(),
        "changes_applied": dict(PROBE.get("changes", {})),
        "starved_worker_s": PROBE.get("starved_worker_s", 0.0),
        "steal_s": _steal_s() - steal,
        "visibility_checks": PROBE.get("visibility_checks", 0),
        "threads": {name: (round(cpu, 2), round(wait, 2))
                    for name, (cpu, wait) in PROBE["threads"].items()},
        "p95_ms": bench.stats(run["actions"])["p95"],
        "feed": {"puts": PROBE["put_calls"], "blocked_puts": PROBE["put_blocked"],
                 "blocked_s": PROBE["put_blocked_s"]},
        "writer": {"steps": PROBE["steps"], "items_per_step": dict(PROBE["step_items"]),
                   "step_s": PROBE["step_apply_s"], "waits": PROBE["writer_waits"],
                   "wait_s": PROBE["writer_wait_s"], "actions": PROBE["actions_run"],
                   "action_s": PROBE["action_s"]},
        "writer_sql": dict(PROBE["writer_sql"]), "ui_sql": dict(PROBE["ui_sql"]),
        "ui_top_statements": PROBE["ui_texts"].most_common(25),
        "ui_sql_per_action": (sum(PROBE["ui_sql"].values()) / n_actions) if n_actions else None,
        "wal_max_mb": max((size for _, size in samples), default=0) / 1e6,
        "wal_mb_over_time": [(t, round(size / 1e6, 1)) for t, size in samples[:: 20]],
    }


def main() -> None:
    """One probed run in this process; prints a summary and writes ``--json``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-actions", action="store_true")
    parser.add_argument("--json", default=None)
    args = parser.parse_args()
    if not bench.NEWS_ZIP.exists():
        print(f"skipped: no corpus at {bench.NEWS_ZIP}", file=sys.stderr)
        return
    figures = probe_run(args.articles, args.seed, not args.no_actions)
    summary = {k: v for k, v in figures.items() if k != "wal_mb_over_time"}
    print(json.dumps(summary, indent=1, default=str), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1, default=str))


if __name__ == "__main__":
    main()
