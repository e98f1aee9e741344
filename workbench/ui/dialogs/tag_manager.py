"""Tools → Tag Manager: the tag tree with colours and counts; rename, merge, recolour, delete.

Each operation is one undoable Store action; the tree re-reads the tags when
a change to tags arrives on ``changes_applied``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.models import Changes
from workbench.core.records import Tag
from workbench.store import Store
from workbench.ui.dialogs.standard import ask_yes_no
from workbench.ui.dialogs.tags import ask_tag_path
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.widgets.column_fit import fit_columns
from workbench.ui.widgets.empty_hint import EmptyHint
from workbench.ui.widgets.padded_rows import pad_rows
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.swatches import swatch_icon

TAG_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENTS_TIP = ("Documents tagged as a whole with the tag or a tag below it, each counted "
                 "once: a parent counts its children's documents. A tag on a passage only is "
                 "counted under Passages.")
PASSAGES_TIP = ("Passages (highlights, notes and claims) tagged with the tag or a tag below "
                "it, each counted once: a parent counts its children's passages.")
OPENING_WIDTH = (520, 900)  # px: the narrowest and widest the manager opens
NO_TAGS = ("No tags yet. Document → Document Tags… tags the open document; "
           "Document → Tag Selection… tags a passage.")


class TagManagerDialog(QDialog):
    """Hierarchical tags (``topic`` above ``topic/sanctions``) with their uses."""

    def __init__(self, store: Store, actions: StoreActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Tag Manager")
        self.store, self.actions = store, actions
        self.tree = QTreeWidget(accessibleName="Tags in the library")
        pad_rows(self.tree)  # tag paths with counts: rows as airy as the other lists
        self.tree.setHeaderLabels(["Tag", "Documents", "Passages"])
        self.tree.headerItem().setToolTip(1, DOCUMENTS_TIP)
        self.tree.headerItem().setToolTip(2, PASSAGES_TIP)
        # The current row's tint across the whole row, as the selection: it covered the Tag
        # column alone, so the counts looked like another row's.
        self.tree.setAllColumnsShowFocus(True)
        # The counts as wide as their words, the rest to the names: Qt's 100 px sections
        # cut "HIV and COVID-19 among sex wo…" while "0" sat in a third of the width.
        fit_columns(self.tree, stretch=0)
        self.empty_hint = EmptyHint(self.tree, self._empty_text)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text in (("rename", "Rename…"), ("merge", "Merge into…"),
                          ("recolor", "Colour…"), ("delete", "Delete…")):
            self.buttons[key] = QPushButton(text)
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.buttons["rename"].clicked.connect(lambda: self.rename())
        self.buttons["merge"].clicked.connect(lambda: self.merge())
        self.buttons["recolor"].clicked.connect(lambda: self.recolor())
        self.buttons["delete"].clicked.connect(lambda: self.delete())
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.reload()
        self.resize(self._opening_width(), 480)
        actions.changes_applied.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        """Tags renamed, merged, recoloured or used: re-read the tree."""
        if changes.tags:
            self.reload()

    def reload(self) -> None:
        """Rebuild the tree from ``list_tags``, keeping the selected path."""
        kept = self.selected_path()
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for tag in self.store.tags.list_tags():
            path = tag.path
            parent_path, _, name = path.rpartition("/")
            parent = items.get(parent_path.casefold())
            item = QTreeWidgetItem([name, str(tag.documents), str(tag.spans)])
            item.setData(0, TAG_ROLE, tag)
            item.setIcon(0, swatch_icon(tag.color or "#888888"))
            item.setToolTip(0, plain_tooltip(path))
            for column in (1, 2):  # on the name's line: AlignRight alone sat them at the top
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            (parent.addChild(item) if parent is not None else self.tree.addTopLevelItem(item))
            items[path.casefold()] = item
        self.tree.expandAll()
        if kept is not None and kept.casefold() in items:
            self.tree.setCurrentItem(items[kept.casefold()])
        self._enable()

    def selected_path(self) -> str | None:
        """The selected tag's full path."""
        item = self.tree.currentItem()
        return item.data(0, TAG_ROLE).path if item is not None else None

    def rename(self, new: str | None = None) -> None:
        """Rename the selected tag (and every tag below it)."""
        old = self.selected_path()
        if old is None:
            return
        new = new or self._ask_path("Rename Tag", f"New path for {old}:", old, "Rename")
        if new is not None and new != old:
            self.actions.run("Rename tag", lambda s: s.tags.rename_tag(old, new))

    def merge(self, target: str | None = None) -> None:
        """Move every use of the selected tag onto another, then delete it."""
        source = self.selected_path()
        if source is None:
            return
        target = target or self._ask_path("Merge Tag", f"Merge {source} into:", "", "Merge")
        if target is not None and target.casefold() != source.casefold():
            self.actions.run("Merge tags", lambda s: s.tags.merge_tags(source, target))

    def recolor(self, color: str | None = None) -> None:
        """Give the selected tag a new colour (QColorDialog when ``color`` is None)."""
        item = self.tree.currentItem()
        if item is None:
            return
        tag: Tag = item.data(0, TAG_ROLE)
        if color is None:
            chosen = QColorDialog.getColor(QColor(tag.color or "#888888"), self,
                                           f"Colour of {tag.path}")
            if not chosen.isValid():
                return
            color = chosen.name()
        path, value = tag.path, color
        self.actions.run("Recolour tag", lambda s: s.tags.recolor_tag(path, value))

    def delete(self, confirm: bool = True) -> None:
        """Delete the selected tag and the tags below it; documents and annotations stay."""
        path = self.selected_path()
        if path is None:
            return
        if confirm and not ask_yes_no(
                self, "Delete Tag",
                f"Delete the tag “{path}” and every tag below it?\n\nDocuments, highlights, "
                "notes and claims are kept; only the tag is removed from them. "
                "Edit → Undo brings it back.", action="Delete"):
            return
        self.actions.run("Delete tag", lambda s: s.tags.delete_tag(path))

    def _ask_path(self, title: str, prompt: str, text: str, action: str) -> str | None:
        paths = [tag.path for tag in self.store.tags.list_tags()]
        return ask_tag_path(self, title, prompt, paths, action=action, text=text)

    def _opening_width(self) -> int:
        """Wide enough for the deepest, longest tag name beside its counts, within bounds.

        Why: a tag path is the analyst's own phrase ("…/HIV and COVID-19 among sex
        workers in Mysore"); at a fixed 520 px its last words were cut. Measured by
        Qt's own size hints (indentation, swatch, padding, header words, frame and scroll
        bar as the style draws them), not by constants guessed for one style.
        """
        tree, header, margins = self.tree, self.tree.header(), self.layout().contentsMargins()
        columns = tree.sizeHintForColumn(0) + sum(
            max(header.sectionSizeHint(c), tree.sizeHintForColumn(c)) for c in (1, 2))
        frame = (margins.left() + margins.right() + 2 * tree.frameWidth()
                 + tree.verticalScrollBar().sizeHint().width())
        return max(OPENING_WIDTH[0], min(OPENING_WIDTH[1], columns + frame))

    def _empty_text(self) -> str:
        return "" if self.tree.topLevelItemCount() else NO_TAGS

    def _enable(self) -> None:
        selected = self.tree.currentItem() is not None
        for button in self.buttons.values():
            button.setEnabled(selected)

