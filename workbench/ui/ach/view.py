"""The ACH matrix editor: pick an analysis, rate cells from the keyboard, open a row's passage.

Keyboard first, as analysts rate dozens of cells: arrows move, 1-5 rate the
current cell (1 very consistent … 5 very inconsistent), 0 or Delete clears
it, Enter or a double-click on a row opens its passage in the reader. Every
change goes through ``StoreActions`` (undoable, on the writer), and the
view rescores itself when a change touches analyses, claims or grades.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.ach_scoring import FORMULA, hypotheses_by_rank
from workbench.core.models import Changes
from workbench.operations.ach import analysis_record
from workbench.store import Store
from workbench.ui.ach.model import KEY_RATINGS, AchMatrixModel
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.widgets.lazy_refresh import LazyRefreshWidget

CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AchView(LazyRefreshWidget):
    """The matrix of one analysis at a time, with buttons to grow it."""

    location_requested = Signal(int, int, int)

    def __init__(self, store: Store, actions: StoreActions,
                 changes_applied: SignalInstance | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actions = store, actions
        self.model = AchMatrixModel()
        self.picker = QComboBox()
        self.picker.setAccessibleName("Analysis")
        self.picker.setMinimumContentsLength(24)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setToolTip("Keys 1-5 rate the cell (1 very consistent … 5 very inconsistent),"
                              " 0 clears it, Enter opens the passage")
        self.table.installEventFilter(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setToolTip(FORMULA)
        self._build_layout()
        self.picker.currentIndexChanged.connect(lambda _i: self._rescore())
        self.table.doubleClicked.connect(self.open_row)
        self.follow(changes_applied)
        self.reload()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.picker, 1)
        for text, slot in (("New Analysis…", self.new_analysis),
                           ("Add Hypothesis…", self.add_hypothesis),
                           ("Add Evidence…", self.add_evidence)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    # -- reading -----------------------------------------------------------------

    @property
    def analysis_id(self) -> int | None:
        data = self.picker.currentData()
        return int(data) if data is not None else None

    def reload_analyses(self, select: int | None = None) -> None:
        """Refill the picker (keeping the analysis shown unless ``select`` names another)."""
        wanted = select if select is not None else self.analysis_id
        self.picker.blockSignals(True)
        self.picker.clear()
        for summary in self.store.ach.list_analyses():
            self.picker.addItem(f"{summary.id}. {summary.question}", summary.id)
        found = self.picker.findData(wanted) if wanted is not None else -1
        self.picker.setCurrentIndex(found if found >= 0 else self.picker.count() - 1)
        self.picker.blockSignals(False)
        self._rescore()

    def reload(self) -> None:
        """Re-read the analyses and the matrix shown (now if visible, else when next shown)."""
        self.stale = False
        self.reload_analyses()

    def _rescore(self) -> None:
        """Rescore and redraw the analysis shown, keeping the current cell."""
        current = self.table.currentIndex()
        analysis_id = self.analysis_id
        try:
            record = analysis_record(self.store, analysis_id) if analysis_id else None
        except LookupError:
            record = None
        self.model.set_record(record)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.hint.setText(self._hint(record))

    @staticmethod
    def _hint(record: dict[str, Any] | None) -> str:
        if record is None:
            return "No analysis yet: New Analysis… asks for the question."
        best = hypotheses_by_rank(record)[:1]
        lines = [f"H{h['position']}: {h['text']}" for h in record["hypotheses"]]
        lead = f"Most likely (least inconsistent): H{best[0]['position']}.  " if best else ""
        return lead + "   ".join(lines)

    def on_changes(self, changes: Changes) -> None:
        """Stale when analyses, claims (status, grades) or annotations changed.

        Why not rescore at once: a highlight anywhere touches annotations, and
        a hidden dock need not rescore its matrix for it.
        """
        if changes.ach or changes.claims or changes.annotations:
            self.mark_stale()

    # -- keyboard and clicks -------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        index = self.table.currentIndex()
        if event.key() in OPEN_KEYS:
            self.open_row(index)
            return True
        rating = KEY_RATINGS.get(event.text())
        if rating is None and event.key() not in CLEAR_KEYS:
            return False
        self.rate(index, rating)
        return True

    def rate(self, index: QModelIndex, rating: str | None) -> None:
        """Rate (None: clear) the cell at ``index`` if it is a rating cell."""
        evidence = self.model.evidence_at(index.row())
        hypothesis = self.model.hypothesis_at(index.column())
        if evidence is None or hypothesis is None:
            return
        evidence_id, hypothesis_id = evidence["id"], hypothesis["id"]
        self.actions.run("Rate evidence",
                         lambda s: s.ach.rate(evidence_id, hypothesis_id, rating))

    def open_row(self, index: QModelIndex) -> None:
        """Open the passage of the row's claim (or highlight or note) in the reader."""
        evidence = self.model.evidence_at(index.row())
        if evidence is not None:
            self.location_requested.emit(evidence["document_id"], evidence["start"],
                                         evidence["end"])

    # -- growing the matrix ----------------------------------------------------------

    def new_analysis(self) -> None:
        question, ok = QInputDialog.getText(self, "New Analysis", "Question:")
        if ok and question.strip():
            self.actions.run("New analysis", lambda s: s.ach.create_analysis(question),
                             on_done=lambda changes: self.reload_analyses(changes.ids[0]))

    def add_hypothesis(self) -> None:
        analysis_id = self.analysis_id
        if analysis_id is None:
            return
        text, ok = QInputDialog.getText(self, "Add Hypothesis", "Hypothesis:")
        if ok and text.strip():
            self.actions.run("Add hypothesis", lambda s: s.ach.add_hypothesis(analysis_id, text))

    def add_evidence(self) -> None:
        analysis_id = self.analysis_id
        if analysis_id is None:
            return
        claim_id, ok = QInputDialog.getInt(self, "Add Evidence", "Claim (or annotation) id:",
                                           1, 1, 2**31 - 1)
        if ok:
            self.actions.run("Add evidence", lambda s: s.ach.add_evidence(analysis_id, claim_id))
