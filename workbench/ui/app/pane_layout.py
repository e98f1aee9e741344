"""How the window shares its width: the reader first, library and inspector collapsible.

Why: analysts read long articles; a text column of ~420 px (the old 540/500/380
split at 1440 px) forced 45-character lines. The reader now takes whatever the
side panes do not need, the side panes keep a fixed share that shrinks on small
screens, and either side pane folds away with a shortcut and comes back at the
width it had.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

LIBRARY, READER, INSPECTOR = 0, 1, 2
SIDE_PANES = (LIBRARY, INSPECTOR)
# The reader never gets narrower: a dock beside it gives way instead. At 1024 px with a
# 420 px dock the reader had 198 px and its title broke inside words ("Departm/ent").
READER_MIN_WIDTH = 230
# Nor the library, while it is shown: at 1024 px with the Entities dock moved to the window's
# side it was squeezed to 116 px, its titles "US Sp…on", "UK Pri…hes". The dock gives way.
LIBRARY_MIN_WIDTH = 200
# The inspector's default on a small screen. Narrower, its current tab lost letters
# ("Suggesti…" at 220 px) and a quote of 24 characters no longer held one line (240 px).
INSPECTOR_SMALL_WIDTH = 250


def default_pane_sizes(width: int) -> list[int]:
    """Library, reader and inspector widths for a window ``width`` px wide.

    At 1440 px the reader gets ~60 % (library 274, inspector 300); at 1024 px it
    gets ~56 % (library 200, inspector 250) and, with its snug margins
    (``page_geometry``), a line of ~58 characters: 210 px and 28 px margins left it 53.
    The library had 190 px at 1024: a search hit's title kept ~12 characters.
    """
    library = max(LIBRARY_MIN_WIDTH, min(280, round(width * 0.19)))
    inspector = max(INSPECTOR_SMALL_WIDTH, min(340, round(width * 0.208)))
    reader = max(READER_MIN_WIDTH, width - library - inspector)
    return [library, reader, inspector]


class PaneLayout(QObject):
    """Default sizes until the analyst moves a handle; fold and unfold the side panes."""

    def __init__(self, splitter: QSplitter, keyboard_home: QWidget | None = None) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.keyboard_home = keyboard_home  # gets the keys when the pane holding them folds
        self.follows_window = True
        self._widths = {LIBRARY: 0, INSPECTOR: 0}
        self._folded: set[int] = set()
        for index in SIDE_PANES:
            splitter.setCollapsible(index, True)
            splitter.setStretchFactor(index, 0)
        splitter.setCollapsible(READER, False)
        splitter.widget(READER).setMinimumWidth(READER_MIN_WIDTH)
        splitter.widget(LIBRARY).setMinimumWidth(LIBRARY_MIN_WIDTH)  # folding still hides it
        splitter.setStretchFactor(READER, 1)
        splitter.splitterMoved.connect(self._on_moved)
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Share out the splitter's new width once it has it.

        Why here as well as in the window's resize: the window resized its splitter
        only after, and the sizes set for 1024 px were shared out over the old
        1400 px and shrunk back by Qt's own rule (an inspector asked for 230 px kept 251).
        The window's own call still counts: without it the inspector kept 251 px of
        250 and the line 54 characters (tests/ui/test_small_window_line.py).
        """
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.fit_window(self.splitter.window().width())
        return False

    def fit_window(self, width: int) -> None:
        """Apply the default split for a window ``width`` wide (until the analyst moves it)."""
        if self.follows_window:
            sizes = default_pane_sizes(width)
            for index in SIDE_PANES:
                if index in self._folded:
                    sizes[READER] += sizes[index]
                    sizes[index] = 0
            self.splitter.setSizes(sizes)

    def restored(self) -> None:
        """A remembered split was applied: keep it instead of the defaults."""
        self.follows_window = False

    def is_collapsed(self, index: int) -> bool:
        """True when the pane at ``index`` is folded away (by the shortcut or dragged shut)."""
        dragged_shut = self.splitter.isVisible() and self.splitter.sizes()[index] == 0
        return index in self._folded or dragged_shut

    def toggle(self, index: int) -> bool:
        """Fold the pane at ``index`` or bring it back; True when it is shown afterwards."""
        sizes = self.splitter.sizes()
        if not self.is_collapsed(index):
            self._widths[index] = sizes[index]
            sizes[READER] += sizes[index]
            sizes[index] = 0
            self._folded.add(index)
            self._move_keyboard_out_of(self.splitter.widget(index))
        else:
            self._folded.discard(index)
            wanted = self._widths[index] or default_pane_sizes(sum(sizes))[index]
            sizes[index] = wanted
            sizes[READER] = max(READER_MIN_WIDTH, sizes[READER] - wanted)
        self.splitter.setSizes(sizes)
        return sizes[index] > 0

    def _move_keyboard_out_of(self, pane: QWidget) -> None:
        """A folded pane keeps no keyboard focus: arrows moved rows no one could see."""
        focus = QApplication.focusWidget()
        if self.keyboard_home is not None and focus is not None and pane.isAncestorOf(focus):
            self.keyboard_home.setFocus()

    def _on_moved(self, _position: int, _index: int) -> None:
        self.follows_window = False
