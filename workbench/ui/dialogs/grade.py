"""Document → Grade Reliability…: choose the document's own grade or its source's (A-F).

Why a list of whole sentences: the analyst picks "Source “Reuters”: B — Usually
reliable" in one step, the standard wording in front of them; the current
grades are preselected and named.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QInputDialog, QListView, QStyle, QWidget

from workbench.core.records import DocumentGrade
from workbench.core.vocabulary import RELIABILITY_WORDING, ungraded_wording
from workbench.ui.dialogs.input_dialogs import input_dialog
from workbench.ui.dialogs.standard import modal_answer
from workbench.ui.widgets.padded_rows import pad_rows
from workbench.ui.widgets.wording import THIS_DOCUMENT

MAX_ROWS_SHOWN = 15  # a document's seven lines, the gap, and its source's seven
LINE_PADDING = QSize(0, 8)  # px added to each line: the claim lists' air between rows
GROUP_GAP = 10  # px of empty, unselectable row between the document's lines and the source's

#: (what is graded, the grade or None to clear) for each line of the list.
Choice = tuple[str, str | None]


def reliability_choices(grade: DocumentGrade) -> list[tuple[str, Choice]]:
    """Every line the dialog offers, with what choosing it does."""
    lines: list[tuple[str, Choice]] = []
    for letter, words in RELIABILITY_WORDING.items():
        lines.append((f"{THIS_DOCUMENT}: {letter} — {words}", ("document", letter)))
    lines.append((f"{THIS_DOCUMENT}: {ungraded_wording(grade.source_reliability)}",
                  ("document", None)))
    if grade.source:
        source = " ".join(grade.source.split())
        for letter, words in RELIABILITY_WORDING.items():
            lines.append((f"Source “{source}”: {letter} — {words}", ("source", letter)))
        lines.append((f"Source “{source}”: {ungraded_wording()}", ("source", None)))
    return lines


def current_line(grade: DocumentGrade, lines: list[tuple[str, Choice]]) -> int:
    """The line that describes the document's grade now.

    Why the document's own "Not graded" line when nothing is graded: the
    source's "Not graded" is the list's last line, so the dialog opened at
    the bottom, the cursor below the fourteen choices it is there to make.
    """
    on_source = grade.source and grade.source_reliability and not grade.override
    now: Choice = ("source", grade.source_reliability) if on_source \
        else ("document", grade.override)
    return next((i for i, (_, choice) in enumerate(lines) if choice == now), 0)


def reliability_dialog(parent: QWidget, grade: DocumentGrade) -> QInputDialog:
    """The list of whole sentences, the current grade preselected (not yet shown)."""
    lines = reliability_choices(grade)
    now = grade.effective
    label = (f"Reliability now: {now} — {RELIABILITY_WORDING[now]}"
             f"{' (its own)' if grade.override else ' (from its source)'}"
             if now else "The document is not graded yet.")
    dialog = input_dialog(parent, "Grade Reliability", label, action="Grade")
    dialog.setComboBoxItems([line for line, _ in lines])
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(lines[current_line(grade, lines)][0])
    dialog.setOption(QInputDialog.InputDialogOption.UseListViewForComboBoxItems)
    view = dialog.findChild(QListView)
    if view is not None:
        view.setAccessibleName("Reliability grades")
        pad_rows(view, LINE_PADDING)  # the lines sat 14 px apart, one block of sentences
        _separate_groups(view, lines)
    _show_every_line(dialog)
    return dialog


def _separate_groups(view: QListView, lines: list[tuple[str, Choice]]) -> None:
    """Put an empty, unselectable gap between the document's lines and its source's.

    Why: fourteen alike sentences read as one list; the gap shows the two
    things graded, as a menu's separator does. The arrow keys pass over it.
    """
    model = view.model()
    first_source = next((i for i, (_, (kind, _g)) in enumerate(lines) if kind == "source"), None)
    if first_source is None or not isinstance(model, QStandardItemModel):
        return
    gap = QStandardItem("")
    gap.setFlags(Qt.ItemFlag.NoItemFlags)
    gap.setSizeHint(QSize(0, GROUP_GAP))
    model.insertRow(first_source, gap)


def _show_every_line(dialog: QInputDialog) -> None:
    """Size the list to its longest sentence and all its rows, as the style lays them out.

    Why: left to Qt the list was 260 px wide, so "F — Reliability cannot be
    judged" lost its last words behind a horizontal scroll bar; sized from the
    font plus fixed pixels it still hid rows whenever the style padded them.
    The view measures its own rows (item padding, icons, a larger font), and
    room for a vertical scroll bar is kept only when some rows must scroll.
    """
    view = dialog.findChild(QListView)
    if view is None:
        return
    view.ensurePolished()
    rows = view.model().rowCount()
    shown = min(rows, MAX_ROWS_SHOWN)
    frames = 2 * view.frameWidth()
    scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view) \
        if shown < rows else 0
    breathing = 2 * view.fontMetrics().averageCharWidth()  # the longest line not at the frame
    view.setMinimumWidth(view.sizeHintForColumn(0) + breathing + frames + scroll_bar)
    view.setMinimumHeight(sum(view.sizeHintForRow(row) for row in range(shown)) + frames)


def choose_reliability(parent: QWidget, grade: DocumentGrade) -> Choice | None:
    """Ask which grade to give; None when cancelled."""
    dialog = reliability_dialog(parent, grade)
    text = modal_answer(dialog, dialog.textValue)
    return dict(reliability_choices(grade)).get(text) if text is not None else None
