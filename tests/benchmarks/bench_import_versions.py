"""Import cost of two builds side by side: an old source tree against this one, beside raw spaCy.

Why: issue 15 allows no import slowdown beyond 10% over the build from before
its first change, and its rules arrive over many stops. Comparing each stop's
figure with an older stop's run says little on a shared machine whose cores
change speed from hour to hour; the two builds must import the same articles
in the same run. Each run times three whole processes on the same real
articles (``bench_import``'s corpus, the first N NewsArticles bodies):

* old: ``python -m workbench --db NEW import FILE.jsonl`` started in the old
  tree (``--old``, e.g. a ``git worktree add --detach`` of the old commit);
* new: the same command in the new tree (``--new``, default this repository);
* raw: ``bench_import``'s raw child (load the model, ``nlp.pipe`` every body).

The order of the three changes every run, and the load average is recorded
before each side. The figure is CPU (the process and its extraction workers):
on a busy machine wall times depend on what else runs, CPU much less so. The
ratio is taken per run (new / old CPU of the same run) and its median compared
with the 10% allowed.

Both trees are byte-compiled before the first run (``compileall``), as an installed
app is (pip compiles at install time; the PyInstaller bundle ships bytecode): with
``PYTHONDONTWRITEBYTECODE`` set, every child would otherwise compile every module it
imports, a start-up cost no user pays that grows with the number of modules, so
the newer build with more modules would be charged for it in each run.

Not part of ``make bench`` (three 1,000-article imports per run, ~15 minutes
for three runs on a quiet machine). Run by hand, e.g.::

    git worktree add --detach /tmp/old fa2a7c7
    .venv/bin/python tests/benchmarks/bench_import_versions.py --old /tmp/old --runs 3
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_import import check_imported, model_name  # noqa: E402
from bench_support import (  # noqa: E402
    PYTHON,
    REPO,
    ProcessTime,
    Result,
    Runs,
    bench_arguments,
    bench_env,
    emit,
    load_average,
    run_count,
    sandbox_dir,
    time_process,
)
from corpus import real_articles, word_count, write_jsonl  # noqa: E402

ALLOWED_SLOWDOWN = 1.10
# Every side goes first once in any three consecutive runs, then the reverse rotations.
ORDERS = [("old", "new", "raw"), ("new", "raw", "old"), ("raw", "old", "new"),
          ("raw", "new", "old"), ("new", "old", "raw"), ("old", "raw", "new")]


def tree_facts(tree: Path) -> str:
    """Commit and analysis version of a source tree, so the report says what was compared."""
    commit = subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True, check=False).stdout.strip()
    pipeline = (tree / "workbench" / "nlp" / "pipeline.py").read_text("utf-8")
    version = re.search(r"^ANALYSIS_VERSION\s*=\s*(\d+)", pipeline, re.M)
    return f"{commit or tree} (analysis version {version.group(1) if version else '?'})"


def compile_tree(tree: Path) -> None:
    """Write ``tree``'s bytecode once, so no timed child compiles sources (see the docstring)."""
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(tree / "workbench")],
                   env=bench_env({"PYTHONDONTWRITEBYTECODE": ""}), check=True)


def time_tree_import(tree: Path, jsonl: Path, label: str) -> ProcessTime:
    """One whole ``workbench import`` run from ``tree``'s sources into a fresh library.

    The child starts in ``tree`` with only ``tree`` on PYTHONPATH, so ``python -m
    workbench`` (and the worker processes it spawns, which inherit its
    ``sys.path``) import that tree's code, not the editable install's.
    """
    db = sandbox_dir("import-versions") / f"{label}.sqlite"
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    command = [PYTHON, "-m", "workbench", "--db", str(db), "import", str(jsonl)]
    timing = time_process(command, env=bench_env({"PYTHONPATH": str(tree)}), cwd=tree)
    check_imported(db)
    return timing


def measure(old: Path, new: Path, count: int, runs: int) -> Result:
    """Alternate old, new and raw; report per-run CPU ratios, medians and loads."""
    records = real_articles(count)
    jsonl = write_jsonl(records, sandbox_dir("import-versions") / f"real-{count}.jsonl")
    raw_command = [PYTHON, str(HERE / "bench_import.py"), "--raw-child", str(jsonl),
                   model_name()]
    for tree in (old, new):
        compile_tree(tree)
    timings: dict[str, list[ProcessTime]] = {"old": [], "new": [], "raw": []}
    loads: list[str] = []
    for run in range(runs):
        for side in ORDERS[run % len(ORDERS)]:
            loads.append(load_average())
            timing = (time_process(raw_command) if side == "raw" else
                      time_tree_import(old if side == "old" else new, jsonl, f"{side}{run}"))
            timings[side].append(timing)
            print(f"  run {run + 1}: {side} {timing.wall:.1f} s wall, {timing.cpu:.1f} s CPU"
                  f" (load before {loads[-1]})", flush=True)
    loads.append(load_average())
    return report(timings, loads, count, word_count(records), tree_facts(old), tree_facts(new))


def report(timings: dict[str, list[ProcessTime]], loads: list[str], count: int, words: int,
           old_facts: str, new_facts: str) -> Result:
    """The comparison as a result record (CPU first; wall only for the record)."""
    cpu = {side: Runs([t.cpu for t in times]) for side, times in timings.items()}
    wall = {side: Runs([t.wall for t in times]) for side, times in timings.items()}
    ratios = Runs([n.cpu / o.cpu for n, o in zip(timings["new"], timings["old"], strict=True)])
    return Result(
        name=f"Import {count:,} real articles, new build against old",
        target=f"new CPU ≤ {ALLOWED_SLOWDOWN:.2f}× old CPU (issue 15)",
        measured=(f"CPU new {cpu['new'].median:.1f} s ({cpu['new'].spread('{:.1f}')}), "
                  f"old {cpu['old'].median:.1f} s ({cpu['old'].spread('{:.1f}')}), "
                  f"raw nlp.pipe {cpu['raw'].median:.1f} s ({cpu['raw'].spread('{:.1f}')})"),
        ratio=f"{ratios.median:.3f}× ({ratios.spread('{:.3f}')})",
        passed=ratios.median <= ALLOWED_SLOWDOWN,
        method=(f"{count:,} NewsArticles bodies ({words:,} words) as JSONL; old {old_facts}, "
                f"new {new_facts}; whole import processes and the raw pass, order rotated "
                f"per run; {len(ratios.values)} runs; ratio = new/old CPU of the same run."),
        details={"new_over_old_cpu": ratios.values,
                 **{f"{side}_cpu_s": cpu[side].values for side in cpu},
                 **{f"{side}_wall_s": wall[side].values for side in wall},
                 "median_ratio_of_medians": cpu["new"].median / cpu["old"].median,
                 "load_averages": loads},
    )


def main() -> None:
    """Parse the two trees and sizes, run, print (and write JSON when asked)."""
    parser = bench_arguments(__doc__ or "")
    parser.add_argument("--old", type=Path, required=True, help="the old build's source tree")
    parser.add_argument("--new", type=Path, default=REPO, help="the new build's (this one)")
    parser.add_argument("--articles", type=int, default=None)
    args = parser.parse_args()
    count = args.articles or (200 if args.quick else 1000)
    started = time.perf_counter()
    result = measure(args.old.resolve(), args.new.resolve(), count, run_count(args))
    print(f"  comparison took {time.perf_counter() - started:.0f} s", flush=True)
    for key, values in result.details.items():
        print(f"  {key}: {values}", flush=True)
    emit([result], args.json)


if __name__ == "__main__":
    main()
