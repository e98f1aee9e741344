"""The conflicts of a merge: a list, the chosen one's two sides with their authors, and the choices.

Why a list above one detail view rather than a card per conflict: a merge
between two busy analysts can hold dozens of conflicts, and the analyst works
through them with the keyboard (arrows to move, Alt+M / Alt+T / Alt+B to
choose); after a choice the next open conflict is selected. Every value here
was typed by another analyst in another library, so it is shown as plain
text only (``plain_label``, read-only plain-text editors, ``plain_tooltip``).

The panel never resolves anything itself: it emits ``resolution_requested``
and is told the outcome (``mark_resolved``, ``mark_failed``) or the current
open conflicts (``show_open``) by whoever runs the store work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.authorship import display_name
from workbench.core.merge_records import KEEP_BOTH, KEEP_MINE, KEEP_THEIRS, MergeConflict
from workbench.core.text import shorten
from workbench.ui.widgets.column_fit import fit_columns
from workbench.ui.widgets.padded_rows import pad_rows
from workbench.ui.widgets.plain_text import plain_label, plain_tooltip

CHOICE_BUTTONS = ((KEEP_MINE, "Keep &Mine", "Keep the value of this library; theirs is dropped"),
                  (KEEP_THEIRS, "Keep &Theirs", "Take the other analyst's value"),
                  (KEEP_BOTH, "Keep &Both", "Keep both versions side by side"))
KEPT = {KEEP_MINE: "Kept mine", KEEP_THEIRS: "Kept theirs", KEEP_BOTH: "Kept both"}
OPEN, RESOLVING, RESOLVED, CLOSED = "open", "resolving", "resolved", "closed"
STATE_TEXT = {OPEN: "Open", RESOLVING: "Resolving…", CLOSED: "No longer open"}
KIND, SUBJECT, STATE = range(3)
VALUE_LINES = 4  # a side's value box; longer values scroll
SUBJECT_CHARS = 300  # a list row, not a page: the whole subject is above the two sides


@dataclass(frozen=True)
class ConflictRow:
    """A conflict as the panel shows it: the record, where it stands, the choice made here."""

    conflict: MergeConflict
    state: str = OPEN
    choice: str | None = None
    problem: str = ""  # why the last resolution failed, shown under the buttons

    @property
    def state_text(self) -> str:
        """"Open", "Kept theirs", "No longer open" … as the list's State column says it."""
        if self.state == RESOLVED and self.choice in KEPT:
            return KEPT[self.choice]
        return STATE_TEXT.get(self.state, "Resolved")


def row_for(conflict: MergeConflict) -> ConflictRow:
    """A conflict record as a row: resolved already when the record carries its resolution."""
    if conflict.resolution is not None:
        return ConflictRow(conflict, RESOLVED, conflict.resolution)
    return ConflictRow(conflict)


class ConflictSide(QFrame):
    """One side of a conflict: whose it is, who wrote it, and the value (plain text)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoteCard")
        self.title = plain_label(QLabel(title, objectName="PaneTitle"))
        self.author = plain_label(QLabel(objectName="MutedLabel", wordWrap=True))
        self.value = QPlainTextEdit(readOnly=True)
        self.value.setObjectName("ConflictValue")
        self.value.setTabChangesFocus(True)
        # Values are mostly a word or a sentence: the list above gets the room, not the sides.
        # A one-word status in a 200-pixel box looked like a form left blank, and a box
        # that may shrink let the dialog squeeze it under its title: a fixed VALUE_LINES
        # lines, and a long note scrolls inside it.
        self.value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.value.setFixedHeight(self.value.fontMetrics().lineSpacing() * VALUE_LINES + 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.author)
        layout.addWidget(self.value, 1)

    def show_side(self, value: str, author: str | None) -> None:
        """Show a value and its author ("unknown author" when none was recorded)."""
        self.author.setText(f"by {display_name(author)}")
        self.value.setPlainText(value)

    def clear_side(self) -> None:
        """Nothing selected."""
        self.author.clear()
        self.value.clear()


class ConflictsPanel(QWidget):
    """Every conflict of a merge; the selected one's sides; Keep mine / theirs / both."""

    resolution_requested = Signal(int, str)

    def __init__(self, conflicts: Sequence[MergeConflict] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, ConflictRow] = {}
        self.table = QTreeWidget()
        self.table.setObjectName("ConflictList")
        self.table.setHeaderLabels(["Kind", "About", "State"])
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        pad_rows(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fit_columns(self.table, stretch=SUBJECT)
        # Room for the rows there are (a header and three lines at least, nine at most).
        listed = min(max(len(conflicts) + 1, 4), 9)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * listed)
        self.subject = plain_label(QLabel(wordWrap=True))
        self.mine = ConflictSide("Mine (this library)")
        self.theirs = ConflictSide("Theirs (merged in)")
        self.buttons = {choice: QPushButton(text) for choice, text, _tip in CHOICE_BUTTONS}
        for choice, _text, tip in CHOICE_BUTTONS:
            self.buttons[choice].setToolTip(tip)
            self.buttons[choice].clicked.connect(lambda _c=False, k=choice: self.choose(k))
        self.outcome = plain_label(QLabel(objectName="MutedLabel", wordWrap=True))
        self._layout()
        self.table.currentItemChanged.connect(lambda _now, _before: self._show_current())
        self.set_conflicts(conflicts)

    def _layout(self) -> None:
        sides = QHBoxLayout()
        sides.addWidget(self.mine, 1)
        sides.addWidget(self.theirs, 1)
        choices = QHBoxLayout()
        choices.addWidget(self.outcome, 1)
        for button in self.buttons.values():
            choices.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.subject)
        layout.addLayout(sides)
        layout.addLayout(choices)

    # -- what is shown -------------------------------------------------------------

    def set_conflicts(self, conflicts: Sequence[MergeConflict]) -> None:
        """Show these conflicts (a merge's, or the library's open ones); select the first open."""
        self.rows = {conflict.id: row_for(conflict) for conflict in conflicts}
        self.table.clear()
        for row in self.rows.values():
            self.table.addTopLevelItem(self._item(row))
        self.select_next_open()
        self._show_current()

    def show_open(self, open_conflicts: Sequence[MergeConflict]) -> None:
        """Follow the library: the conflicts open now (after a resolution, an Undo, a Redo).

        A shown conflict that is open again (its resolution undone) gets its
        buttons back; one no longer open is resolved (with the choice made
        here, if any) or closed elsewhere; a new open one is added.
        """
        now_open = {conflict.id: conflict for conflict in open_conflicts}
        for conflict_id, row in list(self.rows.items()):
            if conflict_id in now_open:
                if row.state != RESOLVING:
                    self._update(ConflictRow(now_open[conflict_id]))
            elif row.state in (OPEN, RESOLVING):
                state = RESOLVED if row.state == RESOLVING else CLOSED
                self._update(replace(row, state=state))
        for conflict_id, conflict in now_open.items():
            if conflict_id not in self.rows:
                self.rows[conflict_id] = ConflictRow(conflict)
                self.table.addTopLevelItem(self._item(self.rows[conflict_id]))
        self._show_current()

    @property
    def open_count(self) -> int:
        """Conflicts still waiting for a choice."""
        return sum(row.state in (OPEN, RESOLVING) for row in self.rows.values())

    @property
    def current_id(self) -> int | None:
        """The selected conflict's id."""
        item = self.table.currentItem()
        return None if item is None else int(item.data(KIND, Qt.ItemDataRole.UserRole))

    def select(self, conflict_id: int) -> None:
        """Select a conflict by id."""
        item = self._find(conflict_id)
        if item is not None:
            self.table.setCurrentItem(item)

    def select_next_open(self) -> None:
        """Move to the first open conflict after the current one (wrapping), if any."""
        count = self.table.topLevelItemCount()
        current = self.table.indexOfTopLevelItem(self.table.currentItem()) \
            if self.table.currentItem() is not None else -1
        for step in range(1, count + 1):
            item = self.table.topLevelItem((current + step) % count)
            if self.rows[int(item.data(KIND, Qt.ItemDataRole.UserRole))].state == OPEN:
                self.table.setCurrentItem(item)
                return
        if current < 0 and count:
            self.table.setCurrentItem(self.table.topLevelItem(0))

    # -- choosing ----------------------------------------------------------------

    def choose(self, choice: str) -> None:
        """Ask for the selected open conflict to be resolved with ``choice``."""
        conflict_id = self.current_id
        if conflict_id is None:
            return
        row = self.rows[conflict_id]
        if row.state != OPEN or choice not in row.conflict.choices:
            return
        self._update(replace(row, state=RESOLVING, choice=choice, problem=""))
        self._show_current()
        self.resolution_requested.emit(conflict_id, choice)

    def mark_resolved(self, conflict_id: int, choice: str) -> None:
        """The store resolved a conflict: say what was kept and move on to the next open one."""
        row = self.rows.get(conflict_id)
        if row is None:
            return
        self._update(replace(row, state=RESOLVED, choice=choice, problem=""))
        if self.current_id == conflict_id:
            self.select_next_open()
        self._show_current()

    def mark_failed(self, conflict_id: int, message: str) -> None:
        """A resolution failed: the conflict is open again, with the reason under the buttons."""
        row = self.rows.get(conflict_id)
        if row is not None:
            self._update(replace(row, state=OPEN, choice=None, problem=message))
            self._show_current()

    # -- drawing -----------------------------------------------------------------

    def _item(self, row: ConflictRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(KIND, Qt.ItemDataRole.UserRole, row.conflict.id)
        self._fill(item, row)
        return item

    @staticmethod
    def _fill(item: QTreeWidgetItem, row: ConflictRow) -> None:
        conflict = row.conflict
        item.setText(KIND, _capitalised(conflict.kind))
        item.setText(SUBJECT, shorten(conflict.subject, SUBJECT_CHARS))
        item.setToolTip(SUBJECT, plain_tooltip(conflict.subject))
        item.setText(STATE, row.state_text)

    def _update(self, row: ConflictRow) -> None:
        self.rows[row.conflict.id] = row
        item = self._find(row.conflict.id)
        if item is not None:
            self._fill(item, row)

    def _find(self, conflict_id: int) -> QTreeWidgetItem | None:
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item.data(KIND, Qt.ItemDataRole.UserRole) == conflict_id:
                return item
        return None

    def _show_current(self) -> None:
        conflict_id = self.current_id
        row = self.rows.get(conflict_id) if conflict_id is not None else None
        if row is None:
            self.subject.setText("")
            self.mine.clear_side()
            self.theirs.clear_side()
            self.outcome.setText("")
            for button in self.buttons.values():
                button.setVisible(False)
            return
        conflict = row.conflict
        self.subject.setText(f"{_capitalised(conflict.kind)}: {conflict.subject}")
        self.mine.show_side(conflict.mine, conflict.mine_author)
        self.theirs.show_side(conflict.theirs, conflict.theirs_author)
        for choice, button in self.buttons.items():
            button.setVisible(choice in conflict.choices)
            button.setEnabled(row.state == OPEN)
        self.outcome.setText(_outcome_text(row))


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _outcome_text(row: ConflictRow) -> str:
    """What the line beside the buttons says about the selected conflict."""
    if row.problem:
        return f"Not resolved: {row.problem}"
    if row.state == RESOLVED:
        return f"{row.state_text}. Edit → Undo takes the choice back."
    if row.state == CLOSED:
        return "Resolved or undone elsewhere; nothing to choose here."
    if row.state == RESOLVING:
        return "Resolving…"
    return "Choose what this library keeps."
