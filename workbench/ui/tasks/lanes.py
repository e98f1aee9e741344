"""The writer's two queues: analyst actions first, then long work one step at a time.

Qt-free so the ordering can be reasoned about (and tested) on its own: the
writer thread takes every queued action before each step of the running
bulk job, and while that job waits for its producer (files being parsed,
spaCy busy in the worker processes) the writer sleeps until either an
action is queued or the producer delivers, never on the producer alone.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Generator
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")
# While a bulk job waits for its producer, look again at least this often
# (a cancelled job notices it on its next step).
IDLE_RECHECK_S = 0.1


class Lane(Enum):
    """Which queue a task joins: analyst actions jump ahead of bulk work."""

    ACTION = "action"
    BULK = "bulk"


class Waitable(Protocol):
    """What a bulk step yields when it has nothing to store yet (an ``operations`` Feed)."""

    @property
    def ready(self) -> bool: ...

    def call_when_ready(self, callback: Callable[[], None]) -> None: ...


class Lanes(Generic[T]):
    """Two first-in-first-out queues under one condition; actions are always taken first."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._actions: deque[T] = deque()
        self._bulk: deque[T] = deque()
        self._closed = False

    def put(self, item: T, lane: Lane) -> None:
        """Queue ``item`` in ``lane`` and wake the writer (any thread)."""
        with self._condition:
            (self._actions if lane is Lane.ACTION else self._bulk).append(item)
            self._condition.notify_all()

    def close(self) -> None:
        """No more items: ``take`` returns None once both lanes are empty."""
        with self._condition:
            self._closed = True
            self._condition.notify_all()

    def take_action(self) -> T | None:
        """The oldest queued action, or None at once when there is none."""
        with self._condition:
            return self._actions.popleft() if self._actions else None

    def take(self) -> T | None:
        """Wait for the next item, an action before any bulk job; None once closed and empty."""
        with self._condition:
            self._condition.wait_for(lambda: self._actions or self._bulk or self._closed)
            if self._actions:
                return self._actions.popleft()
            if self._bulk:
                return self._bulk.popleft()
            return None

    def wake(self) -> None:
        """Wake a writer waiting in ``wait_for_action_or`` (a producer delivered)."""
        with self._condition:
            self._condition.notify_all()

    def wait_for_action_or(self, waiting: Waitable, timeout_s: float = IDLE_RECHECK_S) -> None:
        """Sleep until an action is queued or ``waiting`` is ready (or ``timeout_s``)."""
        waiting.call_when_ready(self.wake)
        with self._condition:
            self._condition.wait_for(lambda: self._actions or waiting.ready, timeout_s)


class Stepping(Generic[T]):
    """A running bulk job: its task and the generator of its steps."""

    def __init__(self, task: T, steps: Generator[Any, None, Any]) -> None:
        self.task = task
        self.steps = steps
        self.finished = False
        self.result: Any = None

    def advance(self) -> Any:
        """Run one step; returns what it yielded (None, or a ``Waitable`` to wait for).

        A step that raises leaves the generator exhausted, so the next call
        finishes the job with a None result.
        """
        try:
            return next(self.steps)
        except StopIteration as stop:
            self.finished = True
            self.result = stop.value
            return None
