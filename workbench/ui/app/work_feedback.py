"""What the window shows about background work: progress, summaries, failures.

Why apart from the window: the window wires panes, menus and the library session;
telling the analyst how an import or analysis went (status line, progress widget,
the import summary dialog, opening the first imported document) is one concern of
its own, fed only by the import controller's signals.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

from workbench.core.text import plural
from workbench.operations.importing import ImportReport
from workbench.ui.app.library_merge import LibraryMerge
from workbench.ui.app.status_messages import show_status
from workbench.ui.dialogs.standard import show_error
from workbench.ui.library.pane import LibraryPane
from workbench.ui.tasks import warm_analysis
from workbench.ui.tasks.import_controller import ImportController
from workbench.ui.tasks.import_views import ImportSummaryDialog, WorkProgressWidget, summary_line


class WorkFeedback:
    """Follows one library session's imports and analyses for ``window``."""

    def __init__(self, window: QMainWindow, progress: WorkProgressWidget,
                 library: LibraryPane) -> None:
        self.window = window
        self.progress = progress
        self.library = library
        self.imports: ImportController | None = None
        self.import_summary: ImportSummaryDialog | None = None

    def follow(self, imports: ImportController) -> None:
        """Show the progress and outcome of everything ``imports`` runs."""
        self.imports = imports
        imports.import_started.connect(lambda label: self.progress.start(f"Importing {label}"))
        imports.import_progressed.connect(self.progress.update_progress)
        imports.import_finished.connect(self.import_finished)
        imports.import_failed.connect(self.import_failed)
        imports.analysis_started.connect(self.analysis_started)
        imports.analysis_progressed.connect(self.progress.update_progress)
        imports.analysis_finished.connect(self.analysis_finished)
        imports.analysis_failed.connect(self.analysis_failed)

    def analysis_started(self) -> None:
        """A busy strip names the model's loading only when it loads, not on every analysis:
        the warm process has not loaded it yet, or the run is large enough for a fresh pool."""
        loads = warm_analysis.model_loads_for(self.library.store.analysis.count_pending())
        waiting = "Loading the language model…" if loads else ""
        self.progress.start("Analysing", "word", waiting=waiting)

    def follow_merges(self, merging: LibraryMerge) -> None:
        """Show a running merge in the progress strip (its Cancel stops it, nothing kept)."""
        merging.merge_started.connect(self.progress.start)
        merging.merge_progressed.connect(self.progress.update_progress)
        merging.merge_ended.connect(self.progress.finish)

    def import_finished(self, report: ImportReport | None) -> None:
        if self.imports is None or self.imports.analysis_task is None:
            self.progress.finish()
        if report is None:
            return
        self.library.model.refresh()
        show_status(self.window.statusBar(), summary_line(report))
        # A later event-loop turn: together with the refresh it froze the window ~45 ms.
        first = report.imported[0] if report.imported else None
        QTimer.singleShot(0, self.window, lambda: self.open_first_if_none(first))
        if (report.failed or report.duplicates or report.skipped or report.undated
                or report.warnings or report.cancelled or report.ach_parts()):
            self.import_summary = ImportSummaryDialog(report, self.window)
            self.import_summary.show()

    def open_first_if_none(self, imported: int | None = None) -> None:
        """Nothing open yet: read the first file imported (the seed article on first run)."""
        if self.library.selected_document is not None:
            return
        if imported is None or not self.library.select_document(imported):
            self.library.select_row(0)

    def import_failed(self, message: str) -> None:
        self.progress.finish()
        show_error(self.window, "Import Failed", message)

    def analysis_finished(self, report: object) -> None:
        self.progress.finish()
        # An analysis that found nothing waiting (every file already in the library) says
        # nothing: "Analysed 0 documents" replaced the import's own line at once.
        if line := analysis_line(report):
            show_status(self.window.statusBar(), line)

    def analysis_failed(self, message: str) -> None:
        self.progress.finish()
        # The pool's own message ends with a stop ("… was pending."): one sentence, not ".;".
        self.window.statusBar().showMessage(
            f"Analysis unavailable: {message.rstrip('. ')}; documents stay pending")


def analysis_line(report: object) -> str:
    """"Analysed 35 documents" (", 2 failed" only when some did), as the terminal says it;
    "" when there was nothing to analyse (the terminal prints nothing then either).

    Why not always the failures: "0 failed" after every import was a count to read for nothing.
    """
    failed = len(getattr(report, "failed", []))
    done = len(getattr(report, "analyzed", []))
    if not done and not failed:
        return ""
    return f"Analysed {plural(done, 'document')}" + (f", {failed} failed" if failed else "")
