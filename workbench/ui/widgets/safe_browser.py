"""A QTextBrowser that never loads resources and never navigates by itself.

Why: anything shown in the app may come from an imported file. Images,
stylesheets and links in such text must not reach the disk or the network,
so every resource request is refused (and recorded, for tests and audits).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget


class SafeTextBrowser(QTextBrowser):
    """Read-only rich text view: no resource loading, no link following."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.blocked_resources: list[str] = []

    def loadResource(self, kind: int, name: QUrl) -> Any:  # noqa: N802 - Qt override
        """Never load anything (images, stylesheets, files, URLs); record the attempt."""
        self.blocked_resources.append(name.toString())
        return None

    def setSource(self, name: QUrl, kind: Any = None) -> None:  # noqa: N802 - Qt override
        """Never navigate: this view shows only what the app put in it."""
        self.blocked_resources.append(name.toString())
