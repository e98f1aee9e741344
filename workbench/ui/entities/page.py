"""An entity's page: where it appears, who it appears with, what it said, what was said of it.

Every row opens the document at the place: a document at the entity's first
mention, a quote at its span; a co-occurring entity opens its own page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.text import distinct_aliases
from workbench.core.vocabulary import DURATION_NAME, entity_label_name
from workbench.store import Store
from workbench.ui.entities.controller import EntityController
from workbench.ui.entities.evidence import EntityEvidence, read_evidence
from workbench.ui.entities.mention_cell import MARK_ROLE, MentionCellDelegate
from workbench.ui.tasks.runner import Task
from workbench.ui.theme.icons import ICONS
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.column_fit import fit_columns, measure_columns
from workbench.ui.widgets.dates import short_date
from workbench.ui.widgets.flow_layout import FlowLayout
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.tab_labels import TabLabels
from workbench.ui.widgets.text_wide_button import TextWideButton
from workbench.ui.widgets.wording import cell_or_dash
from workbench.ui.widgets.wrapped_rows import wrap_rows

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_LINES = 4
BUTTON_TIPS = {  # "Type…" and "Hide" alone did not say what they change
    "rename": "Give this entity another name (the old one becomes an alias)",
    "type": "Change its type: person, organisation, country/city…",
    "add_alias": "Add another name it goes by, so its mentions are counted together",
    "remove_alias": "Forget one of its other names",
    "hide": "Hide it everywhere as a false positive (Edit → Undo brings it back)",
}
EMPTY_PAGE = ("Its page lists the documents that mention it, the entities it appears with and "
              "the quotes by and about it; there you can rename it, change its type, add or "
              "remove aliases, or hide it.")
TABS = (("Documents", ICONS["documents"]), ("Appears with", ICONS["appears_with"]),
        ("Quotes by", ICONS["quotes"]), ("Quotes about", ICONS["quotes_about"]))


def _tree(headers: list[str], stretch: tuple[int, ...] = (0,)) -> QTreeWidget:
    """An evidence table: text columns share the width, short ones (dates, counts) fit content.

    Why: a fixed 260 px title column in a 520 px dock squeezed "Where it is
    mentioned" to "Where i"; stretching text columns keeps both readable.
    """
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    # A long title or snippet wraps rather than reading "Where i…"; four lines at
    # most, so one long snippet does not push the other documents off the page.
    wrap_rows(tree, max_lines=ROW_LINES)
    fit_columns(tree, stretch=stretch)
    return tree


class EntityPage(QWidget):
    """Header with curation buttons, then four tabs of evidence."""

    entity_opened = Signal(int, int)
    location_requested = Signal(int, int, int)
    entity_requested = Signal(int)

    def __init__(self, store: Store, curation: EntityController, theme: ThemeManager,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EntityPage")
        self.store, self.curation = store, curation
        self.entity_id: int | None = None
        self._read_number = 0  # the latest evidence read asked for: older results are dropped
        self._reading: Task | None = None
        self._evidence_of: int | None = None  # the entity whose rows the tabs hold
        self.name_label = QLabel(objectName="PaneTitle")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.aliases_label = QLabel(objectName="MutedLabel", wordWrap=True)
        self.aliases_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label = QLabel(EMPTY_PAGE, objectName="MutedLabel", wordWrap=True)
        # "Date" and "#" as in the library and the inspector: the longer words sized
        # their columns by the header while titles and snippets beside them elided.
        # "Context", not "Where it is mentioned": that was cut to "Where it is m…" at 1024 px.
        self.documents = _tree(["Document", "Context", "Date", "#"], (0, 1))
        self.documents.headerItem().setToolTip(3, "Mentions in this document")
        self.documents.headerItem().setToolTip(1, "The words around its first mention, in bold")
        # The snippet's mention in bold: how the document names the entity.
        self.documents.setItemDelegateForColumn(1, MentionCellDelegate(
            self.documents, max_lines=ROW_LINES))
        self.co_occurring = _tree(["Entity", "Type", "Docs"])
        self.co_occurring.headerItem().setToolTip(2, "Documents where both appear")
        self.quotes_by = _tree(["Quote", "Document", "Source", "Date"], (0, 1))
        self.quotes_about = _tree(["Quote", "Speaker", "Document"], (0, 2))
        self.tabs = QTabWidget()
        # Labels shrink to icons and counts when the page is narrow, as the inspector's
        # do ("Quotes ab…" was behind a scroll arrow at 1024 px).
        self.tab_labels = TabLabels(self.tabs, theme)
        for tree, (title, icon) in zip(self._trees(), TABS, strict=True):
            self.tabs.addTab(tree, title)
            self.tab_labels.register(tree, title, icon)
            tree.itemDoubleClicked.connect(self._open_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.name_label)
        layout.addWidget(self.aliases_label)
        layout.addWidget(self.empty_label)
        self.button_row = QWidget()
        self.button_row.setLayout(self._buttons())
        layout.addWidget(self.button_row)
        layout.addWidget(self.tabs, 1)
        self.empty_space = layout.count()
        layout.addStretch(0)
        self.show_entity(None)

    def _trees(self) -> tuple[QTreeWidget, ...]:
        return (self.documents, self.co_occurring, self.quotes_by, self.quotes_about)

    def _buttons(self) -> FlowLayout:
        """The curation buttons, wrapping when the page is narrow (in one row: about 400 px)."""
        row = FlowLayout(spacing=4)
        row.setContentsMargins(0, 0, 0, 0)  # the page's own margins already frame it
        self.buttons: dict[str, QPushButton] = {}
        for key, text, method in (("rename", "Rename…", self.curation.rename),
                                  ("type", "Type…", self.curation.relabel),
                                  ("add_alias", "Add Alias…", self.curation.add_alias),
                                  ("remove_alias", "Remove Alias…", self.curation.remove_alias),
                                  ("hide", "Hide", self.curation.hide)):
            button = TextWideButton(text)
            button.setToolTip(BUTTON_TIPS[key])
            button.clicked.connect(lambda _c=False, m=method: self.entity_id is not None
                                   and m(self.entity_id))
            self.buttons[key] = button
            row.addWidget(button)
        return row

    def show_entity(self, entity_id: int | None) -> None:
        """Fill the page for ``entity_id`` (None: an empty page)."""
        try:
            entity = self.store.entities.get_entity(entity_id) if entity_id is not None else None
        except LookupError:
            entity = None
        self.entity_id = entity["id"] if entity else None
        self._show_page(entity is not None)
        if entity is None:
            self._next_read()  # a read still under way must not fill the empty page
            self.name_label.setText("Select an entity to see its page")
            self.aliases_label.setText("")
            self._clear_evidence()
            return
        self._fill(entity)

    def _show_page(self, shown: bool) -> None:
        """The page's buttons and tabs, or a line saying what the page will hold.

        Why not the page greyed out: five disabled buttons over an empty table
        read as broken, and said nothing of what selecting an entity brings.
        """
        self.empty_label.setVisible(not shown)
        self.aliases_label.setVisible(shown)
        self.button_row.setVisible(shown)
        self.tabs.setVisible(shown)
        layout = self.layout()
        if layout is not None:  # the stretch holds the line up top while the tabs are away
            layout.setStretch(self.empty_space, 0 if shown else 1)

    def refresh(self) -> None:
        """Re-read the page after curation (a merged-away entity empties it)."""
        self.show_entity(self.entity_id)

    def _fill(self, entity: dict[str, Any]) -> None:
        entity_id = int(entity["id"])
        stored = self.store.entities.entity_aliases([entity_id]).get(entity_id, [])
        aliases = distinct_aliases(str(entity["name"]), stored)
        self.name_label.setText(f"{entity['name']}  ({self._kind_name(entity)})"
                                + ("  — hidden" if entity.get("hidden") else ""))
        self.aliases_label.setText("Also: " + ", ".join(aliases) if aliases else "No aliases")
        self.buttons["remove_alias"].setEnabled(bool(stored))  # a case variant can go too
        self.buttons["hide"].setEnabled(not entity.get("hidden"))
        self._fill_evidence(entity_id)

    def _kind_name(self, entity: dict[str, Any]) -> str:
        """The type as the list shows it: "Duration" for "five years", not "Date"."""
        if entity["label"] in ("DATE", "TIME"):
            rows = self.store.entities.entity_rows([int(entity["id"])])
            if rows and rows[0]["duration"]:
                return DURATION_NAME
        return entity_label_name(entity["label"])

    def _fill_evidence(self, entity_id: int) -> None:
        """Read the four tabs off the UI thread; show them if ``entity_id`` is still on show.

        Another entity's rows go at once: while the read runs the tabs are empty,
        never the previous entity's evidence under this one's name. A refresh of
        the same entity keeps its rows until the new ones arrive.
        """
        number = self._next_read()
        if self._evidence_of != entity_id:
            self._clear_evidence()
        # Without a writer thread (an in-memory library) StoreActions reads at once.
        self._reading = self.curation.actions.read(
            "Read the entity page", lambda store, _progress: read_evidence(store, entity_id),
            lambda evidence: self._show_evidence(number, evidence), context=self)

    def _next_read(self) -> int:
        """Supersede the read under way (if any): its result, should it arrive, is dropped."""
        self._read_number += 1
        if self._reading is not None:
            self._reading.cancel()
            self._reading = None
        return self._read_number

    def _clear_evidence(self) -> None:
        self._evidence_of = None
        for tree in self._trees():
            tree.clear()
            self.tab_labels.set_count(tree, None)

    def _show_evidence(self, number: int, evidence: EntityEvidence | None) -> None:
        """Fill the tabs from read ``number`` unless a newer read (another entity) was asked for."""
        if number != self._read_number or evidence is None \
                or evidence.entity_id != self.entity_id:
            return
        self._reading = None
        self._evidence_of = evidence.entity_id
        self._fill_tree(self.documents, [
            ([d["title"], d.get("snippet") or "", short_date(d.get("published")),
              str(d["mentions"])], d, d["title"]) for d in evidence.documents],
            evidence.documents_count)
        self._fill_tree(self.co_occurring, [
            ([e["name"], entity_label_name(e["label"]), str(e["documents"])], e, "")
            for e in evidence.partners], evidence.partners_count)
        self._fill_tree(self.quotes_by, [
            ([_flat(q["text"]), q["title"], cell_or_dash(q.get("source")),
              short_date(q.get("published"))], q, q["text"]) for q in evidence.quotes_by],
            evidence.quotes_by_count)
        self._fill_tree(self.quotes_about, [
            ([_flat(q["text"]), cell_or_dash(q.get("speaker") or q.get("speaker_text")),
              q["title"]], q, q["text"]) for q in evidence.quotes_about],
            evidence.quotes_about_count)

    def _fill_tree(self, tree: QTreeWidget, rows: list[tuple[list[str], dict[str, Any], str]],
                   count: int | str) -> None:
        """List ``rows`` and put ``count`` on the tab."""
        tree.clear()
        for texts, row, tip in rows:
            item = QTreeWidgetItem(texts)
            item.setData(0, ROW_ROLE, row)
            if row.get("snippet_mark") and tree is self.documents:
                item.setData(1, MARK_ROLE, row["snippet_mark"])
                item.setToolTip(1, plain_tooltip(texts[1]))
            item.setToolTip(0, plain_tooltip(tip or texts[0]))
            tree.addTopLevelItem(item)
        measure_columns(tree)
        self.tab_labels.set_count(tree, count)

    def _open_row(self, item: QTreeWidgetItem, _column: int) -> None:
        tree, row = item.treeWidget(), item.data(0, ROW_ROLE)
        if tree is self.documents and self.entity_id is not None:
            self.entity_opened.emit(int(row["id"]), self.entity_id)
        elif tree is self.co_occurring:
            self.entity_requested.emit(int(row["id"]))
        else:
            self.location_requested.emit(int(row["document_id"]), int(row["start"]),
                                         int(row["end"]))


def _flat(text: str) -> str:
    return " ".join(text.split())
