"""Import files from the window: queue the import, then analysis, in the writer's bulk lane.

The work functions here are Qt-free closures over ``import_steps`` and
``analysis_steps``: stepped jobs whose files are parsed on a reader thread
and whose spaCy runs in worker processes, while the writer thread stores
the results a few at a time and runs the analyst's actions in between
(``Lane.BULK``), so a Highlight or an Undo made during a large import is
committed at once. Documents reach the library as each one is stored
(``changes_applied``) and light up when their analysis is saved. spaCy never
loads in this process when the app started its warm analysis process
(``warm_analysis``): small jobs run there, large ones in the worker pool.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from workbench.operations.importing import ImportReport, import_steps
from workbench.store import Store
from workbench.ui.tasks import warm_analysis
from workbench.ui.tasks.lanes import Lane
from workbench.ui.tasks.runner import SignalProgress, Task, TaskRunner

AnalysisFunction = Callable[[Store, SignalProgress], Any]


def import_function(paths: Sequence[str | Path], analyze: bool) -> Callable[..., Any]:
    """A stepped task that imports ``paths`` and reports each stored document as a change.

    Links inside dropped or chosen folders are never followed from the window
    (a link to a system file must not become a document); they are listed as skipped.
    """
    chosen = [str(path) for path in paths]

    def run(store: Store, progress: SignalProgress) -> Any:
        return import_steps(store, chosen, analyze=analyze, progress=progress,
                            on_change=progress.report_changes, follow_links=False)

    return run


def analyze_function(store: Store, progress: SignalProgress) -> Any:
    """A stepped task that analyses every pending document, saving each as it finishes.

    Small jobs go to the warm analysis process when the app uses one
    (``warm_analysis``, started here if not yet), so the model never loads in this process.
    """
    from workbench.operations.analysis import analysis_steps

    return analysis_steps(store, progress=progress, on_change=progress.report_changes,
                          worker_niceness=warm_analysis.WORKER_NICENESS,
                          warm=warm_analysis.for_analysis())


def cluster_analyze_function(address: str) -> AnalysisFunction:
    """A stepped task like ``analyze_function`` whose extraction runs on the cluster at ``address``.

    The connection is made on the extraction feed thread, so the writer keeps
    serving analyst actions while a LocalCluster starts or a scheduler answers.
    """
    from workbench.operations.cluster_analysis import cluster_analysis_steps, parse_cluster_address

    parsed = parse_cluster_address(address)

    def run(store: Store, progress: SignalProgress) -> Any:
        return cluster_analysis_steps(store, parsed, progress=progress,
                                      on_change=progress.report_changes)

    return run


class ImportController(QObject):
    """Starts imports and the analysis that follows; reports progress and outcomes."""

    import_started = Signal(str)
    import_progressed = Signal(int, int, str)
    import_finished = Signal(object)
    import_failed = Signal(str)
    analysis_started = Signal()
    analysis_progressed = Signal(int, int, str)
    analysis_finished = Signal(object)
    analysis_failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None,
                 analyze: bool = True) -> None:
        super().__init__(parent)
        self.runner = runner
        self.analyze = analyze
        self.analysis: AnalysisFunction = analyze_function
        self.current: Task | None = None
        self.analysis_task: Task | None = None
        self._again = False  # documents were marked pending after the queued run claimed its own

    def use_cluster(self, address: str) -> None:
        """Run later analyses on the cluster at ``address`` ("" or unusable: this computer)."""
        from workbench.operations.cluster_analysis import ClusterUnavailable

        try:
            self.analysis = cluster_analyze_function(address) if address else analyze_function
        except ClusterUnavailable:
            self.analysis = analyze_function

    def import_paths(self, paths: Sequence[str | Path], description: str = "") -> Task:
        """Queue an import of files and folders; analysis follows when it is on."""
        label = description or _describe(paths)
        task = self.runner.submit(f"Importing {label}", import_function(paths, self.analyze),
                                  on_finished=self._on_import_finished,
                                  on_failed=self.import_failed.emit, lane=Lane.BULK)
        task.progress_changed.connect(self.import_progressed)
        self.current = task
        self.import_started.emit(label)
        return task

    def analyze_pending(self) -> Task | None:
        """Queue analysis of pending documents; one already queued is followed by another.

        A run claims the pending documents when it starts, so documents marked
        while it runs (Tools → Analyse Outdated Documents…) need the next one.
        """
        if self.analysis_task is not None:
            self._again = True
            return None
        task = self.runner.submit("Analysing documents", self.analysis,
                                  on_finished=self._on_analysis_finished,
                                  on_failed=self._on_analysis_failed, lane=Lane.BULK)
        task.progress_changed.connect(self.analysis_progressed)
        self.analysis_task = task
        self.analysis_started.emit()
        return task

    def cancel(self) -> None:
        """Stop the running import and any analysis; what was stored stays whole."""
        for task in (self.current, self.analysis_task):
            if task is not None:
                task.cancel()

    def _on_import_finished(self, report: ImportReport | None) -> None:
        task, self.current = self.current, None
        cancelled = report is None or report.cancelled or (task is not None and task.cancelled)
        self.import_finished.emit(report)
        if self.analyze and not cancelled:
            self.analyze_pending()

    def _on_analysis_finished(self, report: Any) -> None:
        task, self.analysis_task = self.analysis_task, None
        again, self._again = self._again, False
        self.analysis_finished.emit(report)
        cancelled = getattr(report, "cancelled", False) or (task is not None and task.cancelled)
        if again and not cancelled:
            self.analyze_pending()

    def _on_analysis_failed(self, message: str) -> None:
        self.analysis_task, self._again = None, False
        self.analysis_failed.emit(message)


def _describe(paths: Sequence[str | Path]) -> str:
    if len(paths) == 1:
        return Path(paths[0]).name or str(paths[0])
    return f"{len(paths)} items"
