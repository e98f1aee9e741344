"""Search at 100,000 documents: the library model's search against a bare FTS5 MATCH.

Each of 200 realistic queries is timed two ways in the same process, side by
side (order alternating per query), on the same library file:

* app: ``LibraryModel.set_filter(LibraryFilter(query=q))`` — the number of
  matches and the first page of ids by rank (``store.library.count_library``,
  ``store.library.library_ids(limit=25)``) — then filling the first page of the
  model (``row_data(0)`` fetches page 0 with counts and snippets through
  ``store.library.library_rows``) and reading the display data of the first 25 rows,
  as the table paints them;
* bare: ``SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY
  rank LIMIT 50`` on a raw ``sqlite3`` connection, with the same FTS5
  expression the app builds (``LibraryFilter.fts_query``).

For reference only (not part of pass/miss), a third timing: the least raw SQL
that shows the same page — ``SELECT rowid, title, snippet(…) … ORDER BY rank
LIMIT 25`` plus ``SELECT count(*) … MATCH ?`` — so the table separates what
snippets cost from what the app adds.

Queries are drawn (seeded) from the real NewsArticles titles and bodies:
common title words, rare body words, two-word title phrases, three-word body
phrases and capitalised names, typed as an analyst types them (simple mode).
"""

from __future__ import annotations

import random
import re
import sqlite3
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_support import (  # noqa: E402
    Result,
    Runs,
    bench_arguments,
    emit,
    percentile,
    run_count,
)
from corpus import news_articles, synthetic_library  # noqa: E402

from workbench.core.sentences import STOPWORDS  # noqa: E402

_WORD = re.compile(r"[A-Za-z][a-z]{2,}")
_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
MIX = {"common word": 60, "rare word": 40, "title phrase": 50, "body phrase": 30, "name": 20}
VISIBLE_ROWS = 25


def realistic_queries(count: int = 200, seed: int = 11) -> list[tuple[str, str]]:
    """(kind, query) pairs drawn from the real articles; see the module docstring."""
    rng = random.Random(seed)
    articles = news_articles()
    frequency: Counter[str] = Counter()
    for article in articles:
        frequency.update({w.lower() for w in _WORD.findall(article["text"])})
    content = [w for w in frequency if w not in STOPWORDS]  # counts are document frequencies
    common = sorted(w for w in content if frequency[w] >= 200)
    rare = sorted(w for w in content if 1 <= frequency[w] <= 3)
    pools = {
        "common word": lambda: rng.choice(common),
        "rare word": lambda: rng.choice(rare),
        "title phrase": lambda: phrase(rng, rng.choice(articles)["title"], 2),
        "body phrase": lambda: phrase(rng, rng.choice(articles)["text"], 3),
        "name": lambda: rng.choice(_NAME.findall(rng.choice(articles)["text"]) or ["White House"]),
    }
    queries = [(kind, pools[kind]()) for kind, n in MIX.items() for _ in range(n)]
    rng.shuffle(queries)
    return queries[:count]


def phrase(rng: random.Random, text: str, length: int) -> str:
    """``length`` consecutive words from ``text``, starting at a content word."""
    words = text.split()
    starts = [i for i, w in enumerate(words[: max(1, len(words) - length)])
              if w.lower().strip(".,\"'") not in STOPWORDS]
    start = rng.choice(starts) if starts else 0
    return " ".join(w.strip(".,;:\"'()") for w in words[start : start + length])


def time_app(model: object, query: str) -> float:
    """Milliseconds to apply a search and fill the first page of the library model."""
    from PySide6.QtCore import QEventLoop

    from workbench.store import LibraryFilter

    started = time.perf_counter()
    model.set_filter(LibraryFilter(query=query))  # type: ignore[attr-defined]
    if model.searching_in_background:  # type: ignore[attr-defined]
        loop = QEventLoop()  # the search thread's answer arrives through the event loop
        model.busy_changed.connect(loop.quit)  # type: ignore[attr-defined]
        loop.exec()
        model.busy_changed.disconnect(loop.quit)  # type: ignore[attr-defined]
    rows = min(VISIBLE_ROWS, model.rowCount())  # type: ignore[attr-defined]
    for row in range(rows):
        for column in range(model.columnCount()):  # type: ignore[attr-defined]
            model.data(model.index(row, column))  # type: ignore[attr-defined]
    return (time.perf_counter() - started) * 1000


def time_bare(connection: sqlite3.Connection, expression: str) -> float:
    """Milliseconds for the bare FTS5 MATCH with ``ORDER BY rank LIMIT 50``."""
    started = time.perf_counter()
    connection.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"
                       " ORDER BY rank LIMIT 50", [expression]).fetchall()
    return (time.perf_counter() - started) * 1000


def time_bare_page(connection: sqlite3.Connection, expression: str) -> float:
    """Milliseconds for raw SQL returning the same first page: ids, titles, snippets, count."""
    from workbench.store import SNIPPET_CLOSE, SNIPPET_OPEN, SNIPPET_TOKENS

    snippet_sql = (f"snippet(documents_fts, 1, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', '…',"
                   f" {SNIPPET_TOKENS})")
    started = time.perf_counter()
    connection.execute(f"SELECT rowid, title, {snippet_sql} FROM documents_fts"
                       " WHERE documents_fts MATCH ? ORDER BY rank LIMIT 25",
                       [expression]).fetchall()
    connection.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?",
                       [expression]).fetchall()
    return (time.perf_counter() - started) * 1000


def measure(library: Path, queries: list[tuple[str, str]]) -> tuple[list[dict[str, object]], int]:
    """Time every query both ways (alternating order) after a short warm-up."""
    from PySide6.QtWidgets import QApplication

    from workbench.store import LibraryFilter, Store
    from workbench.ui.library.model import LibraryModel

    app = QApplication.instance() or QApplication([])
    store = Store(library)
    model = LibraryModel(store)
    connection = sqlite3.connect(library)
    for _, query in realistic_queries(20, seed=99):
        time_app(model, query)
        time_bare(connection, LibraryFilter(query=query).fts_query)
    rows = []
    for number, (kind, query) in enumerate(queries):
        expression = LibraryFilter(query=query).fts_query
        if number % 2:
            app_ms, bare_ms = time_app(model, query), time_bare(connection, expression)
        else:
            bare_ms, app_ms = time_bare(connection, expression), time_app(model, query)
        rows.append({"kind": kind, "query": query, "app_ms": app_ms, "bare_ms": bare_ms,
                     "page_ms": time_bare_page(connection, expression),
                     "matches": model.rowCount()})
    documents = store.documents.count_documents()
    model.stop()
    store.close()
    connection.close()
    del app
    return rows, documents


def summarise(runs: list[list[dict[str, object]]], documents: int) -> list[Result]:
    """Per-run p50/p95 of both paths; medians over the runs, ratios, slowest queries."""
    app_p50, app_p95, bare_p50, bare_p95, per_query, page_p50 = [], [], [], [], [], []
    for rows in runs:
        page_p50.append(percentile([float(r["page_ms"]) for r in rows], 0.5))  # type: ignore[arg-type]
        app = [float(r["app_ms"]) for r in rows]  # type: ignore[arg-type]
        bare = [float(r["bare_ms"]) for r in rows]  # type: ignore[arg-type]
        app_p50.append(percentile(app, 0.5))
        app_p95.append(percentile(app, 0.95))
        bare_p50.append(percentile(bare, 0.5))
        bare_p95.append(percentile(bare, 0.95))
        per_query.append(percentile([a / max(b, 1e-6) for a, b in zip(app, bare, strict=True)],
                                    0.5))
    p50, p95 = Runs(app_p50), Runs(app_p95)
    b50, b95 = Runs(bare_p50), Runs(bare_p95)
    ratio50 = Runs([a / b for a, b in zip(app_p50, bare_p50, strict=True)])
    ratio95 = Runs([a / b for a, b in zip(app_p95, bare_p95, strict=True)])
    pooled = [row for rows in runs for row in rows]
    ratio_ok = ratio50.median <= 1.5 and ratio95.median <= 1.5
    return [Result(
        name=f"Search at {documents:,} documents ({len(runs[0])} queries)",
        target="p50 ≤ 20 ms, p95 ≤ 100 ms incl. first page; ≤ 1.5× bare FTS5 MATCH",
        measured=(f"app p50 {p50.median:.1f} ms ({p50.spread('{:.1f}')}), p95 "
                  f"{p95.median:.1f} ms ({p95.spread('{:.1f}')}); bare MATCH p50 "
                  f"{b50.median:.1f} ms, p95 {b95.median:.1f} ms; for reference, raw SQL for "
                  f"the same page (ids, titles, snippets, count) p50 "
                  f"{Runs(page_p50).median:.1f} ms"),
        ratio=(f"p50 {ratio50.median:.2f}× ({ratio50.spread()}), p95 {ratio95.median:.2f}× "
               f"({ratio95.spread()}); per-query median {Runs(per_query).median:.2f}×"),
        passed=p50.median <= 20 and p95.median <= 100 and ratio_ok,
        method=("LibraryModel.set_filter (the count and the first page of ids by rank) + "
                "first page filled (row_data(0) fetches the model's first page, 25 rows while "
                "searching, with counts and snippets) + display data of 25 rows, "
                "vs `SELECT rowid … MATCH ? ORDER BY rank LIMIT 50` on a raw sqlite3 "
                "connection, same FTS5 expression, same file, alternating order per query, "
                f"after a 20-query warm-up. One process; p50/p95 over the {len(runs[0])} "
                f"queries, median of {len(runs)} passes."),
        details={"by_kind": by_kind(pooled), "slowest": slowest(pooled),
                 "app_p50_ms": app_p50, "app_p95_ms": app_p95,
                 "bare_p50_ms": bare_p50, "bare_p95_ms": bare_p95,
                 "raw_page_p50_ms": page_p50},
    )]


def by_kind(rows: list[dict[str, object]]) -> dict[str, str]:
    """p50 and max of the app path per kind of query (all passes pooled)."""
    kinds = {}
    for kind in MIX:
        mine = [float(r["app_ms"]) for r in rows if r["kind"] == kind]  # type: ignore[arg-type]
        if mine:
            kinds[kind] = f"p50 {percentile(mine, 0.5):.1f} ms, max {max(mine):.1f} ms"
    return kinds


def slowest(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """The five slowest searches of all passes."""
    return sorted(rows, key=lambda r: -float(r["app_ms"]))[:5]  # type: ignore[arg-type]


def main() -> None:
    """Run the benchmark on the cached 100,000-document library (built on first use)."""
    parser = bench_arguments(__doc__ or "")
    parser.add_argument("--documents", type=int, default=None)
    args = parser.parse_args()
    documents = args.documents or (10_000 if args.quick else 100_000)
    library = synthetic_library(documents)
    queries = realistic_queries(50 if args.quick else 200)
    runs, total = [], 0
    for _ in range(run_count(args, 3)):
        rows, total = measure(library, queries)
        runs.append(rows)
    emit(summarise(runs, total), args.json)


if __name__ == "__main__":
    main()
