"""File → Merge Library… in the window: menus, the writer's bulk lane, progress, cancel, report.

These tests stand a recording function in for ``operations.merge.merge_file``
to see *where* and *how* the window runs it; ``test_merge_end_to_end.py``
merges real libraries with the real engine.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.ui.probes import shortcut_rows
from workbench.core.merge_records import MergeConflict, MergeReport
from workbench.core.models import Changes
from workbench.core.progress import Progress
from workbench.operations.merge import MergeRefused
from workbench.store import Store
from workbench.ui.app import library_merge
from workbench.ui.dialogs.merge_report import MergeReportDialog

REPORT = MergeReport("bob.sqlite", 3, {"annotations": 2}, {"documents": 1},
                     (MergeConflict(1, "note", "note on x", "a", "b", "Alice", "Bob"),))


def test_merge_library_is_in_the_file_menu_and_conflicts_in_tools(qtbot, library,
                                                                   open_window) -> None:
    window = open_window(library)
    menus = {action.text().replace("&", ""): action.menu()
             for action in window.menuBar().actions()}
    assert "&Merge Library…" in [a.text() for a in menus["File"].actions()]
    assert "&Merge Conflicts…" in [a.text() for a in menus["Tools"].actions()]
    assert window.actions["merge_library"].shortcut().toString() == "Ctrl+Alt+M"
    assert ("Merge Library", "Ctrl+Alt+M") in shortcut_rows(window)
    window.close()


def test_the_merge_runs_on_the_writer_thread_then_the_report_opens(
        qtbot, library, open_window, settle, monkeypatch, tmp_path) -> None:
    seen: list[tuple[Path, bool, int]] = []

    def recording_merge(store: Store, path: Path,
                        progress: Progress) -> tuple[MergeReport, Changes]:
        progress.start(2)
        progress.step("documents")
        seen.append((path, threading.current_thread() is threading.main_thread(),
                     id(store)))
        progress.step("annotations")
        return REPORT, Changes(documents_added=(7,))

    monkeypatch.setattr(library_merge, "merge_file_changes", recording_merge)
    window = open_window(library)
    merging = window.workspace.merging
    applied: list[object] = []
    window.changes_applied.connect(applied.append)
    task = merging.merge(tmp_path / "bob.sqlite")
    assert task is not None and task.lane.name == "BULK"
    assert window.work_progress.isVisible()
    assert window.work_progress.title.text() == "Merging bob.sqlite"
    qtbot.waitUntil(lambda: bool(merging.dialogs), timeout=5000)
    settle(window)
    assert seen == [(tmp_path / "bob.sqlite", False, seen[0][2])]
    assert seen[0][2] != id(library)  # the writer's own store, not the UI's
    assert not window.work_progress.isVisible()
    dialog = merging.dialogs[0]
    assert isinstance(dialog, MergeReportDialog) and dialog.report is REPORT
    merged = [change for change in applied if getattr(change, "note", "") == "Merge bob.sqlite"]
    assert merged and merged[0].documents_added == (7,)  # the library lists what was added
    assert window.statusBar().currentMessage().startswith("Merged bob.sqlite: 2 items added")
    window.close()


def test_a_cancelled_merge_says_the_library_is_unchanged(qtbot, library, open_window, settle,
                                                         monkeypatch, tmp_path) -> None:
    started = threading.Event()

    def slow_merge(store: Store, path: Path, progress: Progress) -> tuple[MergeReport, Changes]:
        progress.start(1000)
        started.set()
        while True:
            progress.step("annotations")  # raises Cancelled once Cancel is pressed
            threading.Event().wait(0.005)

    monkeypatch.setattr(library_merge, "merge_file_changes", slow_merge)
    window = open_window(library)
    window.workspace.merging.merge(tmp_path / "bob.sqlite")
    qtbot.waitUntil(started.is_set, timeout=5000)
    window.work_progress.cancel_button.click()
    settle(window)
    assert window.workspace.merging.dialogs == []
    assert window.statusBar().currentMessage() == "Merge cancelled; the library is as it was"
    assert not window.work_progress.isVisible()
    window.close()


def test_a_refused_file_is_one_clear_message(qtbot, library, open_window, settle,
                                             monkeypatch, tmp_path) -> None:
    def refusing_merge(store: Store, path: Path, progress: Progress) -> tuple[MergeReport, Changes]:
        raise MergeRefused(f"{path.name}: written by a newer Analyst Workbench")

    monkeypatch.setattr(library_merge, "merge_file_changes", refusing_merge)
    window = open_window(library)
    window.workspace.merging.merge(tmp_path / "future.sqlite")
    settle(window)
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert [box.windowTitle() for box in boxes] == ["Merge Not Possible"]
    assert boxes[0].text() == ("future.sqlite: written by a newer Analyst Workbench\n\n"
                               "Nothing in this library was changed.")
    assert window.workspace.merging.dialogs == []
    window.close()


def test_merge_conflicts_opens_one_window_of_the_open_conflicts(qtbot, library, open_window,
                                                                monkeypatch) -> None:
    open_now = [REPORT.conflicts[0]]
    monkeypatch.setattr(library_merge, "open_conflicts", lambda store: list(open_now))
    window = open_window(library)
    window.actions["merge_conflicts"].trigger()
    window.actions["merge_conflicts"].trigger()
    dialogs = window.workspace.merging.dialogs
    assert len(dialogs) == 1 and dialogs[0].windowTitle() == "Merge Conflicts"
    assert list(dialogs[0].conflicts.rows) == [1]
    window.close()
    assert window.workspace is None or window.workspace.merging.dialogs == []


def test_merge_conflicts_is_off_until_a_merge_leaves_one_open(qtbot, library, open_window,
                                                              monkeypatch) -> None:
    """It was on in a library no merge had touched, and opened an empty window."""
    open_now: list[MergeConflict] = []
    monkeypatch.setattr(library_merge, "open_conflicts", lambda store: list(open_now))
    window = open_window(library)
    action = window.actions["merge_conflicts"]
    assert not action.isEnabled() and library_merge.NO_CONFLICTS in action.toolTip()
    open_now.append(REPORT.conflicts[0])
    window.changes_applied.emit(Changes(annotations=True))  # no conflict changed: no recount
    assert not action.isEnabled()
    window.changes_applied.emit(Changes(conflicts=True))  # a merge, a resolution, an Undo
    assert action.isEnabled() and library_merge.NO_CONFLICTS not in action.toolTip()
    open_now.clear()
    window.changes_applied.emit(Changes(conflicts=True))
    assert not action.isEnabled()
    window.close()
