"""Remember the window's geometry, panes, columns and zoom between sessions (QSettings).

Plain functions over the parts they save, so this module needs nothing from
the window class that calls it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTabBar

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
                  geometry: bool = True) -> bool:
    """Apply what ``save_state`` stored (missing values keep the defaults).

    Returns True when a remembered split of the panes was applied.
    """
    if geometry and not window.restoreGeometry(_bytes(settings.value("window/geometry"))):
        window.resize(1400, 860)
    window.restoreState(_bytes(settings.value("window/state")))
    settle_dock_tabs(window)
    split = splitter.restoreState(_bytes(settings.value("window/splitter")))
    library.restore_header_state(_bytes(settings.value("library/header")))
    reader.zoom_by(_stored_zoom(settings.value("reader/zoom", 0)))
    return bool(split)


def settle_dock_tabs(window: QMainWindow) -> None:
    """Hide tab bars that do not sit beside two or more visible tabbed docks; lay out now.

    Why: ``restoreState`` recreates the tab bar of tabbed docks at the window's
    top-left corner; until the first relayout it sat over the File and Edit
    menus with a dock's title on it ("Duplicate Entities" when every dock was
    hidden, "ACH Matrices" when docks were left open: a title of a visible
    dock is not enough, the bar must also lie where those docks are).
    """
    layout = window.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if bar.isVisible() and not _tabs_visible_docks(window, bar):
            bar.hide()


def _tabs_visible_docks(window: QMainWindow, bar: QTabBar) -> bool:
    """Whether ``bar`` switches between two or more visible docks and lies beside them."""
    titles = {bar.tabText(index) for index in range(bar.count())}
    docks = [dock for dock in window.findChildren(QDockWidget)
             if dock.isVisible() and not dock.isFloating() and dock.windowTitle() in titles]
    if len(docks) < 2:  # Qt shows no tab bar over a single dock
        return False
    gap = DOCK_TAB_GAP
    return any(bar.geometry().intersects(dock.geometry().adjusted(-gap, -gap, gap, gap))
               for dock in docks)  # the tabs behind the current one lie off screen


DOCK_TAB_GAP = 8  # px between a dock and its tab bar (the dock separator and margins)


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
