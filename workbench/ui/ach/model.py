"""The matrix of one analysis as a Qt table: evidence rows, hypothesis columns, scores at the foot.

Why a model over the scored record (``operations.ach.scored_record``): the
window shows the very numbers the CLI and the exports show. Columns are the
evidence, its grade, one per hypothesis (in the analyst's order) and the
row's diagnosticity; the last row holds each hypothesis's weighted
inconsistency, the most likely one marked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from workbench.core.ach_scoring import FORMULA, hypotheses_by_rank
from workbench.core.authorship import display_name
from workbench.core.vocabulary import ACH_RATING_WORDING
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.wording import NO_VALUE

Index = QModelIndex | QPersistentModelIndex
FIXED_BEFORE = 2  # Evidence, Grade
#: The keys 1-5 rate a cell, from very consistent to very inconsistent (as PARC ACH orders them).
KEY_RATINGS = {"1": "CC", "2": "C", "3": "N", "4": "I", "5": "II"}


class AchMatrixModel(QAbstractTableModel):
    """A read-only table of a scored ACH record; edits go through the view's StoreActions."""

    def __init__(self) -> None:
        super().__init__()
        self.record: dict[str, Any] | None = None
        self.leading: list[dict[str, Any]] = []  # tied for least inconsistent

    def set_record(self, record: dict[str, Any] | None) -> None:
        """Show another (or a rescored) analysis."""
        self.beginResetModel()
        self.record = record
        self.leading = least_inconsistent(record) if record else []
        self.endResetModel()

    @property
    def hypotheses(self) -> list[dict[str, Any]]:
        return self.record["hypotheses"] if self.record else []

    @property
    def evidence(self) -> list[dict[str, Any]]:
        return self.record["evidence"] if self.record else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() or not self.record else len(self.evidence) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() or not self.record else FIXED_BEFORE + len(self.hypotheses) + 1

    def is_score_row(self, row: int) -> bool:
        """Whether ``row`` is the foot row of scores."""
        return row == len(self.evidence)

    def hypothesis_at(self, column: int) -> dict[str, Any] | None:
        """The hypothesis of a rating column, or None for the other columns."""
        position = column - FIXED_BEFORE
        return self.hypotheses[position] if 0 <= position < len(self.hypotheses) else None

    def evidence_at(self, row: int) -> dict[str, Any] | None:
        """The evidence of a row, or None for the foot row."""
        return self.evidence[row] if 0 <= row < len(self.evidence) else None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not self.record:
            return None
        hypothesis = self.hypothesis_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if hypothesis is not None:
                return f"H{hypothesis['position']}"
            return "Evidence" if section == 0 else "Grade" if section == 1 else "Diagnosticity"
        if role == Qt.ItemDataRole.ToolTipRole:
            return _hypothesis_tooltip(hypothesis) if hypothesis is not None else FORMULA
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.record:
            return None
        if self.is_score_row(index.row()):
            return self._score_data(index.column(), role)
        return self._cell_data(self.evidence[index.row()], index.column(), role)

    def _score_data(self, column: int, role: int) -> Any:
        hypothesis = self.hypothesis_at(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return "Weighted inconsistency"
            return f"{hypothesis['inconsistency']:g}" if hypothesis else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return FORMULA
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(hypothesis is not None and hypothesis in self.leading)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIXED_BEFORE:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _cell_data(self, evidence: dict[str, Any], column: int, role: int) -> Any:
        hypothesis = self.hypothesis_at(column)
        if hypothesis is not None:
            rating = evidence["ratings"].get(str(hypothesis["id"]), "")
            if role == Qt.ItemDataRole.DisplayRole:
                return rating
            if role == Qt.ItemDataRole.ToolTipRole:
                return _rating_tooltip(evidence, hypothesis, rating)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                flags = f"  ⚠ {', '.join(evidence['flags'])}" if evidence["flags"] else ""
                return f"{evidence['statement']}{flags}"
            if column == 1:  # "–" for no grade, as every other table shows a missing value
                return evidence["grade"] or NO_VALUE
            return str(evidence["diagnosticity"])
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return _evidence_tooltip(evidence)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and not evidence["grade"]:
            return "Not graded yet: grade the claim in the Claims view."
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignCenter
        return None


def _hypothesis_tooltip(hypothesis: dict[str, Any]) -> str:
    """"H2: <its full text>" over the column, so the short header need not be looked up
    in the footer; shown literally (the text is the analyst's, not markup) and wrapped."""
    return plain_tooltip(f"H{hypothesis['position']}: {hypothesis['text']}\n"
                         "Double-click to edit it.")


def _rating_tooltip(evidence: dict[str, Any], hypothesis: dict[str, Any], rating: str) -> str:
    """The column's "H2: <its text>", the rating in words and, for a rated cell, who rated
    it (colleagues' ratings merge); literal and wrapped like the header's tooltip."""
    words = ACH_RATING_WORDING.get(rating, "not rated (keys 1-5 rate)")
    lines = [f"H{hypothesis['position']}: {hypothesis['text']}", words[:1].upper() + words[1:]]
    mark = evidence.get("rating_authorship", {}).get(str(hypothesis["id"]))
    if rating and mark is not None:
        lines.append(f"Rated by {display_name(mark.get('rated_by'))}")
    return plain_tooltip("\n".join(lines))


def _evidence_tooltip(evidence: dict[str, Any]) -> str:
    """The whole statement (the column elides it), its document and how to open it;
    literal: the title and the statement are imported text."""
    return plain_tooltip(f"{evidence['statement']}\nFrom “{evidence['document_title']}”\n"
                         "Double-click (or Enter) opens the passage.")


def least_inconsistent(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The hypotheses tied for the lowest weighted inconsistency, most likely first; none
    while nothing is rated (an unrated matrix ranks nothing, and bolding every score
    would say the opposite)."""
    ranked = hypotheses_by_rank(record)
    if not ranked or not is_rated(record):
        return []
    least = ranked[0]["inconsistency"]
    return [h for h in ranked if h["inconsistency"] == least]


def is_rated(record: dict[str, Any]) -> bool:
    """Whether any evidence carries a rating yet."""
    return any(evidence["ratings"] for evidence in record["evidence"])
