"""The inspector: entities, quotes and details of the document in the reader.

It only reads the ``ReaderContent`` the reader already loaded (no extra
queries) and asks the reader to show a mention or quote by index.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QMenu,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from workbench.core.authorship import MACHINE_LABEL
from workbench.core.text import plural
from workbench.core.vocabulary import STATUS_ANALYZED
from workbench.ui.inspector.details import fill_details
from workbench.ui.inspector.row_lines import NAME_LINES, NameLinesDelegate, QuoteLinesDelegate
from workbench.ui.library.columns import STATUS_TEXT
from workbench.ui.reader.content import ReaderContent
from workbench.ui.reader.legend import names_first
from workbench.ui.reader.quote_claims import claim_of_quote, claims_of_quotes
from workbench.ui.theme.icons import ICONS
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.column_fit import fit_columns, measure_columns
from workbench.ui.widgets.empty_hint import EmptyHint
from workbench.ui.widgets.padded_rows import gap_number_columns, pad_rows
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.tab_labels import TabLabels
from workbench.ui.widgets.wording import QUOTE_KIND_WORDS, menu_literal, quote_kind_word

TAB_ICONS = {
    "Entities": ICONS["entities_tab"], "Quotes": ICONS["quotes"], "Notes": ICONS["notes"],
    "Claims": ICONS["mark_claim"], "Suggestions": ICONS["claim_suggestions"],
    "Details": ICONS["details_tab"],
}
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1
MENTIONS_HEADER = "#"
#: Air between the rows of the Entities and Quotes trees: at 14 px a list of thirty
#: names read as one block; less than the claim lists' 8 px, as these are scanned by type.
INSPECTOR_ROW_PADDING = QSize(6, 5)
INDEXES_ROLE = Qt.ItemDataRole.UserRole + 2
QUOTE_LINES = 2
#: Over a quote a claim already stands for; no claim number: the app shows those nowhere.
ALREADY_CLAIMED = "Already a claim (in the Claims tab)"
QUOTE_COLUMN_TIPS = (f"Quotes by the speaker; “” {QUOTE_KIND_WORDS['direct'].lower()},"
                     f" ≈ {QUOTE_KIND_WORDS['indirect'].lower()}",
                     "Claim: click to make the quote a claim, or it is one already")


def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget(accessibleName=name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(True)
    tree.setUniformRowHeights(True)
    pad_rows(tree, INSPECTOR_ROW_PADDING)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    fit_columns(tree, stretch=0)
    return tree


class InspectorPanel(QTabWidget):
    """Tabs: Entities (by type), Quotes (by speaker), the analyst's tabs, and Details.

    The Notes, Claims and Suggestions tabs are added by the window
    (``add_panel``) because they act on the store; this class only reads.
    """

    mention_requested = Signal(int)
    quote_requested = Signal(int)
    entity_filter_requested = Signal(int, str)
    entity_page_requested = Signal(int)
    quote_claim_requested = Signal(int)

    def __init__(self, theme: ThemeManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InspectorPanel")
        self.theme = theme
        self.content: ReaderContent | None = None
        self._cycle: dict[int, int] = {}
        self._filled: dict[str, Any] = {}  # what each tab was last filled from
        self.fill_count = 0  # tabs (re)filled, for tests that count work
        # "#", not "Mentions": the word sized the column to ~80 px for one- and
        # two-digit counts while entity names beside it elided ("Ministry of Nation…").
        self.entities = _tree(["Entity", MENTIONS_HEADER], "Entities in this document")
        self.entities.headerItem().setToolTip(1, "Mentions in this document")
        # Over right-aligned counts a left-aligned "#" read as the column before's.
        self.entities.headerItem().setTextAlignment(
            1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The counts are the last column: flush right they touched the scroll bar.
        gap_number_columns(self.entities, (1,))
        self.entities.setItemDelegateForColumn(  # a long name on two lines, not cut
            0, NameLinesDelegate(self.entities, NAME_LINES, INSPECTOR_ROW_PADDING,
                                 headings_too=False))
        self.quotes = _tree(["Speaker / quote", "", ""], "Quotes in this document, by speaker")
        self.quotes.setItemDelegateForColumn(
            0, QuoteLinesDelegate(self.quotes, QUOTE_LINES, INSPECTOR_ROW_PADDING))
        # Two glyph columns with blank headers: say what they hold on hover.
        self.quotes.headerItem().setToolTip(1, QUOTE_COLUMN_TIPS[0])
        self.quotes.headerItem().setToolTip(2, QUOTE_COLUMN_TIPS[1])
        for tree in (self.entities, self.quotes):  # never taken for the analyst's own work
            tree.headerItem().setToolTip(0, f"Found {MACHINE_LABEL}")
        self._empty_says = {"entities": "", "quotes": ""}
        self.entities_hint = EmptyHint(self.entities, self._entities_empty)
        self.quotes_hint = EmptyHint(self.quotes, self._quotes_empty)
        self.details = QWidget()
        self.details_form = QFormLayout(self.details)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.details)
        # Labels that fit, refit on every resize; made before the first tab, as it
        # brings the tab bar with narrow icon-only tabs.
        self.labels = TabLabels(self, theme)
        self.addTab(self.entities, "Entities")
        self.addTab(self.quotes, "Quotes")
        self.addTab(scroll, "Details")
        self.details_scroll = scroll
        for widget, name, icon in ((self.entities, "Entities", TAB_ICONS["Entities"]),
                                   (self.quotes, "Quotes", TAB_ICONS["Quotes"]),
                                   (scroll, "Details", TAB_ICONS["Details"])):
            self.labels.register(widget, name, icon)
        self.entities.itemDoubleClicked.connect(self._on_entity_double_clicked)
        self.entities.itemClicked.connect(self._on_entity_clicked)
        self.entities.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.entities.customContextMenuRequested.connect(self._entity_menu)
        self.quotes.itemClicked.connect(self._on_quote_clicked)
        theme.theme_changed.connect(lambda _theme: self.show_content(self.content, force=True))
        # Before any document: each tab says what will fill it, not a blank header.
        self._fill_entities([])
        self._fill_quotes([], [])
        self._fill_details({})

    def add_panel(self, panel: QWidget, title: str) -> None:
        """Add an analyst tab before Details."""
        self.insertTab(self.indexOf(self.details_scroll), panel, title)
        self.labels.register(panel, title, TAB_ICONS.get(title, ICONS["tab"]))

    def set_tab_count(self, panel: QWidget, count: int | None) -> None:
        """Show a count on ``panel``'s tab (shortened to the count when the tabs are narrow)."""
        self.labels.set_count(panel, count)

    def show_content(self, content: ReaderContent | None, force: bool = False) -> None:
        """Fill the tabs from the reader's content, each only when what it shows changed.

        Why compare: every highlight, claim or undo reloads the document it is
        on, and refilling the entity and quote trees and the details form each
        time cost ~10 ms of UI-thread CPU per action, taken from an import
        running beside it. A highlight changes none of the three; a claim only
        the Quotes tab's "already a claim" marks.
        """
        if content is None or self.content is None or content.doc_id != self.content.doc_id:
            self._cycle.clear()
        self.content = content
        if force:
            self._filled.clear()
        mentions = content.mentions if content else []
        quotes = content.quotes if content else []
        document = content.document if content else {}
        claimed = claims_of_quotes(content, quotes)
        status = document.get("status")
        for key, shown, fill in (("entities", (mentions, status),
                                  lambda: self._fill_entities(mentions, status)),
                                 ("quotes", (quotes, claimed, status),
                                  lambda: self._fill_quotes(quotes, claimed, status)),
                                 ("details", document, lambda: self._fill_details(document))):
            if key not in self._filled or self._filled[key] != shown:
                self._filled[key] = shown
                self.fill_count += 1
                fill()

    def select_entity(self, entity_id: int) -> bool:
        """Select an entity's row (the analyst clicked it in the reader); True if found."""
        item = _grouped_row(self.entities, ENTITY_ROLE, entity_id)
        if item is None:
            return False
        self.setCurrentWidget(self.entities)
        item.parent().setExpanded(True)
        self.entities.setCurrentItem(item)
        self.entities.scrollToItem(item)
        return True

    def select_quote(self, quote_index: int) -> None:
        """Select a quote's row (clicked in the reader)."""
        item = _grouped_row(self.quotes, INDEXES_ROLE, quote_index)
        if item is not None:
            self.setCurrentWidget(self.quotes)
            self.quotes.setCurrentItem(item)
            self.quotes.scrollToItem(item)

    def _fill_entities(self, mentions: list[dict[str, Any]], status: str | None = None) -> None:
        self.entities.clear()
        if not mentions:
            self._say_why_empty(self.entities, "entities", status)
        grouped: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        names: dict[int, str] = {}
        for index, mention in enumerate(mentions):
            grouped[mention["label"]][mention["entity_id"]].append(index)
            names[mention["entity_id"]] = mention["entity"]
        palette = self.theme.palette
        mention_counts = Counter({label: sum(map(len, entities.values()))
                                  for label, entities in grouped.items()})
        for label in names_first(mention_counts):
            entities, name = grouped[label], palette.label_name(label)
            group = QTreeWidgetItem([f"{name}  ({len(entities)})", ""])
            group.setFirstColumnSpanned(True)
            # Its count is of entities; the reader's legend chip beside it counts mentions.
            # Literal, as its entities' tooltips: a type can come from an imported library.
            group.setToolTip(0, plain_tooltip(
                f"{name}: {plural(len(entities), 'entity', 'entities')}, "
                f"{plural(sum(map(len, entities.values())), 'mention')}"))
            colors = palette.entity(label, self.theme.theme)
            for column in (0, 1):  # the band runs under the count column too
                group.setBackground(column, QBrush(QColor(colors.background)))
                group.setForeground(column, QBrush(QColor(colors.foreground)))
            for entity_id, indexes in sorted(entities.items(), key=lambda e: (-len(e[1]),
                                                                                names[e[0]])):
                child = QTreeWidgetItem([names[entity_id], str(len(indexes))])
                child.setData(0, ENTITY_ROLE, entity_id)
                child.setData(0, INDEXES_ROLE, indexes)
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                child.setToolTip(0, plain_tooltip(f"{names[entity_id]} ({label}): click to step"
                                                  " through its mentions; double-click for its"
                                                  f" entity page\nFound {MACHINE_LABEL}"))
                group.addChild(child)
            self.entities.addTopLevelItem(group)
            group.setExpanded(True)
        measure_columns(self.entities)
        self.set_tab_count(self.entities, len(names) if self.content else None)  # none: no count

    def _fill_quotes(self, quotes: list[dict[str, Any]], claimed: list[int | None],
                     status: str | None = None) -> None:
        self.quotes.clear()
        if not quotes:
            self._say_why_empty(self.quotes, "quotes", status)
        claim_icon = self.theme.icon(ICONS["mark_claim"])
        done_icon = self.theme.icon(ICONS["claim_status"], "status_analyzed")
        by_speaker: dict[str, list[int]] = defaultdict(list)
        for index, quote in enumerate(quotes):
            speaker = quote.get("speaker") or quote.get("speaker_text") or "Unknown speaker"
            by_speaker[speaker].append(index)
        for speaker in sorted(by_speaker, key=lambda s: (-len(by_speaker[s]), s)):
            group = QTreeWidgetItem([speaker, str(len(by_speaker[speaker]))])
            group.setToolTip(0, plain_tooltip(f"{speaker}: speaker found {MACHINE_LABEL}"))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for index in by_speaker[speaker]:
                quote = quotes[index]
                kind = "“”" if quote.get("kind") != "indirect" else "≈"
                child = QTreeWidgetItem([" ".join(quote["text"].split()), kind])
                child.setData(0, INDEXES_ROLE, index)
                child.setToolTip(0, plain_tooltip(f"{quote['text']}\n\nFound {MACHINE_LABEL}"))
                child.setToolTip(1, quote_kind_word(quote.get("kind")))
                claim_id = claimed[index]
                child.setIcon(2, claim_icon if claim_id is None else done_icon)
                child.setToolTip(2, "Make this quote a claim (claimant: its speaker)"
                                 if claim_id is None else ALREADY_CLAIMED)
                group.addChild(child)
            self.quotes.addTopLevelItem(group)
            group.setExpanded(True)
        measure_columns(self.quotes)
        self.set_tab_count(self.quotes, len(quotes) if self.content else None)

    def _say_why_empty(self, tree: QTreeWidget, what: str, status: str | None) -> None:
        """Say, wrapped and muted over the empty tree, why it is empty (or what fills it).

        Why not a row: at 1024 px the one-line row read "No quotes found in…", cut
        off where the Notes and Claims tabs beside it wrap their sentences.
        """
        self._empty_says[what] = empty_text(what, status) if self.content else NO_DOCUMENT
        tree.viewport().update()

    def _entities_empty(self) -> str:
        return self._empty_says["entities"] if self.entities.topLevelItemCount() == 0 else ""

    def _quotes_empty(self) -> str:
        return self._empty_says["quotes"] if self.quotes.topLevelItemCount() == 0 else ""

    def _fill_details(self, document: dict[str, Any]) -> None:
        fill_details(self.details_form, document)

    def _on_entity_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        """Each click on an entity shows its next mention in the reader."""
        indexes = item.data(0, INDEXES_ROLE)
        entity_id = item.data(0, ENTITY_ROLE)
        if not indexes or entity_id is None:
            return
        position = self._cycle.get(entity_id, -1) + 1
        self._cycle[entity_id] = position % len(indexes)
        self.mention_requested.emit(indexes[self._cycle[entity_id]])

    def _on_quote_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        """Show the quote; a click on its ⚖ column makes it a claim."""
        index = item.data(0, INDEXES_ROLE)
        if not isinstance(index, int):
            return
        self.quote_requested.emit(index)
        quote = self.content.quotes[index] if self.content else {}
        if column == 2 and quote.get("id") is not None \
                and claim_of_quote(self.content, quote) is None:
            self.quote_claim_requested.emit(int(quote["id"]))

    def _on_entity_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, ENTITY_ROLE) is not None:
            self.entity_page_requested.emit(int(item.data(0, ENTITY_ROLE)))

    def _entity_menu(self, point: Any) -> None:
        item = self.entities.itemAt(point)
        if item is None or item.data(0, ENTITY_ROLE) is None:
            return
        menu = QMenu(self)
        page = menu.addAction("Open Entity Page")
        action = menu.addAction(f"Show Documents Mentioning “{menu_literal(item.text(0))}”")
        chosen = menu.exec(self.entities.viewport().mapToGlobal(point))
        if chosen is action:
            self.entity_filter_requested.emit(int(item.data(0, ENTITY_ROLE)), item.text(0))
        elif chosen is page:
            self.entity_page_requested.emit(int(item.data(0, ENTITY_ROLE)))


NO_DOCUMENT = "No document open"  # short: a 250 px tab elided a longer sentence


def empty_text(what: str, status: str | None) -> str:
    """Why a document shows no entities or quotes: not analysed (yet), or none found."""
    if status in (None, STATUS_ANALYZED):
        return f"No {what} found in this document"
    return STATUS_TEXT.get(status, status)


def _grouped_row(tree: QTreeWidget, role: int, value: Any) -> QTreeWidgetItem | None:
    """The row under a group (label, speaker) of ``tree`` whose ``role`` data is ``value``."""
    for group in range(tree.topLevelItemCount()):
        parent = tree.topLevelItem(group)
        for row in range(parent.childCount()):
            if parent.child(row).data(0, role) == value:
                return parent.child(row)
    return None
