"""Esc in a dock or side pane: clear the filter being typed, else give the keys back to the text.

Why one rule for every pane: Esc did nothing in the Claims, Timeline, ACH and
Compare panes and the Notes tab, so a keyboard user who tabbed in had no short
way back to the text. Only an Esc no child used arrives here (a cell editor or
an open combo popup keep theirs), so cancelling an edit still cancels it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget


class EscapeToText(QObject):
    """Watches panes; an unused Esc clears a typed filter or hands focus to ``focus_text``."""

    def __init__(self, focus_text: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.focus_text = focus_text

    def watch(self, *panes: QWidget) -> None:
        """Handle the Esc that ``panes`` and their children leave unused."""
        for pane in panes:
            pane.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent)
                or event.key() != Qt.Key.Key_Escape or event.modifiers()):
            return False
        focused = QApplication.focusWidget()
        if _is_typed_filter(focused):
            focused.clear()  # the filter goes first; a second Esc goes back to the text
        else:
            self.focus_text()
        return True


def _is_typed_filter(widget: QWidget | None) -> bool:
    """A filter field with words in it: the panes' filters show a clear button, the fields
    that hold a value (a claimant, a note) do not, and Esc must not wipe what they hold."""
    return (isinstance(widget, QLineEdit) and widget.isClearButtonEnabled()
            and not widget.isReadOnly() and bool(widget.text()))
