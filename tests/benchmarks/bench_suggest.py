"""Batch claim search: ``store.suggestions.suggest_batch``, 1,000 statements, 10,000 documents.

The library is the cached recombined corpus cut at 10,000 documents (see
``corpus``), with its synthetic analyses (entities count in the score). The
statements are real sentences of the NewsArticles set (seeded choice, 8–40
words), half of them shortened to their first 12 words the way an analyst
pastes the gist of a statement — one per line, as ``workbench suggest --batch``
reads them. Each run opens a fresh ``Store`` (cold suggestion caches) and
times one ``suggest_batch(statements, limit=5)`` call in-process: candidates
from FTS5 (the statement's rare words, then the names its best answers share),
every feature (BM25 over names and stems, entities, numbers) and the threshold,
as ``suggest --batch`` runs them. The process's CPU time is reported next to
the wall-clock time: on a loaded machine it is the steadier number.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_support import Result, Runs, bench_arguments, emit, run_count  # noqa: E402
from corpus import news_articles, synthetic_library  # noqa: E402

from workbench.core.sentences import sentence_spans  # noqa: E402

TARGET_S = 30.0


def statements(count: int, seed: int = 5) -> list[str]:
    """Real sentences (8–40 words), every other one cut to its first 12 words."""
    rng = random.Random(seed)
    articles = news_articles()
    chosen: list[str] = []
    while len(chosen) < count:
        text = rng.choice(articles)["text"]
        spans = sentence_spans(text)
        start, end = rng.choice(spans)
        words = text[start:end].split()
        if 8 <= len(words) <= 40:
            chosen.append(" ".join(words[:12] if len(chosen) % 2 else words))
    return chosen


def time_batch(library: Path, lines: list[str]) -> tuple[float, int, int, float]:
    """Seconds for one ``suggest_batch`` on a fresh Store, suggestions made, statements silent,
    CPU seconds."""
    from workbench.store import Store

    with Store(library) as store:
        started, cpu = time.perf_counter(), time.process_time()
        results = store.suggestions.suggest_batch(lines, limit=5)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return seconds, sum(len(found) for _, found in results), sum(not f for _, f in results), cpu


def main() -> None:
    """Run the batch-suggestion benchmark."""
    args = bench_arguments(__doc__ or "").parse_args()
    documents, count = (10_000, 200) if args.quick else (10_000, 1_000)
    library = synthetic_library(documents)
    lines = statements(count)
    runs = [time_batch(library, lines) for _ in range(run_count(args, 2))]
    times = Runs([seconds for seconds, _, _, _ in runs])
    cpu = Runs([seconds for _, _, _, seconds in runs])
    emit([Result(
        name=f"Batch claim search: {count:,} statements over {documents:,} documents",
        target=f"≤ {TARGET_S:.0f} s (issue 16)",
        measured=(f"{times.median:.1f} s ({times.spread('{:.1f}')}); "
                  f"{times.median / count * 1000:.0f} ms per statement; CPU {cpu.median:.1f} s"),
        passed=times.median <= TARGET_S,
        method=("suggest_batch(statements, limit=5) in-process on a fresh Store (cold "
                f"caches); statements are real sentences; {runs[0][1]:,} suggestions returned, "
                f"{runs[0][2]:,} statements with no likely match; "
                f"median of {len(runs)} runs."),
        details={"seconds": times.values, "cpu_seconds": cpu.values},
    )], args.json)


if __name__ == "__main__":
    main()
