"""Run Qt-free store work on one writer thread, analyst actions first, and report back by signals.

Why one thread: sqlite3 connections are bound to the thread that opened them
and the library must have a single writer (Anki's collection executor,
datasette's write thread). The writer thread opens its own ``Store`` on the
library file; the UI keeps its own Store for reads (WAL lets both work at once).

A task is a plain function ``fn(store, progress) -> result`` that never touches
widgets. Its ``Progress`` is adapted to signals; after each mutation the
function may call ``progress.report_changes(changes)`` and every view hears
one ``changes_applied`` signal. The writer thread only emits the runner's
private signals, which are queued to the runner on the UI thread and re-emitted
there: every public signal (runner's and Task's) fires on the UI thread, so
any receiver, even a plain function, runs on the UI thread.

Two lanes (``Lane``): analyst actions (Highlight, Claim, Undo …) go in the
ACTION lane and always run first; long work (import, analysis, backup,
slow reads) goes in the BULK lane, one job at a time. A bulk job whose
function returns a generator is *stepped*: each step writes a little and
yields, and between two steps the writer runs every queued action, so an
action waits for at most the step in progress, never for a whole import.
"""

from __future__ import annotations

import sqlite3
import time
import traceback
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from shiboken6 import isValid

from workbench.core.authorship import Author
from workbench.core.models import Changes
from workbench.core.progress import Cancelled, Progress
from workbench.store import BadValue, Store, library_error_text
from workbench.ui.tasks.lanes import Lane, Lanes, Stepping

TaskFunction = Callable[[Store, "SignalProgress"], Any]
_PROGRESS_INTERVAL = 0.05
# Bulk changes (import, analysis) reach the views at most this often, merged.
CHANGES_INTERVAL_MS = 100


class Task(QObject):
    """One submitted unit of work; its signals arrive on the UI thread."""

    progress_changed = Signal(int, int, str)
    task_finished = Signal(object)
    task_failed = Signal(str)

    def __init__(self, name: str, function: TaskFunction, lane: Lane = Lane.ACTION,
                 context: QObject | None = None) -> None:
        super().__init__()
        self.name = name
        self.function = function
        self.lane = lane
        self.context = context
        """The object the submitter's callbacks touch; once it is destroyed they are dropped."""
        self.progress = SignalProgress(self)
        self.cancelled = False
        self.failure_handled = False
        self.exception: BaseException | None = None
        """What the function raised, kept whole (its class, its message), for whoever asks."""
        self.error: str | None = None
        """The failure in words to show (``failure_text`` of ``exception``)."""

    def cancel(self) -> None:
        """Ask the task to stop at its next progress step (any thread)."""
        self.cancelled = True
        self.progress.cancel()

    @property
    def context_gone(self) -> bool:
        """Whether the callbacks' context object was destroyed (its widget closed and deleted)."""
        return self.context is not None and not isValid(self.context)


def while_alive(callback: Callable[..., None], context: QObject | None) -> Callable[..., None]:
    """``callback``, dropped once ``context`` is destroyed (a plain ``callback`` without one).

    Why: a lambda that touches a widget has no Qt receiver, so Qt cannot
    disconnect it when the widget goes; if the analyst closes a dialog while its
    task runs, the task's end would call into a deleted C++ object
    ("Internal C++ object already deleted"). Bound methods of a QObject are
    dropped by Qt itself; lambdas need their widget named as ``context``.
    """
    if context is None:
        return callback

    def call(*args: object) -> None:
        if isValid(context):
            callback(*args)

    return call


class SignalProgress(Progress):
    """A ``Progress`` that turns updates into (throttled) task signals."""

    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self._last_emit = 0.0
        self.changes_reporter: Callable[[Changes], None] | None = None
        self.progress_reporter: Callable[[Task, int, int, str], None] | None = None

    def report_changes(self, changes: Changes) -> None:
        """Announce a finished mutation; views refresh lazily on ``changes_applied``."""
        if self.changes_reporter is not None:
            self.changes_reporter(changes)

    def _notify(self) -> None:
        now = time.monotonic()
        final = self.total and self.done >= self.total
        if final or self.done == 0 or now - self._last_emit >= _PROGRESS_INTERVAL:
            self._last_emit = now
            if self.progress_reporter is not None:
                self.progress_reporter(self._task, self.done, self.total, self.current)


class WriterThread(QThread):
    """Owns the write Store; runs every queued action, then one step of the bulk job, again."""

    def __init__(self, runner: TaskRunner, db_path: Path, author: Author | None = None,
                 bad_values: list[BadValue] | None = None) -> None:
        super().__init__()
        self.setObjectName("workbench-writer")
        self._runner = runner
        self._db_path = db_path
        self._author = author
        self._bad_values = bad_values
        self.lanes: Lanes[Task] = Lanes()
        self._bulk: Stepping[Task] | None = None

    def run(self) -> None:
        """Open the Store on this thread, run tasks until the lanes close, close it."""
        store = Store(self._db_path, author=self._author, bad_values=self._bad_values)
        try:
            self._serve(store)
        finally:
            if self._bulk is not None:
                self._bulk.steps.close()
            store.close()

    def _serve(self, store: Store) -> None:
        while True:
            action = self.lanes.take_action()
            if action is not None:
                self._run_one(store, action)
            elif self._bulk is not None:
                self._step_bulk()
            else:
                task = self.lanes.take()
                if task is None:
                    return
                self._start(store, task)

    def _start(self, store: Store, task: Task) -> None:
        """Run an action or a plain bulk job whole; keep a stepped bulk job for its steps."""
        if task.lane is Lane.ACTION:
            self._run_one(store, task)
            return
        if task.cancelled:
            self._runner.task_done.emit(task, None)
            return
        outcome = self._call(task, lambda: task.function(store, task.progress))
        if isinstance(outcome, Generator):
            self._bulk = Stepping(task, outcome)
        elif outcome is not _FAILED:
            self._runner.task_done.emit(task, outcome)

    def _step_bulk(self) -> None:
        """One step of the bulk job; while it waits for its feed, wait for an action too.

        A step that raised ``Cancelled`` left its generator exhausted: the
        next step finishes the job with a None result.
        """
        bulk = self._bulk
        assert bulk is not None
        outcome = self._call(bulk.task, bulk.advance)
        if outcome is _FAILED:
            self._bulk = None
        elif bulk.finished:
            self._bulk = None
            self._runner.task_done.emit(bulk.task, bulk.result)
        elif outcome is not None:
            self.lanes.wait_for_action_or(outcome)

    def _run_one(self, store: Store, task: Task) -> None:
        if task.cancelled:
            self._runner.task_done.emit(task, None)
            return
        result = self._call(task, lambda: task.function(store, task.progress))
        if result is not _FAILED:
            self._runner.task_done.emit(task, result)

    def _call(self, task: Task, call: Callable[[], Any]) -> Any:
        """``call()``; a cancel gives None, a failure is reported and gives ``_FAILED``."""
        try:
            return call()
        except Cancelled:
            task.cancelled = True
            return None
        except Exception as error:  # noqa: BLE001 - every failure is reported, none kills the thread
            task.exception, task.error = error, failure_text(error)
            self._runner.task_crashed.emit(task, traceback.format_exc())
            return _FAILED


_FAILED = object()


def failure_text(error: BaseException) -> str:
    """A failure in the words to show: the exception's own, its class name only when it has none.

    Why from the exception and not from a formatted line: "MergeRefused: bob.sqlite: …"
    had to be parsed back into its message, which kept the class of a message-less
    error and cut the first word off a message reading "word: …". A library
    error (a full disk) says what happened and that the saved work is kept.
    """
    if isinstance(error, sqlite3.Error):
        return library_error_text(error)
    return str(error).strip() or type(error).__name__


class TaskRunner(QObject):
    """Serial executor for store mutations; the only writer of the library.

    ``task_error(task, traceback)`` fires for every failure; the window shows
    the standard error dialog for tasks whose submitter passed no ``on_failed``.
    """

    changes_applied = Signal(object)
    task_error = Signal(object, str)
    busy_changed = Signal(bool)
    # Emitted on the writer thread only; relayed on the UI thread by the slots below.
    task_done = Signal(object, object)
    task_crashed = Signal(object, str)
    progress_reported = Signal(object, int, int, str)
    changes_reported = Signal(object)

    def __init__(self, db_path: str | Path, parent: QObject | None = None,
                 author: Author | None = None, bad_values: list[BadValue] | None = None) -> None:
        super().__init__(parent)
        # ``bad_values``: what the window's Store of this file found (``Store.bad_values``);
        # the writer's Store takes it instead of scanning the tables again.
        self._thread = WriterThread(self, Path(db_path), author, bad_values)
        self._tasks: list[Task] = []
        self.task_done.connect(self._on_done)
        self.task_crashed.connect(self._on_error)
        self.progress_reported.connect(self._on_progress)
        self.changes_reported.connect(self._on_changes)
        self._pending_changes: Changes | None = None
        self._changes_timer = QTimer(self)
        self._changes_timer.setSingleShot(True)
        self._changes_timer.setInterval(CHANGES_INTERVAL_MS)
        self._changes_timer.timeout.connect(self.flush_changes)
        self._thread.start()

    @property
    def busy(self) -> bool:
        """Whether any task is queued or running."""
        return bool(self._tasks)

    @property
    def tasks(self) -> list[Task]:
        """Tasks queued or running, oldest first."""
        return list(self._tasks)

    def submit(self, name: str, function: TaskFunction,  # noqa: PLR0913 - all but two optional
               on_finished: Callable[[Any], None] | None = None,
               on_failed: Callable[[str], None] | None = None,
               lane: Lane = Lane.ACTION, context: QObject | None = None) -> Task:
        """Queue ``function(store, progress)`` on the writer thread and return its Task.

        ``lane`` says whether this is an analyst action (run before any bulk
        step) or long work (``Lane.BULK``: one job at a time, stepped when
        ``function`` returns a generator; its return value is the result).
        ``context``: the QObject the callbacks touch (a lambda's widget); once it
        is destroyed they are not called (``while_alive``), and a failure nobody
        is left to show goes to the standard error dialog.
        """
        task = Task(name, function, lane, context)
        task.progress.changes_reporter = self.changes_reported.emit
        task.progress.progress_reporter = self.progress_reported.emit
        if on_finished is not None:
            task.task_finished.connect(while_alive(on_finished, context))
        if on_failed is not None:
            task.failure_handled = True
            task.task_failed.connect(while_alive(on_failed, context))
        self._tasks.append(task)
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)
        self._thread.lanes.put(task, lane)
        return task

    def act_as(self, author: Author | None) -> Task:
        """Sign every later action with ``author`` (queued: actions already waiting keep theirs)."""
        return self.submit("Sign as", lambda store, _progress: store.authors.act_as(author))

    def cancel_all(self) -> None:
        """Cancel the running task and everything queued behind it."""
        for task in self._tasks:
            task.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel all work, stop the writer thread and wait for it; True if it stopped."""
        self.cancel_all()
        if not self._thread.isRunning():
            return True
        self._thread.lanes.close()
        return self._thread.wait(timeout_ms)

    def flush_changes(self) -> None:
        """Announce the merged bulk changes waiting to be shown, if any."""
        self._changes_timer.stop()
        pending, self._pending_changes = self._pending_changes, None
        if pending is not None:
            self.changes_applied.emit(pending)

    def _on_changes(self, changes: Changes) -> None:
        """Analyst actions go out at once; bulk changes are merged for up to 100 ms.

        Why: an import of 1,000 articles stores one a millisecond, and every
        ``changes_applied`` runs each view's handler on the UI thread; one
        signal per document queued up behind the event loop's timers and
        input and froze the window for 50–60 ms at a time.
        """
        if changes.is_analyst_action:
            self.flush_changes()
            self.changes_applied.emit(changes)
            return
        pending = self._pending_changes
        self._pending_changes = changes if pending is None else pending.merged_with(changes)
        if not self._changes_timer.isActive():
            self._changes_timer.start()

    def _on_done(self, task: Task, result: object) -> None:
        self.flush_changes()
        self._forget(task)
        task.task_finished.emit(result)

    def _on_error(self, task: Task, details: str) -> None:
        self.flush_changes()
        self._forget(task)
        if task.context_gone:  # its on_failed is dropped: the window's dialog tells instead
            task.failure_handled = False
        self.task_error.emit(task, details)
        task.task_failed.emit(task.error or "the task failed")

    def _on_progress(self, task: Task, done: int, total: int, current: str) -> None:
        task.progress_changed.emit(done, total, current)

    def _forget(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        if not self._tasks:
            self.busy_changed.emit(False)
