"""Where an import's time goes, measured in-process, beside a raw ``nlp.pipe`` in-process.

The whole-process comparison is ``bench_import.py`` (two whole processes:
``workbench import FILE.jsonl`` vs load + ``nlp.pipe``). This script splits
the same work into phases inside one process, so the difference can be
assigned:

* start-up: ``python -c "import workbench.cli"`` and ``python -c "import spacy"``
  as whole processes (the interpreter and imports each side pays);
* store: ``import_paths(..., analyze=False)`` into a new library (read,
  normalise, dedup, insert, FTS by trigger); FTS alone: the same inserts
  into a copy of the table without the trigger;
* analysis: ``analyze_pending`` with two workers: time to the first saved
  result (pool spawn + model load in each worker + the first batch), the
  rest, and the writer's share (time inside ``save_analysis``);
* raw: ``spacy.load`` then ``nlp.pipe(texts)`` in this process; and
  ``analyze_many`` on the same texts in this process (one core), so our
  extraction's cost over the bare pipe is visible.

Usage: ``python tests/benchmarks/profile_import.py [--articles N]``; prints JSON.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_import import model_name  # noqa: E402
from bench_support import PYTHON, bench_env, load_average, sandbox_dir  # noqa: E402
from corpus import news_articles, write_jsonl  # noqa: E402


def process_seconds(code: str) -> float:
    """Wall time of a whole ``python -c CODE`` process."""
    started = time.perf_counter()
    subprocess.run([PYTHON, "-c", code], env=bench_env(), check=True)
    return time.perf_counter() - started


def store_phase(jsonl: Path, db: Path) -> dict[str, float]:
    """Import without analysis; then time the FTS inserts alone on the stored texts."""
    from workbench.operations.importing import import_paths
    from workbench.store import Store

    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    with Store(db) as store:
        import_paths(store, [jsonl], analyze=False)
        stored = time.perf_counter() - started
        rows = store.db.execute("SELECT id, title, text FROM documents").fetchall()
        store.db.execute("CREATE VIRTUAL TABLE fts_probe USING fts5(title, text)")
        fts_started = time.perf_counter()
        with store.db.atomic():
            store.db.conn.executemany(
                "INSERT INTO fts_probe(rowid, title, text) VALUES (?, ?, ?)", rows)
        fts = time.perf_counter() - fts_started
        store.db.execute("DROP TABLE fts_probe")
    return {"store_s": stored, "fts_alone_s": fts}


def analysis_phase(db: Path) -> dict[str, float]:
    """Analyse the stored documents with two workers; split first result, rest, writer."""
    from workbench.operations.analysis import analyze_pending
    from workbench.store import Store

    with Store(db) as store:
        store.analysis.mark_for_analysis()  # stored with analyze=False: "unanalysed"
        saving = {"s": 0.0, "first": 0.0}
        original = store.analysis.save_analysis
        started = time.perf_counter()

        def timed(doc_id: int, analysis: object) -> object:
            began = time.perf_counter()
            if not saving["first"]:
                saving["first"] = began - started
            result = original(doc_id, analysis)  # type: ignore[arg-type]
            saving["s"] += time.perf_counter() - began
            return result

        store.analysis.save_analysis = timed  # type: ignore[method-assign]
        analyze_pending(store, workers=2)
        total = time.perf_counter() - started
    return {"analysis_s": total, "first_result_s": saving["first"], "writer_s": saving["s"]}


def raw_phase(texts: list[str]) -> dict[str, float]:
    """Load the model and pipe the texts here; then our extraction in this process."""
    import spacy

    from workbench.nlp import pipeline

    spent = {"_collect": 0.0, "_finish": 0.0}
    for name in spent:
        setattr(pipeline, name, _timed(getattr(pipeline, name), spent, name))
    started = time.perf_counter()
    nlp = spacy.load(model_name())
    loaded = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    piped = time.perf_counter()
    for _ in pipeline.analyze_many([(i, "", text) for i, text in enumerate(texts)], nlp):
        pass
    ours = time.perf_counter() - piped
    return {"model_load_s": loaded - started, "raw_pipe_s": piped - loaded,
            "analyze_many_one_core_s": ours, "of_which_collect_s": spent["_collect"],
            "of_which_finish_s": spent["_finish"]}


def _timed(function: Any, spent: dict[str, float], name: str) -> Any:
    """``function``, adding the seconds spent in it to ``spent[name]``."""
    def wrapper(*args: Any) -> Any:
        began = time.perf_counter()
        try:
            return function(*args)
        finally:
            spent[name] += time.perf_counter() - began
    return wrapper


def main() -> None:
    """Measure every phase once and print them as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--skip-raw", action="store_true", help="only start-up, store, analysis")
    args = parser.parse_args()
    records = [r for r in news_articles() if len(r["text"]) > 500][: args.articles]
    jsonl = write_jsonl(records, sandbox_dir("profile") / f"real-{args.articles}.jsonl")
    facts: dict[str, object] = {"articles": len(records),
                                "words": sum(len(r["text"].split()) for r in records),
                                "load_before": load_average()}
    facts["startup_workbench_cli_s"] = process_seconds("import workbench.cli")
    facts["startup_spacy_s"] = process_seconds("import spacy")
    db = sandbox_dir("profile") / "profile.sqlite"
    facts.update(store_phase(jsonl, db))
    facts.update(analysis_phase(db))
    if not args.skip_raw:
        facts.update(raw_phase([r["text"] for r in records]))
    facts["load_after"] = load_average()
    print(json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in facts.items()},
                     indent=1))


if __name__ == "__main__":
    main()
