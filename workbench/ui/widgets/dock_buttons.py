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
    """Give ``dock``'s float and close buttons tooltips; ``reopen`` names the menu path back.

    The float button docks a floating dock back, so its tooltip follows the dock's state.
    """
    title = dock.windowTitle()
    for button in dock.findChildren(QAbstractButton, CLOSE_BUTTON):
        button.setToolTip(f"Close {title} ({reopen} shows it again)")

    def explain_float(floating: bool) -> None:
        tip = (f"Dock {title} back in the main window" if floating else
               f"Float {title} in a window of its own (double-click its title bar to dock"
               " it again)")
        for button in dock.findChildren(QAbstractButton, FLOAT_BUTTON):
            button.setToolTip(tip)

    explain_float(dock.isFloating())
    dock.topLevelChanged.connect(explain_float)
