"""How a failed store action is worded, and who hears of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

from workbench.store import MergeRefused, Store, UndoConflict
from workbench.ui.tasks.runner import TaskRunner, failure_text
from workbench.ui.tasks.store_actions import StoreActions, error_text


class ChangeFeed(QObject):
    changes_applied = Signal(object)


@pytest.mark.parametrize(("error", "text"), [
    (UndoConflict("the claims table changed"), "the claims table changed"),
    (MergeRefused("bob.sqlite: a newer schema"), "bob.sqlite: a newer schema"),
    (ValueError("Note: the text is empty"), "Note: the text is empty"),  # lost "Note: "
    (LookupError(), "LookupError"),  # no words of its own: its class says what happened
    (ValueError("  two\nlines  "), "two\nlines"),
])
def test_a_failure_reads_as_its_exception_says(error: Exception, text: str) -> None:
    assert failure_text(error) == text
    assert error_text(failure_text(error)) == text[:1].upper() + text[1:]


def test_the_runner_keeps_what_the_task_raised(qtbot, library) -> None:
    runner = TaskRunner(library.path)
    refusal = MergeRefused("bob.sqlite: a newer schema")

    def refused(_store: Store, _progress: object) -> None:
        raise refusal

    task = runner.submit("Merge bob.sqlite", refused, on_failed=lambda _message: None)
    with qtbot.waitSignal(task.task_failed, timeout=5000) as failed:
        pass
    assert failed.args == ["bob.sqlite: a newer schema"]
    assert task.exception is refusal
    assert runner.shutdown()


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
