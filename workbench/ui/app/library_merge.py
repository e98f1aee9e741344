"""File → Merge Library… and Tools → Merge Conflicts…: another analyst's work into this library.

Why it runs as a bulk job on the writer: a merge reads a whole other library
and writes in one transaction (atomic, one undoable action), which takes
seconds on a large library; on the writer thread's bulk lane the window stays
responsive, its progress shows in the status bar with Cancel (a cancelled
merge leaves the library as it was), and the analyst's own actions wait only
for it. The merge itself is ``operations.merge.merge_file``, the same call as
``workbench merge``; each conflict choice is ``resolve_conflict``, run as an
analyst action so Edit → Undo takes it back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow

from workbench.core.merge_records import MergeReport
from workbench.core.models import Changes
from workbench.core.progress import Progress
from workbench.operations.merge import merge_file_changes, open_conflicts, resolve_conflict
from workbench.store import Store
from workbench.ui.app.status_messages import show_status
from workbench.ui.dialogs.merge_report import MergeReportDialog, headline
from workbench.ui.dialogs.standard import show_error
from workbench.ui.tasks.lanes import Lane
from workbench.ui.tasks.runner import SignalProgress, Task, TaskRunner, failure_text
from workbench.ui.tasks.store_actions import StoreActions

#: Why Tools → Merge Conflicts… is off: there is nothing to open yet.
NO_CONFLICTS = "No open conflicts: a merge that finds any leaves them here to resolve"

MERGE_FILTER = ("Libraries and JSON exports (*.sqlite *.db *.json);;"
                "Analyst Workbench library (*.sqlite *.db);;JSON export or bundle (*.json);;"
                "All files (*)")


def merge_changes(report: MergeReport, written: Changes | None = None) -> Changes:
    """What a merge that wrote something touched, for every view to refresh itself.

    Why every topic: a merge can bring documents, annotations, tags, claims,
    links, grades, entity curation and ACH work at once; the report counts
    them but does not list their ids, and each view reloads lazily anyway.
    The documents the merge added and changed come from ``written`` (the
    store's record of the merge), so the library lists them and refills its
    source choices.
    """
    documents = written or Changes()
    return Changes(documents_added=documents.documents_added,
                   documents_changed=documents.documents_changed,
                   entities=True, annotations=True, tags=True, claims=True, ach=True,
                   conflicts=True, note=f"Merge {report.source}")


def merge_function(path: Path) -> Callable[[Store, SignalProgress], MergeReport]:
    """The merge task (writer thread; never touches widgets): merge, then announce the changes."""

    def run(store: Store, progress: SignalProgress) -> MergeReport:
        report, written = merge_file_changes(store, path, progress)
        if report.changed_anything:
            progress.report_changes(merge_changes(report, written))
        return report

    return run


class LibraryMerge(QObject):
    """Starts merges, shows their reports, and runs conflict choices through ``StoreActions``.

    The window's progress strip follows ``merge_started`` / ``merge_progressed``
    / ``merge_ended``; open report dialogs follow ``changes_applied`` (an Undo
    of a choice reopens its conflict there).
    """

    merge_started = Signal(str)
    merge_progressed = Signal(int, int, str)
    merge_ended = Signal()

    def __init__(self, window: QMainWindow, store: Store, runner: TaskRunner | None,
                 actions: StoreActions, changes_applied: SignalInstance,
                 undo: QAction | None = None) -> None:
        super().__init__(window)
        self.window, self.store, self.runner = window, store, runner
        self.actions, self.changes_applied, self.undo = actions, changes_applied, undo
        self.task: Task | None = None
        self.dialogs: list[MergeReportDialog] = []
        self._show_open: Callable[[str | None], None] | None = None

    def follow_open_conflicts(self, show: Callable[[str | None], None]) -> None:
        """Say now and after every change to the conflicts whether any is open: ``show``
        gets None, or why Tools → Merge Conflicts… is off (``NO_CONFLICTS``).

        Why: it was on in a library no merge ever touched and opened an empty window.
        A merge, a resolution and their Undo announce ``Changes.conflicts``, so the
        action comes on the moment a merge leaves one open, off when the last is resolved.
        """
        self._show_open = show
        self.changes_applied.connect(self._recount_open)
        self._recount_open(Changes(conflicts=True))

    def _recount_open(self, changes: Changes) -> None:
        if self._show_open is not None and changes.conflicts:
            self._show_open(None if open_conflicts(self.store) else NO_CONFLICTS)

    def choose_file(self) -> None:
        """File → Merge Library…: pick a library or a JSON export/bundle, then merge it."""
        path, _ = QFileDialog.getOpenFileName(self.window, "Merge Library", "", MERGE_FILTER)
        if path:
            self.merge(Path(path))

    def merge(self, path: Path) -> Task | None:
        """Merge ``path`` on the writer's bulk lane (inline when the library has no writer)."""
        if self.task is not None:
            show_status(self.window.statusBar(), "A merge is already running")
            return None
        self.merge_started.emit(f"Merging {path.name}")
        if self.runner is None:
            self._merge_here(path)
            return None
        self.task = self.runner.submit(f"Merge {path.name}", merge_function(path),
                                       on_finished=self._merged, on_failed=self._refused,
                                       lane=Lane.BULK)
        self.task.progress_changed.connect(self.merge_progressed)
        return self.task

    def _merge_here(self, path: Path) -> None:
        """No writer thread (an in-memory library): the same merge, on this store."""
        try:
            report, written = merge_file_changes(self.store, path, Progress())
        except (ValueError, OSError) as error:
            self._refused(failure_text(error))
            return
        if report.changed_anything:
            self.changes_applied.emit(merge_changes(report, written))
        self._merged(report)

    def _merged(self, report: MergeReport | None) -> None:
        self.task = None
        self.merge_ended.emit()
        if report is None:
            show_status(self.window.statusBar(), "Merge cancelled; the library is as it was")
            return
        show_status(self.window.statusBar(), headline(report))
        self.show_report(report)

    def _refused(self, message: str) -> None:
        self.task = None
        self.merge_ended.emit()
        show_error(self.window, "Merge Not Possible",
                   f"{message}\n\nNothing in this library was changed.")

    # -- reports and conflicts -----------------------------------------------------

    def show_report(self, report: MergeReport | None) -> MergeReportDialog:
        """Open a merge's report, or (None) Tools → Merge Conflicts… with the open conflicts."""
        if report is None:
            for dialog in self.dialogs:
                if dialog.report is None:
                    dialog.refresh()
                    dialog.raise_()
                    dialog.activateWindow()
                    return dialog
        dialog: MergeReportDialog

        def resolve(conflict_id: int, choice: str) -> None:
            self.resolve(dialog, conflict_id, choice)  # bound below, before any click

        dialog = MergeReportDialog(report, resolve, lambda: open_conflicts(self.store),
                                   parent=self.window)
        if self.undo is not None:
            dialog.addAction(self.undo)  # Ctrl+Z works while the report has the focus
        self.changes_applied.connect(dialog.on_changes)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def resolve(self, dialog: MergeReportDialog, conflict_id: int, choice: str) -> None:
        """Keep mine / theirs / both: one analyst action on the writer, undoable."""
        self.actions.run(
            "Resolve merge conflict",
            lambda store: resolve_conflict(store, conflict_id, choice),
            on_done=lambda _changes: dialog.resolution_finished(conflict_id, choice),
            on_failed=lambda message: dialog.resolution_failed(conflict_id, message),
            context=dialog)

    def _forget(self, dialog: MergeReportDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
            self.changes_applied.disconnect(dialog.on_changes)
            dialog.deleteLater()

    def close(self) -> None:
        """The library is closing: close its reports (the runner cancels a running merge)."""
        for dialog in list(self.dialogs):
            dialog.close()
            self._forget(dialog)
        if self._show_open is not None:  # the window's signal outlives this library
            self.changes_applied.disconnect(self._recount_open)
            self._show_open = None
