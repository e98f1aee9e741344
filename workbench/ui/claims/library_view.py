"""The Claims view: every claim in the library, filtered by status, claimant, tag and document.

Lives in a dock. It reloads only while visible (a change while hidden just
marks it stale), and a double-click opens the document at the claim.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.models import Changes
from workbench.core.records import Claim
from workbench.core.vocabulary import CLAIM_STATUSES
from workbench.store import Store
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.dates import short_date
from workbench.ui.widgets.lazy_refresh import LazyRefreshWidget
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.swatches import swatch_icon

CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Status", "Claim", "Claimant", "Document", "Published", "Links")


class ClaimsView(LazyRefreshWidget):
    """A filterable table of claims across the library."""

    location_requested = Signal(int, int, int)

    def __init__(self, store: Store, theme: ThemeManager, parent: QWidget | None = None, *,
                 changes_applied: SignalInstance | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClaimsView")
        self.store, self.theme = store, theme
        self.current_document: int | None = None
        self.stale = True
        self.rows: list[dict[str, Any]] = []
        self.status_combo = QComboBox()
        self.status_combo.addItem("Any status", None)
        for status in CLAIM_STATUSES:
            self.status_combo.addItem(status.capitalize(), status)
        self.claimant_edit = QLineEdit(placeholderText="Claimant…", clearButtonEnabled=True)
        self.tag_combo = QComboBox()
        self.document_combo = QComboBox()
        self.document_combo.addItem("All documents", "all")
        self.document_combo.addItem("This document", "current")
        self.count_label = QLabel(objectName="MutedLabel")
        self.table = QTreeWidget()
        self.table.setHeaderLabels(list(COLUMNS))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 120), (2, 150), (3, 240), (4, 90), (5, 50)):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self._layout()
        self.status_combo.activated.connect(lambda _i: self.reload())
        self.tag_combo.activated.connect(lambda _i: self.reload())
        self.document_combo.activated.connect(lambda _i: self.reload())
        self.claimant_edit.textChanged.connect(lambda _t: self._apply_claimant())
        self.table.itemDoubleClicked.connect(self._open)
        self.follow(changes_applied)

    def _layout(self) -> None:
        row = QHBoxLayout()
        for widget in (self.status_combo, self.claimant_edit, self.tag_combo, self.document_combo):
            row.addWidget(widget, 1 if widget is self.claimant_edit else 0)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def set_current_document(self, doc_id: int | None) -> None:
        """The document in the reader (for the "This document" filter)."""
        self.current_document = doc_id
        if self.document_combo.currentData() == "current":
            self.mark_stale()


    def on_changes(self, changes: Changes) -> None:
        """Claims, the annotations they are and the tags on them: reload (lazily)."""
        if changes.claims or changes.annotations or changes.tags:
            self.mark_stale()

    def reload(self) -> None:
        """Query claims for the status, tag and document filters; filter claimants here."""
        self.stale = False
        self._refill_tags()
        document = self.current_document if self.document_combo.currentData() == "current" \
            else None
        if self.document_combo.currentData() == "current" and document is None:
            self.rows = []
        else:
            self.rows = self.store.claims.list_claims(status=self.status_combo.currentData(),
                                               tag=self.tag_combo.currentData(),
                                               document_id=document)
        self._fill()

    def _refill_tags(self) -> None:
        current = self.tag_combo.currentData()
        self.tag_combo.clear()
        self.tag_combo.addItem("Any tag", None)
        for path in self.store.library.library_tags():
            depth = path.count("/")
            self.tag_combo.addItem("    " * depth + path.rsplit("/", 1)[-1], path)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(current)))

    def _fill(self) -> None:
        self.table.setSortingEnabled(False)
        self.table.clear()
        palette, theme = self.theme.palette, self.theme.theme
        for claim in self.rows:
            text = " ".join(claim.text.split())
            item = QTreeWidgetItem([claim.status.capitalize(), text, claim.claimant or "",
                                    claim.document_title or "",
                                    short_date(claim.published),
                                    str(len(claim.links))])
            item.setIcon(0, swatch_icon(palette.claim_status(claim.status, theme)))
            item.setData(0, CLAIM_ROLE, claim)
            item.setToolTip(1, plain_tooltip(claim.text))
            item.setTextAlignment(5, Qt.AlignmentFlag.AlignRight)
            self.table.addTopLevelItem(item)
        self.table.setSortingEnabled(True)
        self._apply_claimant()

    def _apply_claimant(self) -> None:
        needle = self.claimant_edit.text().casefold().strip()
        shown = 0
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            hidden = bool(needle) and needle not in item.text(2).casefold()
            item.setHidden(hidden)
            shown += not hidden
        self.count_label.setText(f"{shown:,} claim{'s' if shown != 1 else ''}")

    def visible_claims(self) -> list[Claim]:
        """The claims listed after every filter, in table order."""
        items = [self.table.topLevelItem(r) for r in range(self.table.topLevelItemCount())]
        return [item.data(0, CLAIM_ROLE) for item in items if not item.isHidden()]

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        claim: Claim = item.data(0, CLAIM_ROLE)
        self.location_requested.emit(claim.document_id, claim.start, claim.end)
