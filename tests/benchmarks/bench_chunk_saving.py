"""The writer's cost of saving one chunk of a huge document, as the document grows.

Why apart from ``bench_huge_file``: the whole import of a 50 MB file spends
most of its time in spaCy, on cores shared with the saving, so a save that
slows down as the document's rows pile up hides in the noise of a long run.
Here only the store works: one document of the huge file's size gets
``--chunks`` chunk saves (``store.analysis.save_chunk``) of synthetic results
at the density the real pipeline produces on NewsArticles (about 440 mentions
and 100 quotes per 30,000-character chunk), then ``finish_chunked``. Reported:
CPU milliseconds per save over the first and the last tenth of the chunks
(flat = the save does not grow with the document) and the finish's CPU.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_support import Result, bench_arguments, emit, load_average, sandbox_dir  # noqa: E402

from workbench.core.models import Analysis, Article, Mention, Quote  # noqa: E402
from workbench.store import Store  # noqa: E402

CHUNK_CHARS = 30_000
MENTIONS_PER_CHUNK = 440
QUOTES_PER_CHUNK = 100
LABELS = ("PERSON", "ORG", "GPE", "DATE")


def synthetic_chunk(start: int, names: list[str], rng: random.Random) -> Analysis:
    """Mentions and quotes spread over ``[start, start + CHUNK_CHARS)`` like a real chunk's."""
    step = CHUNK_CHARS // MENTIONS_PER_CHUNK
    mentions = []
    for n in range(MENTIONS_PER_CHUNK):
        name = rng.choice(names)
        at = start + n * step
        mentions.append(Mention(start=at, end=at + len(name), text=name,
                                label=rng.choice(LABELS), entity=name))
    quote_step = CHUNK_CHARS // QUOTES_PER_CHUNK
    quotes = tuple(Quote(start=start + n * quote_step + 5, end=start + n * quote_step + 45,
                         text="x" * 40, speaker=rng.choice(names))
                   for n in range(QUOTES_PER_CHUNK))
    return Analysis(mentions=tuple(mentions), quotes=quotes)


def chunk_saving(chunks: int) -> Result:
    """Save ``chunks`` chunks into one document of a file library; time each save's CPU."""
    db = sandbox_dir("chunk-saving") / "library.sqlite"
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    rng = random.Random(7)
    names = [f"Name{n} Surname{n % 997}" for n in range(6_000)]
    load = load_average()
    store = Store(db)
    text = ("word " * (CHUNK_CHARS // 5)) * chunks
    doc_id = store.documents.add_article(Article(title="Huge", text=text, format="text")
                                         ).documents_added[0]
    costs: list[float] = []
    for n in range(chunks):
        analysis = synthetic_chunk(n * CHUNK_CHARS, names, rng)
        started = time.process_time()
        store.analysis.save_chunk(doc_id, n * CHUNK_CHARS, (n + 1) * CHUNK_CHARS, analysis)
        costs.append((time.process_time() - started) * 1000)
    started = time.process_time()
    store.analysis.finish_chunked(doc_id, 1)
    finish = time.process_time() - started
    store.close()
    tenth = max(1, chunks // 10)
    first, last = sum(costs[:tenth]) / tenth, sum(costs[-tenth:]) / tenth
    return Result(
        name=f"Huge file: saving {chunks:,} chunks of one document",
        target="a chunk's save costs the same at the end of a book as at its start",
        measured=(f"{first:.1f} ms CPU per save (first tenth), {last:.1f} ms (last tenth); "
                  f"all saves {sum(costs) / 1000:.1f} s; finish {finish:.1f} s"),
        ratio=f"last/first {last / first:.2f}×",
        passed=last < 2 * first,
        method=(f"One {len(text) / 1e6:.0f} M-character document in a new file library; "
                f"{chunks:,} `save_chunk` calls of {MENTIONS_PER_CHUNK} mentions and "
                f"{QUOTES_PER_CHUNK} quotes each (6,000 names), then `finish_chunked`; "
                f"CPU time of the saving process. Load before: {load}."),
        details={"first_ms": first, "last_ms": last, "finish_s": finish,
                 "per_save_ms": costs},
    )


def main() -> None:
    """Run the chunk-saving benchmark."""
    parser = bench_arguments(__doc__ or "")
    parser.add_argument("--chunks", type=int, default=None,
                        help="chunks to save (default 1,750: a 50 MB file)")
    args = parser.parse_args()
    chunks = args.chunks or (300 if args.quick else 1_750)
    emit([chunk_saving(chunks)], args.json)


if __name__ == "__main__":
    main()
