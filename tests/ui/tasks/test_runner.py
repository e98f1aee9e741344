"""The task runner: one writer thread, progress and change signals, failures, cancel."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from workbench.core.models import Article
from workbench.ui.tasks.runner import TaskRunner


@pytest.fixture
def runner(qtbot, library):
    task_runner = TaskRunner(library.path)
    yield task_runner
    assert task_runner.shutdown()


def _add_three(store, progress):
    progress.start(3)
    for number in range(3):
        changes = store.documents.add_article(Article(title=f"T{number}", text=f"Text {number}"))
        progress.report_changes(changes)
        progress.step(f"T{number}")
    return threading.current_thread().name


def test_a_task_runs_off_the_ui_thread_and_reports_back(qtbot, runner, library) -> None:
    changes = []
    runner.changes_applied.connect(changes.append)
    progress = []
    task = runner.submit("add", _add_three)
    task.progress_changed.connect(lambda done, total, current: progress.append((done, total)))
    with qtbot.waitSignal(task.task_finished, timeout=5000) as finished:
        pass
    assert finished.args[0] != threading.current_thread().name
    assert library.documents.count_documents() == 3
    qtbot.waitUntil(lambda: sum(len(c.documents_added) for c in changes) == 3)
    assert len(changes) <= 3  # bulk changes arrive merged
    assert progress[-1] == (3, 3)
    assert not runner.busy


def test_a_failure_is_reported_with_one_line(qtbot, runner) -> None:
    def broken(store, progress):
        raise ValueError("the file vanished")

    errors = []
    runner.task_error.connect(lambda task, details: errors.append(details))
    task = runner.submit("broken", broken)
    with qtbot.waitSignal(task.task_failed, timeout=5000) as failed:
        pass
    assert failed.args == ["the file vanished"]
    assert "Traceback" in errors[0]
    done = runner.submit("after", lambda store, progress: "still alive")
    with qtbot.waitSignal(done.task_finished, timeout=5000) as finished:
        pass
    assert finished.args == ["still alive"]


def test_a_full_disk_is_named_in_the_window_as_on_the_command_line(qtbot, runner) -> None:
    """The task's error said "OperationalError: database or disk is full" in the app."""
    def fills_the_disk(store, progress):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13  # SQLITE_FULL
        raise error

    task = runner.submit("import", fills_the_disk)
    with qtbot.waitSignal(task.task_failed, timeout=5000) as failed:
        pass
    assert failed.args[0].startswith("the disk holding the library is full")
    assert "what was saved before is kept" in failed.args[0]


def test_cancel_skips_queued_work(qtbot, runner, library) -> None:
    release = threading.Event()
    blocker = runner.submit("block", lambda store, progress: release.wait(5))
    queued = runner.submit("queued", _add_three)
    queued.cancel()
    release.set()
    with qtbot.waitSignal(queued.task_finished, timeout=5000):
        pass
    assert blocker.cancelled is False and queued.cancelled
    assert library.documents.count_documents() == 0


def test_bulk_changes_are_merged_and_analyst_actions_are_not(qtbot, runner) -> None:
    """Many per-document changes reach the views as few merged ones, in order with actions."""
    from workbench.core.models import Changes

    received: list[Changes] = []
    runner.changes_applied.connect(received.append)
    for doc_id in range(1, 201):
        runner.changes_reported.emit(Changes(documents_added=(doc_id,)))
    runner.changes_reported.emit(Changes(documents_changed=(7,), entities=True))
    action = Changes(annotations=True, note="Highlight", ids=(5,))
    runner.changes_reported.emit(action)
    assert received[-1] is action, "an analyst action is announced at once"
    merged = received[:-1]
    assert len(merged) == 1
    assert merged[0].documents_added == tuple(range(1, 201))
    assert merged[0].documents_changed == (7,) and merged[0].entities
    runner.changes_reported.emit(Changes(documents_added=(300,)))
    assert received[-1] is action, "bulk changes wait for the timer"
    qtbot.waitUntil(lambda: received[-1].documents_added == (300,), timeout=2000)
