"""Tools → Batch Claim Search: where were these statements (one per line) reported?

The search runs on the task runner (``suggest_batch`` one statement at a
time, so the progress bar moves and Cancel stops between statements); the
results tree shows each statement with its ranked documents (one row each,
its best statement and "n more in this document"), "n more documents" beyond
the rows asked for, and "No likely matches" when nothing passes the
calibrated threshold, in the Suggestions panel's words. A double-click opens
the document at the match; Export CSV writes the same table as
``workbench suggest --batch``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.progress import Progress
from workbench.core.text import plural
from workbench.export.batch_csv import batch_csv
from workbench.export.files import UnsafeExportPath, write_file_atomically
from workbench.store import Store, belongs_to_library
from workbench.ui.tasks.runner import Task
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.tasks.task_dialog import TaskDialogMixin
from workbench.ui.widgets.column_fit import fit_columns, measure_columns
from workbench.ui.widgets.match_evidence import evidence_tooltip, rank_text
from workbench.ui.widgets.match_words import NO_LIKELY_MATCHES, more_documents, more_in_document
from workbench.ui.widgets.plain_text import plain_label, plain_tooltip
from workbench.ui.widgets.wrapped_rows import wrap_rows

MATCH_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT_COLUMN_WIDTH = 260
COUNT_UP_TO = 1000  # documents ranked per statement to say how many more there are


def search_statements(store: Store, progress: Progress, statements: list[str],
                      limit: int) -> list[dict[str, Any]]:
    """The task: ranked documents per statement, as JSON-ready records (writer thread).

    Each record also counts the documents past ``limit`` that passed the
    threshold (``more_documents``): ranking them all costs no more than
    ranking ``limit``, the scoring is the same.
    """
    progress.start(len(statements))
    records = []
    for statement in statements:
        ((_, found),) = store.suggestions.suggest_batch([statement], COUNT_UP_TO)
        records.append({"statement": statement,
                        "suggestions": [suggestion.as_dict() for suggestion in found[:limit]],
                        "more_documents": max(0, len(found) - limit)})
        progress.step(statement[:60])
    return records


class BatchSearchDialog(TaskDialogMixin, QDialog):
    """Paste statements, run, read the matches, export them."""

    location_requested = Signal(int, int, int)

    def __init__(self, actions: StoreActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Batch Claim Search")
        self.actions = actions
        self.task: Task | None = None
        self.records: list[dict[str, Any]] = []
        self.statements_edit = QPlainTextEdit()
        self.statements_edit.setPlaceholderText("Paste statements, one per line — e.g. the "
                                                "lines of a speech or a list of claims to check.")
        # A tab is never part of a statement: Tab moves on to the limit and Search.
        self.statements_edit.setTabChangesFocus(True)
        self.limit_spin = QSpinBox(minimum=1, maximum=25, value=5)
        self.limit_spin.setPrefix("Up to ")
        self.limit_spin.setAccessibleName("Documents to list for each statement")
        self.limit_spin.setSuffix(" documents each")
        self.run_button = QPushButton("Search")
        self.cancel_button = QPushButton("Cancel")
        self.export_button = QPushButton("Export CSV…")
        self.progress_bar = QProgressBar()
        self.status_label = plain_label(QLabel(objectName="MutedLabel"))
        self.results_tree = QTreeWidget(accessibleName="Where each statement is reported")
        self.results_tree.setHeaderLabels(["Statement / best match", "Match", "Document"])
        fit_columns(self.results_tree, stretch=0, left_alone=(2,))
        # Titles and "No likely matches" fit; the analyst may drag it wider.
        self.results_tree.header().resizeSection(2, DOCUMENT_COLUMN_WIDTH)
        wrap_rows(self.results_tree)  # a long statement grows its row, never elides
        self._layout()
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.results_tree.itemDoubleClicked.connect(self._open)
        self._set_running(False)
        self.export_button.setEnabled(False)
        self.resize(900, 640)

    def _layout(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self.limit_spin)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.progress_bar, 1)
        controls.addStretch(1)  # the buttons keep their width while no search runs
        controls.addWidget(self.export_button)
        # Labelled, so the box still says what it is for once the placeholder is gone.
        statements = QWidget()
        column = QVBoxLayout(statements)
        column.setContentsMargins(0, 0, 0, 0)
        self.statements_label = QLabel("&Statements to look for, one per line:")
        self.statements_label.setBuddy(self.statements_edit)
        column.addWidget(self.statements_label)
        column.addWidget(self.statements_edit, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(statements)
        splitter.addWidget(self.results_tree)
        splitter.setSizes([120, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(controls)
        layout.addWidget(self.status_label)
        # The layout put the results between the statements and Search in the Tab order: the
        # form first (statements, limit, Search), then what it found.
        chain = (self.statements_edit, self.limit_spin, self.run_button, self.cancel_button,
                 self.results_tree, self.export_button)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def statements(self) -> list[str]:
        """Non-empty lines, trimmed."""
        return [line.strip() for line in self.statements_edit.toPlainText().splitlines()
                if line.strip()]

    def run(self) -> None:
        """Search every statement in the background."""
        statements, limit = self.statements(), self.limit_spin.value()
        if not statements or self.task is not None:
            return
        self.results_tree.clear()
        self.records = []
        self.progress_bar.setRange(0, len(statements))
        self.progress_bar.setValue(0)
        self._set_running(True)
        self.status_label.setText(f"Searching {plural(len(statements), 'statement')}…")
        self._start_task(
            "Batch claim search",
            lambda store, progress: search_statements(store, progress, statements, limit),
            self._failed)

    def _failed(self, message: str) -> None:
        """A failed search leaves the dialog ready to search again."""
        self._end_task()
        self.status_label.setText(f"Search failed: {message}")

    def cancel(self) -> None:
        """Stop a running search between statements, or close the dialog."""
        self.cancel_or_close()

    def _finished(self, records: Any) -> None:
        cancelled = self._end_task()
        if records is None:
            self.status_label.setText("Cancelled" if cancelled else "No results")
            return
        self.show_records(list(records))

    def show_records(self, records: list[dict[str, Any]]) -> None:
        """Show search results (``search_statements`` records) and enable the export."""
        self.records = records
        self._fill()
        self.status_label.setText(summary_text(self.records))
        self.export_button.setEnabled(bool(self.records))

    def _fill(self) -> None:
        self.results_tree.clear()
        muted = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        for record in self.records:
            found = record["suggestions"]
            top = QTreeWidgetItem([record["statement"], "", documents_text(len(found))])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setToolTip(0, plain_tooltip(record["statement"]))
            if not found:
                top.setForeground(2, muted)
            for position, match in enumerate(found):
                top.addChild(_match_item(match, position, len(found)))
            more = more_documents(record.get("more_documents", 0))
            if more:
                extra = QTreeWidgetItem([f"{more} — raise “Up to” to show them", "", ""])
                extra.setForeground(0, muted)
                extra.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(extra)
            self.results_tree.addTopLevelItem(top)
            top.setExpanded(True)
        measure_columns(self.results_tree)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A live theme switch recolours the muted rows ("No likely matches", "n more")."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.records:
            self._fill()

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Write the results as CSV (asks where when ``path`` is None)."""
        if not self.records:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, "Export Matches", "matches.csv",
                                                    "CSV (*.csv)")
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        library = self.actions.store.path if self.actions is not None else None
        if library is not None and belongs_to_library(library, target):  # as suggest --csv
            self.status_label.setText(f"Could not write {target}: a file of the open library")
            return None
        try:  # atomic and never onto a pipe or device, as the CLI's suggest --csv
            write_file_atomically(target, batch_csv(self.records).encode("utf-8"))
        except OSError as error:
            self.status_label.setText(f"Could not write {target}: {error.strerror or error}")
            return None
        except UnsafeExportPath as refused:  # a file where a folder should be, named
            self.status_label.setText(f"Could not write {target}: {refused}")
            return None
        self.status_label.setText(f"Wrote {target}")
        return target

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        match = item.data(0, MATCH_ROLE)
        if match:
            self.location_requested.emit(int(match["document_id"]), int(match["start"]),
                                         int(match["end"]))

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.statements_edit.setReadOnly(running)
        self.cancel_button.setText("Cancel" if running else "Close")
        self.progress_bar.setVisible(running or self.progress_bar.value() > 0)


def documents_text(count: int) -> str:
    """A statement's row: how many documents likely report it, or the honest "no match"."""
    if not count:
        return NO_LIKELY_MATCHES
    return plural(count, "document")


def summary_text(records: list[dict[str, Any]]) -> str:
    """The status line after a search: statements, documents found, statements with none.

    The statements with none are counted as statements ("no likely matches for 4" read
    as four documents), and the double-click hint only shows when there is a match.
    """
    found = sum(len(r["suggestions"]) for r in records)
    silent = sum(1 for r in records if not r["suggestions"])
    parts = [plural(len(records), "statement"), f"{plural(found, 'document')} found"]
    if silent:
        parts.append(f"{NO_LIKELY_MATCHES.lower()} for {plural(silent, 'statement')}")
    return ", ".join(parts) + (". Double-click a match to open it." if found else ".")


def _match_item(match: dict[str, Any], position: int, total: int) -> QTreeWidgetItem:
    """One document's row: its best statement, place in the list, title and "n more …".

    The place, not the score: the list keeps the search's order, so scores beside it were
    not monotone and read as a ranking (see ``widgets/match_evidence``).
    """
    more = more_in_document(int(match.get("more_in_document") or 0))
    title = f"{match['title']}  ·  {more}" if more else match["title"]
    item = QTreeWidgetItem([" ".join(match["text"].split()), rank_text(position), title])
    item.setToolTip(1, plain_tooltip(evidence_tooltip(
        position, total, match.get("shared_entities") or (),
        match.get("matched_words") or (), float(match.get("score") or 0.0))))
    item.setData(0, MATCH_ROLE, match)
    item.setToolTip(0, plain_tooltip(match["text"]))
    item.setToolTip(2, plain_tooltip(title))
    return item
