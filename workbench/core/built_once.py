"""A costly zero-argument table built at most once per process, even when threads ask together.

Why not ``functools.cache``: it keeps its dictionary safe across threads but
lets two threads that miss at the same moment both run the builder, so the
desktop app's warm-up thread and an import's thread each built the gazetteer
(and held two of it in memory until one was dropped). Here the first caller
builds under a lock while the others wait for its result; once built, a call
reads the value without taking the lock.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class BuiltOnce(Generic[T]):
    """Call ``build`` the first time this is called, and return its value ever after."""

    def __init__(self, build: Callable[[], T]) -> None:
        functools.update_wrapper(self, build)
        self._build = build
        self._lock = threading.Lock()
        self._built: tuple[T] | None = None  # a tuple, so a built None is told from none yet

    def __call__(self) -> T:
        built = self._built
        if built is None:
            with self._lock:
                if self._built is None:  # another thread may have built it while this waited
                    self._built = (self._build(),)
                built = self._built
        return built[0]
