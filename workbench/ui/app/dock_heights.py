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

from PySide6.QtCore import QEvent, QObject, Qt
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
        self._wanted: dict[QDockWidget, int] = {}  # shrunk for the reader: the height it had
        self._steady: dict[QDockWidget, int] = {}  # each dock's height while the window kept its
        self._window_height = -1  # height (Qt squeezes a dock before the window's resizeEvent)
        for dock in docks:
            dock.visibilityChanged.connect(lambda shown, d=dock: self._on_visibility(d, shown))
            dock.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Note a dock's height when it changes in a window of one height (a drag, an opening)."""
        if (event.type() == QEvent.Type.Resize and watched in self.docks
                and isValid(self.window) and self.window.height() == self._window_height):
            self._steady[watched] = watched.height()
        return False

    def _on_visibility(self, dock: QDockWidget, shown: bool) -> None:
        """Remember the height a closing dock had if the analyst dragged it there.

        A window being deleted hides its docks after its own C++ object is gone
        (a window never closed, deleted at interpreter exit): nothing to ask it then.
        """
        if not isValid(self.window):
            return
        if shown or dock.isVisible() or dock.isFloating() or not self._is_bottom(dock):
            return  # tabbed away, floating or elsewhere: nothing to remember
        if dock in self._given and not self._kept_as_given(dock):
            self._chosen[dock] = (dock.height(), self.window.height())

    def _kept_as_given(self, dock: QDockWidget) -> bool:
        """Whether ``dock`` still has the height it was last given (no drag since)."""
        # Qt gives a dock no less than its minimum (a stacked Timeline in a short window).
        expected = max(self._given.get(dock, 0), dock.minimumSizeHint().height())
        return abs(dock.height() - expected) <= 4  # noqa: PLR2004 - px of rounding

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
        """Fit docked views to the window: shrink them to the limit, grow them back after.

        Why: Qt keeps a dock's height when the window shrinks, so a dock opened
        at 1440x900 left the reader five lines at 1024x640; and a session saved
        at 1440x900 and reopened at 1024x640 restored a 383 px Timeline over a
        reader left no body line. A dock shrunk here gets its height back, up to
        the limit, when the window grows again, unless the analyst dragged it since.
        """
        limit = self.limit()
        docked = [dock for dock in self.docks
                  if dock.isVisible() and not dock.isFloating() and self._is_bottom(dock)]
        # A growing window takes no height from a dock the analyst dragged taller.
        grew = 0 <= self._window_height < self.window.height()
        changed: dict[QDockWidget, int] = {}
        for dock in docked:
            height = dock.height()
            if height > limit and not (grew and dock in self._given
                                       and not self._kept_as_given(dock)):
                self._wanted.setdefault(dock, max(height, self._steady.get(dock, 0)))
                changed[dock] = limit
            elif dock in self._wanted:
                if not self._kept_as_given(dock):
                    del self._wanted[dock]  # dragged since: the analyst's height stands
                elif limit > height:
                    changed[dock] = min(self._wanted[dock], limit)
        for dock, height in changed.items():
            self._given[dock] = height
            if height >= self._wanted.get(dock, height + 1):
                del self._wanted[dock]
        self._window_height = self.window.height()
        if changed:
            self.window.resizeDocks(list(changed), list(changed.values()),
                                    Qt.Orientation.Vertical)
