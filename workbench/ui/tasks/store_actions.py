"""Every analyst mutation from the window goes through here, onto the writer thread.

Why one door: each Store action returns ``Changes`` (or ``(id, Changes)``);
this wrapper reports them through the task's progress so every view hears one
``changes_applied``, turns failures (a stale undo, a name clash) into a status
bar message instead of a crash dialog, and keeps Edit → Undo/Redo labelled
from ``store.history.undo_labels()`` after every change it hears. Without a writer
thread (an in-memory library, a screenshot window) the call runs on the UI
store and its ``Changes`` are emitted on ``changes_applied`` directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

from workbench.core.models import Changes
from workbench.core.progress import Progress
from workbench.store import Store
from workbench.ui.tasks.lanes import Lane
from workbench.ui.tasks.runner import Task, TaskRunner, failure_text, while_alive

StoreCall = Callable[[Store], Any]


def changes_of(result: Any) -> Changes | None:
    """The ``Changes`` inside a Store action's result (``Changes`` or ``(id, Changes)``)."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], Changes):
        return result[1]
    return None


def error_text(message: str) -> str:
    """A task's failure as a sentence of the window ("cannot undo …" → "Cannot undo …")."""
    return message[:1].upper() + message[1:]


class StoreActions(QObject):
    """Runs Store mutations on the writer thread and announces their results.

    ``changes_applied`` is the window's signal that carries every ``Changes``
    of the open library; views and controllers holding these actions follow
    it themselves (``actions.changes_applied.connect(self.on_changes)``).
    """

    action_failed = Signal(str, str)
    undo_labels_changed = Signal(object, object)

    def __init__(self, store: Store, runner: TaskRunner | None,
                 changes_applied: SignalInstance, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.changes_applied = changes_applied
        self.undo_label: str | None = None
        self.redo_label: str | None = None
        changes_applied.connect(self.on_changes)

    def run(self, label: str, call: StoreCall,
            on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[str], None] | None = None,
            context: QObject | None = None) -> Task | None:
        """Apply ``call(store)`` on the writer before any bulk step; ``on_done`` on the UI.

        A failure is announced on ``action_failed`` as always, and also handed
        to ``on_failed`` (the exception's message), for a dialog that shows the
        outcome of its own request. ``context``: the widget ``on_done`` and
        ``on_failed`` touch; once it is destroyed they are dropped (the status
        bar still hears of a failure).
        """
        if self.runner is None:
            self._run_here(label, call, on_done, on_failed)
            return None

        def task(store: Store, progress: Any) -> Any:
            result = call(store)
            changes = changes_of(result)
            if changes is not None:
                progress.report_changes(changes)
            return result

        # Only the caller's callbacks are dropped with ``context``: the status bar still tells.
        done = while_alive(on_done, context) if on_done is not None else None
        told = while_alive(on_failed, context) if on_failed is not None else None
        return self.runner.submit(label, task, on_finished=done, lane=Lane.ACTION,
                                  on_failed=lambda message: self._failed(label, message, told))

    def read(self, label: str, call: Callable[[Store, Progress], Any],
             on_done: Callable[[Any], None], context: QObject | None = None) -> Task | None:
        """Run a slow read (suggestions, batch search) off the UI thread when possible.

        Reads join the bulk lane: a long one must not hold up the analyst's
        actions queued behind it (it waits for a running import instead).
        ``context``: the widget ``on_done`` shows the result in; once it is
        destroyed the result is dropped.
        """
        if self.runner is None:
            on_done(call(self.store, Progress()))
            return None
        return self.runner.submit(label, call, on_finished=while_alive(on_done, context),
                                  lane=Lane.BULK,
                                  on_failed=lambda message: self._failed(label, message))

    def undo(self) -> Task | None:
        """Edit → Undo: revert the latest analyst action."""
        return self.run("Undo", lambda store: store.history.undo(), self._after_step)

    def redo(self) -> Task | None:
        """Edit → Redo: re-apply the latest undone action."""
        return self.run("Redo", lambda store: store.history.redo(), self._after_step)

    # -- grades (NATO/Admiralty code): one undoable action each ------------------------

    def grade_claim(self, claim_id: int, credibility: int | None) -> Task | None:
        """Give a claim a credibility 1-6 (None clears it)."""
        return self.run("Grade claim", lambda s: s.grades.grade_claim(claim_id, credibility))

    def grade_document(self, doc_id: int, reliability: str | None) -> Task | None:
        """Give a document its own reliability A-F (None: inherit its source's again)."""
        return self.run("Grade document",
                        lambda s: s.grades.grade_document(doc_id, reliability))

    def grade_source(self, name: str, reliability: str | None) -> Task | None:
        """Grade a source's reliability A-F for every document of it (None clears it)."""
        return self.run("Grade source", lambda s: s.grades.grade_source(name, reliability))

    def on_changes(self, _changes: Changes) -> None:
        """Any change can add an undo step or make one stale: relabel Undo/Redo."""
        self.refresh_undo_labels()

    def refresh_undo_labels(self) -> None:
        """Read what Undo/Redo would do now and tell the menu."""
        self.undo_label, self.redo_label = self.store.history.undo_labels()
        self.undo_labels_changed.emit(self.undo_label, self.redo_label)

    def _after_step(self, result: Any) -> None:
        if result is None:
            self.refresh_undo_labels()

    def _run_here(self, label: str, call: StoreCall, on_done: Callable[[Any], None] | None,
                  on_failed: Callable[[str], None] | None = None) -> None:
        try:
            result = call(self.store)
        except (ValueError, LookupError, RuntimeError) as error:
            self._failed(label, failure_text(error), on_failed)
            return
        changes = changes_of(result)
        if changes is not None:
            self.changes_applied.emit(changes)
        if on_done is not None:
            on_done(result)

    def _failed(self, label: str, message: str,
                on_failed: Callable[[str], None] | None = None) -> None:
        self.action_failed.emit(label, error_text(message))
        if on_failed is not None:
            on_failed(error_text(message))
        self.refresh_undo_labels()
