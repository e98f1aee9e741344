"""Which of the window's reader actions can act now, kept in one place.

Why one place: a Highlight, Note or Claim button that stays on with nothing
selected only says so after a click. The menus, the toolbar and the keyboard
shortcuts are one ``QAction`` each, so turning the action off here turns off
all three, and its tooltip says what to do first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

from workbench.ui.app.window_actions import WindowActions
from workbench.ui.reader.analyst_controller import NO_DOCUMENT, NO_SELECTION
from workbench.ui.reader.menu import SELECTION_ACTIONS as MENU_SELECTION_ACTIONS
from workbench.ui.reader.pane import ReaderPane

#: Actions on the document being read: on as soon as one is shown. Find and its steps
#: too: with no document, Find in Document (toolbar and Ctrl+F) looked usable and opened
#: a find bar over an empty reader.
DOCUMENT_ACTIONS = ("tag_document", "grade_reliability", "compare_documents", "find",
                    "find_next", "find_previous")
#: Actions on the reader's selection: on while body text is selected. Highlight and the
#: ones the reader's context menu offers on a selection, one list so a new one follows.
SELECTION_ACTIONS = ("highlight", *MENU_SELECTION_ACTIONS)


class ReaderActionStates(QObject):
    """Enables the document and selection actions while the reader gives them something to act on.

    A child of the reader pane: a library switch builds a new reader, and the
    old one's states object goes with it.

    An action that is off still answers its keys, in words: Ctrl+Shift+C after a
    highlight (which ends the selection) did nothing at all, and a keyboard user
    could not tell a missed key from an action that needs a selection. The window
    sees the keys no widget used (``eventFilter``) and ``message_posted`` says what
    to do first, the words the action's tooltip gives.
    """

    message_posted = Signal(str)

    def __init__(self, reader: ReaderPane, window_actions: WindowActions) -> None:
        super().__init__(reader)
        self.reader = reader
        self.window_actions = window_actions
        self.why_not: dict[str, str] = {}  # each action that is off: what to do first
        window_actions.window.installEventFilter(self)
        reader.view.selectionChanged.connect(self.refresh)
        reader.content_changed.connect(lambda _content: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Turn each action on or off for what the reader shows and selects now."""
        has_document = self.reader.doc_id is not None and self.reader.view.content is not None
        has_selection = has_document and self.reader.view.selected_span() is not None
        reasons = dict.fromkeys(DOCUMENT_ACTIONS, None if has_document else NO_DOCUMENT)
        reason = None if has_selection else (NO_SELECTION if has_document else NO_DOCUMENT)
        reasons.update(dict.fromkeys(SELECTION_ACTIONS, reason))
        for key, why_not in reasons.items():
            self.window_actions.set_available(key, why_not)
        self.why_not = {key: why for key, why in reasons.items() if why is not None}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A key no widget used that is the shortcut of an action that is off: say why."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            reason = self._reason_for(QKeySequence(event.keyCombination()))
            if reason is not None:
                self.message_posted.emit(reason)
                return True
        return False

    def _reason_for(self, pressed: QKeySequence) -> str | None:
        for key, reason in self.why_not.items():
            action = self.window_actions.actions[key]
            if not action.isEnabled() and any(
                    shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                    for shortcut in action.shortcuts()):
                return reason
        return None
