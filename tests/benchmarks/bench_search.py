"""Search at 100,000 documents: the library model's search against a bare FTS5 MATCH.

Each of 200 realistic queries is timed two ways in the same process, side by
side (order alternating per query), on the same library file:

* app: ``LibraryModel.set_filter(LibraryFilter(query=q))`` — the ordered ids
  of every match (``Store.library_ids``) — then filling the first page of the
  model (``row_data(0)`` fetches page 0 with counts and snippets through
  ``Store.library_rows``) and reading the display data of the first 25 rows,
  as the table paints them;
* bare: ``SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY
  rank LIMIT 50`` on a raw ``sqlite3`` connection, with the same FTS5
  expression the app builds (``LibraryFilter.fts_query``).

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

from bench_support import Result, bench_arguments, emit, percentile  # noqa: E402
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
    from workbench.store.browse import LibraryFilter

    started = time.perf_counter()
    model.set_filter(LibraryFilter(query=query))  # type: ignore[attr-defined]
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


def measure(library: Path, queries: list[tuple[str, str]]) -> tuple[list[dict[str, object]], int]:
    """Time every query both ways (alternating order) after a short warm-up."""
    from PySide6.QtWidgets import QApplication

    from workbench.store.browse import LibraryFilter
    from workbench.store.store import Store
    from workbench.ui.library_model import LibraryModel

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
                     "matches": model.rowCount()})
    documents = store.count_documents()
    store.close()
    connection.close()
    del app
    return rows, documents


def summarise(rows: list[dict[str, object]], documents: int) -> list[Result]:
    """p50/p95 of both paths, ratios, and the slowest queries by kind."""
    app = [float(r["app_ms"]) for r in rows]  # type: ignore[arg-type]
    bare = [float(r["bare_ms"]) for r in rows]  # type: ignore[arg-type]
    p50, p95 = percentile(app, 0.5), percentile(app, 0.95)
    b50, b95 = percentile(bare, 0.5), percentile(bare, 0.95)
    per_query = sorted(a / max(b, 1e-6) for a, b in zip(app, bare, strict=True))
    by_kind = {}
    for kind in MIX:
        mine = [float(r["app_ms"]) for r in rows if r["kind"] == kind]  # type: ignore[arg-type]
        if mine:
            by_kind[kind] = f"p50 {percentile(mine, 0.5):.1f} ms, max {max(mine):.1f} ms"
    slowest = sorted(rows, key=lambda r: -float(r["app_ms"]))[:5]  # type: ignore[arg-type]
    ratio_ok = p50 <= 1.5 * b50 and p95 <= 1.5 * b95
    return [Result(
        name=f"Search at {documents:,} documents ({len(rows)} queries)",
        target="p50 ≤ 20 ms, p95 ≤ 100 ms incl. first page; ≤ 1.5× bare FTS5 MATCH",
        measured=(f"app p50 {p50:.1f} ms, p95 {p95:.1f} ms; bare MATCH p50 {b50:.1f} ms, "
                  f"p95 {b95:.1f} ms"),
        ratio=(f"p50 {p50 / b50:.2f}×, p95 {p95 / b95:.2f}× (per-query median "
               f"{percentile(per_query, 0.5):.2f}×)"),
        passed=p50 <= 20 and p95 <= 100 and ratio_ok,
        method=("LibraryModel.set_filter (the matching ids by rank) + first page filled "
                "(row_data(0) fetches the model's first page with counts and snippets) + "
                "display data of 25 rows, "
                "vs `SELECT rowid … MATCH ? ORDER BY rank LIMIT 50` on a raw sqlite3 "
                "connection, same FTS5 expression, same file, alternating order per query, "
                "after a 20-query warm-up. One process; p50/p95 over the 200 queries."),
        details={"by_kind": by_kind, "slowest": slowest, "bare_p50": b50, "bare_p95": b95},
    )]


def main() -> None:
    """Run the benchmark on the cached 100,000-document library (built on first use)."""
    parser = bench_arguments(__doc__ or "")
    parser.add_argument("--documents", type=int, default=None)
    args = parser.parse_args()
    documents = args.documents or (10_000 if args.quick else 100_000)
    library = synthetic_library(documents)
    rows, total = measure(library, realistic_queries(50 if args.quick else 200))
    emit(summarise(rows, total), args.json)


if __name__ == "__main__":
    main()
