"""LazyRefreshWidget: stale while hidden, reload when seen, throttled when it asks to be."""

from __future__ import annotations

import gc

from workbench.core.models import Changes
from workbench.ui.widgets.lazy_refresh import LazyRefreshWidget, collection_paused


class _Counting(LazyRefreshWidget):
    def __init__(self, gap: float = 0.0) -> None:
        super().__init__()
        self.refresh_gap_s = gap
        self.reads = 0

    def on_changes(self, changes: Changes) -> None:
        self.mark_stale()

    def reload(self) -> None:
        self.reads += 1
        self.stale = False


def _shown(qtbot, view: _Counting) -> _Counting:
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_hidden_view_reads_once_when_shown(qtbot) -> None:
    view = _Counting()
    qtbot.addWidget(view)
    for _ in range(3):
        view.on_changes(Changes())
    assert view.reads == 0 and view.stale
    view.show()
    qtbot.waitExposed(view)
    assert view.reads == 1 and not view.stale


def test_without_a_gap_every_change_reads_at_once(qtbot) -> None:
    view = _shown(qtbot, _Counting())
    for _ in range(3):
        view.on_changes(Changes())
    assert view.reads == 4  # the first show, then each change


class _Clock:
    """A steady clock the test moves by hand (the throttle reads it instead of sleeping)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_with_a_gap_a_burst_reads_once_after_the_gap(qtbot) -> None:
    clock = _Clock()
    view = _Counting(gap=0.3)
    view.clock = clock
    _shown(qtbot, view)
    assert view.reads == 1  # the show read at t = 100.0
    clock.now = 100.1
    for _ in range(5):
        view.on_changes(Changes())
    timer = view._reload_timer
    assert view.reads == 1 and view.stale  # the burst waits for the rest of the gap
    assert timer.isActive() and timer.interval() == 200
    clock.now = 100.3
    timer.stop()
    timer.timeout.emit()  # what the timer does when the gap is over
    assert view.reads == 2 and not view.stale


def test_after_the_gap_a_change_reads_at_once(qtbot) -> None:
    clock = _Clock()
    view = _Counting(gap=0.3)
    view.clock = clock
    _shown(qtbot, view)
    clock.now = 100.5
    view.on_changes(Changes())
    assert view.reads == 2 and not view._reload_timer.isActive()


def test_collection_is_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collection_stays_off_after_when_it_was_off_before() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
