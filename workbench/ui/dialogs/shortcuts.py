"""Help → Keyboard Shortcuts: every shortcut under the menu that holds it, with a filter.

Why grouped: 54 rows in one list, in no order a reader could guess, had to be
scrolled through to find Find Next. Under File, Edit, Document, View, Go,
Tools and Help (the menus' own order) a command is where its menu is, and the
filter finds it by any word of its name, its keys or its group.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.widgets.column_fit import fit_columns

Group = tuple[str, list[tuple[str, str]]]  # a menu's name and its (command, keys) rows


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, grouped by menu, read from the same table as the menus."""

    def __init__(self, groups: list[Group], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        self.filter_edit = QLineEdit(placeholderText="Filter by command or key",
                                     clearButtonEnabled=True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Command", "Shortcut"])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        for name, rows in groups:
            self._add_group(name, rows)
        self.tree.expandAll()
        fit_columns(self.tree, stretch=0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self.show_matching)
        # Typing filters at once; Esc or Enter still close (the tree took the focus on
        # opening and framed its first cell, which nothing can select).
        self.filter_edit.setFocus()
        self.resize(520, 560)

    def show_matching(self, text: str) -> None:
        """Show the rows whose command, keys or group hold every word of ``text``."""
        words = text.casefold().split()
        for number in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(number)
            shown = 0
            for index in range(group.childCount()):
                row = group.child(index)
                said = " ".join((group.text(0), row.text(0), row.text(1))).casefold()
                row.setHidden(not all(word in said for word in words))
                shown += not row.isHidden()
            group.setHidden(shown == 0)

    def _add_group(self, name: str, rows: list[tuple[str, str]]) -> None:
        group = QTreeWidgetItem([name])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        self.tree.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)  # once it is in the tree (Qt ignores it before)
        for command, keys in rows:
            group.addChild(QTreeWidgetItem([command, keys]))
