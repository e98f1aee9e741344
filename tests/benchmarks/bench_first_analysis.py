"""The first analysis of a session: UI stalls while a few documents are imported and analysed.

Why a benchmark of its own: a small import (fewer than 32 documents) used to
be analysed in the app's own process, so the first one loaded spaCy there
(~1.5-2 s holding the GIL) and the window froze. ``bench_responsiveness.py``
imports 1,000 articles, which always went to the worker pool, so it never saw it.

Each run is a fresh process (spaCy not yet loaded anywhere): the real
``MainWindow`` (offscreen) on a new library, ``analyze=True``, shown; then,
as ``run_app`` does, the warm analysis process is started (``--cold`` leaves
it out: the in-process path every small job took before). After
``--delay-s`` seconds the window imports ``COUNT`` real articles (JSONL)
through its ``ImportController``; a 5 ms ``PreciseTimer`` on the UI thread
records the interval between ticks from the first paint until
``analysis_finished`` (the same timer on the idle window for a few seconds
first gives this machine's noise floor). The longest interval is the longest
the UI could not react. Delay 0 is the first-run case (the sample import starts at once, the
model still loading); a few seconds is an analyst's first import.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_responsiveness import record_idle, shown_window, ticks_until_analysed  # noqa: E402
from bench_support import (  # noqa: E402
    PYTHON,
    Result,
    Runs,
    bench_arguments,
    bench_env,
    emit,
    run_count,
    sandbox_dir,
)
from corpus import real_articles, write_jsonl  # noqa: E402

COUNT = 5
MAX_STALL_MS = 50
IDLE_SECONDS = 3


def first_import(jsonl: Path, delay_s: float, cold: bool,
                 niceness: int | None = None) -> dict[str, Any]:
    """Show a window, (warm start unless ``cold``), import ``jsonl`` after ``delay_s``; figures."""
    from PySide6.QtCore import QTimer

    from workbench.ui.tasks import warm_analysis

    window = shown_window("first-analysis")
    idle = record_idle(IDLE_SECONDS)  # this machine's noise floor, same process

    def begin() -> None:
        if not cold:
            warm_analysis.start(*(() if niceness is None else (niceness,)))
        QTimer.singleShot(int(delay_s * 1000), lambda: window.import_paths([jsonl]))

    recorder, seconds, outcome = ticks_until_analysed(window, begin, 10 * 60)
    report = outcome.get("report")
    window.close()
    warm_analysis.stop()
    intervals = recorder.intervals
    return {"worst": max(intervals), "worst_at": recorder.worst_at, "seconds": seconds,
            "idle_worst": max(idle.intervals),
            "error": outcome.get("error"), "analysed": len(getattr(report, "analyzed", [])),
            "spacy_here": "spacy" in sys.modules, "worst_5_ms": sorted(intervals)[-5:]}


def run_in_processes(delay_s: float, cold: bool, runs: int,
                     niceness: int | None = None) -> list[dict[str, Any]]:
    """Each run in its own process, so spaCy is loaded for the first time in every run."""
    records = real_articles(COUNT)
    jsonl = write_jsonl(records, sandbox_dir("first-analysis") / f"real-{COUNT}.jsonl")
    results = []
    for number in range(runs):
        out = sandbox_dir("first-analysis") / f"run-{number}.json"
        command = [PYTHON, __file__, "--single", str(jsonl), "--delay-s", str(delay_s),
                   "--json", str(out)] + (["--cold"] if cold else [])
        if niceness is not None:
            command += ["--niceness", str(niceness)]
        subprocess.run(command, env=bench_env(), check=True)
        result = json.loads(out.read_text())
        if result["error"] or result["analysed"] != COUNT:
            raise RuntimeError(f"the first analysis did not finish: {result}")
        results.append(result)
    return results


def summarise(runs: list[dict[str, Any]], delay_s: float, cold: bool) -> Result:
    """Median of the longest stall over the runs; where it fell and whether spaCy loaded here."""
    worst = Runs([r["worst"] for r in runs])
    at = ", ".join(f"{r['worst_at']:.1f}" for r in runs)
    how = "in-process (no warm process)" if cold else "warm analysis process"
    return Result(
        name=f"First analysis of {COUNT} articles {delay_s:g} s after the window shows ({how})",
        target=f"longest UI stall ≤ {MAX_STALL_MS} ms",
        measured=(f"longest {worst.median:.0f} ms ({worst.spread('{:.0f}')}), at "
                  f"{at} s; spaCy imported in the "
                  f"GUI process: {', '.join(str(r['spacy_here']) for r in runs)}; "
                  f"{runs[0]['seconds']:.1f} s to analysed; idle window: longest "
                  f"{Runs([r['idle_worst'] for r in runs]).median:.0f} ms"),
        passed=worst.median <= MAX_STALL_MS,
        method=(f"Real MainWindow + TaskRunner + ImportController, fresh process per run; "
                f"{COUNT} real articles imported {delay_s:g} s after show; a 5 ms PreciseTimer "
                f"on the UI thread from show to analysis_finished ({IDLE_SECONDS} s on the idle "
                f"window first: the noise floor). Median of {len(runs)} runs."),
        details={"worst_ms": worst.values, "worst_5_ms_per_run": [r["worst_5_ms"] for r in runs],
                 "seconds": [r["seconds"] for r in runs]},
    )


def main() -> None:
    """Run cold and warm, side by side (``--single JSONL`` is one run, used internally)."""
    parser = bench_arguments(__doc__ or "")
    parser.add_argument("--single", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--delay-s", type=float, default=None,
                        help="seconds between show and import (default: 0 and 4)")
    parser.add_argument("--cold", action="store_true", help="only the in-process path")
    parser.add_argument("--warm", action="store_true", help="only the warm process")
    parser.add_argument("--niceness", type=int, default=None,
                        help="the warm process's niceness (default: the app's)")
    args = parser.parse_args()
    if args.single:
        figures = first_import(Path(args.single), args.delay_s or 0.0, args.cold, args.niceness)
        Path(args.json).write_text(json.dumps(figures))
        return
    runs = run_count(args, 3)
    delays = [args.delay_s] if args.delay_s is not None else [0.0, 4.0]
    modes = [True] if args.cold else [False] if args.warm else [True, False]
    emit([summarise(run_in_processes(delay, cold, runs, args.niceness), delay, cold)
          for delay in delays for cold in modes], args.json)


if __name__ == "__main__":
    main()
