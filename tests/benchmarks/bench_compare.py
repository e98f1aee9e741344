"""``workbench compare``'s sentence pairs on long documents: an article against a book-length
document, and two long documents against each other.

The documents are real NewsArticles texts (the cached CSV, never in the repo) joined into
one long body, with the synthetic regex analyses of ``corpus`` (entities count in the
score), saved to an in-memory library. Each run times ``Store.suggestions.sentence_pairs``
in-process on a fresh ``Store`` (cold caches) — the step that dominates ``compare`` — and
reports how many pairs it found, so a speed-up that changed the pairs would show.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_support import Result, Runs, bench_arguments, emit, run_count  # noqa: E402
from corpus import news_articles, synthetic_analysis  # noqa: E402

from workbench.core.models import Article  # noqa: E402
from workbench.store import Store  # noqa: E402


def long_body(words: int, first: int) -> str:
    """Real articles from ``first`` on, joined as paragraphs until ``words`` words."""
    parts, count = [], 0
    for record in news_articles()[first:]:
        parts.append(record["text"])
        count += len(record["text"].split())
        if count >= words:
            break
    return "\n\n".join(parts)


def add(store: Store, title: str, text: str) -> int:
    (doc_id,) = store.documents.add_article(Article(title, text), analyze=False).documents_added
    store.analysis.save_analysis(doc_id, synthetic_analysis(store.documents.document_text(doc_id),
                                                            title))
    return doc_id


def timed_pairs(words_a: int, words_b: int, runs: int) -> tuple[Runs, Runs, int]:
    """Seconds (wall clock, then CPU) for the pairs of an A of ``words_a`` words against a B
    of ``words_b``, and how many pairs."""
    seconds, cpu, found = [], [], 0
    text_a, text_b = long_body(words_a, 0), long_body(words_b, 40)
    for _ in range(runs):
        store = Store(None)
        a, b = add(store, "A", text_a), add(store, "B", text_b)
        started, started_cpu = time.perf_counter(), time.process_time()
        found = len(store.suggestions.sentence_pairs(a, b))
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        store.close()
    return Runs(seconds), Runs(cpu), found


def main() -> None:
    parser = bench_arguments(__doc__ or "")
    parser.add_argument("--article-only", action="store_true", help="only the article case")
    args = parser.parse_args()
    runs = run_count(args, 1)
    book = 40_000 if args.quick else 240_000
    results = []
    sizes = (("article against a book", 800), ("two long documents", 20_000))
    for name, words_a in sizes[:1] if args.article_only else sizes:
        timing, cpu, pairs = timed_pairs(words_a, book, runs)
        results.append(Result(f"compare: {name}", "informational",
                              f"{timing.median:.2f} s, CPU {cpu.median:.2f} s ({pairs} pairs)",
                              method=f"{words_a:,} words against {book:,}, median of {runs}"))
    emit(results, args.json)


if __name__ == "__main__":
    main()
