"""The full-text index's segments merged after a large import, in small committed steps.

Why: every document an import stores is its own transaction, and each one
leaves FTS5 a new index segment; FTS5's automerge keeps their number down but
never to one, so a 10,000-document library answered every bm25() query over
~27 segments, and the batch claim search spent a third of its time there.
Merging them into one (FTS5's 'optimize') gave the same answers and cut query
CPU 20-25 %. One 'optimize' holds the write lock for about a second on
10,000 documents, so the merge runs as FTS5's incremental 'merge' command
instead: a few pages a step, each step its own transaction. The writer runs
analyst actions between steps, and an interrupted merge loses nothing (FTS5
keeps every step's work and the next merge carries on from there).
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlite_utils import Database

# Pages of merged index written per step: ~20 ms on the bench library, the
# writer's step budget (``operations.stepping.STEP_BUDGET_S``).
MERGE_PAGES_PER_STEP = 100


def merge_index_steps(db: Database) -> Iterator[int]:
    """Merge ``documents_fts`` toward one segment, yielding after each step its rows written.

    The count is SQLite's ``total_changes`` over the step: the rows FTS5 wrote
    to its shadow tables (about one per index page, plus its structure record),
    not a page count FTS5 reports.

    The first step, with a negative page count, puts every segment on one
    level so that even two may merge (FTS5's incremental 'optimize'); the
    later ones carry that merge on. FTS5 counts a step that found nothing to
    merge as fewer than two changes: then the index is one segment and the
    steps end.
    """
    budget = -MERGE_PAGES_PER_STEP
    while True:
        with db.atomic():
            before = db.conn.total_changes
            db.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('merge', ?)",
                       [budget])
            written = db.conn.total_changes - before
        if written < 2:
            return
        yield written
        budget = MERGE_PAGES_PER_STEP
