"""Tab labels that fit: "Entities (29)" when there is room, icons and counts when not.

The current tab always keeps its name: the others shrink first to their
counts, then to their icons, and only then does the current tab drop its count.

Why: the inspector has six tabs in a column about 380 px wide. Qt's answer
to a tab bar that does not fit is a pair of scroll arrows, which hides tabs
the analyst needs (Claims, Suggestions) behind clicks. Every tab carries an
icon, so when the full labels do not fit the text shrinks to the count and
the full label moves to the tooltip; widening the column brings the words
back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from workbench.ui.theme.manager import ThemeManager


@dataclass
class TabLabel:
    """What one tab says in full: its name, an optional count and an icon name.

    A count may be text: a list cut short counts as "200 of 3,000" or "500+".
    """

    name: str
    icon: str
    count: int | str | None = None

    @property
    def full(self) -> str:
        return self.name if self.count is None else f"{self.name} ({self.count})"

    @property
    def compact(self) -> str:
        return "" if self.count is None else str(self.count)


ICON_TAB_MARGIN = 5  # px each side of an icon-only tab's icon (the style gave it 10 and 10)


class CompactTabBar(QTabBar):
    """A tab bar whose icon-only tabs are as narrow as their icon and a small margin.

    Why: the style sizes a tab as if it had text beside its icon (36 px for a
    16 px icon), so in the 250 px inspector at 1024 px five icon tabs left the
    current one 70 px and "Suggestions" read "Sugg…". Narrow icon tabs are
    what toolbars and mature sidebars use; the full name is in the tooltip.
    """

    def natural_width(self, index: int) -> int:
        """The width the style gives the tab (text and icon as they are now)."""
        return super().tabSizeHint(index).width()

    def icon_tab_width(self) -> int:
        return self.iconSize().width() + 2 * ICON_TAB_MARGIN

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt override
        hint = super().tabSizeHint(index)
        if self.tabText(index) or self.tabIcon(index).isNull():
            return hint
        return QSize(self.icon_tab_width(), hint.height())

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumTabSizeHint(index)
        if self.tabText(index) or self.tabIcon(index).isNull():
            return hint
        return QSize(self.icon_tab_width(), hint.height())


# Richest first: every label full; the current one full and the others their counts;
# the current one full and the others icons; the current one's name and the others icons.
LAYOUTS = ("full", "current", "icons", "name")


class TabLabels(QObject):
    """Keeps a tab widget's labels full when they fit and compact when they do not.

    It owns the whole mechanism: no scroll arrows (when even the shortest labels do
    not fit, the current tab's name is elided rather than tabs hidden behind arrows)
    and a refit whenever the tab widget is resized.
    """

    def __init__(self, tabs: QTabWidget, theme: ThemeManager) -> None:
        super().__init__(tabs)
        if tabs.count() == 0:  # Qt allows a new bar only before the first tab
            tabs.setTabBar(CompactTabBar(tabs))
        tabs.tabBar().setUsesScrollButtons(False)
        tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        tabs.installEventFilter(self)
        self.tabs = tabs
        self.theme = theme
        self.labels: dict[QWidget, TabLabel] = {}
        self.layout = "full"
        self._iconless: QWidget | None = None  # the current tab, its icon dropped for its name
        self._icon_room = 0  # px the dropped icon took in that tab (measured when dropped)
        theme.theme_changed.connect(self._on_theme_changed)
        tabs.currentChanged.connect(lambda _index: self.refresh())

    def register(self, widget: QWidget, name: str, icon: str) -> None:
        """Describe the tab showing ``widget`` (already added to the tab widget)."""
        self.labels[widget] = TabLabel(name, icon)
        self._apply_icons()
        self.refresh()

    def set_count(self, widget: QWidget, count: int | str | None) -> None:
        """Show ``count`` beside the tab's name (None: no count); nothing to do when it stands.

        Why the check: every analyst action reloads the document and sets each
        tab's count again; measuring and relabelling the tabs cost ~1 ms a time.
        """
        if self.labels[widget].count == count:
            return
        self.labels[widget].count = count
        self.refresh(only_changed=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.tabs and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """After a resize or a tab change: relabel only if another layout now fits best."""
        if self._best_layout() != self.layout:
            self.refresh()
        elif self.layout == "name" or self._iconless is not None:
            self._fit_current_icon()

    def refresh(self, only_changed: bool = False) -> None:
        """Apply the richest labels that fit (see ``LAYOUTS``); the current tab keeps its name.

        ``only_changed`` (a new count on a shown bar): set only the labels whose
        text differs, since each ``setTabText`` lays the bar out again. A full
        refresh sets them all, which also re-measures the bar after a style or
        font change (before the window is shown, the splitter sizes the panel
        from that measure).
        """
        only_changed = only_changed and self.tabs.isVisible()
        self.layout = self._best_layout()
        for widget, label in self.labels.items():
            index = self.tabs.indexOf(widget)
            text = self._text(widget, label, self.layout)
            if index < 0:
                continue
            if not (only_changed and self.tabs.tabText(index) == text):
                self.tabs.setTabText(index, text)
            if self.tabs.tabToolTip(index) != label.full:  # a compact tab's text may stand
                self.tabs.setTabToolTip(index, label.full)
        self._fit_current_icon()

    def _fit_current_icon(self) -> None:
        """In the narrowest layout the current tab gives up its icon before its name.

        Why: in the 220 px inspector of a 1024 px window "Suggestions" read
        "Suggesti…" beside its own icon; the underline and the name already say
        which tab is shown, the icon was the part to spare. Decided once per
        width: putting the icon back to measure, then dropping it again, laid
        the bar out twice on every resize of the inspector.
        """
        wanted = self._tab_to_strip()
        if wanted is self._iconless:
            return
        self._restore_icon()
        if wanted is not None:
            with_icon = self._width_of("name")
            self.tabs.setTabIcon(self.tabs.currentIndex(), QIcon())
            self._icon_room = with_icon - self._width_of("name")
            self._iconless = wanted

    def _tab_to_strip(self) -> QWidget | None:
        """The current tab when its name and icon do not fit in the narrowest layout."""
        current = self.tabs.currentWidget()
        if self.layout != "name" or current not in self.labels:
            return None
        # An iconless tab is measured as if its icon were back (``_width_of``).
        return current if self._width_of("name") > self.tabs.width() else None

    def _restore_icon(self) -> None:
        """Give the tab that dropped its icon its icon back (if it is still a tab)."""
        if self._iconless is None:
            return
        index = self.tabs.indexOf(self._iconless)
        label = self.labels.get(self._iconless)
        self._iconless = None
        if index >= 0 and label is not None:
            self.tabs.setTabIcon(index, self.theme.pixmap_icon(label.icon))

    def _text(self, widget: QWidget, label: TabLabel, layout: str) -> str:
        if layout == "full":
            return label.full
        if widget is self.tabs.currentWidget():
            return label.name if layout == "name" else label.full
        return label.compact if layout == "current" else ""

    def _best_layout(self) -> str:
        for layout in LAYOUTS[:-1]:
            if self._width_of(layout) <= self.tabs.width():
                return layout
        return LAYOUTS[-1]

    def _on_theme_changed(self, _theme: str) -> None:
        self._apply_icons()
        self._fit_current_icon()

    def _apply_icons(self) -> None:
        self._iconless = None
        for widget, label in self.labels.items():
            index = self.tabs.indexOf(widget)
            if index >= 0:
                # Pixmaps: a qtawesome icon redraws its glyph in Python on every paint of the
                # bar, and the bar repaints whenever a count or the current tab changes.
                self.tabs.setTabIcon(index, self.theme.pixmap_icon(label.icon))

    def _width_of(self, layout: str) -> int:
        """Width of the tab bar with a layout's labels (from the style's own tab sizes)."""
        bar = self.tabs.tabBar()
        metrics = bar.fontMetrics()
        needed = 0
        for index in range(bar.count()):
            widget = self.tabs.widget(index)
            label = self.labels.get(widget)
            shown = bar.tabText(index)
            wanted = self._text(widget, label, layout) if label else shown
            if isinstance(bar, CompactTabBar) and not wanted and label:
                needed += bar.icon_tab_width()
                continue
            natural = (bar.natural_width(index) if isinstance(bar, CompactTabBar)
                       else bar.tabSizeHint(index).width())
            needed += natural - metrics.horizontalAdvance(shown) + metrics.horizontalAdvance(wanted)
            if widget is self._iconless:  # measured with its icon: else the layout flapped
                needed += self._icon_room  # between "icons" and "name" on every resize
        return needed
