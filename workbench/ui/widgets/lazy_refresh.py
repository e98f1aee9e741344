"""Views that refresh on library changes only when someone can see them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from workbench.core.models import Changes


class LazyRefreshWidget(QWidget):
    """Mark stale on every change; reload now if visible, otherwise when next shown.

    Why: docks and pages that query across the library (claims, entities, the
    claim map) would otherwise re-query on every import step while hidden.
    Each view says in ``on_changes`` which changes concern it; ``follow``
    connects it to the window's ``changes_applied``.
    """

    stale: bool = True

    def follow(self, changes_applied: SignalInstance | None) -> None:
        """Hear every library change on ``on_changes`` (None: nobody changes this view)."""
        if changes_applied is not None:
            changes_applied.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        """Decide what ``changes`` means to this view (usually: ``mark_stale`` or nothing)."""
        raise NotImplementedError

    def mark_stale(self) -> None:
        """The library changed: reload now if visible, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        """Re-read what the view shows and clear ``stale`` (subclasses implement it)."""
        raise NotImplementedError
