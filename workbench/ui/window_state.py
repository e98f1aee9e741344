"""Remember the window's geometry, panes, columns and zoom between sessions (QSettings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


class WindowStateMixin:
    """Save and restore what the analyst arranged; mixed into ``MainWindow``."""

    def save_window_state(self: MainWindow) -> None:
        """Store geometry, toolbar/dock state, splitter sizes, column widths and zoom."""
        settings = self.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("library/header", self.library.header_state())
        settings.setValue("reader/zoom", self.reader.view.zoom_steps)
        settings.sync()

    def restore_window_state(self: MainWindow, geometry: bool = True) -> None:
        """Apply what ``save_window_state`` stored (missing values keep the defaults)."""
        settings = self.settings
        if geometry and not self.restoreGeometry(_bytes(settings.value("window/geometry"))):
            self.resize(1400, 860)
        self.restoreState(_bytes(settings.value("window/state")))
        self.splitter.restoreState(_bytes(settings.value("window/splitter")))
        self.library.restore_header_state(_bytes(settings.value("library/header")))
        zoom = settings.value("reader/zoom", 0)
        self.reader.view.zoom_by(int(zoom) if str(zoom).lstrip("-").isdigit() else 0)


def _bytes(value: object) -> QByteArray:
    return value if isinstance(value, QByteArray) else QByteArray()
