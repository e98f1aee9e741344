"""Merge: ``workbench merge`` of a colleague's library, whole process.

The starting library is bench_export's (real NewsArticles, each with a
synthetic analysis, two highlights, a claim, a tag and a claim link). Two
copies of it diverge: "theirs" gets a new highlight on every document and a
new status on every fifth claim; "mine" a different status on every tenth
claim (so every tenth claim is a conflict). Timed as whole processes with
the real command line:

- *colleague*: ``merge THEIRS`` into mine (new highlights, status history
  and conflicts, everything else found the same);
- *again*: the same merge repeated (must add nothing);
- *fresh*: ``merge THEIRS`` into an empty library (every document with its
  text, mentions, quotes and all analyst work is added).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_export import annotated_library  # noqa: E402
from bench_support import (  # noqa: E402
    Result,
    Runs,
    bench_arguments,
    bench_env,
    emit,
    run_count,
    sandbox_dir,
    workbench_command,
)

TARGET_S = 30.0
MY_STATUS, THEIR_STATUS = "retracted", "disputed"


def diverged_pair(library: Path, folder: Path) -> tuple[Path, Path]:
    """Mine and theirs: copies of ``library`` after separate work (see the module doc)."""
    from workbench.core.authorship import Author
    from workbench.store import Store

    mine, theirs = folder / "mine.sqlite", folder / "theirs.sqlite"
    for path in (mine, theirs):
        path.unlink(missing_ok=True)
        shutil.copy(library, path)
    with Store(theirs, author=Author("b" * 32, "Bob")) as store:
        for doc_id in [row[0] for row in store.db.execute("SELECT id FROM documents")]:
            text = store.documents.document_text(doc_id)
            store.annotations.add_annotation(doc_id, 0, min(len(text), 40), color="green")
        for number, claim in enumerate(_claims(store)):
            if number % 5 == 0:
                store.claims.set_claim_status(claim, THEIR_STATUS)
    with Store(mine, author=Author("a" * 32, "Alice")) as store:
        for number, claim in enumerate(_claims(store)):
            if number % 10 == 0:
                store.claims.set_claim_status(claim, MY_STATUS)
    return mine, theirs


def _claims(store: Any) -> list[int]:
    return [row[0] for row in store.db.execute("SELECT annotation_id FROM claims ORDER BY 1")]


def time_merge(target: Path, other: Path) -> tuple[float, dict[str, Any]]:
    """Wall seconds of one whole ``merge --json`` process, and its report."""
    command = workbench_command("--db", str(target), "merge", str(other), "--json")
    started = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.PIPE, check=True, env=bench_env())
    return time.perf_counter() - started, json.loads(completed.stdout)


def measure(library: Path, runs: int) -> dict[str, tuple[Runs, dict[str, Any]]]:
    """Seconds of each case over ``runs`` fresh pairs, with the last run's reports."""
    seconds: dict[str, list[float]] = {"colleague": [], "again": [], "fresh": []}
    reports: dict[str, dict[str, Any]] = {}
    for run in range(runs):
        folder = sandbox_dir("merge") / f"run{run}"
        folder.mkdir(parents=True, exist_ok=True)
        mine, theirs = diverged_pair(library, folder)
        cases = (("colleague", mine), ("again", mine), ("fresh", folder / "new.sqlite"))
        for case, target in cases:
            if case == "fresh":
                target.unlink(missing_ok=True)
                subprocess.run(workbench_command("--db", str(target), "list"), check=True,
                               capture_output=True, env=bench_env())
            wall, reports[case] = time_merge(target, theirs)
            seconds[case].append(wall)
    return {case: (Runs(values), reports[case]) for case, values in seconds.items()}


def main() -> None:
    """Run the merge benchmark."""
    args = bench_arguments(__doc__ or "").parse_args()
    count = 200 if args.quick else 1000
    results = measure(annotated_library(count), run_count(args))
    rows = []
    for case, (times, report) in results.items():
        added = sum(report["added"].values())
        rows.append(Result(
            name=f"Merge ({case}): {count:,} annotated documents",
            target=f"≤ {TARGET_S:.0f} s",
            measured=f"{times.median:.1f} s ({times.spread('{:.1f}')}); {added:,} rows added, "
                     f"{len(report['conflicts']):,} conflicts",
            passed=times.median <= TARGET_S,
            method=(f"whole `python -m workbench --db LIB merge OTHER --json` process; {case} "
                    f"case (see bench_merge.py); median of {len(times.values)} runs."),
            details={"seconds": times.values, "counts": report["added"]},
        ))  # fmt: skip
    emit(rows, args.json)


if __name__ == "__main__":
    main()
