"""The main window: library | reader | inspector, with menus, toolbar and status bar.

The window talks to the Store (reads, on this thread) and to the TaskRunner
(writes, on the writer thread); it never writes SQL. After every mutation the
runner's ``changes_applied`` is relayed on the window's ``changes_applied``;
each pane and view is handed that signal and decides for itself what a change
means to it (there is no central router).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from workbench.core.authorship import Author
from workbench.paths import seeds_dir
from workbench.store import LibraryLock, Store, maybe_backup
from workbench.ui.app.analyst_workspace import AnalystWorkspace
from workbench.ui.app.empty_states import SAMPLE_ARTICLES
from workbench.ui.app.file_choosers import fill_recent_menu, import_chosen, open_chosen_library
from workbench.ui.app.focus_return import FocusReturn
from workbench.ui.app.identity_session import IdentitySession
from workbench.ui.app.library_count import LibraryCount
from workbench.ui.app.library_opening import open_library_interactively, show_bad_values
from workbench.ui.app.outdated_analysis import OutdatedAnalysis
from workbench.ui.app.pane_layout import INSPECTOR, LIBRARY, PaneLayout
from workbench.ui.app.settings import (
    app_settings,
    cluster_address,
    remember_cluster_address,
    remember_library,
)
from workbench.ui.app.status_messages import show_status
from workbench.ui.app.window_actions import WindowActions
from workbench.ui.app.window_state import restore_state, save_state, settle_dock_tabs
from workbench.ui.app.work_feedback import WorkFeedback
from workbench.ui.dialogs.cluster import ClusterDialog
from workbench.ui.dialogs.shortcuts import ShortcutsDialog
from workbench.ui.dialogs.standard import AboutDialog, modal_answer, show_error
from workbench.ui.inspector.panel import InspectorPanel
from workbench.ui.library.pane import LibraryPane
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.tasks.import_controller import ImportController
from workbench.ui.tasks.import_views import WorkProgressWidget
from workbench.ui.tasks.runner import Lane, Task, TaskRunner
from workbench.ui.theme.manager import ThemeManager

WORKSPACE_ACTIONS = ("undo", "redo", "tag_document", "highlight", "add_note", "mark_claim",
                     "tag_selection", "create_entity", "claims_view", "entities_view",
                     "claim_map", "timeline", "ach_view", "duplicates", "tag_manager",
                     "batch_search", "export", "grade_reliability", "compare_documents",
                     "merge_library", "merge_conflicts", "link_claim", "claim_suggestions",
                     "claim_note")
BACKUP_EVERY_MS = 10 * 60 * 1000  # a verified backup every ten minutes of work


class MainWindow(QMainWindow):
    """One open library: browse it, read a document, inspect what was found in it."""

    changes_applied = Signal(object)
    library_opened = Signal(str)

    def __init__(  # noqa: PLR0913 - the library and theme, then how this window runs
            self, store: Store, theme: ThemeManager, settings: QSettings | None = None,
            analyze: bool = True, own_store: bool = False,
            background_work: bool = True, library_lock: LibraryLock | None = None,
            session_author: Author | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.focus_return = FocusReturn(self)  # keys back to the window when a dialog closes
        self.theme = theme
        self.settings = settings or app_settings()
        self.analyze = analyze
        self.feedback: WorkFeedback | None = None
        self.workspace: AnalystWorkspace | None = None
        self.outdated: OutdatedAnalysis | None = None
        self.runner: TaskRunner | None = None
        self.imports: ImportController | None = None
        self._owns_store = own_store
        self.library_lock = library_lock
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(self.back_up_in_background)
        self._background_work = background_work
        self.actions = WindowActions(self, theme)
        self.actions.build()
        self.identity = IdentitySession(self, self.settings, lambda: (self.store, self.runner),
                                        session_author)
        self._build_status_bar()
        self._connect_actions()
        self._open_store(store)
        theme.theme_changed.connect(self._on_theme)
        self._on_theme(theme.theme)
        self.restore_window_state()

    # -- building ----------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.work_progress = WorkProgressWidget()
        self.work_progress.cancel_requested.connect(self.cancel_work)
        self.count_label = QLabel()
        self.library_count = LibraryCount(self, self.count_label)
        bar = self.statusBar()
        bar.addPermanentWidget(self.work_progress)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.identity.button)

    def _build_panes(self) -> None:
        assert self.store is not None
        self.library = LibraryPane(self.store, self.theme, changes_applied=self.changes_applied)
        self.reader = ReaderPane(self.store, self.theme, changes_applied=self.changes_applied)
        self.inspector = InspectorPanel(self.theme)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("MainSplitter")
        for pane in (self.library, self.reader, self.inspector):
            self.splitter.addWidget(pane)
        self.panes = PaneLayout(self.splitter, self.reader.view)
        self.panes.fit_window(self.width())
        old = self.centralWidget()
        self.setCentralWidget(self.splitter)
        if old is not None:
            old.deleteLater()
        self._connect_panes()
        self.workspace = AnalystWorkspace(self, self.store, self.theme, self.runner,
                                          self.changes_applied, self.reader, self.inspector,
                                          self.actions, self.library)
        self.workspace.location_requested.connect(self.open_location)
        self.workspace.document_requested.connect(self.open_document)
        self.workspace.entity_in_document_requested.connect(self.open_entity_in_document)
        self.library_count.attach(self.store, self.library, self.reader)
        # The keyboard starts in the list, where Up/Down pick what to read: Qt gave it to the
        # first widget made, the status bar's "Signed as…" button (Enter renamed the analyst).
        self.library.table.setFocus()

    def _connect_panes(self) -> None:
        self.library.document_selected.connect(self.reader.show_document)
        self.library.filter_bar.filter_changed.connect(self.reader.search_marks.set_filter)
        self.reader.content_changed.connect(self.inspector.show_content)
        self.reader.entity_clicked.connect(self.inspector.select_entity)
        self.reader.quote_clicked.connect(self.inspector.select_quote)
        self.reader.view.zoom_changed.connect(lambda steps: self.settings.setValue("reader/zoom",
                                                                                  steps))
        self.inspector.mention_requested.connect(self.reader.view.show_mention)
        self.inspector.quote_requested.connect(self.reader.view.show_quote)
        self.inspector.entity_filter_requested.connect(self.library.filter_bar.show_entity)
        self.reader.link_guard.link_refused.connect(
            lambda url: show_status(self.statusBar(), f"Link not opened (only http/https): {url}"))

    def _connect_actions(self) -> None:
        a = self.actions
        a["new_library"].triggered.connect(
            lambda: open_chosen_library(self, self.open_library, new=True))
        a["open_library"].triggered.connect(lambda: open_chosen_library(self, self.open_library))
        a["import_files"].triggered.connect(lambda: import_chosen(self, self.import_paths))
        a["import_folder"].triggered.connect(
            lambda: import_chosen(self, self.import_paths, folder=True))
        a["cancel_work"].triggered.connect(self.cancel_work)
        a["quit"].triggered.connect(self.close)
        a["search_library"].triggered.connect(self._focus_search)
        a["clear_filters"].triggered.connect(lambda: self.library.filter_bar.clear())
        a["find"].triggered.connect(lambda: self.reader.find_bar.open_bar())
        a["find_next"].triggered.connect(lambda: self.reader.step_find(1))
        a["find_previous"].triggered.connect(lambda: self.reader.step_find(-1))
        a["zoom_in"].triggered.connect(lambda: self.reader.view.zoom_by(1))
        a["zoom_out"].triggered.connect(lambda: self.reader.view.zoom_by(-1))
        a["zoom_reset"].triggered.connect(lambda: self.reader.view.reset_zoom())
        a["next_document"].triggered.connect(lambda: self._step_document(1))
        a["previous_document"].triggered.connect(lambda: self._step_document(-1))
        a["focus_library"].triggered.connect(lambda: self.library.table.setFocus())
        a["focus_reader"].triggered.connect(lambda: self.reader.view.setFocus())
        a["focus_inspector"].triggered.connect(lambda: self.inspector.setFocus())
        a["toggle_library"].triggered.connect(lambda: self.panes.toggle(LIBRARY))
        a["toggle_inspector"].triggered.connect(lambda: self.panes.toggle(INSPECTOR))
        a["library_columns"].toggled.connect(lambda full: self.library.show_all_columns(full))
        for name in ("system", "light", "dark"):
            a[f"theme_{name}"].triggered.connect(lambda _c=False, n=name: self.set_theme(n))
        a["import_samples"].triggered.connect(self.import_samples)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["cluster_settings"].triggered.connect(self.choose_cluster)
        a["analyst_name"].triggered.connect(lambda: self.identity.edit())
        a["about"].triggered.connect(lambda: AboutDialog(self).exec())
        a["cancel_work"].setEnabled(False)
        for key in WORKSPACE_ACTIONS:
            a[key].triggered.connect(lambda _c=False, k=key: self.workspace and
                                     self.workspace.trigger(k))

    # -- library session ---------------------------------------------------------

    def _open_store(self, store: Store) -> None:
        """Show ``store``; give it a writer thread when it is a file."""
        self.store = store
        store.authors.act_as(self.identity.author)
        if store.path is not None and self._background_work:
            self.runner = TaskRunner(store.path, self, author=self.identity.author,
                                     bad_values=store.bad_values)
            self.runner.changes_applied.connect(self.changes_applied)
            self.runner.task_error.connect(self._on_task_error)
            self.runner.busy_changed.connect(self.actions["cancel_work"].setEnabled)
            self.imports = ImportController(self.runner, self, analyze=self.analyze)
            self.imports.use_cluster(cluster_address(self.settings))
            remember_library(self.settings, store.path)
            if self._owns_store:
                self.backup_timer.start()
        self._build_panes()
        self.feedback = WorkFeedback(self, self.work_progress, self.library)
        if self.imports is not None:
            self.feedback.follow(self.imports)
            self.library_count.follow_imports(self.imports)
        outdated = OutdatedAnalysis(self, store, self.runner, self.imports,
                                    self.actions["analyse_outdated"], self.library)
        if self.workspace is not None:
            self.feedback.follow_merges(self.workspace.merging)
            self.workspace.merging.merge_ended.connect(outdated.check)
        outdated.check()
        self.outdated = outdated
        fill_recent_menu(self.actions.recent_menu, self.settings, store.path, self.open_library)
        self.setWindowTitle(f"{_library_name(store)} — Analyst Workbench")
        self.actions.show_imports_available(store.path is not None)
        if self.library.model.rowCount() and self.library.selected_document is None:
            self.library.select_row(0)
        show_bad_values(self.statusBar(), store)
        self.library_opened.emit(str(store.path or ":memory:"))

    def _close_session(self) -> None:
        """Stop background work and timers; close the store if this window opened it."""
        if self.runner is not None:
            self.runner.shutdown()
            self.runner.deleteLater()
        self.work_progress.finish()
        self.runner, self.imports = None, None
        if self.outdated is not None:  # closing twice (switch, then quit) finds it gone
            self.outdated.close()
            self.outdated = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace.deleteLater()
            self.workspace = None
        self.library.stop()
        self.backup_timer.stop()
        if self._owns_store:
            self.store.close(backup_interval_s=0)
        if self.library_lock is not None:
            self.library_lock.release()
            self.library_lock = None

    def back_up_in_background(self) -> None:
        """Every few minutes while working: a verified backup, on the writer thread."""
        if self.runner is not None and self.store.path is not None:
            interval = BACKUP_EVERY_MS / 1000
            self.runner.submit(
                "Backup", lambda store, _progress: maybe_backup(store, interval), lane=Lane.BULK,
                on_failed=lambda text: show_status(self.statusBar(), f"Backup failed: {text}"),
                context=self)

    def open_library(self, path: str | Path) -> bool:
        """Switch this window to another library file (created when missing)."""
        if self.store.path is not None and Path(path).resolve() == self.store.path.resolve():
            return True
        opened = open_library_interactively(self, Path(path))
        if opened is None:
            return False
        self.save_window_state()
        self._close_session()
        self._owns_store = True
        self.library_lock = opened[1]
        self._open_store(opened[0])
        self.restore_window_state(geometry=False)
        return True

    # -- importing ---------------------------------------------------------------

    def import_paths(self, paths: list[str | Path], description: str = "") -> Task | None:
        """Import files/folders in the background (menu, drop, first-run seeds).

        ``description`` names them in the progress strip and the empty library
        ("sample articles"); without one the file or folder's name does.
        """
        if self.imports is None or not paths:
            return None
        return self.imports.import_paths(paths, description)

    def import_samples(self) -> Task | None:
        """The shipped sample articles (File → Import Sample Articles, the first start).

        Why a label: the folder's name, "seeds", meant nothing to a new analyst
        reading "Importing seeds 24 / 36" beside an empty library.
        """
        return self.import_paths([seeds_dir()], SAMPLE_ARTICLES)

    def choose_cluster(self) -> None:
        """Ask for the extraction cluster's address; later imports analyse there."""
        dialog = ClusterDialog(cluster_address(self.settings), self)
        address = modal_answer(dialog, dialog.address)
        if address is not None:
            remember_cluster_address(self.settings, address)
            if self.imports is not None:
                self.imports.use_cluster(address)

    def cancel_work(self) -> None:
        """Stop the running import/analysis at its next checkpoint."""
        if self.runner is not None and self.runner.busy:
            self.work_progress.cancelling()
            self.runner.cancel_all()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.imports is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths: list[str | Path] = [u.toLocalFile() for u in event.mimeData().urls()
                                   if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _on_task_error(self, task: Task, details: str) -> None:
        if not task.failure_handled:
            # The task's name is a sentence that may carry a file name: the text, not the title.
            reason = task.error or "no reason given."
            show_error(self, "Task Failed", f"{task.name} failed: {reason}", details)

    # -- navigation and views ----------------------------------------------------

    def open_document(self, doc_id: int) -> None:
        """Show a document: selected in the library when it is listed, else just read it."""
        if self.reader.doc_id == doc_id:
            return
        if not self.library.select_document(doc_id):
            self.reader.show_document(doc_id)

    def open_location(self, doc_id: int, start: int, end: int) -> None:
        """Open a document with ``text[start:end]`` selected (claims, links, matches, quotes)."""
        self.open_document(doc_id)
        self.reader.view.show_store_span(start, end)
        self.reader.view.setFocus()

    def open_entity_in_document(self, doc_id: int, entity_id: int) -> None:
        """Open a document at the first mention of an entity (from its entity page)."""
        self.open_document(doc_id)
        self.reader.view.show_entity(entity_id)

    def _step_document(self, step: int) -> None:
        row = self.library.table.currentIndex().row() + step
        self.library.select_row(max(0, row))

    def _focus_search(self) -> None:
        self.library.filter_bar.search_box.setFocus()
        self.library.filter_bar.search_box.selectAll()

    def set_theme(self, preference: str) -> None:
        """View → Theme: system, light or dark (remembered)."""
        self.theme.set_preference(preference)
        self.settings.setValue("theme", preference)

    def _on_theme(self, _theme: str) -> None:
        self.actions.apply_icons()
        self.actions[f"theme_{self.theme.preference}"].setChecked(True)

    def show_shortcuts(self) -> None:
        """Help → Keyboard Shortcuts."""
        ShortcutsDialog(self.actions.shortcut_groups(), self).exec()

    def save_window_state(self) -> None:
        """Remember geometry, docks, splitter, columns and zoom for the next session."""
        save_state(self.settings, self, self.splitter, self.library, self.reader.view)

    def restore_window_state(self, geometry: bool = True) -> None:
        """Arrange the window as it was last saved (``geometry`` False keeps its size)."""
        if restore_state(self.settings, self, self.splitter, self.library, self.reader.view,
                         geometry):
            self.panes.restored()
        else:
            self.panes.fit_window(self.width())
        self.actions["library_columns"].setChecked(self.library.all_columns_shown())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        settle_dock_tabs(self)
        if self.workspace is not None:  # a session saved in a taller window
            self.workspace.dock_heights.keep_reading_room()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.panes.fit_window(event.size().width())
        if self.workspace is not None and event.size().height() != event.oldSize().height():
            self.workspace.dock_heights.keep_reading_room()  # shrinks docks, or gives back

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_window_state()
        self._close_session()
        super().closeEvent(event)


def _library_name(store: Store) -> str:
    return store.path.name if store.path is not None else "In-memory library"
