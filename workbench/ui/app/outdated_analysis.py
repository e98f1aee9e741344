"""Documents an older version of the app analysed: said once, redone on request.

Why: after an upgrade, documents keep the entities and quotes the older
extraction found until they are analysed again. The CLI has
``workbench reanalyze --outdated``; the window counts the same documents
(``operations.analysis.outdated_documents``) when a library opens and after a
merge, says so once in a bar above the library list, and Tools → Analyse
Outdated Documents… marks them through ``mark_outdated_for_analysis`` — the
CLI's own function — then runs the ordinary background analysis (progress,
Cancel, analyst actions first), which keeps the analyst's curation.

The count is a scan of the documents table (~30 ms on 10,000 documents), so
it runs on the writer thread, never on this one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from workbench.core.text import plural
from workbench.operations.analysis import mark_outdated_for_analysis, outdated_documents
from workbench.store import Store
from workbench.ui.app.status_messages import show_status
from workbench.ui.dialogs.standard import ask_yes_no
from workbench.ui.library.pane import LibraryPane
from workbench.ui.tasks.import_controller import ImportController
from workbench.ui.tasks.runner import Lane, SignalProgress, TaskRunner
from workbench.ui.widgets.info_bar import InfoBar
from workbench.ui.widgets.wording import without_mnemonic


def outdated_wording(count: int) -> str:
    """The bar's sentence: how many documents an older version analysed."""
    were = "was" if count == 1 else "were"
    return f"{plural(count, 'document')} {were} analysed by an older version of the app."


OUTDATED_DETAILS = ("Their entities and quotes may be out of date. Documents never analysed, or"
                    " whose analysis failed, are counted too. Analysing again keeps your"
                    " highlights, notes, claims and entity curation.")


def _count(store: Store, _progress: SignalProgress) -> int:
    """Writer thread: how many documents are outdated (no widgets touched)."""
    return len(outdated_documents(store))


def _mark(store: Store, progress: SignalProgress) -> int:
    """Writer thread: mark the outdated documents pending; the library repaints their status."""
    changes = mark_outdated_for_analysis(store)
    progress.report_changes(changes)
    return len(changes.documents_changed)


class OutdatedAnalysis(QObject):
    """Counts one library session's outdated documents; offers and runs their analysis."""

    def __init__(  # noqa: PLR0913 - the window's parts this session's notice uses
            self, window: QMainWindow, store: Store, runner: TaskRunner | None,
            imports: ImportController | None, action: QAction, library: LibraryPane) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.runner = runner
        self.imports = imports
        self.action = action
        self.count = 0
        self.told = False  # the bar is shown once a session; the menu item stays
        # The menu item's name (its "…" aside: the bar's button asks nothing): the bar
        # said "Analyse Again" and the analyst could not tell it was the same command.
        self.bar = InfoBar(without_mnemonic(action.text()).removesuffix("…"))
        self.bar.action_requested.connect(self.analyse)
        library.add_bar(self.bar)
        action.setEnabled(False)
        action.triggered.connect(self.confirm_and_analyse)
        if imports is not None:
            imports.analysis_finished.connect(lambda _report: self.check(announce=False))

    def close(self) -> None:
        """The session ends: the menu item forgets this library and the bar goes with its pane."""
        self.action.triggered.disconnect(self.confirm_and_analyse)
        self.action.setEnabled(False)
        self.deleteLater()

    def check(self, announce: bool = True) -> None:
        """Count the outdated documents on the writer thread; ``announce`` may show the bar.

        After an analysis the count only keeps the menu item true (documents that
        failed are outdated again, but a failure is not news of an older version).
        """
        if self.runner is not None:  # no writer (an in-memory library): nothing to offer
            self.runner.submit("Count outdated documents", _count, lane=Lane.BULK,
                               on_finished=lambda count: self._counted(count, announce),
                               context=self.bar)

    def _counted(self, count: Any, announce: bool) -> None:
        self.count = int(count or 0)
        self.action.setEnabled(bool(self.count))
        if not self.count:
            self.bar.hide()
        elif not self.bar.isHidden() or (announce and not self.told):  # a shown bar keeps count
            self.told = True
            self.bar.show_message(outdated_wording(self.count), OUTDATED_DETAILS)

    def confirm_and_analyse(self) -> None:
        """Tools → Analyse Outdated Documents…: ask, naming how many, then analyse."""
        question = (f"Analyse {plural(self.count, 'document')} again with this version? "
                    "Your highlights, notes, claims and entity curation are kept.")
        if ask_yes_no(self.window, "Analyse Outdated Documents", question, action="Analyse"):
            self.analyse()

    def analyse(self) -> None:
        """Mark the outdated documents pending, then run the background analysis."""
        self.bar.hide()
        self.action.setEnabled(False)
        if self.runner is None or self.imports is None:
            return
        self.runner.submit("Mark outdated documents", _mark, on_finished=self._marked,
                           lane=Lane.BULK)

    def _marked(self, count: Any) -> None:
        self.count = 0
        if self.imports is not None and count:
            self.imports.analyze_pending()
            show_status(self.window.statusBar(),
                        f"Analysing {plural(int(count), 'outdated document')} again")
