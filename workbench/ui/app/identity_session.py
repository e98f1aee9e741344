"""Who the window signs analyst work as: the saved identity, asked once, then Tools → Your Name….

``workbench --author NAME gui`` (or ``WORKBENCH_AUTHOR``) signs the window as
NAME for this session only: the saved identity is left as it is unless the
analyst saves a name in Tools → Your Name…, so a shared machine or a test run
never renames its owner behind their back.

Why in the window shell: both stores of a session sign actions — the UI
thread's (used without a writer thread, e.g. an in-memory library) and the
writer thread's — and both must change together when the analyst renames
themselves. The status bar shows the name (or "unknown author", with how to
set it), so nobody signs work without seeing as whom.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QToolButton, QWidget

from workbench.core.authorship import UNKNOWN_AUTHOR, Author, new_author_id
from workbench.operations.identity import load_identity, save_identity
from workbench.store import Store
from workbench.ui.dialogs.identity import IdentityDialog
from workbench.ui.dialogs.standard import modal_answer, show_error
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.widgets.wording import menu_literal

ASKED_KEY = "identity/asked"
UNSET_TIP = ("Your work is signed \u201cunknown author\u201d: click (or Tools → Your Name…) "
             "to set your name")
SESSION_TIP = ("Signed with the name given by --author or WORKBENCH_AUTHOR, for this session "
               "only; your saved name is unchanged (click to save a name)")

Session = Callable[[], tuple[Store | None, TaskRunner | None]]


class IdentitySession(QObject):
    """The analyst's identity for one window: signs its stores, shows it, edits it."""

    def __init__(self, window: QWidget, settings: QSettings, session: Session,
                 session_author: Author | None = None) -> None:
        super().__init__(window)
        self.window, self.settings, self.session = window, settings, session
        self.for_session_only = session_author is not None
        self.author: Author | None = session_author or load_identity()
        self.button = QToolButton(window)
        self.button.setObjectName("IdentityButton")
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self.edit)
        self._show()

    def sign(self, store: Store | None, runner: TaskRunner | None) -> None:
        """Make ``store`` (UI thread) and ``runner``'s store (writer thread) sign as the analyst."""
        if store is not None:
            store.authors.act_as(self.author)
        if runner is not None:
            runner.act_as(self.author)

    def ask_on_first_start(self) -> None:
        """Ask for a name once, when none is saved (skipping is remembered: no nagging)."""
        if self.author is not None or self.settings.value(ASKED_KEY, False, type=bool):
            return  # a session author (--author) counts as answered: nothing to ask
        self.settings.setValue(ASKED_KEY, True)
        self._ask(first_start=True)

    def edit(self) -> None:
        """Tools → Your Name…: change the name (the id stays)."""
        self._ask(first_start=False)

    def _ask(self, first_start: bool) -> None:
        current = self.author.name if self.author else ""
        dialog = IdentityDialog(current, first_start=first_start, parent=self.window)
        name = modal_answer(dialog, dialog.name)
        if name is None:
            return
        try:
            self.author = save_identity(name)
        except OSError as error:
            show_error(self.window, "Your Name Not Saved",
                       f"The name could not be saved ({error.strerror or error}); "
                       "it is used until the app closes.")
            self.author = Author(self.author.id if self.author else new_author_id(), name)
        self.for_session_only = False  # the analyst chose to save: the session name is gone
        self.sign(*self.session())
        self._show()

    def _show(self) -> None:
        name = self.author.name if self.author else UNKNOWN_AUTHOR
        if self.for_session_only:
            self.button.setText(f"Signed as {menu_literal(name)} (this session)")
            self.button.setToolTip(SESSION_TIP)
            return
        self.button.setText(f"Signed as {menu_literal(name)}")
        self.button.setToolTip("Your work is signed with this name: click to change it"
                               if self.author else UNSET_TIP)
