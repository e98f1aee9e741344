"""The analyst's half of the window: inspector tabs, docks, dialogs and their wiring.

Why a separate object: the window owns the library session (store, writer
thread, panes); everything an analyst *does* to the library — annotate,
claim, link, curate, tag, export — lives here, is rebuilt when another
library is opened, and reaches the store only through ``StoreActions``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QWidget

from workbench.core.models import Changes
from workbench.core.timeline import ORPHANED
from workbench.store import Store
from workbench.ui.ach.view import AchView
from workbench.ui.app.action_states import ReaderActionStates
from workbench.ui.app.compare_opening import compare_with
from workbench.ui.app.dock_heights import DockHeights
from workbench.ui.app.library_merge import LibraryMerge
from workbench.ui.app.status_messages import show_status
from workbench.ui.app.window_actions import WindowActions
from workbench.ui.claims.document_panel import ClaimsPanel
from workbench.ui.claims.library_view import ClaimsView
from workbench.ui.claims.map import ClaimMapView
from workbench.ui.dialogs.batch_search import BatchSearchDialog
from workbench.ui.dialogs.export import ExportDialog
from workbench.ui.dialogs.grade import choose_reliability
from workbench.ui.dialogs.standard import show_error
from workbench.ui.dialogs.tag_manager import TagManagerDialog
from workbench.ui.entities.controller import EntityController
from workbench.ui.entities.duplicates_panel import DuplicatesPanel
from workbench.ui.entities.view import EntitiesView
from workbench.ui.inspector.notes_panel import NotesPanel
from workbench.ui.inspector.panel import InspectorPanel
from workbench.ui.inspector.suggestions_panel import SuggestionsPanel
from workbench.ui.library.pane import LibraryPane
from workbench.ui.reader.analyst_controller import AnalystController
from workbench.ui.reader.content import ReaderContent
from workbench.ui.reader.menu import ReaderMenu
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.tasks.undo_wording import undo_wording
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.timeline.view import TimelineView
from workbench.ui.widgets.dock_buttons import explain_dock_buttons
from workbench.ui.widgets.escape_key import EscapeToText
from workbench.ui.widgets.wording import key_text

DOCKS = (("claims_view", "Claims", "ClaimsDock"), ("entities_view", "Entities", "EntitiesDock"),
         ("claim_map", "Claim Map", "ClaimMapDock"), ("timeline", "Timeline", "TimelineDock"),
         ("duplicates", "Duplicate Entities", "DuplicatesDock"),
         ("ach_view", "ACH Matrices", "AchDock"))


def action_message(changes: Changes) -> str:
    """"Undid: Link Claims (contradicts)", "Done: Highlight" … ("" for bulk work).

    Worded as Edit → Undo/Redo word the same action, so the menu and the status bar agree.
    """
    if not changes.is_analyst_action:
        return ""
    verb, _, rest = changes.note.partition(" ")
    if verb in ("Undid", "Redid") and rest:
        return f"{verb}: {undo_wording(rest)}"
    return f"Done: {undo_wording(changes.note)}"


class AnalystWorkspace(QObject):
    """Creates and connects the analyst's panels for one open library.

    It is handed the window's parts it works with (never the window class, so
    the window module can import this one and not the reverse) and asks the
    window to navigate through ``location_requested``, ``document_requested``
    and ``entity_in_document_requested``. Every view it builds follows
    ``changes_applied`` itself.
    """

    location_requested = Signal(int, int, int)
    document_requested = Signal(int)
    entity_in_document_requested = Signal(int, int)

    def __init__(  # noqa: PLR0913 - the window's parts it wires together, each once
            self, window: QMainWindow, store: Store, theme: ThemeManager,
            runner: TaskRunner | None, changes_applied: SignalInstance,
            reader: ReaderPane, inspector: InspectorPanel, window_actions: WindowActions,
            library: LibraryPane,
    ) -> None:
        super().__init__(window)
        self.window, self.store, self.theme = window, store, theme
        self.reader, self.inspector, self.window_actions = reader, inspector, window_actions
        self.library = library
        self.actions = StoreActions(store, runner, changes_applied, self)
        self.analyst = AnalystController(store, self.actions, reader, window)
        self.curation = EntityController(store, self.actions, window)
        self.reader_menu = ReaderMenu(reader, self.analyst, self.curation,
                                      window_actions.actions, self.open_entity_page,
                                      self.show_claim)
        self.action_states = ReaderActionStates(reader, window_actions)
        self.notes = NotesPanel(theme, self.analyst)
        self.notes.set_shortcuts(*(key_text(window_actions.actions[key])
                                   for key in ("highlight", "add_note")))
        self.claims = ClaimsPanel(store, theme, self.analyst)
        self.claims.use_window_actions(window_actions.actions)
        self.suggestions = SuggestionsPanel(self.actions, theme)
        for panel, title in ((self.notes, "Notes"), (self.claims, "Claims"),
                             (self.suggestions, "Suggestions")):
            inspector.add_panel(panel, title)
        self.claims_view = ClaimsView(store, theme, changes_applied=changes_applied,
                                      actions=self.actions)
        self.entities_view = EntitiesView(store, theme, self.curation,
                                          changes_applied=changes_applied)
        self.claim_map = ClaimMapView(store, theme, changes_applied=changes_applied)
        self.timeline = TimelineView(store, theme, changes_applied=changes_applied,
                                     reads=self.actions)
        self.duplicates = DuplicatesPanel(self.actions, self.curation, theme)
        self.ach_view = AchView(store, self.actions, changes_applied)
        self.merging = LibraryMerge(window, store, runner, self.actions, changes_applied,
                                    window_actions.actions["undo"])
        self.merging.follow_open_conflicts(
            lambda why_not: window_actions.set_available("merge_conflicts", why_not))
        self.docks: dict[str, QDockWidget] = {}
        self.dialogs: list[QDialog] = []
        self.tag_manager: TagManagerDialog | None = None
        self._pending_claim: int | None = None
        self._build_docks()
        self._connect()
        self.actions.refresh_undo_labels()
        self.show_content(reader.view.content)

    def _build_docks(self) -> None:
        views = {"claims_view": self.claims_view, "entities_view": self.entities_view,
                 "claim_map": self.claim_map, "timeline": self.timeline,
                 "duplicates": self.duplicates, "ach_view": self.ach_view}
        first: QDockWidget | None = None
        for key, title, name in DOCKS:
            dock = QDockWidget(title, self.window)
            dock.setObjectName(name)
            dock.setWidget(views[key])
            explain_dock_buttons(dock, f"View → {title}")
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            if first is None:
                first = dock
            else:
                self.window.tabifyDockWidget(first, dock)
            dock.hide()
            self.docks[key] = dock
        self.dock_heights = DockHeights(self.window, self.reader.view, list(self.docks.values()))
        self.escape = EscapeToText(self.reader.view.setFocus, self.window)
        self.escape.watch(*self.docks.values(), self.inspector)

    def _connect(self) -> None:
        reader, inspector = self.reader, self.inspector
        bar = self.window.statusBar()
        reader.view.context_menu_requested.connect(self.reader_menu.show)
        self.library.compare_requested.connect(lambda a, b: self.compare_documents((a, b)))
        reader.content_changed.connect(self.show_content)
        reader.view.annotation_clicked.connect(self.select_annotation)
        self.notes.annotation_requested.connect(reader.view.show_annotation)
        self.claims.claim_selected.connect(self._claim_selected)
        self.claims.suggestions_requested.connect(self.show_suggestions)
        inspector.currentChanged.connect(lambda _i: self._run_pending_suggestions())
        inspector.quote_claim_requested.connect(self.analyst.make_claim_from_quote)
        inspector.entity_page_requested.connect(self.open_entity_page)
        for view in (self.claims, self.suggestions, self.claims_view, self.claim_map,
                     self.timeline, self.entities_view.page, self.ach_view):
            view.location_requested.connect(self.location_requested)
        self.entities_view.page.entity_opened.connect(self.entity_in_document_requested)
        self.timeline.orphan_requested.connect(self.show_orphan)
        for source in (self.analyst, self.curation, self.action_states):
            source.message_posted.connect(lambda text: show_status(bar, text))
        self.actions.action_failed.connect(self._on_failed)
        self.actions.undo_labels_changed.connect(self.window_actions.show_undo_labels)
        self.analyst.annotation_created.connect(self.show_created)
        self.theme.theme_changed.connect(self._follow_theme)
        self.actions.changes_applied.connect(self._announce)

    def _announce(self, changes: Changes) -> None:
        """Say in the status bar what an action, Undo or Redo did, as the CLI does."""
        message = action_message(changes)
        if message:
            show_status(self.window.statusBar(), message)

    def _follow_theme(self, _theme: str) -> None:
        """Redraw what carries theme colours (claim swatches, relation colours, icons)."""
        self.claims.show_content(self.reader.view.content, force=True)
        for view in (self.claims_view, self.duplicates):
            view.mark_stale()

    # -- window actions ----------------------------------------------------------

    def trigger(self, key: str) -> None:
        """Run a window action by its key (menus, toolbar and shortcuts land here)."""
        handlers = {
            "undo": self.actions.undo, "redo": self.actions.redo,
            "tag_document": self.analyst.tag_document,
            "highlight": lambda: self.analyst.highlight_selection(),
            "add_note": lambda: self.analyst.add_note_to_selection(),
            "mark_claim": self.analyst.mark_claim_from_selection,
            "tag_selection": lambda: self.analyst.tag_selection(),
            "create_entity": lambda: self.analyst.create_entity_from_selection(),
            "tag_manager": self.open_tag_manager, "batch_search": self.open_batch_search,
            "export": self.open_export, "grade_reliability": self.grade_reliability,
            "merge_library": self.merging.choose_file,
            "merge_conflicts": lambda: self.merging.show_report(None),
            "link_claim": lambda: self.claims.link_to(), "claim_note": self.claims.edit_note,
            "claim_suggestions": self.claims.request_suggestions,
            "compare_documents": lambda: self.compare_documents(self.library.compared_pair()),
        }
        if key in self.docks:
            self.show_dock(key)
        else:
            handlers[key]()

    def compare_documents(self, selected: tuple[int, int] | None) -> None:
        """The two documents selected in the library side by side, else the shown one and
        one picked (``compare_opening``)."""
        compare_with(self.window, self.store, self.actions, self.theme, self.reader.doc_id,
                     self.actions.changes_applied, selected)

    def show_dock(self, key: str) -> QDockWidget:
        """Show and raise a dock (Claims, Entities, Claim map, Timeline, Duplicates)."""
        dock = self.docks[key]
        opening = not dock.isVisible()
        dock.show()
        dock.raise_()
        if opening:
            # Left to Qt a dock got ~100 px of a 900 px window, or at 1024x640 383 of
            # 640 px (the Claim Map): three lines of text. See ``dock_heights``.
            self.dock_heights.opened(dock)
        return dock

    def grade_reliability(self) -> None:
        """Document → Grade Reliability: the document's own grade or its source's."""
        doc_id = self.reader.doc_id
        if doc_id is None:
            return
        grade = self.store.grades.document_grades([doc_id]).get(doc_id)
        choice = choose_reliability(self.window, grade) if grade is not None else None
        if choice is None:
            return
        target, reliability = choice
        if target == "source" and grade is not None and grade.source:
            self.actions.grade_source(grade.source, reliability)
        else:
            self.actions.grade_document(doc_id, reliability)

    def open_tag_manager(self) -> TagManagerDialog:
        """Tools → Tag Manager (one window, refreshed on tag changes)."""
        if self.tag_manager is None:
            self.tag_manager = TagManagerDialog(self.store, self.actions, self.window)
            self.tag_manager.finished.connect(self._forget_tag_manager)
        self.tag_manager.show()
        self.tag_manager.raise_()
        return self.tag_manager

    def open_batch_search(self) -> BatchSearchDialog:
        """Tools → Batch Claim Search."""
        dialog = BatchSearchDialog(self.actions, self.window)
        dialog.location_requested.connect(self.location_requested)
        return self._keep(dialog)

    def open_export(self) -> ExportDialog:
        """File → Export."""
        dialog = ExportDialog(self.store, self.actions, self.reader.doc_id, self.window)
        return self._keep(dialog)

    def _keep(self, dialog: Any) -> Any:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        dialog.show()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    def _forget_tag_manager(self) -> None:
        if self.tag_manager is not None:
            self.tag_manager.deleteLater()
        self.tag_manager = None

    # -- navigation --------------------------------------------------------------

    def show_content(self, content: ReaderContent | None) -> None:
        """A document was (re)loaded in the reader: fill the analyst tabs."""
        self.notes.show_content(content)
        self.claims.show_content(content)
        inspector = self.inspector
        # No document: no count, as on Entities and Quotes ("0" read as "none in it").
        notes = len([a for a in content.annotations if a.kind != "claim"]) if content else None
        inspector.set_tab_count(self.notes, notes)
        inspector.set_tab_count(self.claims, len(content.claims) if content else None)
        self.claims_view.set_current_document(content.doc_id if content else None)
        if self.claims.claim_id != self.suggestions.claim_id:
            self._claim_selected(self.claims.claim_id, show=False)

    def select_annotation(self, annotation_id: int, emit: bool = True) -> QWidget | None:
        """An annotation was clicked in the reader (or just created): show it in its tab,
        and say which (None: neither lists it). ``emit=False`` selects a claim without
        showing it in the reader."""
        if self.claims.select_claim(annotation_id, emit=emit):
            tab: QWidget = self.claims
        elif self.notes.select_annotation(annotation_id):
            tab = self.notes
        else:
            return None
        self.inspector.setCurrentWidget(tab)
        return tab

    def show_created(self, annotation_id: int) -> None:
        """An action made a highlight, note or claim: show it where the analyst needs it next.

        A claim opens in the Claims tab (its status and claimant are set there);
        a highlight or note is already shown in the reader, and its card is
        scrolled to only when the Notes tab is the one in view. Why not switch
        tabs for each: every switch laid out the other tab and built its cards,
        ~8 ms of UI-thread CPU per action beside an import, and took the analyst
        away from the tab they had chosen.
        """
        inspector = self.inspector
        # Not shown in the reader again: selecting the new claim's span there kept a
        # selection after Mark as Claim that Highlight clears (the mark is drawn).
        if self.claims.select_claim(annotation_id, emit=False):
            self._claim_selected(annotation_id, show=False)
            if inspector.currentWidget() is not self.claims:
                inspector.setCurrentWidget(self.claims)
        elif inspector.currentWidget() is self.notes:
            self.notes.select_annotation(annotation_id)

    def show_claim(self, claim_id: int) -> None:
        """Open a claim in the Claims tab."""
        if self.claims.select_claim(claim_id):
            self.inspector.setCurrentWidget(self.claims)

    def show_orphan(self, doc_id: int, annotation_id: int, kind: str) -> None:
        """A mark that lost its place (clicked in the timeline): its document, the mark in its tab.

        Its offsets point nowhere in the changed text, so the reader is not
        scrolled; the status bar says why, and where the mark is shown instead.
        """
        self.document_requested.emit(doc_id)
        tab = self.select_annotation(annotation_id, emit=False)
        where = {self.claims: "; it is selected in the Claims tab",
                 self.notes: "; it is shown in the Notes tab"}.get(tab, "")
        show_status(self.window.statusBar(), f"This {kind} {ORPHANED}{where}")

    def show_suggestions(self, claim_id: int) -> None:
        """Switch to the Suggestions tab for a claim (ranking starts at once)."""
        self._pending_claim = claim_id
        self.inspector.setCurrentWidget(self.suggestions)
        self._run_pending_suggestions()

    def _claim_selected(self, claim_id: int | None, show: bool = True) -> None:
        if show and claim_id is not None:
            self.reader.view.show_annotation(claim_id)
        self._pending_claim = claim_id
        self._run_pending_suggestions()

    def _run_pending_suggestions(self) -> None:
        """Rank suggestions only when the tab is looked at (it costs a library search).

        Only for another claim: the panel ranks its own claim again itself when it comes
        into view after a change (its show event), and ranking here too searched twice."""
        if self.inspector.currentWidget() is self.suggestions:
            if self._pending_claim != self.suggestions.claim_id:
                self.suggestions.show_claim(self._pending_claim)

    def open_entity_page(self, entity_id: int) -> None:
        """Show the Entities dock with an entity's page."""
        self.show_dock("entities_view")
        self.entities_view.show_entity(entity_id)

    # -- failures and closing ----------------------------------------------------

    def _on_failed(self, label: str, message: str) -> None:
        show_status(self.window.statusBar(), f"{label} failed: {message}")
        if label in ("Undo", "Redo"):
            show_error(self.window, f"{label} Not Possible", message)

    def close(self) -> None:
        """Close dialogs and remove the docks (the window switches library or closes)."""
        self.entities_view.stop()
        self.merging.close()
        for dialog in [*self.dialogs, self.tag_manager, self.analyst.tags_dialog]:
            if dialog is not None:
                dialog.close()
        for dock in self.docks.values():
            self.window.removeDockWidget(dock)
            dock.deleteLater()
        self.docks = {}
        # The controllers are children of the window (their dialogs need a widget
        # parent); deleting them ends their following of the window's changes.
        self.analyst.deleteLater()
        self.curation.deleteLater()
