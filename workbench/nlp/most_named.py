"""Who a list of (position, entity) namings names most up to each point, ties to the first.

Why: ``speaker_names.PeopleByName.find`` answers "who does 'Smith' stand for here" with
the person named most under that name before the speaker, and counted the namings
before it afresh for every speaker: a page of ten thousand '"Yes," Smith said.' read
fifty million namings (attack run 16: 13 s of a 150 KB text). The leader after each
naming is kept instead, extended as namings are added in reading order; one added out
of order (an untagged speaker's name met later) starts the count again.
"""

from __future__ import annotations


class MostNamed:
    """The entity named most among the first n namings of one list, for every n."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}
        self._first: dict[str, int] = {}  # entity -> when it was first named
        self._leaders: list[str] = []

    def extend(self, entities: list[str]) -> None:
        """Count ``entities``, the namings after those counted so far, in order."""
        for entity in entities:
            count = self._counts[entity] = self._counts.get(entity, 0) + 1
            self._first.setdefault(entity, len(self._first))
            leader = self._leaders[-1] if self._leaders else entity
            best = self._counts[leader]
            if count > best or (count == best and self._first[entity] < self._first[leader]):
                leader = entity
            self._leaders.append(leader)

    def __len__(self) -> int:
        return len(self._leaders)

    def leader(self, count: int) -> str:
        """The entity named most among the first ``count`` namings (ties: named first)."""
        return self._leaders[count - 1]
