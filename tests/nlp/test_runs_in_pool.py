"""One rule says when an analysis starts a fresh process pool (``workers.runs_in_pool``).

The desktop app's "Loading the language model…" follows it, and so does ``analyze_work``:
were they two rules, the strip would name a load for runs that never start a pool.
"""

from __future__ import annotations

from workbench.nlp import workers
from workbench.nlp.workers import POOL_MIN_BATCHES, runs_in_pool


def test_enough_documents_on_two_cores_start_a_pool() -> None:
    enough = POOL_MIN_BATCHES * workers.ANALYSIS_BATCH
    assert runs_in_pool(enough, workers=2)
    assert not runs_in_pool(enough - 1, workers=2)
    assert not runs_in_pool(enough * 10, workers=1)  # one core: never a pool


def test_a_huge_documents_chunks_start_a_pool_however_few_documents() -> None:
    assert runs_in_pool(0, has_chunks=True, workers=2)
    assert not runs_in_pool(0, has_chunks=True, workers=1)


def test_the_analysis_decides_by_the_same_rule(monkeypatch) -> None:
    """``analyze_work`` asks ``runs_in_pool``: a pool when it says so, in-process when not."""
    asked: list[tuple[int, bool]] = []

    def pool_never(documents: int, has_chunks: bool = False, *_args: object) -> bool:
        asked.append((documents, has_chunks))
        return False

    monkeypatch.setattr(workers, "runs_in_pool", pool_never)
    monkeypatch.setattr(workers, "_analyze_here", lambda jobs: iter(()))
    list(workers.analyze_work([], (), workers=2))
    assert asked == [(0, False)]
