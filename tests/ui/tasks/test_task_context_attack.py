"""Attack run 14: real dialogs closed and deleted while their task runs are not called after.

Before nothing failed here; this keeps the bound-method callbacks of the task dialogs
(Batch Claim Search) covered next to the lambda ones ``test_task_context`` checks.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from workbench.ui.dialogs.batch_search import BatchSearchDialog
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.tasks.store_actions import StoreActions


class ChangeFeed(QObject):
    changes_applied = Signal(object)


def test_batch_search_closed_while_searching_is_not_called_after_deletion(
    qtbot, library
) -> None:
    runner = TaskRunner(library.path)
    try:
        feed = ChangeFeed()
        actions = StoreActions(library, runner, feed.changes_applied)
        failures: list[str] = []
        actions.action_failed.connect(lambda _label, text: failures.append(text))
        release = threading.Event()
        runner.submit("hold", lambda _store, _progress: release.wait(5))
        dialog = BatchSearchDialog(actions)
        dialog.statements_edit.setPlainText("Sanctions were imposed\nTroops moved")
        dialog.run()
        task = dialog.task
        assert task is not None
        dialog.close()
        dialog.deleteLater()
        qtbot.waitUntil(lambda: not isValid(dialog), timeout=2000)
        release.set()
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        qtbot.wait(50)  # queued signals delivered
        assert failures == []
    finally:
        assert runner.shutdown()
