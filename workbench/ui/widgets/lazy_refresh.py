"""Views that refresh on library changes only when someone can see them, at most so often."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

from workbench.core.models import Changes


class LazyRefreshWidget(QWidget):
    """Mark stale on every change; reload now if visible, otherwise when next shown.

    Why: docks and pages that query across the library (claims, entities, the
    claim map) would otherwise re-query on every import step while hidden.
    Each view says in ``on_changes`` which changes concern it; ``follow``
    connects it to the window's ``changes_applied``.

    ``refresh_gap_s`` throttles a visible view: while changes keep coming (an
    import reports one every step), it re-reads at most once per gap, the last
    change of a burst read when the gap is over. 0 (the default) reloads on every
    change; a view whose reload holds the UI thread for a noticeable time (the
    timeline) sets a gap.
    """

    stale: bool = True
    refresh_gap_s: float = 0.0
    #: Seconds on a steady clock; a test hands in its own to drive the throttle without sleeping.
    clock: Callable[[], float] = staticmethod(time.monotonic)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_reload = float("-inf")
        self._reload_timer = QTimer(self, singleShot=True)
        self._reload_timer.timeout.connect(self._reload_if_stale)

    def follow(self, changes_applied: SignalInstance | None) -> None:
        """Hear every library change on ``on_changes`` (None: nobody changes this view)."""
        if changes_applied is not None:
            changes_applied.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        """Decide what ``changes`` means to this view (usually: ``mark_stale`` or nothing)."""
        raise NotImplementedError

    def mark_stale(self) -> None:
        """The library changed: reload now if visible (and the last reload is ``refresh_gap_s``
        old), else when the gap is over, or when next shown."""
        self.stale = True
        if not self.isVisible() or self._reload_timer.isActive():
            return
        wait = self._last_reload + self.refresh_gap_s - self.clock()
        if wait <= 0:
            self._reload_now()
        else:
            self._reload_timer.start(round(wait * 1000))

    def _reload_if_stale(self) -> None:
        if self.stale and self.isVisible():
            self._reload_now()

    def _reload_now(self) -> None:
        self._last_reload = self.clock()
        self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.stale:
            self._reload_now()

    def reload(self) -> None:
        """Re-read what the view shows and clear ``stale`` (subclasses implement it)."""
        raise NotImplementedError


@contextmanager
def collection_paused() -> Iterator[None]:
    """Run a block with Python's cyclic garbage collector paused (and restored after).

    Why: a reload that builds tens of thousands of small records (the timeline's
    items) triggers collections that walk every live object again and again, a
    tenth of the reload's time; the records hold no cycles, so nothing is lost by
    collecting once afterwards, when the collector runs on its own again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
