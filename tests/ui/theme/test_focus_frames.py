"""Keyboard only: a list or table with the focus shows a frame, in both themes.

Why: line edits and spin boxes framed themselves in the highlight colour on focus,
but the library table, the inspector's trees and the dialogs' lists had no frame
at all (``border: none``), so tabbing into one showed nothing but which row was
current. The frame must stand 3:1 against the view and the window (WCAG 1.4.11),
and the unfocused frame is transparent so the rows do not move when focus comes.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from tests.ui.probes import contrast_ratio
from workbench.ui.theme.manager import ThemeManager


def _edge(view: QWidget) -> QColor:
    """The colour halfway down the view's left edge."""
    return view.grab().toImage().pixelColor(0, view.height() // 2)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("kind", [QTableWidget, QTreeWidget, QListWidget])
def test_a_focused_list_or_table_is_framed(qtbot, theme: str, kind: type) -> None:
    manager = ThemeManager()
    manager.set_preference(theme)
    holder = QWidget()
    qtbot.addWidget(holder)
    view, other = kind(), QLineEdit()
    layout = QVBoxLayout(holder)
    layout.addWidget(view)
    layout.addWidget(other)
    holder.resize(300, 200)
    holder.show()
    qtbot.waitExposed(holder)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    base, window = (manager.color(name).name() for name in ("base", "window"))
    unfocused, width = _edge(view).name(), view.viewport().width()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    focused = _edge(view).name()
    assert unfocused in (base, window)  # no frame until it has the focus
    assert contrast_ratio(focused, base) >= 3 and contrast_ratio(focused, window) >= 3
    assert view.viewport().width() == width  # the rows stay where they were
