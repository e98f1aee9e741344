"""The Timeline dock reads the library off the UI thread and shows only its latest read."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from tests.timeline_support import DATED_ITEMS, build_library
from workbench.core.progress import Progress
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.timeline import view as timeline_view
from workbench.ui.timeline.view import TimelineView


@pytest.fixture
def runner(qtbot, library):
    task_runner = TaskRunner(library.path)
    yield task_runner
    assert task_runner.shutdown()


def _view(qtbot, library, reads) -> TimelineView:
    view = TimelineView(library, ThemeManager(), reads=reads)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_timeline_is_read_on_the_writer_thread(qtbot, library, runner, monkeypatch):
    """Each re-read held the window for 150-380 ms, once a second during an import."""
    build_library(library)
    threads: list[threading.Thread] = []
    gather = timeline_view.gather_timeline

    def watched(*args: Any, **kwargs: Any):
        threads.append(threading.current_thread())
        return gather(*args, **kwargs)

    monkeypatch.setattr(timeline_view, "gather_timeline", watched)
    actions = StoreActions(library, runner, runner.changes_applied)
    view = _view(qtbot, library, actions)
    qtbot.waitUntil(lambda: len(view.shown.items) == DATED_ITEMS, timeout=5000)
    assert threads
    assert all(thread is not threading.main_thread() for thread in threads)
    assert "Vladimir Putin" in view.names.values()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


class _Task:
    cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class _HeldReads:
    """Runs each read at once, but hands its result over only when the test says so."""

    def __init__(self, store) -> None:
        self.store = store
        self.held: list[Callable[[], None]] = []
        self.answers: list[Callable[[Any], None]] = []
        self.tasks: list[_Task] = []

    def read(self, _label: str, call, on_done, context=None) -> _Task:
        result = call(self.store, Progress())
        self.held.append(lambda: on_done(result))
        self.answers.append(on_done)
        self.tasks.append(_Task())
        return self.tasks[-1]


def test_a_read_overtaken_by_a_newer_one_is_not_shown(qtbot, library):
    reads = _HeldReads(library)
    view = _view(qtbot, library, reads)  # the first read: an empty library
    build_library(library)
    view.reload()  # the second: after the change
    assert reads.tasks[0].cancelled
    first, second = reads.held
    second()
    assert len(view.shown.items) == DATED_ITEMS
    first()  # arrives late, showing the library before the change
    assert len(view.shown.items) == DATED_ITEMS
    assert view.undated_list.count() == 2


def test_a_cancelled_read_leaves_the_view_to_read_again(qtbot, library):
    reads = _HeldReads(library)
    view = _view(qtbot, library, reads)
    asked = len(reads.answers)
    reads.answers[-1](None)  # what a task cancelled before it ran hands back
    assert view.stale
    assert view.shown.items == ()  # nothing was shown from it
    # on screen, it reads again once the refresh gap allows (an import's Cancel keeps what
    # the import saved, and the timeline shows it without waiting for the next change)
    qtbot.waitUntil(lambda: len(reads.answers) > asked, timeout=3000)
