"""Editing an analysis from the matrix: its question, its hypotheses, its evidence rows.

Why apart from the view: the view shows and rates; this holds the actions
that reshape the matrix, each one undoable store call through ``StoreActions``
and each reachable three ways — a key while the dock has focus, the table's
context menu (Menu key or Shift+F10 opens it on the current cell) and the
dock's Edit menu. Rules the store enforces (2-12 hypotheses, a row once) are
checked here first so the analyst reads why in the dock, not in a status bar
line that is gone in seconds; removing a row or a hypothesis asks first, as
its ratings go with it (Undo brings them back). Deleting the whole analysis
asks too, naming its question and what goes with it (the claims stay).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from workbench.core.ach_records import MAX_HYPOTHESES, MIN_HYPOTHESES
from workbench.core.text import plural
from workbench.ui.ach.model import AchMatrixModel
from workbench.ui.dialogs import input_dialogs
from workbench.ui.dialogs.standard import ask_yes_no
from workbench.ui.tasks.store_actions import StoreActions

RANGE = f"{MIN_HYPOTHESES}-{MAX_HYPOTHESES}"
#: (attribute, label, shortcut, what it does): the editor's actions in menu order.
EDIT_ACTIONS = (
    ("rename", "&Rename Analysis…", "Shift+F2", "Reword the question"),
    ("add_hypothesis", "Add &Hypothesis…", "Insert", f"Add a hypothesis ({RANGE})"),
    ("edit_hypothesis", "&Edit Hypothesis…", "F2", "Reword the current column's hypothesis"),
    ("remove_hypothesis", "Re&move Hypothesis…", "Ctrl+Delete",
     "Remove the current column's hypothesis and its ratings"),
    ("add_evidence", "Add E&vidence…", "Shift+Insert",
     "Add a claim, highlight or note by id (or drag one onto the matrix)"),
    ("remove_evidence", "Remove Evi&dence…", "Shift+Delete",
     "Take the current row out of the analysis (the claim stays)"),
    ("delete_analysis", "De&lete Analysis…", "Ctrl+Shift+Delete",
     "Delete the whole analysis with its hypotheses, rows and ratings (the claims stay)"),
)


class MatrixHost(Protocol):
    """What the editor needs of the view (``AchView``) without importing it."""

    model: AchMatrixModel
    table: QTableView
    actions: StoreActions

    @property
    def analysis_id(self) -> int | None: ...

    def show_notice(self, text: str) -> None: ...


class MatrixEditor(QObject):
    """The question, hypothesis and evidence actions of one ACH view."""

    def __init__(self, host: MatrixHost, owner: QWidget) -> None:
        super().__init__(owner)
        self.host, self.owner = host, owner
        self.qactions: dict[str, QAction] = {}
        for name, label, keys, tip in EDIT_ACTIONS:
            action = QAction(label, owner)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{tip} ({keys})")
            action.triggered.connect(getattr(self, name))
            owner.addAction(action)
            self.qactions[name] = action

    # -- what the current cell points at --------------------------------------------

    def current_hypothesis(self) -> dict[str, Any] | None:
        return self.host.model.hypothesis_at(self.host.table.currentIndex().column())

    def current_evidence(self) -> dict[str, Any] | None:
        return self.host.model.evidence_at(self.host.table.currentIndex().row())

    def _record(self) -> dict[str, Any] | None:
        """The analysis shown, or None with a notice; every action starts here (clearing it)."""
        self.host.show_notice("")
        if self.host.analysis_id is None or self.host.model.record is None:
            self.host.show_notice("No analysis yet: New Analysis… asks for the question.")
            return None
        return self.host.model.record

    # -- the actions -------------------------------------------------------------------

    def rename(self) -> None:
        record = self._record()
        if record is None:
            return
        question = self.ask_text("Rename Analysis", "Question:", record["question"],
                                 action="Rename", label_of="a question")
        if question:
            analysis_id = record["id"]
            self._run("Rename analysis", lambda s: s.ach.set_question(analysis_id, question))

    def add_hypothesis(self) -> None:
        record = self._record()
        if record is None:
            return
        count = len(record["hypotheses"])
        if count >= MAX_HYPOTHESES:
            self.host.show_notice(
                f"This analysis has {count} hypotheses, the most an analysis takes ({RANGE}):"
                " remove one before adding another.")
            return
        text = self.ask_text("Add Hypothesis", f"Hypothesis H{count + 1}:", action="Add",
                             label_of="a hypothesis")
        if text:
            analysis_id = record["id"]
            self._run("Add hypothesis", lambda s: s.ach.add_hypothesis(analysis_id, text))

    def edit_hypothesis(self) -> None:
        hypothesis = self._hypothesis("edit")
        if hypothesis is None:
            return
        text = self.ask_text("Edit Hypothesis", f"Hypothesis H{hypothesis['position']}:",
                             hypothesis["text"], action="Reword", label_of="a hypothesis")
        if text:
            hypothesis_id = hypothesis["id"]
            self._run("Edit hypothesis", lambda s: s.ach.edit_hypothesis(hypothesis_id, text))

    def remove_hypothesis(self) -> None:
        hypothesis = self._hypothesis("remove")
        record = self.host.model.record
        if hypothesis is None or record is None:
            return
        count = len(record["hypotheses"])
        if count <= MIN_HYPOTHESES:
            self.host.show_notice(
                f"This analysis has only {count} hypotheses and an analysis takes {RANGE}:"
                f" add another before removing H{hypothesis['position']}.")
            return
        label = f"H{hypothesis['position']}: {hypothesis['text']}"
        if self.confirm("Remove Hypothesis",
                        f"Remove {label}?\n\nIts ratings go with it (Undo brings them back).",
                        action="Remove"):
            hypothesis_id = hypothesis["id"]
            self._run("Remove hypothesis", lambda s: s.ach.remove_hypothesis(hypothesis_id))

    def add_evidence(self) -> None:
        record = self._record()
        if record is None:
            return
        claim_id = input_dialogs.ask_int(
            self.owner, "Add Evidence", "Claim (or annotation) id:", action="Add", value=1,
            minimum=1, maximum=2**31 - 1)
        if claim_id is not None:
            self.add_annotations([claim_id])

    def add_annotations(self, annotation_ids: list[int]) -> None:
        """Add claims, highlights or notes as rows (a drop, or Add Evidence…), each undoable."""
        record = self._record()
        if record is None:
            return
        present = {e["claim_id"] for e in record["evidence"]}
        repeated = [i for i in annotation_ids if i in present]
        if repeated:
            listed = ", ".join(map(str, repeated))
            self.host.show_notice(f"Already evidence in this analysis: {listed}.")
        analysis_id = record["id"]
        for annotation_id in (i for i in annotation_ids if i not in present):
            self._run("Add evidence",
                      lambda s, a=annotation_id: s.ach.add_evidence(analysis_id, a))

    def remove_evidence(self) -> None:
        if self._record() is None:
            return
        evidence = self.current_evidence()
        if evidence is None:
            self.host.show_notice("Choose an evidence row first (arrows or a click).")
            return
        if self.confirm("Remove Evidence",
                        f"Take “{evidence['statement']}” out of this analysis?\n\n"
                        "Its ratings go with it; the claim stays (Undo brings the row back).",
                        action="Remove"):
            evidence_id = evidence["id"]
            self._run("Remove evidence", lambda s: s.ach.remove_evidence(evidence_id))

    def delete_analysis(self) -> None:
        """Delete the analysis shown, after naming what goes with it; the view moves on.

        The claims behind its rows stay. The view then shows the analysis that
        took its place in the picker (``AchView.reload_analyses``), or the
        empty state when it was the last; Undo brings the whole matrix back.
        """
        record = self._record()
        if record is None:
            return
        if self.confirm("Delete Analysis",
                        f"Delete the analysis “{record['question']}”?\n\n{_what_goes(record)}"
                        " go with it; the claims stay (Undo brings it all back).", action="Delete"):
            analysis_id = record["id"]
            self._run("Delete analysis", lambda s: s.ach.delete_analysis(analysis_id))

    # -- menus ---------------------------------------------------------------------------

    def fill_menu(self, menu: QMenu) -> None:
        """Add the editor's actions to ``menu``, each enabled only where it applies."""
        hypothesis, evidence = self.current_hypothesis(), self.current_evidence()
        has_analysis = self.host.model.record is not None
        applies = {"rename": has_analysis, "add_hypothesis": has_analysis,
                   "add_evidence": has_analysis, "edit_hypothesis": hypothesis is not None,
                   "remove_hypothesis": hypothesis is not None,
                   "remove_evidence": evidence is not None, "delete_analysis": has_analysis}
        for name, action in self.qactions.items():
            action.setEnabled(applies[name])
            menu.addAction(action)
            if name in ("rename", "remove_hypothesis", "remove_evidence"):
                menu.addSeparator()

    def enable_all(self) -> None:
        """Re-enable every action after a menu closes (their keys check for themselves)."""
        for action in self.qactions.values():
            action.setEnabled(True)

    # -- asking --------------------------------------------------------------------------

    def ask_text(self, title: str, label: str, text: str = "", *, action: str,
                 label_of: str) -> str | None:
        """A line of text from the analyst, or None when cancelled, blank or too long."""
        value = input_dialogs.ask_text(self.owner, title, label, action=action, text=text,
                                       label_of=label_of)
        return value.strip() if value and value.strip() else None

    def confirm(self, title: str, question: str, *, action: str) -> bool:
        """Ask before a removal, the button naming it (``action``: "Remove", "Delete";
        Cancel is the default); the question, which quotes evidence and hypotheses,
        is shown as plain text. The verb is passed, not taken from the title's first
        word: a title such as "Evidence Removal" would have made it a noun."""
        return ask_yes_no(self.owner, title, question, action=action)

    def _hypothesis(self, verb: str) -> dict[str, Any] | None:
        hypothesis = self.current_hypothesis()
        if hypothesis is None and self._record() is not None:
            self.host.show_notice(f"Move to a hypothesis column (H1, H2 …) to {verb} it.")
        return hypothesis

    def _run(self, label: str, call: Callable[[Any], Any]) -> None:
        self.host.actions.run(label, call)


def _what_goes(record: dict[str, Any]) -> str:
    """``Its 3 hypotheses, 2 evidence rows and 4 ratings``: what a deletion takes."""
    ratings = sum(len(row["ratings"]) for row in record["evidence"])
    counts = (plural(len(record["hypotheses"]), "hypothesis", "hypotheses"),
              plural(len(record["evidence"]), "evidence row"), plural(ratings, "rating"))
    return f"Its {counts[0]}, {counts[1]} and {counts[2]}"
