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


def test_with_a_gap_a_burst_reads_once_after_the_gap(qtbot) -> None:
    view = _shown(qtbot, _Counting(gap=0.3))
    for _ in range(5):
        view.on_changes(Changes())
    assert view.reads == 1 and view.stale  # the show just read: the burst waits
    qtbot.waitUntil(lambda: not view.stale, timeout=3000)
    assert view.reads == 2


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
