"""Hover text for a dock's title-bar buttons, which Qt draws as bare glyphs.

Why: every other icon-only button in the window says what it does on hover;
the float and close buttons of the six docks said nothing, and "close" does
not tell the analyst how to bring the dock back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDockWidget

# Qt's own names for the two buttons of a dock's title bar (QDockWidget, Qt 5 and 6).
FLOAT_BUTTON, CLOSE_BUTTON = "qt_dockwidget_floatbutton", "qt_dockwidget_closebutton"


def explain_dock_buttons(dock: QDockWidget, reopen: str) -> None:
    """Give ``dock``'s float and close buttons tooltips; ``reopen`` names the menu path back."""
    title = dock.windowTitle()
    tips = {FLOAT_BUTTON: f"Float {title} in a window of its own (double-click its title"
                          " bar to dock it again)",
            CLOSE_BUTTON: f"Close {title} ({reopen} shows it again)"}
    for name, tip in tips.items():
        for button in dock.findChildren(QAbstractButton, name):
            button.setToolTip(tip)
