"""The ACH matrix editor: pick an analysis, rate cells from the keyboard, open a row's passage.

Keyboard first, as analysts rate dozens of cells: arrows move, 1-5 rate the
current cell (1 very consistent … 5 very inconsistent), 0 or Delete clears
it, Enter or a double-click on a row opens its passage in the reader. The
question, hypotheses and rows are edited by key, context menu or the Edit
button (``ach.editing``); a claim, highlight or note dragged from the claims
table or the reader and dropped on the matrix becomes a row (``ach.table``).
Every change goes through ``StoreActions`` (undoable, on the writer), and the
view rescores itself when a change touches analyses, claims or grades.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.ach_scoring import FORMULA
from workbench.core.models import Changes
from workbench.operations.ach import analysis_record
from workbench.store import Store
from workbench.ui.ach.controls_row import ControlsRow
from workbench.ui.ach.editing import MatrixEditor
from workbench.ui.ach.model import KEY_RATINGS, AchMatrixModel, is_rated
from workbench.ui.ach.score_footer import ScoreFooter
from workbench.ui.ach.table import AchTable
from workbench.ui.dialogs.input_dialogs import ask_text
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.widgets.column_fit import fit_columns
from workbench.ui.widgets.empty_hint import EmptyHint
from workbench.ui.widgets.lazy_refresh import LazyRefreshWidget
from workbench.ui.widgets.word_lines import WordLinesDelegate
from workbench.ui.widgets.wording import OPEN_IN_READER

CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
EVIDENCE_LINES = 2
NO_ANALYSIS = "No analysis yet: New Analysis… asks for the question."
PICK_ANALYSIS = "Pick an analysis above to see its matrix."
MATRIX_ROWS = 3  # evidence rows kept in view before the line naming the hypotheses
EVIDENCE_PADDING = QSize(14, 14)  # one line: 29 px rows (31 px: two lines and a third row cut)


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
        self.picker.setPlaceholderText("No analysis yet")  # an empty box looked broken
        self.picker.setMinimumContentsLength(24)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.table = self._matrix_table()
        self.scores = ScoreFooter(self.table, self.model)
        self.notice = _notice_label()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setToolTip(FORMULA)
        # In the empty matrix, muted, as the other docks say it (it sat under the table in
        # the text colour, read as a status line).
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self.editor = MatrixEditor(self, self)
        self._build_layout()
        self.picker.currentIndexChanged.connect(lambda _i: self._rescore())
        self.table.doubleClicked.connect(self.open_row)
        self.table.annotations_dropped.connect(self.editor.add_annotations)
        self.table.horizontalHeader().sectionDoubleClicked.connect(self._edit_column)
        self.follow(changes_applied)
        self.reload()

    def _matrix_table(self) -> AchTable:
        """The matrix: evidence rows on up to two lines, cells rated by keys, claims dropped in."""
        table = AchTable()
        table.setAccessibleName("ACH matrix: evidence by hypothesis")
        table.setModel(self.model)
        fit_columns(table, stretch=0)  # the evidence; ratings and scores their content
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Evidence on up to two lines cut after a whole word (the rest on hover): one line
        # cut by character at 1024 px ("⚠ single sour…"). Rows as tall as their lines.
        table.setWordWrap(True)  # the table then hands each cell its width to measure
        table.setItemDelegateForColumn(
            0, WordLinesDelegate(table, EVIDENCE_LINES, EVIDENCE_PADDING, fit_rows=True))
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        table.setToolTip("Keys 1-5 rate the cell (1 very consistent … 5 very inconsistent),"
                         " 0 clears it, Enter opens the passage, F2 edits the hypothesis;"
                         " drop claims here from the claims table or the reader")
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)
        return table

    def _build_layout(self) -> None:
        """The analysis picker and the buttons on one line, stacked in a narrow dock
        (``ControlsRow``); the score row pinned right under the matrix, as its frozen row."""
        buttons = []
        for text, slot in (("New Analysis…", self.new_analysis),
                           ("Add Hypothesis…", self.editor.add_hypothesis),
                           ("Add Evidence…", self.editor.add_evidence)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.append(button)
        self.new_button = buttons[0]
        self.edit_button = QPushButton("Edit")
        # Off while there is no analysis to grow (the hint says to start one).
        self.growing_buttons = (buttons[1], buttons[2], self.edit_button)
        self.edit_button.setToolTip(
            "Rename or delete the analysis, edit or remove hypotheses and rows")
        self.edit_menu = QMenu(self.edit_button)
        self.edit_menu.aboutToShow.connect(self._fill_edit_menu)
        self.edit_menu.aboutToHide.connect(self.editor.enable_all)
        self.edit_button.setMenu(self.edit_menu)
        self.controls = ControlsRow(self.picker, [*buttons, self.edit_button])
        layout = QVBoxLayout(self)
        # As the Claims, Claim Map and Timeline docks: at 4 px the matrix sat off their line.
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)  # at 6 px, and rows 2 px taller, the third row missed 1024x640 by 4 px
        layout.addWidget(self.controls)
        layout.addWidget(self.notice)
        matrix = QVBoxLayout()
        matrix.setSpacing(0)
        matrix.addWidget(self.table, 1)
        matrix.addWidget(self.scores)  # pinned: the table scrolls, the scores stay in view
        layout.addLayout(matrix, 1)
        layout.addWidget(self.hint)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_hint()

    def _fit_hint(self) -> None:
        """Show the line naming the hypotheses unless it takes the matrix below three rows.

        Why: at 1024x640 the dock has 229 px and, under that line, the matrix
        showed one evidence row. What the line says stays on the matrix: the
        least inconsistent score is bold, each hypothesis's words are its header's tooltip.
        """
        cost = self.hint.heightForWidth(self.table.width()) + self.layout().spacing()
        room = self.table.height() + (0 if self.hint.isHidden() else cost)
        fits = room - cost >= self._rows_height(MATRIX_ROWS)
        self.hint.setVisible(self.model.record is not None and fits)

    def _rows_height(self, count: int) -> int:
        """The table's height showing its first ``count`` evidence rows (all, if fewer)."""
        table = self.table
        rows = [row for row in range(self.model.rowCount()) if not table.isRowHidden(row)]
        return (table.horizontalHeader().height() + 2 * table.frameWidth()
                + sum(table.rowHeight(row) for row in rows[:count]))

    def show_notice(self, text: str) -> None:
        """Say in the dock why an edit was refused (empty: hide the line)."""
        self.notice.setText(f"⚠ {text}" if text else "")
        self.notice.setVisible(bool(text))

    # -- reading -----------------------------------------------------------------

    @property
    def analysis_id(self) -> int | None:
        data = self.picker.currentData()
        return int(data) if data is not None else None

    def reload_analyses(self, select: int | None = None) -> None:
        """Refill the picker (keeping the analysis shown unless ``select`` names another).

        When the analysis shown is gone (deleted here or by the CLI), the one
        that took its place in the list is shown — the next, or the last when
        it was the last — rather than jumping to the end.
        """
        wanted = select if select is not None else self.analysis_id
        place = self.picker.currentIndex()
        self.picker.blockSignals(True)
        self.picker.clear()
        for summary in self.store.ach.list_analyses():
            self.picker.addItem(f"{summary.id}. {summary.question}", summary.id)
        found = self.picker.findData(wanted) if wanted is not None else -1
        if found < 0:
            found = min(place, self.picker.count() - 1) if place >= 0 else self.picker.count() - 1
        self.picker.setCurrentIndex(found)
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
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.hint.setText(self._hint(record, self.model.leading))
        self._fit_hint()
        self.empty_hint.refresh()
        for button in self.growing_buttons:
            button.setEnabled(record is not None)

    def _empty_text(self) -> str:
        """What the matrix says with no analysis picked ("" once one is)."""
        if self.model.record is not None:
            return ""
        return NO_ANALYSIS if self.picker.count() == 0 else PICK_ANALYSIS

    @staticmethod
    def _hint(record: dict[str, Any] | None, leading: list[dict[str, Any]]) -> str:
        if record is None:
            return ""
        lines = [f"H{h['position']}: {h['text']}" for h in record["hypotheses"]]
        return _ranking_lead(record, leading) + "   ".join(lines)

    def on_changes(self, changes: Changes) -> None:
        """Stale when analyses, claims (status, grades) or annotations changed.

        Why not rescore at once: a highlight anywhere touches annotations, and
        a hidden dock need not rescore its matrix for it.
        """
        if changes.ach or changes.claims or changes.annotations:
            self.mark_stale()

    # -- keyboard and clicks -------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Type.Resize:
            # The matrix's height changes without the dock's: the controls row turning
            # between one line and two (``ControlsRow``), the notice line shown. The dock's
            # own resize fitted the hint before its layout had the row's new height.
            self._fit_hint()
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        menu_target = watched is self.table or watched is self.table.viewport()
        if menu_target and event.type() == QEvent.Type.ContextMenu:
            assert isinstance(event, QContextMenuEvent)
            self._context_menu(event)
            return True
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        index = self.table.currentIndex()
        if event.key() in OPEN_KEYS:
            self.open_row(index)
            return True
        rating = KEY_RATINGS.get(event.text())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if rating is None and not (plain and event.key() in CLEAR_KEYS):
            return False
        self.rate(index, rating)
        return True

    def _context_menu(self, event: QContextMenuEvent) -> None:
        """The cell's menu: on the clicked cell, or on the current one from the keyboard."""
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            clicked = self.table.indexAt(event.pos())
            if clicked.isValid():
                self.table.setCurrentIndex(clicked)
        menu = self.context_menu()
        self.popup(menu, self._menu_point(event))
        menu.deleteLater()  # its "Open in Reader" entry with it; the edit actions are the view's

    def popup(self, menu: QMenu, point: QPoint) -> None:
        """Show a menu until it is closed (tests replace this to read the menu instead)."""
        menu.exec(point)

    def _menu_point(self, event: QContextMenuEvent) -> QPoint:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            return event.globalPos()
        rect = self.table.visualRect(self.table.currentIndex())
        return self.table.viewport().mapToGlobal(rect.center() if rect.isValid() else QPoint())

    def context_menu(self) -> QMenu:
        """Open the row's passage, then every edit that applies to the current cell."""
        menu = QMenu(self)
        current = self.table.currentIndex()
        opener = menu.addAction(OPEN_IN_READER, lambda: self.open_row(current))
        opener.setEnabled(self.model.evidence_at(current.row()) is not None)
        menu.addSeparator()
        self.editor.fill_menu(menu)
        menu.aboutToHide.connect(self.editor.enable_all)
        return menu

    def _fill_edit_menu(self) -> None:
        self.edit_menu.clear()
        self.editor.fill_menu(self.edit_menu)

    def _edit_column(self, section: int) -> None:
        """A double-click on a hypothesis's header edits it."""
        if self.model.hypothesis_at(section) is not None:
            row = max(0, self.table.currentIndex().row())
            self.table.setCurrentIndex(self.model.index(row, section))
            self.editor.edit_hypothesis()

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
        question = ask_text(self, "New Analysis", "Question:", action="Create",
                            label_of="a question")
        if question and question.strip():
            self.actions.run("New analysis", lambda s: s.ach.create_analysis(question),
                             on_done=lambda changes: self.reload_analyses(changes.ids[0]),
                             context=self)


def _ranking_lead(record: dict[str, Any], leading: list[dict[str, Any]]) -> str:
    """Which hypotheses the ratings favour, naming every one tied for least inconsistent.

    Why not the first by rank: two hypotheses at 0 were shown as "H2" alone, a
    choice the ratings did not make; and an unrated matrix ranks nothing.
    """
    if not record["hypotheses"]:
        return ""
    if not is_rated(record):
        return "No ratings yet: keys 1-5 rate the current cell.  "
    names = [f"H{h['position']}" for h in leading]
    if len(names) == 1:
        return f"Most likely (least inconsistent): {names[0]}.  "
    return f"Most likely (least inconsistent): {', '.join(names[:-1])} and {names[-1]}, tied.  "


def _notice_label() -> QLabel:
    """The bold line, hidden until the matrix editor has something to say (no analysis yet,
    a refused drop): kept out of AchView.__init__, at 41 statements (ruff PLR0915)."""
    notice = QLabel(objectName="AchNotice", wordWrap=True)
    notice.setTextFormat(Qt.TextFormat.PlainText)
    bold = notice.font()
    bold.setBold(True)
    notice.setFont(bold)
    notice.hide()
    return notice
