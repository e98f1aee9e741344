"""How tall a bottom dock opens: its share of the window, never the reader's last lines.

Why: a dock (Claims, Timeline, ACH, Entities, Claim Map) opened at 45 % of a
1024x640 window left the reader ~220 px, most of it the document's title.
A share alone cannot fix it, as the reader's legend, the dock's title bar and
its filters take the same pixels in any window: so the share is capped where
the reader would keep fewer than ``READER_MIN_LINES`` lines of body text. A
height the analyst dragged a dock to is kept for its next opening, and a
second dock opened as a tab beside a shown one keeps the height already there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTextEdit
from shiboken6 import isValid

from workbench.ui.reader.page_geometry import body_line_px

DOCK_SHARE = 0.45  # a dock opens with close to half the window's height where there is room
READER_MIN_LINES = 10  # body lines the reader keeps under an opening dock
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


def dock_opening_height(window_height: int, room: int, reader_floor: int) -> int:
    """The height a bottom dock opens at in a window ``window_height`` px tall.

    ``room`` is what the reader and the bottom docks share (between the
    toolbars and the status bar); ``reader_floor`` what the reader needs to
    show its minimum lines. At 1440x900 the share decides (405 px); at
    1024x640 the floor does, and the dock gets what the reader can spare.
    """
    return max(0, min(round(window_height * DOCK_SHARE), room - reader_floor))


class DockHeights(QObject):
    """Opens a window's bottom docks at a height that leaves the reader readable."""

    def __init__(self, window: QMainWindow, reader_view: QTextEdit,
                 docks: list[QDockWidget]) -> None:
        super().__init__(window)
        self.window, self.reader_view, self.docks = window, reader_view, docks
        self._given: dict[QDockWidget, int] = {}  # the height each dock was last given
        self._chosen: dict[QDockWidget, tuple[int, int]] = {}  # dragged: (height, window's)
        for dock in docks:
            dock.visibilityChanged.connect(lambda shown, d=dock: self._on_visibility(d, shown))

    def _on_visibility(self, dock: QDockWidget, shown: bool) -> None:
        """Remember the height a closing dock had if the analyst dragged it there.

        A window being deleted hides its docks after its own C++ object is gone
        (a window never closed, deleted at interpreter exit): nothing to ask it then.
        """
        if not isValid(self.window):
            return
        if shown or dock.isVisible() or dock.isFloating() or not self._is_bottom(dock):
            return  # tabbed away, floating or elsewhere: nothing to remember
        given = self._given.get(dock)
        if given is None:
            return
        # Qt gives a dock no less than its minimum (a stacked Timeline in a short window).
        expected = max(given, dock.minimumSizeHint().height())
        if abs(dock.height() - expected) > 4:
            self._chosen[dock] = (dock.height(), self.window.height())

    def _is_bottom(self, dock: QDockWidget) -> bool:
        return self.window.dockWidgetArea(dock) == BOTTOM

    def limit(self) -> int:
        """The height a bottom dock opens at now (and shrinks back to with the window)."""
        central = self.window.centralWidget()
        room = self.window.statusBar().geometry().top() - central.geometry().top()
        chrome = central.height() - self.reader_view.viewport().height()
        line = body_line_px(self.reader_view.font())
        return dock_opening_height(self.window.height(), room,
                                   chrome + round(READER_MIN_LINES * line))

    def opened(self, dock: QDockWidget) -> None:
        """Size ``dock``, just shown, unless a shown bottom dock already set the area's height."""
        if dock.isFloating() or not self._is_bottom(dock):
            return
        if any(other is not dock and other.isVisible() and not other.isFloating()
               and self._is_bottom(other) for other in self.docks):
            return  # it opens as a tab in an area the analyst already sees at its height
        height = limit = self.limit()
        chosen = self._chosen.get(dock)
        if chosen is not None:
            dragged, window_height = chosen
            height = dragged if self.window.height() >= window_height else min(dragged, limit)
        self._given[dock] = height
        self.window.resizeDocks([dock], [height], Qt.Orientation.Vertical)

    def keep_reading_room(self) -> None:
        """After the window shrinks, give docked views back their opening height at most.

        Why: Qt keeps a dock's height when the window shrinks, so a dock opened
        at 1440x900 left the reader five lines at 1024x640.
        """
        limit = self.limit()
        tall = [dock for dock in self.docks
                if dock.isVisible() and not dock.isFloating() and dock.height() > limit
                and self._is_bottom(dock)]
        if tall:
            for dock in tall:
                self._given[dock] = limit
            self.window.resizeDocks(tall, [limit] * len(tall), Qt.Orientation.Vertical)
