"""What a merge did (added, already here, kept out) and its conflicts, resolved one by one.

Why the dialog is handed callables instead of a store: it shows records of
``core.merge_records`` only, and asks ``resolve(conflict_id, choice)`` for a
resolution and ``reload()`` for the library's open conflicts after a change.
The window wires those to ``operations.merge`` on the writer thread (so a
choice is one undoable action, like any other); the tests hand it plain
functions and real ``MergeReport`` / ``MergeConflict`` records.

The same dialog, without a report, is Tools → Merge Conflicts…: the open
conflicts of every earlier merge, for an analyst who closed the report first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.merge_records import MergeConflict, MergeReport
from workbench.core.models import Changes
from workbench.core.text import plural
from workbench.ui.dialogs.merge_conflicts import ConflictsPanel
from workbench.ui.widgets.column_fit import fit_columns
from workbench.ui.widgets.plain_text import plain_label, plain_tooltip

MAX_COUNT_ROWS = 6
FEW_CONFLICTS = 3  # this many or fewer: the counts take the room their list does not need
FIT_SHARE = 0.92  # of the window (and screen) a merge dialog may take at most
MIN_SIZE = QSize(520, 360)
Resolve = Callable[[int, str], object]
Reload = Callable[[], Sequence[MergeConflict]]
NOTHING_TO_MERGE = "Nothing to merge: every item was already here"
NOTHING_TO_MERGE_WHY = ("Each piece of work keeps its identity in every copy of a library, "
                        "so merging the same file again adds nothing.")
NO_OPEN_CONFLICTS = "No open merge conflicts"
NO_OPEN_CONFLICTS_WHY = ("A merge lists here what both libraries changed differently, "
                         "until you choose what to keep.")



def headline(report: MergeReport) -> str:
    """One sentence: how much was added, how much was already here, conflicts, orphans."""
    added, same = sum(report.added.values()), sum(report.same.values())
    parts = [f"{plural(added, 'item')} added", f"{same} already here"]
    if report.conflicts:
        parts.append(f"{plural(len(report.conflicts), 'conflict')} to resolve")
    if report.orphans:
        parts.append(f"{len(report.orphans)} without a place in our text")
    if report.left_out:
        parts.append(f"{len(report.left_out)} left out with work you deleted")
    if report.refused:
        ratings = (f" (and {plural(report.refused_ratings, 'rating')})"
                   if report.refused_ratings else "")
        parts.append(f"{len(report.refused)} left out, past what the library takes{ratings}")
    return f"Merged {report.source}: " + ", ".join(parts)


def kind_label(kind: str) -> str:
    """A kind of work as the report names it ("ach_hypotheses" → "ACH hypotheses")."""
    words = kind.replace("_", " ").strip()
    words = words[:1].upper() + words[1:]
    return "ACH" + words[3:] if words.lower().startswith("ach ") else words


def count_rows(report: MergeReport) -> list[tuple[str, int, int]]:
    """(kind, added, already here) for every kind of work the merge met, in a stable order."""
    kinds = list(dict.fromkeys([*report.added, *report.same]))
    return [(kind, report.added.get(kind, 0), report.same.get(kind, 0)) for kind in kinds]


class MergeReportDialog(QDialog):
    """The report of one merge (or, without one, the open conflicts) with Keep mine/theirs/both."""

    def __init__(self, report: MergeReport | None, resolve: Resolve, reload: Reload,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self._resolve, self._reload = resolve, reload
        shown = list(report.conflicts) if report is not None else list(reload())
        self.setWindowTitle(f"Merge Report — {report.source}" if report is not None
                            else "Merge Conflicts")
        self.headline = plain_label(QLabel(objectName="PaneTitle", wordWrap=True))
        self.counts = _counts_table(report, len(shown))
        self.orphans = QListWidget()
        self.orphans_label = plain_label(QLabel(objectName="MutedLabel", wordWrap=True))
        self.left_out = QListWidget()
        self.left_out.setObjectName("MergeLeftOut")
        self.left_out_label = plain_label(QLabel(objectName="MutedLabel", wordWrap=True))
        self.refused = QListWidget()
        self.refused.setObjectName("MergeRefused")
        self.refused_label = plain_label(QLabel(objectName="MutedLabel", wordWrap=True))
        self.conflicts = ConflictsPanel(shown)
        self.conflicts_label = plain_label(QLabel(objectName="PaneTitle"))
        self.empty_title = plain_label(QLabel(objectName="PaneTitle", wordWrap=True))
        self.empty_why = plain_label(QLabel(objectName="MutedLabel", wordWrap=True))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.conflicts.resolution_requested.connect(self._resolution_requested)
        self._layout()
        self._fill()
        self.resize(fitted_size(parent, QSize(900, 640 if shown else 420)))

    def _layout(self) -> None:
        self.conflicts_box = QWidget()
        lower = QVBoxLayout(self.conflicts_box)
        lower.setContentsMargins(0, 6, 0, 0)
        lower.addWidget(self.conflicts_label)
        lower.addWidget(self.conflicts, 1)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.empty_title, self.empty_why, self.counts,
                       self.orphans_label, self.orphans, self.left_out_label, self.left_out,
                       self.refused_label, self.refused):
            layout.addWidget(widget)
        layout.addWidget(self.conflicts_box, 1)
        self.spacer = QWidget()
        layout.addWidget(self.spacer, 1)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        report = self.report
        orphans = report.orphans if report is not None else ()
        _fill_section(self.orphans_label, self.orphans, orphans,
                      f"{len(orphans)} of their annotations found no place in our version of "
                      "the text (kept out of the library):")
        left_out = report.left_out if report is not None else ()
        _fill_section(self.left_out_label, self.left_out, left_out,
                      f"{plural(len(left_out), 'item')} of theirs on work you deleted, left out "
                      "(undo your deletion and merge again to take it):")
        refused = report.refused if report is not None else ()
        _fill_section(self.refused_label, self.refused, refused,
                      report.refused_heading() if report is not None else "")
        self.counts.setVisible(report is not None and bool(report.added or report.same))
        self.headline.setText(headline(report) if report is not None else "")
        self.headline.setVisible(report is not None)
        self._show_conflict_state()
        self.conflicts.table.setFocus()

    def _show_conflict_state(self) -> None:
        """The conflicts' title, or the empty state when there is nothing to see."""
        rows = len(self.conflicts.rows)
        self.conflicts_label.setText(f"Conflicts: {self.conflicts.open_count} open of {rows}")
        self.conflicts_box.setVisible(rows > 0)
        self.spacer.setVisible(rows == 0)
        report = self.report
        if report is None:
            empty = (NO_OPEN_CONFLICTS, NO_OPEN_CONFLICTS_WHY) if rows == 0 else None
        else:
            nothing = not (report.changed_anything or report.orphans or report.left_out
                           or report.refused)
            empty = (NOTHING_TO_MERGE, NOTHING_TO_MERGE_WHY) if nothing else None
        self.empty_title.setText(empty[0] if empty else "")
        self.empty_why.setText(empty[1] if empty else "")
        for label in (self.empty_title, self.empty_why):
            label.setVisible(empty is not None)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_title.setContentsMargins(0, 16, 0, 0)
        self.empty_why.setContentsMargins(0, 0, 0, 12)

    # -- following the library -----------------------------------------------------

    def _resolution_requested(self, conflict_id: int, choice: str) -> None:
        self._resolve(conflict_id, choice)
        self._show_conflict_state()

    def resolution_finished(self, conflict_id: int, choice: str) -> None:
        """The writer resolved a conflict (the window calls this when the task is done)."""
        self.conflicts.mark_resolved(conflict_id, choice)
        self._show_conflict_state()

    def resolution_failed(self, conflict_id: int, message: str) -> None:
        """The writer could not resolve it: show why; the conflict stays open."""
        self.conflicts.mark_failed(conflict_id, message)
        self._show_conflict_state()

    def on_changes(self, changes: Changes) -> None:
        """After a resolution, another merge, or the Undo/Redo of one: re-read the open conflicts.

        Other changes (a highlight, an import step) cannot open or close a
        conflict, so they cost nothing here.
        """
        if changes.conflicts:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the open conflicts (when shown)."""
        if self.isVisible():
            self.conflicts.show_open(self._reload())
            self._show_conflict_state()


def _counts_table(report: MergeReport | None, conflicts: int) -> QTableWidget:
    """Kind | Added | Already here, one row per kind of work the merge met.

    Why the row count depends on the conflicts: a merge with one conflict
    showed six counts and a scroll bar over a conflict list nine rows tall
    with one row in it; every count fits when the list needs little room.
    """
    rows = count_rows(report) if report is not None else []
    table = QTableWidget(len(rows), 3)
    table.setObjectName("MergeCounts")
    table.setHorizontalHeaderLabels(["Kind of work", "Added", "Already here"])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for number, (kind, added, same) in enumerate(rows):
        table.setItem(number, 0, QTableWidgetItem(kind_label(kind)))
        for column, value in ((1, added), (2, same)):
            item = QTableWidgetItem(str(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(number, column, item)
    header = table.horizontalHeader()
    fit_columns(table, stretch=0)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    most = len(rows) if conflicts <= FEW_CONFLICTS else MAX_COUNT_ROWS
    shown = min(len(rows), most)  # more kinds scroll: the conflicts keep their room
    slack = 4 if len(rows) <= most else 0  # scrolling: whole rows, no sliver of the next
    table.setFixedHeight(header.sizeHint().height() + shown * (table.fontMetrics().height() + 8)
                         + slack + 2 * table.frameWidth())
    return table


def fitted_size(parent: QWidget | None, wanted: QSize) -> QSize:
    """``wanted``, made small enough for the parent's window and the screen's free area.

    Why: at 1024x640 a 900x640 report covered the whole window and ran under
    the screen's panels, hiding its Close button; the layout scrolls instead.
    """
    room = QSize(wanted)
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    if screen is not None:
        room = room.boundedTo(screen.availableGeometry().size() * FIT_SHARE)
    if parent is not None:
        room = room.boundedTo(parent.window().size() * FIT_SHARE)
    return room.expandedTo(MIN_SIZE)


def _fill_section(label: QLabel, view: QListWidget, lines: Sequence[str], title: str) -> None:
    """A titled list of what the merge kept out (orphans, left-out work), hidden when empty.

    Why each line is named: work kept out of the library in silence is
    work the analyst believes merged; the count says how much, the list what.
    """
    for line in lines:
        view.addItem(" ".join(line.split()))
        view.item(view.count() - 1).setToolTip(plain_tooltip(line))
    label.setText(title)
    for widget in (label, view):
        widget.setVisible(bool(lines))
    view.setMaximumHeight(_rows_height(view, min(len(lines), 4)))


def _rows_height(view: QListWidget, rows: int) -> int:
    """Room for ``rows`` lines of a list (long lists scroll)."""
    return max(rows, 1) * (view.fontMetrics().height() + 6) + 6
