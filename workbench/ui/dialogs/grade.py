"""Document → Grade Reliability…: choose the document's own grade or its source's (A-F).

Why a list of whole sentences: the analyst picks "Source “Reuters”: B — Usually
reliable" in one step, the standard wording in front of them; the current
grades are preselected and named.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QListView, QStyle, QWidget

from workbench.core.records import DocumentGrade
from workbench.core.vocabulary import RELIABILITY_WORDING

MAX_ROWS_SHOWN = 14  # a document's seven lines and its source's seven

#: (what is graded, the grade or None to clear) for each line of the list.
Choice = tuple[str, str | None]


def reliability_choices(grade: DocumentGrade) -> list[tuple[str, Choice]]:
    """Every line the dialog offers, with what choosing it does."""
    lines: list[tuple[str, Choice]] = []
    for letter, words in RELIABILITY_WORDING.items():
        lines.append((f"This document: {letter} — {words}", ("document", letter)))
    inherit = f" ({grade.source_reliability})" if grade.source_reliability else ""
    lines.append((f"This document: inherit from its source{inherit}", ("document", None)))
    if grade.source:
        source = " ".join(grade.source.split())
        for letter, words in RELIABILITY_WORDING.items():
            lines.append((f"Source “{source}”: {letter} — {words}", ("source", letter)))
        lines.append((f"Source “{source}”: not graded", ("source", None)))
    return lines


def current_line(grade: DocumentGrade, lines: list[tuple[str, Choice]]) -> int:
    """The line that describes the document's grade now."""
    now: Choice = ("document", grade.override) if grade.override or not grade.source \
        else ("source", grade.source_reliability)
    return next((i for i, (_, choice) in enumerate(lines) if choice == now), 0)


def reliability_dialog(parent: QWidget, grade: DocumentGrade) -> QInputDialog:
    """The list of whole sentences, the current grade preselected (not yet shown)."""
    lines = reliability_choices(grade)
    now = grade.effective
    label = (f"Reliability now: {now} — {RELIABILITY_WORDING[now]}"
             f"{' (its own)' if grade.override else ' (from its source)'}"
             if now else "The document is not graded yet.")
    dialog = QInputDialog(parent)
    dialog.setWindowTitle("Grade Reliability")
    dialog.setLabelText(label)
    dialog.setComboBoxItems([line for line, _ in lines])
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(lines[current_line(grade, lines)][0])
    dialog.setOption(QInputDialog.InputDialogOption.UseListViewForComboBoxItems)
    _show_every_line(dialog, [line for line, _ in lines])
    return dialog


def _show_every_line(dialog: QInputDialog, lines: list[str]) -> None:
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
    shown = min(len(lines), MAX_ROWS_SHOWN)
    frames = 2 * view.frameWidth()
    scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view) \
        if shown < len(lines) else 0
    breathing = 2 * view.fontMetrics().averageCharWidth()  # the longest line not at the frame
    view.setMinimumWidth(view.sizeHintForColumn(0) + breathing + frames + scroll_bar)
    view.setMinimumHeight(sum(view.sizeHintForRow(row) for row in range(shown)) + frames)


def choose_reliability(parent: QWidget, grade: DocumentGrade) -> Choice | None:
    """Ask which grade to give; None when cancelled."""
    dialog = reliability_dialog(parent, grade)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return dict(reliability_choices(grade)).get(text) if accepted else None
