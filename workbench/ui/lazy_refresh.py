"""Views that refresh on library changes only when someone can see them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


class LazyRefreshWidget(QWidget):
    """Mark stale on every change; reload now if visible, otherwise when next shown.

    Why: docks and pages that query across the library (claims, entities, the
    claim map) would otherwise re-query on every import step while hidden.
    """

    stale: bool = True

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
