"""Duplicate entity suggestions: probably-the-same pairs, merged or dismissed in one click.

The candidates (``duplicate_entity_candidates``) compare every name in the
library, so they are computed off the UI thread and only while the panel is
visible; a merge or dismissal refreshes the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.models import Changes
from workbench.core.text import plural
from workbench.core.vocabulary import entity_label_name
from workbench.ui.entities.controller import EntityController
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.theme.icons import ICONS
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.column_fit import Share, fit_columns, measure_columns
from workbench.ui.widgets.empty_hint import EmptyHint
from workbench.ui.widgets.lazy_refresh import LazyRefreshWidget
from workbench.ui.widgets.padded_rows import pad_rows
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.word_lines import WordLinesDelegate
from workbench.ui.widgets.wrapped_rows import RowRelayout

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
REASON_COLUMN, MERGE_COLUMN, DISMISS_COLUMN = 2, 4, 5
# The Reason column takes at most this share of the table: sized to its longest
# reason, it left the two name columns a few letters each in a 1024 px window; at a
# quarter, one long reason still held 250 px of "similar spelling" rows.
REASON_SHARE = 0.2
# Names and reasons wrap at words onto this many lines: cut to one, a pair read
# "House of Representatives (Organisation, 7 …" and "(Organisation, 4 men…".
CELL_LINES = 2
NO_DUPLICATES = ("No entities look like duplicates. Pairs with similar names appear here to "
                 "merge or dismiss; Refresh looks again after new documents are analysed.")


class DuplicatesPanel(LazyRefreshWidget):
    """A table of candidate pairs with Merge and Dismiss on every row."""

    def __init__(self, actions: StoreActions, curation: EntityController, theme: ThemeManager,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DuplicatesPanel")
        self.actions, self.curation, self.theme = actions, curation, theme
        self.stale = True
        self.pairs: list[dict[str, Any]] = []
        self._generation = 0
        self.tree = QTreeWidget(accessibleName="Likely duplicate entities")
        self.tree.setHeaderLabels(
            ["Keep", "Merge into Keep", "Reason", "Score", "Merge", "Dismiss"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        pad_rows(self.tree)  # 14 px rows with two names each ran into one block
        fit_columns(self.tree, stretch=(0, 1), shares={REASON_COLUMN: Share(REASON_SHARE)})
        for column in (0, 1, REASON_COLUMN):
            self.tree.setItemDelegateForColumn(column, PairCellDelegate(self.tree))
        RowRelayout(self.tree)  # rows take their heights again when a column is resized
        # In the empty list, as the other docks say it: the status line alone left bare headers.
        self.empty_hint = EmptyHint(self.tree, self._empty_text)
        # Wrapped: in one line the count and its how-to set a 453 px minimum on the dock.
        self.status_label = QLabel(objectName="MutedLabel", wordWrap=True)
        refresh = QPushButton("Refresh")
        refresh.clicked.connect(self.reload)
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        self.tree.itemClicked.connect(self._on_clicked)
        self.follow(actions.changes_applied)


    def on_changes(self, changes: Changes) -> None:
        """New, renamed, merged or hidden entities change the candidates: look again (lazily)."""
        if changes.entities:
            self.mark_stale()

    def reload(self) -> None:
        """Compute the candidate pairs in the background."""
        self.stale = False
        self._generation += 1
        generation = self._generation
        self.status_label.setText("Looking for duplicates…")
        self.actions.read("Find duplicate entities",
                          lambda store, _progress: store.entities.duplicate_entity_candidates(),
                          lambda pairs: self._show(generation, pairs), context=self)

    def _show(self, generation: int, pairs: Any) -> None:
        if generation != self._generation or pairs is None:
            return
        self.pairs = list(pairs)
        self.tree.clear()
        merge_icon = self.theme.icon(ICONS["merge_pair"])
        dismiss_icon = self.theme.icon(ICONS["dismiss_pair"])
        for pair in self.pairs:
            keep, drop = pair["keep"], pair["merge"]
            item = QTreeWidgetItem([entity_cell(keep), entity_cell(drop), pair["reason"],
                                    f"{pair['score']:.0f}", "", ""])
            item.setData(0, PAIR_ROLE, pair)
            for column in (0, 1, REASON_COLUMN):  # the whole text when the column elides it
                item.setToolTip(column, plain_tooltip(item.text(column)))
            item.setIcon(MERGE_COLUMN, merge_icon)
            merge_tip = f"Merge {drop['name']} into {keep['name']}"
            item.setToolTip(MERGE_COLUMN, plain_tooltip(merge_tip))
            item.setIcon(DISMISS_COLUMN, dismiss_icon)
            item.setToolTip(DISMISS_COLUMN, "Not the same: never suggest this pair again")
            self.tree.addTopLevelItem(item)
        measure_columns(self.tree)
        count = len(self.pairs)
        self.status_label.setText(f"{plural(count, 'possible duplicate')}"
                                  " — click a row's Merge or Dismiss icon" if count else
                                  "")  # the empty list says it
        self.empty_hint.refresh()

    def _empty_text(self) -> str:
        """What the empty list says once it has looked ("" while looking or with pairs)."""
        if self.pairs or self.stale or self.status_label.text():  # with pairs, or looking
            return ""
        return NO_DUPLICATES

    def merge(self, pair: dict[str, Any]) -> None:
        """Fold the pair's second entity into the first."""
        self.curation.merge([pair["keep"]["id"], pair["merge"]["id"]], pair["keep"]["id"])

    def dismiss(self, pair: dict[str, Any]) -> None:
        """Never suggest this pair again."""
        self.curation.dismiss_duplicate(pair["keep"]["id"], pair["merge"]["id"])

    def _on_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        pair = item.data(0, PAIR_ROLE)
        if column == MERGE_COLUMN:
            self.merge(pair)
        elif column == DISMISS_COLUMN:
            self.dismiss(pair)


class PairCellDelegate(WordLinesDelegate):
    """A name or reason on up to ``CELL_LINES`` lines, the row as tall as its longest cell.

    Why measured here: a tree asks for a row's height without the column's width,
    so every pair would take two lines, "similar spelling" rows included.
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree, CELL_LINES, fit_rows=True)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        cell = QStyleOptionViewItem(option)
        width = self.tree.header().sectionSize(index.column())
        cell.rect = QRect(0, 0, width, max(1, option.rect.height()))
        return super().sizeHint(cell, index)


def entity_cell(entity: dict[str, Any]) -> str:
    """An entity as a pair's row names it: ``Putin (Person, 1 mention)``."""
    label = entity_label_name(entity["label"])
    return f"{entity['name']} ({label}, {plural(int(entity.get('mentions', 0)), 'mention')})"
