"""Cluster extraction: a LocalCluster of 2 workers against the plain 2-process import.

Two measurements, on the same real articles (the first N NewsArticles bodies
written as JSON Lines, as ``bench_import`` uses):

* throughput: whole-process ``workbench import FILE.jsonl --workers 2`` (the
  local process pool) against ``workbench import FILE.jsonl --cluster local:2``
  (a Dask LocalCluster of two single-threaded worker processes; its start-up
  is inside the time), each into a new library, sides alternating per run;
* the writer alone: the same articles analysed once beforehand in this
  process (which also gives one process's extraction speed, words/s), then
  stored by the real writer (``analysis_steps``: feed thread, library
  labels, one ``save_analysis`` transaction per document) from an extractor
  that only hands over the precomputed results. Its documents/s and words/s
  are the ceiling of any cluster: past ``writer words/s ÷ extraction words/s
  per worker`` workers, the single writer is the bottleneck.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_import import check_imported  # noqa: E402
from bench_support import (  # noqa: E402
    ProcessTime,
    Result,
    Runs,
    bench_arguments,
    emit,
    load_average,
    run_count,
    sandbox_dir,
    time_process,
    workbench_command,
)
from corpus import real_articles, word_count, write_jsonl  # noqa: E402

SIDES = {"pool": ["--workers", "2"], "cluster": ["--cluster", "local:2"]}


def time_side(jsonl: Path, side: str, run: int) -> ProcessTime:
    """Wall time of one whole ``workbench import`` into a fresh library, on one side."""
    db = sandbox_dir("cluster") / f"{side}-{run}.sqlite"
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    timing = time_process(workbench_command("--db", str(db), "import", str(jsonl),
                                            *SIDES[side]))
    check_imported(db)
    return timing


def measure_throughput(jsonl: Path, count: int, words: int, runs: int) -> Result:
    """Alternate the pool and the cluster import; medians and the per-run ratio."""
    timings: dict[str, list[ProcessTime]] = {side: [] for side in SIDES}
    loads = []
    for run in range(runs):
        for side in (("pool", "cluster") if run % 2 == 0 else ("cluster", "pool")):
            loads.append(load_average())
            timings[side].append(time_side(jsonl, side, run))
            print(f"  run {run + 1}: {side} {timings[side][-1].wall:.1f} s wall "
                  f"(load {loads[-1]})", flush=True)
    pool = Runs([t.wall for t in timings["pool"]])
    cluster = Runs([t.wall for t in timings["cluster"]])
    ratios = Runs([c.wall / p.wall for c, p in zip(timings["cluster"], timings["pool"],
                                                     strict=True)])
    return Result(
        name=f"Cluster import of {count:,} articles (LocalCluster, 2 workers)",
        target="roughly equal to the 2-process import on one machine",
        measured=(f"cluster {cluster.median:.1f} s ({cluster.spread('{:.1f}')}), "
                  f"{words / cluster.median:,.0f} words/s; pool {pool.median:.1f} s "
                  f"({pool.spread('{:.1f}')}), {words / pool.median:,.0f} words/s"),
        ratio=f"{ratios.median:.2f}× ({ratios.spread()})",
        passed=None,
        method=(f"{count:,} NewsArticles bodies ({words:,} words) as JSONL; whole "
                "`python -m workbench --db NEW import FILE` processes, `--workers 2` "
                "against `--cluster local:2` (cluster start-up and model loads included); "
                f"sides alternate; {runs} run(s); ratio = cluster/pool of the same run."),
        details={"pool_s": pool.values, "cluster_s": cluster.values, "ratios": ratios.values,
                 "words": words, "articles": count, "load_averages": loads},
    )


def measure_writer(jsonl: Path, count: int, words: int) -> list[Result]:
    """Extract once here, then time the writer storing the precomputed results."""
    from workbench.nlp.pipeline import analyze_many, load_pipeline
    from workbench.nlp.workers import AnalysisResult
    from workbench.operations.analysis import analyze_pending
    from workbench.operations.importing import import_paths
    from workbench.store import open_library

    db = sandbox_dir("cluster") / "writer.sqlite"
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    with open_library(db) as store:
        started = time.perf_counter()
        import_paths(store, [jsonl])
        import_s = time.perf_counter() - started
        items = store.analysis.documents_needing_analysis()
        load_pipeline()
        started = time.perf_counter()
        analyses = dict(analyze_many(items))
        extraction_s = time.perf_counter() - started
        rows = sum(len(a.mentions) + len(a.quotes) for a in analyses.values())

        def precomputed(pending: list[tuple[int, str, str]]) -> list[AnalysisResult]:
            return [AnalysisResult(doc_id, analyses[doc_id]) for doc_id, _, _ in pending]

        started = time.perf_counter()
        report = analyze_pending(store, extractor=precomputed)
        writer_s = time.perf_counter() - started
    assert len(report.analyzed) == len(items) and not report.failed
    per_worker = words / extraction_s
    writer_words = words / writer_s
    local_words = words / (import_s + writer_s)
    return [
        Result(
            name="Extraction in one process (no store)",
            target="(input to docs/scaling.md)",
            measured=f"{per_worker:,.0f} words/s, {len(items) / extraction_s:.1f} articles/s",
            passed=None,
            method=(f"`analyze_many` over the same {len(items):,} bodies in this process, "
                    "model already loaded: what one cluster worker does per core."),
            details={"seconds": extraction_s, "words": words},
        ),
        Result(
            name="Single writer alone (precomputed results)",
            target="(the ceiling of any cluster)",
            measured=(f"{len(items) / writer_s:,.0f} documents/s, {rows / writer_s:,.0f} "
                      f"entity+quote rows/s, {writer_words:,.0f} words/s"),
            ratio=f"≈ {writer_words / per_worker:.0f} workers' worth",
            passed=None,
            method=("`analyze_pending` with an extractor that hands over results computed "
                    "beforehand: feed thread, library labels, one `save_analysis` "
                    "transaction per document into an on-disk library with FTS."),
            details={"seconds": writer_s, "documents": len(items), "rows": rows,
                     "words": words, "worker_equivalents": writer_words / per_worker},
        ),
        Result(
            name="This computer's whole share (read + store text + store results)",
            target="(the ceiling of any cluster, import included)",
            measured=(f"{len(items) / (import_s + writer_s):,.0f} documents/s, "
                      f"{local_words:,.0f} words/s (text stored in {import_s:.1f} s, "
                      f"results in {writer_s:.1f} s)"),
            ratio=f"≈ {local_words / per_worker:.0f} workers' worth",
            passed=None,
            method=("`import_paths` of the JSONL (read, dedup, versions, insert with FTS, "
                    "one transaction per document) plus the writer alone, above."),
            details={"import_s": import_s, "writer_s": writer_s,
                     "worker_equivalents": local_words / per_worker},
        ),
    ]


def main() -> None:
    """Run both measurements."""
    parser = bench_arguments(__doc__ or "")
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--writer-only", action="store_true",
                        help="skip the import throughput runs")
    args = parser.parse_args()
    count = args.articles or (200 if args.quick else 500)
    records = real_articles(count)
    jsonl = write_jsonl(records, sandbox_dir("cluster") / f"real-{count}.jsonl")
    words = word_count(records)
    started = time.perf_counter()
    results = [] if args.writer_only else [
        measure_throughput(jsonl, count, words, run_count(args))]
    results += measure_writer(jsonl, count, words)
    print(f"  cluster benchmark took {time.perf_counter() - started:.0f} s", flush=True)
    emit(results, args.json)


if __name__ == "__main__":
    main()
