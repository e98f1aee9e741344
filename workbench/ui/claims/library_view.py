"""The Claims view: every claim in the library, filtered by status, claimant, tag, document, author.

Lives in a dock. It reloads only while visible (a change while hidden just
marks it stale), and a double-click opens the document at the claim. The
Grade column ("B2": the document's reliability, the claim's credibility)
sorts best grade first with ungraded halves last, the grade filter keeps one
reliability or credibility, and the context menu grades (``grade_menu``).
A row dragged out carries its claim id (``widgets.annotation_drag``): dropped
on the ACH matrix it becomes evidence.
The Author column names the analyst who made each claim (its tooltip also
who changed it last), so merged work from colleagues can be told apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.labels import label_key
from workbench.core.models import Changes
from workbench.core.records import Claim
from workbench.core.text import plural
from workbench.core.vocabulary import (
    CLAIM_STATUSES,
    CREDIBILITY_WORDING,
    NOT_GRADED,
    RELIABILITY_WORDING,
    grade_code,
    grade_wording,
)
from workbench.operations.identity import author_labels
from workbench.store import Store, name_sort_key
from workbench.ui.claims.grade_menu import grade_menu
from workbench.ui.claims.row_order import date_key, date_less, missing_last
from workbench.ui.reader.tooltips import authorship_line
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.theme.icons import ICONS
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.annotation_drag import (
    DRAG_MIME_TYPES,
    annotation_mime,
    make_annotation_drag_source,
)
from workbench.ui.widgets.column_fit import fit_columns, measure_columns
from workbench.ui.widgets.dates import date_tooltip, short_date
from workbench.ui.widgets.empty_hint import EmptyHint
from workbench.ui.widgets.flow_layout import chars_wide, filter_row
from workbench.ui.widgets.lazy_refresh import LazyRefreshWidget
from workbench.ui.widgets.padded_rows import gap_number_columns, pad_rows
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.swatches import swatch_icon
from workbench.ui.widgets.word_lines import word_lines
from workbench.ui.widgets.wording import (
    NO_VALUE,
    OPEN_IN_READER,
    THIS_DOCUMENT,
    WHOLE_LIBRARY,
    author_cell,
    cell_or_dash,
)

CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1
# "Date" as in the library and on the entity page (this column was "Published").
FILTER_CHARS = 12  # the tag and author filters, as wide as the Timeline's tag filter
COLUMNS = ("Status", "Claim", "Claimant", "Document", "Date", "Links", "Grade", "Author")
CLAIM_COLUMN = 1
CLAIMANT_COLUMN = 2
DOCUMENT_COLUMN = 3
# The claim and its document's title stretch, sharing at least this part of the width
# between them; the others take their content's width up to these caps (elided past them,
# whole on hover). At 1024 a 240 px document column left the claim ~190 px ("any arms pact
# between the t…"); at 1440 fixed widths cut claimant and document ("The German gove…")
# while the claim had room to spare; with only the claim stretching, titles were cut at
# 1024 ("Regional Transport Authority says t…") beside a claim wrapped on two lines.
STRETCH_SHARE = 0.5
COLUMN_CAPS = {0: 140, 2: 260, 7: 180}
GRADE_COLUMN = 6
DATE_COLUMN = 4
NO_CLAIMS = ("No claims yet. Select a statement in the reader, then right-click → "
             "Mark as Claim.")
NO_MATCHING_CLAIM = "No claim matches these filters."
AUTHOR_COLUMN = 7
NO_CLAIMANT = "No claimant named"
_UNGRADED = 99  # sorts an ungraded half after every grade
UNGRADED_FILTER = "none"


def grade_sort_key(claim: Claim) -> tuple[int, int]:
    """Best first: reliability A..F, then credibility 1..6; a missing half after every grade."""
    reliability = "ABCDEF".find(claim.reliability) if claim.reliability else _UNGRADED
    credibility = claim.credibility if claim.credibility is not None else _UNGRADED
    return reliability, credibility


#: The author filter's value for work from before authorship (no author id)
UNATTRIBUTED = ""


def author_choices(names: Mapping[str, str]) -> list[tuple[str, str]]:
    """(label, author id) per author, by name (shared names told apart), then "Unknown author"."""
    return [*author_labels(names), (author_cell(None), UNATTRIBUTED)]


class _ClaimItem(QTreeWidgetItem):
    """A table row that sorts its Grade column by grade, numbers as numbers, the rest as names
    ("Ábel" beside "Abel", not after "Zoë": ``name_sort_key``), a missing "–" last.

    Why not ``super().__lt__`` for the rest: in PySide6 it calls this override again.
    The date's key is worked out once, here (``date_key``), not in every comparison.
    """

    def __init__(self, cells: list[str], published: str | None) -> None:
        super().__init__(cells)
        self.date_key = date_key(published)

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        if column == GRADE_COLUMN:
            mine, theirs = self.data(0, CLAIM_ROLE), other.data(0, CLAIM_ROLE)
            return grade_sort_key(mine) < grade_sort_key(theirs)
        if column == DATE_COLUMN:
            return date_less(self.date_key, other.date_key, tree)  # type: ignore[attr-defined]
        left, right = self.text(column), other.text(column)
        if (left == NO_VALUE) != (right == NO_VALUE):
            return missing_last(left == NO_VALUE, tree)
        if left.isdigit() and right.isdigit():
            return int(left) < int(right)
        return (name_sort_key(left) or "") < (name_sort_key(right) or "")


def _grade_filters() -> list[tuple[str, str | None]]:
    """The grade filter's entries: any, each reliability ("A"), each credibility ("1"), none.

    Plain strings as item data: Qt's ``findData`` cannot match Python tuples.
    """
    entries: list[tuple[str, str | None]] = [("Any grade", None)]
    entries += [(f"Reliability {g} — {w}", g) for g, w in RELIABILITY_WORDING.items()]
    entries += [(f"Credibility {g} — {w}", str(g)) for g, w in CREDIBILITY_WORDING.items()]
    entries.append((NOT_GRADED, UNGRADED_FILTER))
    return entries


def _grade_filter_combo() -> QComboBox:
    combo = QComboBox(accessibleName="Grade filter")
    combo.setToolTip("Keep claims of one grade (NATO/Admiralty code)")
    chars_wide(combo, 12)  # sized to "Any grade", not to the longest wording
    for text, wanted in _grade_filters():
        combo.addItem(text, wanted)
    return combo


def grade_matches(claim: Claim, wanted: str | None) -> bool:
    """Whether ``claim`` passes the grade filter entry ``wanted`` ("B", "2", "none" or None)."""
    if wanted is None:
        return True
    if wanted == UNGRADED_FILTER:
        return claim.reliability is None and claim.credibility is None
    if wanted.isdigit():
        return claim.credibility == int(wanted)
    return claim.reliability == wanted


class ClaimsTree(QTreeWidget):
    """The claims table as a drag source: rows leave as claim ids (and their statements)."""

    def __init__(self) -> None:
        super().__init__()
        make_annotation_drag_source(self)
        self.setHeaderLabels(list(COLUMNS))
        self.columns = fit_columns(self, stretch=(CLAIM_COLUMN, DOCUMENT_COLUMN),
                                   caps=COLUMN_CAPS, stretch_share=STRETCH_SHARE)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return list(DRAG_MIME_TYPES)

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        claims: list[Claim] = [item.data(0, CLAIM_ROLE) for item in items]
        claims = [claim for claim in claims if claim is not None]
        text = "\n".join(" ".join(claim.text.split()) for claim in claims)
        return annotation_mime([claim.id for claim in claims], text)


def _claims_table() -> ClaimsTree:
    """The sortable table of claims, newest documents first."""
    table = ClaimsTree()
    table.setAccessibleName("Claims")
    table.setRootIsDecorated(False)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.setUniformRowHeights(True)
    pad_rows(table)
    # Two lines cut between words, the whole text on hover; every row is two lines tall for
    # its claim, so claimant and title take theirs too (one read "German gover…" at 1024).
    for column in (CLAIM_COLUMN, CLAIMANT_COLUMN, DOCUMENT_COLUMN):
        word_lines(table, column)
    gap_number_columns(table, (COLUMNS.index("Links"),))  # "2 –" read as a range before Grade
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    return table


class ClaimsView(LazyRefreshWidget):
    """A filterable table of claims across the library."""

    location_requested = Signal(int, int, int)

    def __init__(self, store: Store, theme: ThemeManager, parent: QWidget | None = None, *,
                 changes_applied: SignalInstance | None = None,
                 actions: StoreActions | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClaimsView")
        self.store, self.theme, self.actions = store, theme, actions
        self.current_document: int | None = None
        self.stale = True
        self.rows: list[dict[str, Any]] = []
        self.status_combo = QComboBox(accessibleName="Claim status filter")
        self.status_combo.addItem("Any status", None)
        for status in CLAIM_STATUSES:
            self.status_combo.addItem(status.capitalize(), status)
        self.claimant_edit = QLineEdit(placeholderText="Claimant…", clearButtonEnabled=True,
                                       accessibleName="Claimant filter")
        self.tag_combo = chars_wide(QComboBox(accessibleName="Tag filter"), FILTER_CHARS)
        self.document_combo = QComboBox(accessibleName="Document filter")
        self.document_combo.addItem(WHOLE_LIBRARY, "all")
        self.document_combo.addItem(THIS_DOCUMENT, "current")
        self.grade_combo = _grade_filter_combo()
        self.author_combo = chars_wide(QComboBox(toolTip="Keep the claims one author made",
                                                 accessibleName="Author filter"), FILTER_CHARS)
        self.count_label = QLabel(objectName="MutedLabel")
        self.table = _claims_table()
        self._shown = 0
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self._layout()
        self.status_combo.activated.connect(lambda _i: self.reload())
        self.tag_combo.activated.connect(lambda _i: self.reload())
        self.document_combo.activated.connect(lambda _i: self.reload())
        self.claimant_edit.textChanged.connect(lambda _t: self._apply_claimant())
        self.grade_combo.activated.connect(lambda _i: self._apply_claimant())
        self.author_combo.activated.connect(lambda _i: self._apply_claimant())
        self.table.itemDoubleClicked.connect(self._open)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.follow(changes_applied)

    def _layout(self) -> None:
        # The claimant box keeps room for a name; the filters wrap in a narrow dock.
        self.claimant_edit.setMinimumWidth(self.claimant_edit.fontMetrics().averageCharWidth() * 28)
        row = filter_row([self.status_combo, self.claimant_edit, self.tag_combo,
                          self.document_combo, self.grade_combo, self.author_combo],
                         self.count_label)
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
        self._refill_authors()
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

    def _refill_authors(self) -> None:
        """Every author the library knows, and "Unknown author" for work from before authorship.

        Items hold author ids, not names: two analysts may share a display
        name, and each keeps an entry of their own (the id's start tells them apart).
        """
        current = self.author_combo.currentData() if self.author_combo.count() else None
        self.author_combo.clear()
        self.author_combo.addItem("Any author", None)
        for label, author_id in author_choices(self.store.authors.names()):
            self.author_combo.addItem(label, author_id)
        self.author_combo.setCurrentIndex(max(0, self.author_combo.findData(current)))

    def _fill(self) -> None:
        self.table.setSortingEnabled(False)
        self.table.clear()
        palette, theme = self.theme.palette, self.theme.theme
        for claim in self.rows:
            text = " ".join(claim.text.split())
            grade = grade_code(claim.reliability, claim.credibility)
            item = _ClaimItem([claim.status.capitalize(), text, cell_or_dash(claim.claimant),
                               cell_or_dash(claim.document_title),
                               short_date(claim.published),
                               str(len(claim.links)), cell_or_dash(grade),
                               author_cell(claim.author)], claim.published)
            item.setToolTip(AUTHOR_COLUMN, authorship_line(claim.author, claim.editor,
                                                           claim.edited_by))
            item.setToolTip(GRADE_COLUMN, grade_wording(claim.reliability, claim.credibility)
                            if grade else NOT_GRADED)
            item.setToolTip(DATE_COLUMN, date_tooltip(claim.published) or "")
            if not claim.claimant:
                item.setToolTip(2, NO_CLAIMANT)
            item.setIcon(0, swatch_icon(palette.claim_status(claim.status, theme)))
            item.setData(0, CLAIM_ROLE, claim)
            item.setToolTip(1, plain_tooltip(claim.text))
            item.setTextAlignment(5, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        self.table.setSortingEnabled(True)
        measure_columns(self.table)
        self._apply_claimant()

    def _apply_claimant(self) -> None:
        needle = label_key(self.claimant_edit.text().strip())  # the store's rule for names
        wanted = self.grade_combo.currentData()
        author = self.author_combo.currentData()
        shown = 0
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            claimant = item.data(0, CLAIM_ROLE).claimant or ""  # not the cell's "–"
            hidden = bool(needle) and needle not in label_key(claimant)
            hidden = hidden or not grade_matches(item.data(0, CLAIM_ROLE), wanted)
            hidden = hidden or (author is not None and
                                (item.data(0, CLAIM_ROLE).author_id or UNATTRIBUTED) != author)
            item.setHidden(hidden)
            shown += not hidden
        self.count_label.setText(plural(shown, "claim"))
        self._shown = shown
        self.empty_hint.refresh()

    def _empty_text(self) -> str:
        """Nothing, while a claim is listed; else whether the filters or the library are empty."""
        if self._shown:
            return ""
        combos = (self.status_combo, self.tag_combo, self.document_combo, self.grade_combo,
                  self.author_combo)
        if self.claimant_edit.text().strip() or any(c.currentIndex() > 0 for c in combos):
            return NO_MATCHING_CLAIM
        return NO_CLAIMS

    def _context_menu(self, point: QPoint) -> None:
        item = self.table.itemAt(point)
        if item is None or self.actions is None:
            return
        claim: Claim = item.data(0, CLAIM_ROLE)
        self.context_menu_for(claim).exec(self.table.viewport().mapToGlobal(point))

    def context_menu_for(self, claim: Claim) -> QMenu:
        """The row's menu: open the claim, and grade it, its document or its source."""
        assert self.actions is not None
        menu = QMenu(self)
        # With icons, as the reader's menus and the window's Grade command have them.
        menu.addAction(self.theme.icon(ICONS["open_in_reader"]), OPEN_IN_READER,
                       lambda: self.location_requested.emit(
                           claim.document_id, claim.start, claim.end))
        grades = self.store.grades.document_grades([claim.document_id])[claim.document_id]
        grading = grade_menu(menu, self.actions, claim, grades)
        grading.setIcon(self.theme.icon(ICONS["grade_reliability"]))
        menu.addMenu(grading)
        return menu

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        claim: Claim = item.data(0, CLAIM_ROLE)
        self.location_requested.emit(claim.document_id, claim.start, claim.end)
