"""The library pane: search and filters above a sortable table of documents."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QVBoxLayout, QWidget

from workbench.core.models import Changes
from workbench.core.text import plural
from workbench.store import LibraryFilter, Store
from workbench.ui.library.date_column import DateDelegate
from workbench.ui.library.filters import LibraryFilterBar
from workbench.ui.library.kept_selection import KeptSelection
from workbench.ui.library.model import COLUMN_INDEX, COLUMNS, LibraryModel
from workbench.ui.library.snippet_delegate import TitleSnippetDelegate
from workbench.ui.library.table_view import (
    LibraryTableView,
    search_row_height,
    title_row_height,
)
from workbench.ui.theme.icons import ICONS
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.empty_hint import EmptyHint
from workbench.ui.widgets.info_bar import InfoBar

STATUS_ICONS = {
    "pending": (ICONS["status_pending"], "status_pending"),
    "analyzed": (ICONS["status_analyzed"], "status_analyzed"),
    "failed": (ICONS["status_failed"], "status_failed"),
    "unanalyzed": (ICONS["status_unanalyzed"], "status_unanalyzed"),
}
CONTENT_SAMPLES = {"status": "", "published": "2026-12-31", "word_count": "99,999",
                   "source": "Wikinews contributors"}  # the widest value a column usually shows
CELL_PADDING, MIN_COLUMN_WIDTH = 16, 26  # 26: the status icon and its margins
WORDY_BUTTONS_WIDTH = 340  # narrower: the search box needs the room more than button words
NO_DOCUMENTS = "No documents yet"
NO_MATCH = "No document matches the search and filters"


class LibraryPane(QWidget):
    """Search, filters and the document table; emits ``document_selected`` on selection.

    Handed the window's ``changes_applied``, it follows the library's changes itself.
    """

    document_selected = Signal(int)
    # Two selected documents to compare: the current row's (the reader's) first.
    compare_requested = Signal(int, int)
    count_changed = Signal(int)
    search_failed = Signal(str)

    def __init__(self, store: Store, theme: ThemeManager, parent: QWidget | None = None, *,
                 changes_applied: SignalInstance | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.theme = theme
        self.model = LibraryModel(store, self._status_icon, self)
        self.filter_bar = LibraryFilterBar(store)
        self.table = LibraryTableView()
        self.table.setAccessibleName("Documents")
        self.table.setModel(self.model)
        self.kept = KeptSelection(self.table, self.model)  # before _connect: see its docstring
        self.table.setItemDelegateForColumn(COLUMN_INDEX["title"],
                                            TitleSnippetDelegate(self.table))
        self.table.setItemDelegateForColumn(COLUMN_INDEX["published"], DateDelegate(self.table))
        self.importing = ""  # the running import's name, said while the list is empty
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self._selected_id: int | None = None
        self._icons: dict[str, QIcon] = {}
        self._choices_stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        self._apply_initial_widths()
        self.show_all_columns(False)
        self._connect()
        self._sync_sort_indicator()
        self._on_theme(theme.theme)
        if changes_applied is not None:
            changes_applied.connect(self.on_changes)

    def _connect(self) -> None:
        self.filter_bar.filter_changed.connect(self.set_filter)
        self.model.count_changed.connect(self.count_changed)
        self.model.count_changed.connect(self._refill_stale_choices)
        self.model.search_failed.connect(self.search_failed)
        self.model.busy_changed.connect(lambda _busy: self.empty_hint.refresh())
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(self._reselect)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.theme.theme_changed.connect(self._on_theme)

    def _apply_initial_widths(self) -> None:
        self._set_resize_modes()
        # The date's former default width, remembered in settings: still refit (not the analyst's).
        date = COLUMN_INDEX["published"]
        self.table.date_fitter.remember_former_default(self._content_width(date, "published"))
        for number, column in enumerate(COLUMNS):
            if column.key != "title":
                self.table.setColumnWidth(number, self._content_width(number, column.key))

    def _set_resize_modes(self) -> None:
        """The title takes the spare width; the other columns keep the width they are given.

        Why: fixed 80-90 px columns left a 190 px library ~100 px of title; the
        others now start as wide as their content and stay resizable (remembered).
        """
        header = self.table.horizontalHeader()
        for number, column in enumerate(COLUMNS):
            mode = (QHeaderView.ResizeMode.Stretch if column.key == "title"
                    else QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(number, mode)

    def _content_width(self, number: int, key: str) -> int:
        """As wide as the header (with its sort arrow) or the widest value it shows."""
        sample = CONTENT_SAMPLES.get(key, "")
        content = self.table.fontMetrics().horizontalAdvance(sample) + CELL_PADDING if sample else 0
        return max(self.table.horizontalHeader().sectionSizeHint(number), content, MIN_COLUMN_WIDTH)

    # -- public API --------------------------------------------------------------

    def set_filter(self, library_filter: LibraryFilter) -> None:
        """Narrow the table; while searching each row shows its snippet under the title."""
        self.model.set_filter(library_filter)
        height = (search_row_height(self.table) if library_filter.searching
                  else title_row_height(self.table))
        self.table.verticalHeader().setDefaultSectionSize(height)
        self._sync_sort_indicator()

    def on_changes(self, changes: Changes) -> None:
        """Refresh lazily after a store mutation (new sources and tags show up in the filter)."""
        self.model.on_changes(changes)
        if changes.documents_added:
            # Refilled with the table's next (debounced) refresh: an import reports
            # every document, and each refill groups the whole library by source.
            self._choices_stale = True
        if changes.tags:
            self.filter_bar.reload_choices()

    def add_bar(self, bar: InfoBar) -> None:
        """Place a notice bar between the filter bar and the table (the app's, e.g. outdated)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, bar)
        bar.tab_before(self.table)

    def select_document(self, doc_id: int) -> bool:
        """Select ``doc_id``'s row if it is in the current view; True when found."""
        row = self.model.find_row(doc_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def select_row(self, row: int) -> None:
        """Select a row by number (first document after opening a library)."""
        if 0 <= row < self.model.rowCount():
            self._select_row(row)

    @property
    def selected_document(self) -> int | None:
        """Id of the selected document."""
        return self._selected_id

    def compared_pair(self) -> tuple[int, int] | None:
        """The two selected documents, the reader's first; None unless exactly two are."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        ids = [doc_id for row in rows if (doc_id := self.model.document_id(row)) is not None]
        if len(ids) != 2:  # noqa: PLR2004 - a pair
            return None
        first = self._selected_id if self._selected_id in ids else ids[0]
        return first, next(doc_id for doc_id in ids if doc_id != first)

    def row_menu(self) -> QMenu:
        """The rows' context menu: Compare Documents…, on when exactly two are selected."""
        pair = self.compared_pair()
        menu = QMenu(self)
        action = menu.addAction("Compare Documents…")
        action.setEnabled(pair is not None)
        if pair is None:
            action.setToolTip("Select two documents (Ctrl+click) to compare them")
        else:
            action.triggered.connect(lambda: self.compare_requested.emit(*pair))
        return menu

    def _row_menu(self, point: QPoint) -> None:
        self.row_menu().exec(self.table.viewport().mapToGlobal(point))

    def count_text(self, shown: int, total: int) -> str:
        """The status bar's count: "36 documents" or "3 of 36 documents match".

        ``total`` comes from the caller, who needs it too: counting here as well
        ran a second COUNT query on every filter change.
        """
        if self._narrowed():
            return f"{shown:,} of {plural(total, 'document')} match"
        return plural(total, "document")

    def set_importing(self, label: str) -> None:
        """An import named ``label`` runs ("" when none does): the empty list says so."""
        self.importing = label
        self.empty_hint.refresh()

    def _empty_text(self) -> str:
        """Why no row is listed: no documents yet, an import under way, or no match
        (nothing while a search runs)."""
        model = self.model
        if model.rowCount() or model.searching_in_background:
            return ""
        if self._narrowed():
            return NO_MATCH
        return f"Importing {self.importing}…" if self.importing else NO_DOCUMENTS

    def _narrowed(self) -> bool:
        """Whether a search or filter narrows the library (the default filter shows all)."""
        return self.model.library_filter != type(self.model.library_filter)()

    def show_all_columns(self, full: bool) -> None:
        """Every column, or the compact library: status, title and date (View menu)."""
        for number, column in enumerate(COLUMNS):
            self.table.setColumnHidden(number, not (full or column.compact))
        self.table.fit_date_column()

    def all_columns_shown(self) -> bool:
        """True when no column is hidden."""
        return not any(self.table.isColumnHidden(n) for n in range(len(COLUMNS)))

    def header_state(self) -> QByteArray:
        """Column widths and order, for QSettings."""
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray | None) -> None:
        """Restore remembered column widths (the model's sort stays the store's)."""
        if state:
            self.table.horizontalHeader().restoreState(state)
            self._set_resize_modes()  # an older saved state fixed the title's width too
            self.table.date_fitter.note_restored()
            self.table.fit_date_column()
        self._sync_sort_indicator()

    def stop(self) -> None:
        """Stop pending timers (window closing)."""
        self.model.stop()
        self.filter_bar.stop()

    # -- internals ---------------------------------------------------------------

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, COLUMN_INDEX["title"])
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        in_view = self.table.viewport().rect().contains(self.table.visualRect(index))
        self.table.selectionModel().setCurrentIndex(index, flags)  # Qt scrolls to an edge
        # A row whole in view stays put; one out of view comes to the middle. Why: the
        # nearest edge put an import's first document on the bottom edge, the row
        # after it half cut off.
        if not in_view:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc_id = self.model.document_id(current.row()) if current.isValid() else None
        if doc_id is not None and doc_id != self._selected_id:
            self._selected_id = doc_id
            self.document_selected.emit(doc_id)

    def _refill_stale_choices(self) -> None:
        if self._choices_stale:
            self._choices_stale = False
            # On the next event-loop turn, not inside the table refresh that found it stale.
            QTimer.singleShot(0, self, self.filter_bar.reload_choices)

    def _after_reset(self) -> None:
        """Select again the documents selected before (by id: ``kept_selection``)."""
        if self._selected_id is not None:
            row = self.model.find_row(self._selected_id, load=False)
            if row is not None:
                self.kept.restore(lambda: self._select_row(row))

    def _reselect(self) -> None:
        """Keep the selected documents selected when rows shift under them."""
        if self._selected_id is None:
            return
        current = self.table.currentIndex().row()
        if self.model.document_id(current) != self._selected_id or self.kept.lost():
            row = self.model.find_row(self._selected_id)
            if row is not None:
                self.table.selectionModel().blockSignals(True)
                self.kept.restore(lambda: self._select_row(row))
                self.table.selectionModel().blockSignals(False)
                self.table.viewport().update()

    def _sync_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        column = next((n for n, c in enumerate(COLUMNS) if c.sort_key == self.model.order_by), -1)
        descending = self.model.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def _status_icon(self, status: str) -> QIcon:
        if status not in self._icons:
            name, color = STATUS_ICONS.get(status, STATUS_ICONS["unanalyzed"])
            self._icons[status] = self.theme.pixmap_icon(name, color)
        return self._icons[status]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A narrow pane shows Advanced and Filters as icons: the search box keeps the room."""
        super().resizeEvent(event)
        style = (Qt.ToolButtonStyle.ToolButtonIconOnly if event.size().width() < WORDY_BUTTONS_WIDTH
                 else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for button in (self.filter_bar.advanced_button, self.filter_bar.filters_button):
            button.setToolButtonStyle(style)

    def _on_theme(self, _theme: str) -> None:
        bar = self.filter_bar
        bar.advanced_button.setIcon(self.theme.icon(ICONS["advanced_search"]))
        bar.filters_button.setIcon(self.theme.icon(ICONS["filters"]))
        self._icons.clear()
        self.model.muted_color = self.theme.color("muted")
        self.table.viewport().update()
