"""A Qt-free progress/cancel protocol shared by CLI bars and the UI's task runner."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


class Cancelled(Exception):
    """Raised inside a task when the user asked it to stop."""


@dataclass
class Progress:
    """Progress state handed to long tasks; tasks call ``step`` and never touch widgets.

    A UI adapter subclasses it (or passes ``on_update``) to turn updates into signals;
    ``cancel`` may be called from any thread.
    """

    total: int = 0
    done: int = 0
    current: str = ""
    on_update: object = None
    _cancel: threading.Event = field(default_factory=threading.Event)

    def start(self, total: int) -> None:
        """Announce how many units of work follow."""
        self.total = total
        self.done = 0
        self._notify()

    def step(self, current: str = "", amount: int = 1) -> None:
        """Record finished work; raise ``Cancelled`` if a cancel was requested."""
        self.done += amount
        self.current = current
        self._notify()
        self.check()

    def check(self) -> None:
        """Raise ``Cancelled`` if cancel was requested (call between units of work)."""
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        """Ask the task to stop at its next check (thread-safe)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """Whether a cancel has been requested."""
        return self._cancel.is_set()

    def _notify(self) -> None:
        if callable(self.on_update):
            self.on_update(self)
