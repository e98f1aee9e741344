"""Memory: idle RSS of the app on the 100,000-document library; RSS over a 3,000-article import.

Idle: the start-up launcher (``bench_startup.py --child-app DB --settle 5``)
shows the main window exactly as ``run_app`` does, idles 5 s with the event
loop running, then reports its own RSS (``VmRSS``). Median of three launches.

Import: one whole ``workbench import`` of 3,000 real articles into a new
library. A sampler thread reads the RSS of the import process and of every
descendant (the spawn pool's workers) every 0.5 s, together with the number
of documents already analysed (read-only SQLite query on the WAL library).
The slope is a least-squares fit of the median total RSS per 250 analysed
documents against analysed documents, over the analysis phase after a warm-up
of 500 documents (while the whole pool is alive), in MB per 1,000 articles,
for the whole tree and for the parent alone.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_import import check_imported  # noqa: E402
from bench_startup import launch  # noqa: E402
from bench_support import (  # noqa: E402
    Result,
    RssSampler,
    Runs,
    bench_arguments,
    emit,
    sandbox_dir,
    time_process,
    workbench_command,
)
from corpus import real_articles, synthetic_library, write_jsonl  # noqa: E402

IDLE_TARGET_MB = 300
WARM_UP = 500
TAIL = 50
BUCKET = 250
# "Flat": the whole process tree grows by less than this per 1,000 articles (a
# falling RSS, e.g. shorter articles later in the set, is no leak).
FLAT_MB_PER_1000 = 10.0


def idle_rss(library: Path, documents: int, runs: int) -> Result:
    """Median RSS of the shown, settled main window over ``runs`` launches."""
    values = Runs([launch(["--child-app", str(library), "--settle", "5"])["rss_mb"]
                   for _ in range(runs)])
    return Result(
        name=f"Memory: idle RSS, main window on the {documents:,}-document library",
        target=f"≤ {IDLE_TARGET_MB} MB",
        measured=f"{values.median:.0f} MB ({values.spread('{:.0f}')})",
        passed=values.median <= IDLE_TARGET_MB,
        method=("VmRSS of the launcher process (same steps as run_app) after its first paint "
                f"and 5 s of idling; median of {runs} launches."),
        details={"rss_mb": values.values},
    )


def analysed_counter(db: Path) -> object:
    """A probe returning how many documents are analysed so far (0 before the table exists)."""
    def count() -> float:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as connection:
                row = connection.execute(
                    "SELECT count(*) FROM documents WHERE status = 'analyzed'").fetchone()
            return float(row[0])
        except sqlite3.Error:
            return 0.0

    return count


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of y over x."""
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    var = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / var if var else 0.0


def bucket_medians(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """(thousands of articles, median MB) per bucket of BUCKET analysed documents.

    Why medians: a worker's RSS jumps by 100 MB while it parses a long article
    and drops when the batch's memory zone closes; a leak shows as a rising
    median, a long article only as a spike.
    """
    buckets: dict[int, list[float]] = {}
    for analysed, megabytes in points:
        buckets.setdefault(int(analysed // BUCKET), []).append(megabytes)
    return [((key + 0.5) * BUCKET / 1000, statistics.median(values))
            for key, values in sorted(buckets.items())]


def import_rss(count: int) -> Result:
    """Sample RSS through one whole import of ``count`` real articles; fit the slope."""
    records = real_articles(count)
    jsonl = write_jsonl(records, sandbox_dir("memory") / f"real-{count}.jsonl")
    db = sandbox_dir("memory") / "import.sqlite"
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    sampler = RssSampler(interval=0.5, probe=analysed_counter(db))  # type: ignore[arg-type]
    timing = time_process(workbench_command("--db", str(db), "import", str(jsonl)),
                          sampler=sampler)
    check_imported(db)
    # The analysis phase with the whole pool alive: after the warm-up, before the
    # last batches, when workers finish and exit one by one.
    pool = max(s[4] for s in sampler.samples)
    phase = [s for s in sampler.samples
             if s[4] == pool and WARM_UP <= s[3] <= len(records) - TAIL]
    if len(phase) < 3:
        raise RuntimeError("too few samples in the analysis phase to fit a slope")
    total = slope(bucket_medians([(s[3], s[1] + s[2]) for s in phase]))
    parent = slope(bucket_medians([(s[3], s[1]) for s in phase]))
    raw = slope([(s[3] / 1000, s[1] + s[2]) for s in phase])
    peak = max(s[1] + s[2] for s in sampler.samples)
    first, last = phase[0], phase[-1]
    return Result(
        name=f"Memory: RSS over a {len(records):,}-article import",
        target=f"flat after warm-up (grows ≤ {FLAT_MB_PER_1000:.0f} MB per 1,000 articles)",
        measured=(f"slope {total:+.1f} MB per 1,000 articles (parent {parent:+.1f}, "
                  f"unbucketed fit {raw:+.1f}); "
                  f"{first[1] + first[2]:.0f} MB at {first[3]:.0f} analysed → "
                  f"{last[1] + last[2]:.0f} MB at {last[3]:.0f}; peak {peak:.0f} MB"),
        passed=total <= FLAT_MB_PER_1000,
        method=(f"`workbench import` of {len(records):,} real articles ({timing.wall:.0f} s); "
                "RSS of the import process + its worker processes sampled every 0.5 s with "
                f"the analysed-document count; least-squares slope of the median RSS per "
                f"{BUCKET} analysed documents, from {WARM_UP} analysed "
                f"to {TAIL} before the end, while all {pool} child processes (workers and "
                "multiprocessing's resource tracker) are alive "
                f"({len(phase)} samples)."),
        details={"samples": [[round(v, 2) for v in s] for s in sampler.samples[::4]],
                 "slope_total_mb_per_1000": total, "slope_parent_mb_per_1000": parent},
    )


def main() -> None:
    """Run both memory measurements."""
    args = bench_arguments(__doc__ or "").parse_args()
    documents = 10_000 if args.quick else 100_000
    results = [idle_rss(synthetic_library(documents), documents, 1 if args.quick else 3),
               import_rss(800 if args.quick else 3000)]
    emit(results, args.json)


if __name__ == "__main__":
    main()
