"""Remember the window's geometry, panes, columns and zoom between sessions (QSettings).

Plain functions over the parts they save, so this module needs nothing from
the window class that calls it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from workbench.ui.library.pane import LibraryPane
from workbench.ui.reader.view import ReaderView


def save_state(settings: QSettings, window: QMainWindow, splitter: QSplitter,
               library: LibraryPane, reader: ReaderView) -> None:
    """Store geometry, toolbar/dock state, splitter sizes, column widths and zoom."""
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("library/header", library.header_state())
    settings.setValue("reader/zoom", reader.zoom_steps)
    settings.sync()


def restore_state(settings: QSettings, window: QMainWindow, splitter: QSplitter,
                  library: LibraryPane, reader: ReaderView,
                  geometry: bool = True) -> None:
    """Apply what ``save_state`` stored (missing values keep the defaults)."""
    if geometry and not window.restoreGeometry(_bytes(settings.value("window/geometry"))):
        window.resize(1400, 860)
    window.restoreState(_bytes(settings.value("window/state")))
    splitter.restoreState(_bytes(settings.value("window/splitter")))
    library.restore_header_state(_bytes(settings.value("library/header")))
    zoom = settings.value("reader/zoom", 0)
    reader.zoom_by(int(zoom) if str(zoom).lstrip("-").isdigit() else 0)


def _bytes(value: object) -> QByteArray:
    return value if isinstance(value, QByteArray) else QByteArray()
