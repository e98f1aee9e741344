"""The library-wide label pass as one operation, shared by the analysis run's last step
(an import, a re-analysis) and ``workbench entity settle``.

Why an operation: the nlp layer decides where an entity belongs, the store moves it;
neither may call the other. The pass reads the entity table once (no document is parsed
again), so its cost grows with the library's entities, not its text.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from workbench.core.models import Changes
from workbench.nlp.library_labels import LibraryLabels
from workbench.nlp.library_settling import settling_moves
from workbench.store import Store


@dataclass(frozen=True)
class SettleReport:
    """How many entities moved, how many documents they touched, and the seconds taken."""

    entities: int
    documents: int
    seconds: float


def settle_library_labels(store: Store, library: LibraryLabels | None = None
                          ) -> tuple[SettleReport, Changes]:
    """Move the model's entities the whole library labels or names otherwise (by the
    counts an analysis run kept, ``library``, or counted afresh)."""
    started = time.perf_counter()
    if library is None:  # counted afresh: every entity
        moves = settling_moves(store.entities.settling_rows())
    else:  # a run's counts: only the entities they would move are read
        moves = settling_moves(store.entities.settling_rows(library.unsettled()), library)
    changes = store.entities.settle(moves) if moves else Changes()
    seconds = time.perf_counter() - started
    return SettleReport(len(moves), len(changes.documents_changed), seconds), changes
