"""Results handed on in the order their documents were sent, whatever order they arrive in.

Why: saving a document teaches the library's labels (``LibraryLabels.observe``) that the
next saved document is given, so saving in arrival order made an import on a process pool
or a cluster label a name differently from run to run, and differently from the same
import on one process ("Caloundra" a place in one run, an organisation in the next).
Waiting for the documents sent earlier costs only memory for the few results that
overtake one, as jobs are sent in this order and only a few are in flight at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class InSendingOrder(Generic[T]):
    """A reorder buffer keyed by document id."""

    def __init__(self, order: Iterable[int]) -> None:
        self._order = list(order)
        self._expected = set(self._order)
        self._next = 0
        self._waiting: dict[int, T] = {}
        self._open = True

    def arrived(self, key: int, item: T) -> list[T]:
        """The items now ready, in order: this one and any that waited for it.

        A key that was never sent is handed on at once rather than held for ever.
        """
        if key not in self._expected or not self._open:
            return [item]
        self._waiting[key] = item
        ready = []
        while self._next < len(self._order) and self._order[self._next] in self._waiting:
            ready.append(self._waiting.pop(self._order[self._next]))
            self._next += 1
        return ready

    @property
    def all_handed_on(self) -> bool:
        """Whether every item sent has been handed on (or the run was cut short)."""
        return not self._open or self._next == len(self._order)

    def rest(self) -> list[T]:
        """What still waits (a run cancelled or cut short), in sending order, so it is saved;
        anything arriving after this is handed on at once."""
        ready = [self._waiting.pop(key) for key in self._order[self._next:]
                 if key in self._waiting]
        self._open = False
        return ready
