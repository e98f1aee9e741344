"""Document → Grade Reliability…: choose the document's own grade or its source's (A-F).

Why a list of whole sentences: the analyst picks "Source “Reuters”: B — Usually
reliable" in one step, the standard wording in front of them; the current
grades are preselected and named.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from workbench.core.records import DocumentGrade
from workbench.core.vocabulary import RELIABILITY_WORDING

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
    return dialog


def choose_reliability(parent: QWidget, grade: DocumentGrade) -> Choice | None:
    """Ask which grade to give; None when cancelled."""
    dialog = reliability_dialog(parent, grade)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return dict(reliability_choices(grade)).get(text) if accepted else None
