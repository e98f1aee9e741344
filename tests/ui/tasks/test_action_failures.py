"""How a failed store action is worded, and who hears of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

from workbench.store import Store
from workbench.ui.tasks.store_actions import StoreActions, error_reason, error_text


class ChangeFeed(QObject):
    changes_applied = Signal(object)


@pytest.mark.parametrize(("message", "reason"), [
    ("UndoConflict: the claims table changed", "the claims table changed"),
    ("workbench.store.merge.MergeRefused: bob.sqlite: a newer schema",
     "bob.sqlite: a newer schema"),
    ("the file is locked: try again", "the file is locked: try again"),
])
def test_a_failure_reads_without_its_exception_name(message: str, reason: str) -> None:
    assert error_reason(message) == reason
    assert error_text(message) == reason[:1].upper() + reason[1:]


def test_a_failed_action_is_told_to_its_caller_and_to_the_window(qtbot) -> None:
    store = Store(":memory:")
    feed = ChangeFeed()
    actions = StoreActions(store, None, feed.changes_applied)
    announced: list[tuple[str, str]] = []
    told: list[str] = []
    actions.action_failed.connect(lambda label, text: announced.append((label, text)))

    def failing(_store: Store) -> None:
        raise LookupError("no conflict 7")

    actions.run("Resolve merge conflict", failing, on_failed=told.append)
    assert told == ["No conflict 7"]
    assert announced == [("Resolve merge conflict", "No conflict 7")]
    store.close()
