"""The library-wide label pass as one operation, shared by the analysis run's last step
(an import, a re-analysis) and ``workbench entity settle``.

Why an operation: the nlp layer decides where an entity belongs, the store moves it;
neither may call the other. The pass reads the entity table once (no document is parsed
again), so its cost grows with the library's entities, not its text.
"""

from __future__ import annotations

import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from workbench.core.models import Changes
from workbench.nlp.consistency import VOTED_LABELS
from workbench.nlp.library_labels import LibraryLabels
from workbench.nlp.library_settling import settling_moves
from workbench.operations.stepping import run_steps
from workbench.store import Store


@dataclass(frozen=True)
class SettleReport:
    """How many entities moved, how many documents they touched, and the seconds taken."""

    entities: int
    documents: int
    seconds: float


SETTLE_BATCH = 200
"""Moves saved in one transaction: the desktop writer runs the analyst's queued actions
between batches, so a large first pass never holds them for long."""


def settle_library_labels(store: Store, library: LibraryLabels | None = None
                          ) -> tuple[SettleReport, Changes]:
    """Move the model's entities the whole library labels or names otherwise (by the
    counts an analysis run kept, ``library``, or counted afresh), all at once."""
    return run_steps(settling_steps(store, library))


def settling_steps(store: Store, library: LibraryLabels | None = None
                   ) -> Generator[None, None, tuple[SettleReport, Changes]]:
    """The pass in steps of ``SETTLE_BATCH`` moves, round after round until the moves
    settle nothing more, so a second pass has nothing left to do. Each round reads the
    entities afresh: one the analyst curated between steps stays where they put it."""
    started = time.perf_counter()
    if library is None:  # counted afresh: every entity
        library = LibraryLabels.from_rows(store.entities.settling_rows())
    tried: set[int] = set()  # an entity moves once (a hidden target refuses it every round)
    moved: set[int] = set()  # what did move: one curated between batches is tried, not moved
    documents: set[int] = set()
    while True:
        rows = store.entities.settling_rows(library.unsettled())  # only what would move
        moves = [move for move in settling_moves(rows, library) if move[0] not in tried]
        if not moves:
            break
        tried.update(entity_id for entity_id, _, _ in moves)
        for first in range(0, len(moves), SETTLE_BATCH):
            batch = store.entities.settle(moves[first:first + SETTLE_BATCH])
            documents.update(batch.documents_changed)
            moved.update(batch.ids)
            yield None
        _recount_moved(store, library, rows, moves)
    seconds = time.perf_counter() - started
    changes = Changes(documents_changed=tuple(sorted(documents)), entities=bool(documents))
    return SettleReport(len(moved), len(documents), seconds), changes


def _recount_moved(store: Store, library: LibraryLabels, rows: list[dict[str, Any]],
                   moves: list[tuple[int, str, str]]) -> None:
    """Count the names the moves took documents from and gave them to again."""
    moved = {entity_id for entity_id, _, _ in moves}
    names = {str(row["name"]) for row in rows if row["id"] in moved}
    names.update(name for _, name, _ in moves)
    library.recount(names, store.entities.settling_rows(
        [(name, label) for name in sorted(names) for label in sorted(VOTED_LABELS)]))
