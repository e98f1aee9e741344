"""Run the speed benchmarks and write docs/benchmarks.md (``make bench``).

Each ``bench_*.py`` runs in its own process (one Qt application, one spaCy
load, one memory picture per benchmark) and hands back ``Result`` records as
JSON. This script prints them, keeps the latest result of every benchmark in
the cache (so ``--only NAME`` refreshes one row and keeps the others), and
rewrites the generated block of docs/benchmarks.md between the
``bench:start``/``bench:end`` markers; text outside the markers (profiling
notes, proposed patches) is left alone.

Options: ``--quick`` (smaller sizes, one run; prints, writes no docs unless
``--write``), ``--only NAME[,NAME]``, ``--list``, ``--render`` (rewrite the
block from the cached results without running anything).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_support import (  # noqa: E402
    CACHE,
    PYTHON,
    REPO,
    bench_env,
    load_average,
    machine_facts,
    sandbox_dir,
    version_facts,
)

BENCHMARKS = {
    "import": "bench_import.py",
    "huge_file": "bench_huge_file.py",
    "chunk_saving": "bench_chunk_saving.py",
    "reader": "bench_reader.py",
    "reader_huge": "bench_reader_huge.py",
    "search": "bench_search.py",
    "startup": "bench_startup.py",
    "memory": "bench_memory.py",
    "responsiveness": "bench_responsiveness.py",
    "first_analysis": "bench_first_analysis.py",
    "export": "bench_export.py",
    "suggest": "bench_suggest.py",
    "action_latency": "bench_action_latency.py",
    "timeline": "bench_timeline.py",
    "cluster": "bench_cluster.py",
    "merge": "bench_merge.py",
    "library_opens": "bench_library_opens.py",
}
REPORT = REPO / "docs" / "benchmarks.md"
LATEST = CACHE / "latest-results.json"
HEADER = CACHE / "latest-header.json"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def run_one(name: str, quick: bool) -> tuple[list[dict[str, Any]], float]:
    """Run one benchmark script; return its results (an error row if it failed) and seconds."""
    out = sandbox_dir("results") / f"{name}.json"
    out.unlink(missing_ok=True)
    command = [PYTHON, str(HERE / BENCHMARKS[name]), "--json", str(out)]
    if quick:
        command.append("--quick")
    print(f"== {name} (load {load_average()})", flush=True)
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=REPO, env=bench_env(), check=False)
    seconds = time.perf_counter() - started
    if completed.returncode != 0 or not out.exists():
        return [{"name": name, "target": "", "measured": f"FAILED (exit {completed.returncode})",
                 "ratio": "", "passed": False, "method": "", "details": {}}], seconds
    return json.loads(out.read_text()), seconds


def stamp(results: list[dict[str, Any]], name: str, seconds: float, quick: bool) -> None:
    """Note when, how long and in which mode each result was measured."""
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
    for result in results:
        result.update(benchmark=name, run_at=now, seconds=round(seconds), quick=quick)


def merged_latest(fresh: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The latest full-size results of every benchmark, updated with this run's."""
    latest = json.loads(LATEST.read_text()) if LATEST.exists() else {}
    latest.update(fresh)
    LATEST.parent.mkdir(parents=True, exist_ok=True)
    LATEST.write_text(json.dumps(latest, indent=1))
    return {name: latest[name] for name in BENCHMARKS if name in latest}


def verdict(passed: bool | None) -> str:
    """Table cell for pass/miss."""
    return {True: "pass", False: "**miss**", None: "info"}[passed]


def render(results: dict[str, list[dict[str, Any]]], total: float, header: dict[str, str]) -> str:
    """The generated Markdown block: machine, versions, table, and how each was measured."""
    lines = [START, "", "## Latest run", ""]
    lines += [f"- **{key}**: {value}" for key, value in header.items()]
    lines += ["", "| target | measured (median, run-to-run spread) | ratio | pass/miss |",
              "|---|---|---|---|"]
    for rows in results.values():
        for row in rows:
            cells = [f"**{row['name']}** — {row['target']}", row["measured"],
                     row["ratio"] or "—", verdict(row["passed"])]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines += ["", "## How each was measured", ""]
    for name, rows in results.items():
        for row in rows:
            when = f"{row.get('run_at', '?')}, {row.get('seconds', '?')} s"
            quick = " (quick mode)" if row.get("quick") else ""
            lines += [f"### {row['name']}", "", f"`{BENCHMARKS[name]}`, finished {when}{quick}. "
                      f"{row['method']}", ""]
            lines += extra_lines(row.get("details", {}))
    lines += [f"This run took {total / 60:.1f} minutes in all.", "", END]
    return "\n".join(lines)


def extra_lines(details: dict[str, Any]) -> list[str]:
    """A few details worth reading in the report (raw runs stay in the cache JSON)."""
    keep = ("by_kind", "slowest", "counts", "import_s", "raw_s", "import_cpu_s", "raw_cpu_s",
            "cpu_ratio_median", "load_averages", "rss_mb", "seconds", "worst_10_ms",
            "slope_parent_mb_per_1000", "selection_ms", "by_phase", "idle", "p95_per_run_ms",
            "searchable_s", "analysed_s", "peak_rss_mb", "parent_peak_rss_mb", "huge_s",
            "articles_s")
    lines = []
    for key in keep:
        if key in details:
            lines.append(f"- {key}: {compact(details[key])}")
    return lines + ([""] if lines else [])


def compact(value: Any) -> str:
    """Short text for a detail value (floats rounded)."""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return "[" + ", ".join(compact(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {compact(v)}" for k, v in value.items()) + "}"
    return str(value)


def write_report(block: str) -> None:
    """Replace the generated block of docs/benchmarks.md, keeping hand-written text."""
    old = REPORT.read_text(encoding="utf-8") if REPORT.exists() else ""
    if START in old and END in old:
        new = old[: old.index(START)] + block + old[old.index(END) + len(END):]
    else:
        new = "# Speed benchmarks\n\nRun with `make bench`.\n\n" + block + "\n" + old
    REPORT.write_text(new, encoding="utf-8")


def main() -> None:
    """Run the chosen benchmarks, print and (for full-size runs) record the results."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", help="comma-separated names: " + ", ".join(BENCHMARKS))
    parser.add_argument("--write", action="store_true", help="write docs even with --quick")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--render", action="store_true",
                        help="rewrite the docs block from the cached latest results only")
    args = parser.parse_args()
    if args.list:
        print("\n".join(BENCHMARKS))
        return
    if args.render:
        saved = json.loads(HEADER.read_text())
        write_report(render(merged_latest({}), saved["total"], saved["header"]))
        return
    names = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    started, load_before = time.perf_counter(), load_average()
    fresh: dict[str, list[dict[str, Any]]] = {}
    for name in names:
        results, seconds = run_one(name, args.quick)
        stamp(results, name, seconds, args.quick)
        fresh[name] = results
    total = time.perf_counter() - started
    print(f"== all done in {total / 60:.1f} min", flush=True)
    if args.quick and not args.write:
        return
    header = {**machine_facts(), **version_facts(),
              "Load average (1/5/15 min) before → after": f"{load_before} → {load_average()}",
              "Benchmarks in this run": ", ".join(names)}
    results = fresh if args.quick else merged_latest(fresh)
    if not args.quick:
        HEADER.write_text(json.dumps({"header": header, "total": total}))
    write_report(render(results, total, header))
    print(f"wrote {REPORT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
