"""A task's callbacks are dropped once the widget they touch is gone (closed and deleted).

Before: a lambda touching a dialog had no Qt receiver, so a dialog closed while
its task ran was called after deletion ("Internal C++ object already deleted").
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget
from shiboken6 import isValid

from workbench.ui.app.library_merge import LibraryMerge
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.tasks.store_actions import StoreActions


class ChangeFeed(QObject):
    changes_applied = Signal(object)


class ReportDialog(QDialog):
    """Stands in for the merge report: what the conflict choice's callbacks call."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[str] = []

    def resolution_finished(self, conflict_id: int, choice: str) -> None:
        self.setWindowTitle(f"{conflict_id} {choice}")  # touches the C++ object

    def resolution_failed(self, conflict_id: int, message: str) -> None:
        self.setWindowTitle(message)


@pytest.fixture
def runner(qtbot, library):
    task_runner = TaskRunner(library.path)
    yield task_runner
    assert task_runner.shutdown()


def _hold_the_writer(runner: TaskRunner) -> threading.Event:
    """Keep the writer busy until the returned event is set (the widget goes meanwhile)."""
    release = threading.Event()
    runner.submit("hold", lambda _store, _progress: release.wait(5))
    return release


def _delete(qtbot, widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not isValid(widget), timeout=2000)


def test_a_report_closed_while_its_conflict_choice_runs_is_not_called(
    qtbot, runner, library
) -> None:
    feed = ChangeFeed()
    actions = StoreActions(library, runner, feed.changes_applied)
    merge = LibraryMerge(QMainWindow(), library, runner, actions, feed.changes_applied)
    announced: list[str] = []
    actions.action_failed.connect(lambda _label, text: announced.append(text))
    release = _hold_the_writer(runner)
    dialog = ReportDialog()
    merge.resolve(dialog, 999, "mine")  # no such conflict: its failure comes back
    _delete(qtbot, dialog)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert announced and "999" in announced[0]  # the status bar still hears of it


def test_a_read_whose_panel_is_gone_drops_its_result(qtbot, runner, library) -> None:
    feed = ChangeFeed()
    actions = StoreActions(library, runner, feed.changes_applied)
    panel = QWidget()
    release = _hold_the_writer(runner)
    shown: list[object] = []

    def show(result: object) -> None:
        panel.setWindowTitle(str(result))
        shown.append(result)

    task = actions.read("read", lambda store, _progress: store.documents.count_documents(),
                        show, context=panel)
    _delete(qtbot, panel)
    release.set()
    with qtbot.waitSignal(task.task_finished, timeout=5000):
        pass
    assert shown == []
    kept = QWidget()
    alive = actions.read("read", lambda store, _progress: 7, shown.append, context=kept)
    with qtbot.waitSignal(alive.task_finished, timeout=5000):
        pass
    assert shown == [7]


def test_a_failure_whose_handler_is_gone_goes_to_the_window(qtbot, runner) -> None:
    """Nobody is left to show it in the closed dialog: the standard error dialog does."""
    dialog = QWidget()
    release = _hold_the_writer(runner)

    def broken(_store, _progress):
        raise ValueError("the file vanished")

    errors: list[bool] = []
    runner.task_error.connect(lambda task, _details: errors.append(task.failure_handled))
    task = runner.submit("broken", broken, context=dialog,
                         on_failed=lambda message: dialog.setWindowTitle(message))
    assert task.failure_handled
    _delete(qtbot, dialog)
    release.set()
    qtbot.waitUntil(lambda: errors == [False], timeout=5000)
