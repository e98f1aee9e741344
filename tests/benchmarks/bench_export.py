"""Export: ``workbench export --format markdown`` of 1,000 annotated documents, whole process.

The library (cached per version under ~/.cache/workbench-bench) holds the first
1,000 real NewsArticles, each with a synthetic analysis (``corpus.synthetic_
analysis``: ~40 mentions and the straight-quoted passages as quotes), two
highlights (one with a Markdown note and a tag), one claim with a claimant,
a document tag, and a link from its claim to the next document's claim
(alternately ``supports`` and ``contradicts``) — all through the Store API.

Each run exports into a new empty folder with the real command line
(``python -m workbench --db LIB export --format markdown --out DIR``) and is
timed as a whole process; the folder is checked for 1,000 notes plus
``index.md`` and ``claims.md``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from bench_support import (  # noqa: E402
    CACHE,
    Result,
    Runs,
    bench_arguments,
    emit,
    run_count,
    sandbox_dir,
    time_process,
    workbench_command,
)
from corpus import CORPUS_VERSION, add_analysed, real_articles  # noqa: E402

from workbench.core.sentences import sentence_spans  # noqa: E402

TARGET_S = 10.0
LIBRARY_VERSION = 1
TOPICS = ("topic/politics", "topic/security", "topic/economy", "review/check")


def annotated_library(count: int) -> Path:
    """The cached library of ``count`` annotated real articles (built on first use)."""
    from workbench.store import Store

    path = CACHE / f"export-{count}-v{CORPUS_VERSION}.{LIBRARY_VERSION}.sqlite"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    with Store(partial) as store:
        claims: list[int] = []
        for number, record in enumerate(real_articles(count)):
            doc_id = add_analysed(store, record)
            if doc_id is not None:
                claims.append(annotate(store, doc_id, number))
        for number, (first, second) in enumerate(zip(claims, claims[1:], strict=False)):
            relation = "supports" if number % 2 else "contradicts"
            store.claims.link_claims(first, second, relation, note="same event, other outlet")
    partial.rename(path)
    return path


def annotate(store: Any, doc_id: int, number: int) -> int:
    """Two highlights (one a tagged note), a claim and a document tag; return the claim id."""
    text = store.documents.document_text(doc_id)
    spans = sentence_spans(text) or [(0, min(len(text), 80))]
    pick = [spans[i % len(spans)] for i in (0, len(spans) // 2, len(spans) - 1)]
    store.annotations.add_annotation(doc_id, *pick[0], color="yellow")
    store.annotations.add_annotation(
        doc_id,
        *pick[1],
        note_md=f"Compare with **note {number}**; see [the source](https://example.org/report).",
        tags=(TOPICS[number % len(TOPICS)],),
    )
    claimant = store.analysis.document_entities(doc_id)
    people = [m for m in claimant if m["label"] == "PERSON"]
    claim_id, _ = store.claims.add_claim(doc_id, *pick[2],
                                  claimant_entity_id=people[0]["entity_id"] if people else None,
                                  status=("unverified", "corroborated", "disputed")[number % 3])
    store.tags.tag_document(doc_id, TOPICS[(number + 1) % len(TOPICS)])
    return int(claim_id)


def time_export(library: Path, run: int) -> float:
    """Wall seconds of one whole export process into a new folder (checked afterwards)."""
    out = sandbox_dir("export") / f"run{run}"
    shutil.rmtree(out, ignore_errors=True)
    timing = time_process(workbench_command("--db", str(library), "export", "--format",
                                            "markdown", "--out", str(out)))
    notes = [p for p in out.glob("*.md") if p.name not in ("index.md", "claims.md")]
    if not (out / "index.md").exists() or not (out / "claims.md").exists() or not notes:
        raise RuntimeError(f"export wrote an incomplete folder: {len(notes)} notes")
    return timing.wall


def main() -> None:
    """Run the export benchmark."""
    args = bench_arguments(__doc__ or "").parse_args()
    count = 200 if args.quick else 1000
    library = annotated_library(count)
    times = Runs([time_export(library, run) for run in range(run_count(args))])
    emit([Result(
        name=f"Export: Markdown of {count:,} annotated documents",
        target=f"≤ {TARGET_S:.0f} s",
        measured=f"{times.median:.1f} s ({times.spread('{:.1f}')}); "
                 f"{count / times.median:.0f} notes/s",
        passed=times.median <= TARGET_S,
        method=(f"{count:,} real articles, each with a synthetic analysis, 2 highlights (one a "
                "tagged Markdown note), 1 claim with claimant, a document tag and a claim link "
                "to the next document; whole `python -m workbench export --format markdown "
                f"--out NEW_DIR` process; median of {len(times.values)} runs."),
        details={"seconds": times.values},
    )], args.json)


if __name__ == "__main__":
    main()
