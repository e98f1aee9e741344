"""Every dock's float and close buttons say on hover what they do and how to get back."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

from workbench.ui.widgets.dock_buttons import CLOSE_BUTTON, FLOAT_BUTTON


def test_each_docks_title_bar_buttons_have_tooltips(qtbot, library, open_window) -> None:
    """They were bare glyphs: the only icon buttons in the window with nothing on hover."""
    window = open_window(library)
    [view_menu] = [item.menu() for item in window.menuBar().actions()
                   if item.text().replace("&", "") == "View"]
    menu_words = {item.text().replace("&", "") for item in view_menu.actions()}
    assert len(window.workspace.docks) == 6
    for dock in window.workspace.docks.values():
        dock.show()
        title = dock.windowTitle()
        [floating] = dock.findChildren(QAbstractButton, FLOAT_BUTTON)
        [closing] = dock.findChildren(QAbstractButton, CLOSE_BUTTON)
        assert floating.toolTip().startswith(f"Float {title} "), title
        assert closing.toolTip() == f"Close {title} (View → {title} shows it again)"
        assert title in menu_words, title  # the way back the tooltip names


def test_a_floating_docks_float_button_says_it_docks_it_back(qtbot, library, open_window) -> None:
    """Floating, the same button puts the dock back: its tooltip still said "Float … in a
    window of its own", which it no longer does."""
    window = open_window(library)
    dock = window.workspace.docks["claims_view"]
    dock.show()
    [floating] = dock.findChildren(QAbstractButton, FLOAT_BUTTON)
    title = dock.windowTitle()
    dock.setFloating(True)
    assert floating.toolTip() == f"Dock {title} back in the main window"
    dock.setFloating(False)
    assert floating.toolTip().startswith(f"Float {title} ")
