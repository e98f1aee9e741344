"""Pieces of evidence that a text reports a claim, counted so that one thing named counts once.

Why: a statement passes the gate, and a candidate document is listed, only with
``MIN_UNITS`` distinct pieces of evidence, so that one shared place or name is
never enough. Counting words and entities separately broke that rule twice for
a single place: "United States" opening a statement was two units ("United"
opens the sentence, so it was read as a common word beside the name "States"),
and a candidate writing "United States" found both the claim's words and the
claim's entity United States, counted once more. Here the candidate's own
analysis decides what one thing is: claim terms found inside one entity
mention of the candidate ("the United States", "Qasem Soleimani") are one piece
of evidence, and a shared entity counts apart only where it is not already one
of the claim's words found (its other spellings: "US" for "United States").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

# A unit of evidence: a claim term's unit (an int) or an entity ("entity", id).
Unit = int | tuple[str, int]


class _Groups:
    """Union-find over units: what one mention of the candidate joins is one thing."""

    def __init__(self) -> None:
        self.parent: dict[Unit, Unit] = {}

    def root(self, unit: Unit) -> Unit:
        while (parent := self.parent.setdefault(unit, unit)) != unit:
            self.parent[unit] = self.parent.setdefault(parent, parent)
            unit = parent
        return unit

    def join(self, units: Iterable[Unit]) -> None:
        roots = [self.root(u) for u in units]
        for other in roots[1:]:
            self.parent[other] = roots[0]


def evidence_units(
    hits: Iterable[tuple[int, int, int]],
    mentions: list[tuple[int, int, int]],
    shared: set[int],
) -> int:
    """How many distinct pieces of evidence: ``hits`` are claim terms found (start, end,
    term unit), ``mentions`` the candidate's entity mentions in the same stretch of text
    (start, end, entity id; sorted by start), ``shared`` the entities it shares with the
    claim.

    Terms found inside one mention are one piece; a shared entity is the piece its
    mention's terms are, or one of its own where it writes none of the claim's words.
    """
    groups = _Groups()
    units: set[Unit] = set()
    starts = [s for s, _, _ in mentions]
    inside: dict[int, list[Unit]] = {}
    for start, end, unit in hits:
        units.add(unit)
        index = _mention_holding(mentions, starts, start, end)
        if index is not None:
            inside.setdefault(index, []).append(unit)
    for index, (_, _, entity_id) in enumerate(mentions):
        if entity_id not in shared:
            if index in inside:
                groups.join(inside[index])
            continue
        units.add(("entity", entity_id))
        groups.join([("entity", entity_id), *inside.get(index, [])])
    return len({groups.root(u) for u in units})


def _mention_holding(mentions: list[tuple[int, int, int]], starts: list[int], start: int,
                     end: int) -> int | None:
    """Index of the mention that holds the span ``start:end`` (None if none does)."""
    index = bisect.bisect_right(starts, start) - 1
    while index >= 0 and starts[index] <= start:
        if mentions[index][1] >= end:
            return index
        index -= 1
        if start - starts[index + 1] > 80:  # noqa: PLR2004 - no mention is that long
            break
    return None
