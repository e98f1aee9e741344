"""Stepped bulk work: a producer thread feeds a bounded queue, the writer stores in small steps.

Why: an import or an analysis used to run as one long call on the library's
one writer thread, so an analyst's Highlight or Undo waited for all of it.
Now the slow part (reading and parsing files, running spaCy in worker
processes) runs on a ``Feed`` thread, and the writer's job is a generator
of *steps*: each step stores what has arrived for at most ``STEP_BUDGET_S``
and yields, so the desktop writer can run queued analyst actions in between.

A step yields ``None`` when it did some work, or the ``Feed`` itself when
nothing had arrived yet: whoever drives the steps then waits for the feed
(``Feed.wait_ready``), or, like the desktop writer, for the feed *or* an
analyst action (``Feed.call_when_ready``). ``run_steps`` is the plain
driver the command line uses: the same operation, run to the end.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# A step stores what has arrived for at most this long before it yields;
# a single slow item (one huge document) may take longer, never two.
STEP_BUDGET_S = 0.02
FEED_CAPACITY = 32
_PUT_RETRY_S = 0.1


class Feed(Generic[T]):
    """Run an iterator on its own thread and hand its items over through a bounded queue.

    The producer never touches the library. ``stop`` makes it end at its
    next item (closing the iterator, so a worker pool shuts down); the
    thread is not joined, so a writer is never held up by a slow parse.
    An exception in the producer is raised again by ``raise_if_failed`` (the
    steps call it once every item before it was taken), so a bug is
    reported, not swallowed.
    """

    def __init__(self, source: Callable[[], Iterable[T]], name: str,
                 capacity: int = FEED_CAPACITY) -> None:
        self._source = source
        self._queue: queue.Queue[T] = queue.Queue(maxsize=capacity)
        self._stop = threading.Event()
        self._done = threading.Event()
        self._error: BaseException | None = None
        self._listeners: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self.thread = threading.Thread(target=self._produce, name=name)

    def start(self) -> Feed[T]:
        """Start the producer thread; returns self."""
        self.thread.start()
        return self

    @property
    def finished(self) -> bool:
        """True once the producer has ended and every item was taken."""
        return self._done.is_set() and self._queue.empty()

    @property
    def ready(self) -> bool:
        """True when ``take`` would not wait: an item is there or the feed has ended."""
        return self._done.is_set() or not self._queue.empty()

    def take(self, apply: Callable[[T], None], budget_s: float = STEP_BUDGET_S) -> int:
        """Apply arrived items (never waiting) until the queue is empty or the budget is spent."""
        deadline = time.perf_counter() + budget_s
        applied = 0
        while applied == 0 or time.perf_counter() < deadline:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            applied += 1
            apply(item)
        return applied

    def raise_if_failed(self) -> None:
        """Raise the producer's exception, if it ended with one."""
        if self._done.is_set() and self._error is not None:
            error, self._error = self._error, None
            raise error

    def wait_ready(self, timeout_s: float) -> bool:
        """Block until an item arrives or the feed ends (or the timeout); True if ready."""
        event = threading.Event()
        self.call_when_ready(event.set)
        try:
            return self.ready or event.wait(timeout_s)
        finally:
            self._forget(event.set)

    def call_when_ready(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (on the producer thread) after each item and at the end."""
        with self._lock:
            if callback not in self._listeners:
                self._listeners.append(callback)

    def stop(self) -> None:
        """Ask the producer to end at its next item and drop what it had queued."""
        self._stop.set()
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                return

    def _forget(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    def _produce(self) -> None:
        items: Iterator[T] | None = None
        try:
            items = iter(self._source())
            for item in items:
                if not self._put(item):
                    break
        except BaseException as error:  # noqa: BLE001 - handed to the consumer by raise_if_failed
            self._error = error
        finally:
            if items is not None:
                _close(items)
            self._done.set()
            self._notify()

    def _put(self, item: T) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=_PUT_RETRY_S)
            except queue.Full:
                continue
            self._notify()
            return True
        return False

    def _notify(self) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener()


def feed_steps(feed: Feed[T], apply: Callable[[T], None],
               check: Callable[[], None]) -> Generator[Feed[T] | None, None, None]:
    """Store what ``feed`` delivers in steps; yield the feed while nothing has arrived.

    ``check`` runs before every step (a progress's cancel check), so a
    cancel is seen even while waiting for a slow parse. The feed is started
    here and stopped however the steps end (finished, cancelled, failed).
    """
    feed.start()
    try:
        while True:
            check()
            if feed.take(apply):
                yield None
            elif feed.finished:
                feed.raise_if_failed()
                return
            else:
                yield feed
    finally:
        feed.stop()


def run_steps(steps: Generator[Feed[object] | None, None, R],
              wait_s: float = 0.5) -> R:
    """Run every step of a stepped job here and return its result (the command line's driver).

    An interruption (Ctrl+C) closes the steps at once, which stops their producer.
    """
    try:
        while True:
            try:
                waiting = next(steps)
            except StopIteration as stop:
                return stop.value
            if waiting is not None:
                waiting.wait_ready(wait_s)
    finally:
        steps.close()


def _close(items: Iterator[object]) -> None:
    close = getattr(items, "close", None)
    if callable(close):
        close()
