"""The task wiring shared by dialogs that run one slow read with a progress bar and Cancel.

Why: Batch Claim Search and Export both start a read on the task runner, show
its progress as "N of M: current", turn Close into Cancel while it runs, and
on finishing must know whether the analyst cancelled it. One copy of that
wiring keeps the two dialogs behaving alike when either changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QProgressBar

    from workbench.core.progress import Progress
    from workbench.store import Store
    from workbench.ui.tasks.runner import Task
    from workbench.ui.tasks.store_actions import StoreActions


class TaskDialogMixin:
    """Run one read task from a dialog; mixed into a ``QDialog`` before it.

    The dialog provides ``actions``, ``task`` (None when idle), ``progress_bar``,
    ``status_label``, ``_set_running(bool)`` and ``_finished(result)``.
    """

    if TYPE_CHECKING:
        actions: StoreActions
        task: Task | None
        progress_bar: QProgressBar
        status_label: QLabel

        def reject(self) -> None: ...
        def _set_running(self, running: bool) -> None: ...
        def _finished(self, result: Any) -> None: ...

    def _start_task(self, label: str, call: Callable[[Store, Progress], Any],
                    on_failed: Callable[[str], None]) -> None:
        """Run ``call`` off the UI thread; without a runner it has finished on return."""
        self.task = self.actions.read(label, call, self._finished)
        if self.task is not None:
            self.task.progress_changed.connect(self._progressed)
            self.task.task_failed.connect(on_failed)

    def cancel_or_close(self) -> None:
        """Cancel the running task (it stops at its next step) or, when idle, close."""
        if self.task is not None:
            self.task.cancel()
            self.status_label.setText("Cancelling…")
        else:
            self.reject()

    def _progressed(self, done: int, total: int, current: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.status_label.setText(f"{done} of {total}: {current}")

    def _end_task(self) -> bool:
        """Forget the finished task and unlock the dialog; True when it was cancelled."""
        cancelled = self.task is not None and self.task.cancelled
        self.task = None
        self._set_running(False)
        return cancelled
