"""Import speed: whole-process ``workbench import`` against a raw single-process ``nlp.pipe``.

Both sides are timed as whole processes, side by side in the same run, on the
same real articles (the first N NewsArticles bodies written as JSON Lines):

* import: ``python -m workbench --db NEW import FILE.jsonl`` (read, normalise,
  dedup, store with FTS, then extraction in the worker pool and one
  ``save_analysis`` transaction per document);
* raw: ``python bench_import.py --raw-child FILE MODEL``: ``import spacy``,
  ``spacy.load`` of the same model with the same components, then
  ``for doc in nlp.pipe(texts)`` over the same bodies — nothing kept, nothing
  stored.

Runs alternate which side goes first, so drift on this shared machine hits
both; the ratio is taken per run (import / raw of the same run) and its median
reported beside the medians of the wall times.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_support import (  # noqa: E402
    PYTHON,
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

TARGET_RATIO = 0.7


def raw_child(jsonl: str, model: str) -> None:
    """The baseline process: load the model and pipe every body once (nothing stored)."""
    import spacy

    texts = [json.loads(line)["text"] for line in Path(jsonl).read_text("utf-8").splitlines()]
    nlp = spacy.load(model)
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    print(f"piped {len(texts)} texts, {tokens} tokens, pipes {nlp.pipe_names}", file=sys.stderr)


def model_name() -> str:
    """The package name ``load_pipeline`` picks (first installed of MODEL_NAMES)."""
    import importlib.util

    from workbench.nlp.pipeline import MODEL_NAMES

    return next(name for name in MODEL_NAMES if importlib.util.find_spec(name) is not None)


def time_import(jsonl: Path, label: str, extra: list[str] | None = None) -> ProcessTime:
    """Wall time of one whole ``workbench import`` into a fresh library."""
    db = sandbox_dir("import") / f"{label}.sqlite"
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    timing = time_process(workbench_command("--db", str(db), "import", str(jsonl),
                                            *(extra or [])))
    check_imported(db)
    return timing


def check_imported(db: Path) -> dict[str, int]:
    """Count documents by status; fail loudly if extraction silently did nothing."""
    with sqlite3.connect(db) as connection:
        counts = dict(connection.execute("SELECT status, count(*) FROM documents GROUP BY status"))
    if counts.get("pending") or not counts.get("analyzed"):
        raise RuntimeError(f"import left documents unanalysed: {counts}")
    return counts


def measure(count: int, runs: int) -> list[Result]:
    """Alternate import and raw runs; report medians, per-run ratios and throughput."""
    records = real_articles(count)
    jsonl = write_jsonl(records, sandbox_dir("import") / f"real-{count}.jsonl")
    words = word_count(records)
    model = model_name()
    raw_command = [PYTHON, str(Path(__file__)), "--raw-child", str(jsonl), model]
    timings: dict[str, list[ProcessTime]] = {"import": [], "raw": []}
    loads = []
    for run in range(runs):
        for side in (("import", "raw") if run % 2 == 0 else ("raw", "import")):
            loads.append(load_average())
            timing = time_import(jsonl, f"run{run}") if side == "import" else (
                time_process(raw_command))
            timings[side].append(timing)
            print(f"  run {run + 1}: {side} {timing.wall:.1f} s wall, {timing.cpu:.1f} s CPU"
                  f" (load {loads[-1]})", flush=True)
    result = report(timings["import"], timings["raw"], len(records), words, model)
    result.details["load_averages"] = loads
    return [result]


def report(import_times: list[ProcessTime], raw_times: list[ProcessTime], count: int,
           words: int, model: str) -> Result:
    """The table row for the import target."""
    imports = Runs([t.wall for t in import_times])
    raws = Runs([t.wall for t in raw_times])
    ratios = Runs([i.wall / r.wall for i, r in zip(import_times, raw_times, strict=True)])
    cpu_ratio = Runs([i.cpu / r.cpu for i, r in zip(import_times, raw_times, strict=True)])
    per_second = count / imports.median
    return Result(
        name=f"Import {count:,} real articles",
        target=f"import wall ≤ {TARGET_RATIO}× raw nlp.pipe",
        measured=(f"import {imports.median:.1f} s ({imports.spread('{:.1f}')}); "
                  f"raw {raws.median:.1f} s ({raws.spread('{:.1f}')}); "
                  f"{per_second:.1f} articles/s, {words / imports.median:,.0f} words/s"),
        ratio=f"{ratios.median:.2f}× ({ratios.spread()})",
        passed=ratios.median <= TARGET_RATIO,
        method=(f"{count:,} NewsArticles bodies ({words:,} words) as JSONL. Import: whole "
                "`python -m workbench --db NEW import FILE` process (2 extraction workers on "
                f"2 cores). Raw: a process that imports spaCy, loads {model} (same "
                "components) and iterates `nlp.pipe(texts)`. Sides alternate order per run; "
                f"{len(imports.values)} runs; ratio = import/raw of the same run."),
        details={"import_s": imports.values, "raw_s": raws.values, "ratios": ratios.values,
                 "import_cpu_s": [t.cpu for t in import_times],
                 "raw_cpu_s": [t.cpu for t in raw_times], "cpu_ratio_median": cpu_ratio.median,
                 "articles": count, "words": words,
                 "raw_articles_per_s": count / raws.median},
    )


def main() -> None:
    """Run the benchmark (or the raw child when asked)."""
    if len(sys.argv) == 4 and sys.argv[1] == "--raw-child":
        raw_child(sys.argv[2], sys.argv[3])
        return
    parser = bench_arguments(__doc__ or "")
    parser.add_argument("--articles", type=int, default=None)
    args = parser.parse_args()
    count = args.articles or (200 if args.quick else 1000)
    started = time.perf_counter()
    results = measure(count, run_count(args))
    print(f"  import benchmark took {time.perf_counter() - started:.0f} s", flush=True)
    emit(results, args.json)


if __name__ == "__main__":
    main()
