"""Remember the window's geometry, panes, columns and zoom between sessions (QSettings).

Plain functions over the parts they save, so this module needs nothing from
the window class that calls it.
"""

from __future__ import annotations

import re

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


_ZOOM_STEP = re.compile(r"-?[0-9]{1,3}")


def restore_state(settings: QSettings, window: QMainWindow, splitter: QSplitter,
                  library: LibraryPane, reader: ReaderView,
                  geometry: bool = True) -> None:
    """Apply what ``save_state`` stored (missing values keep the defaults)."""
    if geometry and not window.restoreGeometry(_bytes(settings.value("window/geometry"))):
        window.resize(1400, 860)
    window.restoreState(_bytes(settings.value("window/state")))
    splitter.restoreState(_bytes(settings.value("window/splitter")))
    library.restore_header_state(_bytes(settings.value("library/header")))
    reader.zoom_by(_stored_zoom(settings.value("reader/zoom", 0)))


def _stored_zoom(value: object) -> int:
    """The saved zoom step, or 0 for anything else a settings file may hold.

    Why ASCII only: ``isdigit`` accepts "²", which ``int`` refuses, and ``int`` accepts other
    scripts' digits we never write; a hand-edited or damaged settings file must never stop the
    window from opening.
    """
    text = str(value).strip()
    return int(text) if _ZOOM_STEP.fullmatch(text) else 0


def _bytes(value: object) -> QByteArray:
    return value if isinstance(value, QByteArray) else QByteArray()
