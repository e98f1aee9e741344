"""Screen readers: every interactive widget tells what it is, in the window and every dialog.

Why: a screen reader announces a widget by its accessible name. An icon button
(the note card's Edit, Colour, Tag, Delete; the find bar's arrows) has only a
tooltip, which is a description, so it was announced as "button"; the library
table, the reader, the Claims table and the search field were announced by
their role alone; a filter combo by its current value ("All tags"), never by
what it filters. The name is read the way a screen reader reads it, through
Qt's accessibility interface (a button's words and a label's buddy count).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.ui.probes import process_events
from workbench.store import Store
from workbench.ui.app.screenshot import render_window
from workbench.ui.app.screenshot_tour import SCREENS, _screens, build_demo_library

INTERACTIVE = (QAbstractButton, QAbstractItemView, QLineEdit, QTextEdit, QPlainTextEdit,
               QComboBox, QAbstractSpinBox, QAbstractSlider)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name."""
    face = QAccessible.queryAccessibleInterface(widget)
    return (face.text(QAccessible.Text.Name) if face is not None else "").strip()


def _interactive(widget: QWidget) -> bool:
    """A control, or any widget Tab stops at (a painted canvas: the timeline, the claim map)."""
    tabbed = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()
    tab_part = isinstance(widget, QTabBar | QTabWidget)  # each tab's words name it
    return isinstance(widget, INTERACTIVE) or (tabbed and not tab_part)


def _inner_part(widget: QWidget) -> bool:
    """A spin box's line edit, a line edit's clear button, a view's viewport: its owner's."""
    parent = widget.parent()
    return (isinstance(parent, QAbstractSpinBox) and isinstance(widget, QLineEdit)) or (
        isinstance(parent, QLineEdit) and isinstance(widget, QAbstractButton)) or (
        isinstance(parent, QAbstractScrollArea) and widget is parent.viewport())


def _named_by_value_only(widget: QWidget) -> bool:
    """A combo box whose only name is its current choice, which says nothing of its purpose.

    On Linux Qt hands a combo's current text out as its name and leaves its purpose to a
    labelling relation: its accessible name or a label whose buddy it is.
    """
    if not isinstance(widget, QComboBox) or widget.accessibleName().strip():
        return False
    top = widget.window()
    return not any(label.buddy() is widget and label.text().strip()
                   for label in top.findChildren(QLabel))


def unnamed(top: QWidget) -> list[str]:
    """The shown interactive widgets under ``top`` a screen reader cannot name."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _interactive(widget) or isinstance(widget, QScrollBar | QHeaderView) \
                or not widget.isVisibleTo(top) or _inner_part(widget):
            continue
        name = accessible_name(widget)
        if not name or _named_by_value_only(widget):
            found.append(f"{type(widget).__name__} in {_owner(widget)}: {name!r} "
                         f"({widget.toolTip()[:40]})")
    return found


def _owner(widget: QObject) -> str:
    chain, parent = [], widget.parent()
    while parent is not None and len(chain) < 3:
        chain.append(type(parent).__name__)
        parent = parent.parent()
    return "/".join(chain)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    library = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    return library, build_demo_library(library, analyze=False)


@pytest.mark.parametrize("screen", SCREENS)
def test_every_interactive_widget_has_a_name(qtbot, tmp_path: Path, demo, screen: str) -> None:
    library, seed = demo
    store = Store(library)
    try:
        window = render_window(store, seed, (1440, 900), "light", tmp_path)
        qtbot.addWidget(window)
        target = _screens(window, seed)[screen]()
        if target is not window:
            qtbot.addWidget(target)
            target.show()
        _open_hidden_parts(window)
        process_events()
        found = unnamed(window) + (unnamed(target) if target is not window else [])
        assert not found, "\n".join(found)
    finally:
        store.close()


def _open_hidden_parts(window) -> None:
    """The library's filter row and the reader's find bar, shown only when asked for."""
    bar = window.library.filter_bar
    if not bar.filters_button.isChecked():
        bar.filters_button.click()
    window.reader.find_bar.open_bar()


def _any_word(combo: QComboBox) -> str | None:
    """The noun of a filter's "Any author" choice (None when the combo is no such filter)."""
    first = combo.itemText(0) if combo.count() else ""
    return first.split(" ", 1)[1].lower() if first.startswith("Any ") else None


def misnamed_filters(top: QWidget) -> list[str]:
    """Filters whose accessible name calls what they filter by another word than they show."""
    return [f"{combo.accessibleName()!r} shows {combo.itemText(0)!r}"
            for combo in top.findChildren(QComboBox)
            if (word := _any_word(combo)) and combo.accessibleName()
            and word not in combo.accessibleName().lower()]


@pytest.mark.parametrize("screen", ["claims_view", "timeline", "export"])
def test_a_filter_is_announced_by_the_word_it_shows(qtbot, tmp_path: Path, demo,
                                                    screen: str) -> None:
    """The Claims filter showed "Any author" under the column "Author" and was announced as
    "Analyst filter": one thing, two words."""
    library, seed = demo
    store = Store(library)
    try:
        window = render_window(store, seed, (1440, 900), "light", tmp_path)
        qtbot.addWidget(window)
        target = _screens(window, seed)[screen]()
        if target is not window:
            qtbot.addWidget(target)
        _open_hidden_parts(window)
        process_events()
        found = misnamed_filters(window) + (misnamed_filters(target) if target is not window
                                            else [])
        assert not found, "\n".join(found)
    finally:
        store.close()
