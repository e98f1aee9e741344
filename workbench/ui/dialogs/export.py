"""File → Export: format, scope, Obsidian links, destination, a preview, progress and cancel.

A bundle (work handed to a colleague) is chosen by whose work and since
when instead of by documents, so for it the dialog shows those two choices.

The formats listed are the rows of ``workbench.export.formats``. The export
itself is ``run_export_request``, a Qt-free task function over
``operations.exporting.run_export`` (the same call as ``workbench export``),
run on the task runner with a ``Progress`` so the bar moves and Cancel stops
between documents. The preview is the current document's note as
``operations.exporting.note_preview`` renders it, shown in the safe browser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.core.bundle_records import SINCE_FORMS
from workbench.core.progress import Cancelled, Progress
from workbench.export.formats import FORMATS, ExportFormat, Needs, export_format
from workbench.operations.exporting import (
    ExportRequest,
    note_preview,
    run_export,
    since_problem,
)
from workbench.operations.identity import author_labels
from workbench.store import Store
from workbench.ui.tasks.runner import Task
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.tasks.task_dialog import TaskDialogMixin
from workbench.ui.widgets.note_browser import NoteBrowser
from workbench.ui.widgets.plain_text import plain_label
from workbench.ui.widgets.wording import THIS_DOCUMENT, WHOLE_LIBRARY


def run_export_request(store: Store, progress: Progress, request: ExportRequest) -> str:
    """Write the export (writer thread); return a one-line summary."""
    try:
        output = run_export(store, request, progress)
    except Cancelled:
        return "Export cancelled; nothing was written"
    if output.cancelled:
        return f"Export cancelled after {output.written} in {request.out}"
    return f"Wrote {output.written} to {request.out}"


UNAVAILABLE_SCOPE = {"document": "Open a document to export only it",
                     "tag": "No document is tagged yet"}
NEEDS_PLACE = "Say where to save first: a path under Save to, or Browse…"


class ExportDialog(TaskDialogMixin, QDialog):
    """Choose what to export; watch it run; cancel it."""

    def __init__(self, store: Store, actions: StoreActions, current_document: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.store, self.actions = store, actions
        self.current_document = current_document
        self.task: Task | None = None
        self.summary = ""
        self.format_combo = QComboBox()
        for row in FORMATS:
            self.format_combo.addItem(row.menu_label, row.name)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons = {key: QRadioButton(text) for key, text in (
            ("library", WHOLE_LIBRARY), ("document", THIS_DOCUMENT), ("tag", "Tag:"))}
        for number, button in enumerate(self.scope_buttons.values()):
            self.scope_group.addButton(button, number)
        self.scope_buttons["library"].setChecked(True)
        self.scope_buttons["document"].setEnabled(current_document is not None)
        self.tag_combo = QComboBox(accessibleName="Tag to export")
        self.tag_combo.addItems(store.library.library_tags())
        self.tag_combo.setPlaceholderText("no tags yet")  # an empty box looked broken
        self.scope_buttons["tag"].setEnabled(self.tag_combo.count() > 0)
        self.wikilinks_check = QCheckBox("Obsidian wikilinks ([[note#^claim-ID|text]])")
        # Off by default: a folder export stops rather than replace a file the analyst wrote.
        self.replace_check = QCheckBox("Replace files in the folder that no export wrote")
        self.author_combo = QComboBox()
        self.author_combo.addItem("Any author", None)  # as the Claims filter says it
        for label, author_id in author_labels(store.authors.names()):  # shared names apart
            self.author_combo.addItem(label, author_id)
        self.since_edit = QLineEdit(placeholderText="all time, or a date: 2026-03-01")
        self.out_edit = QLineEdit(accessibleName="Save to")  # its row's label names a layout
        self.browse_button = QPushButton("Browse…", autoDefault=False)  # Enter exports
        self.preview = NoteBrowser(self)
        self.preview.setAccessibleName("Export preview")
        self.progress_bar = QProgressBar()
        self.status_label = plain_label(QLabel(objectName="MutedLabel", wordWrap=True))
        self.export_button = QPushButton("Export", default=True)
        # After an export, what it wrote opens in the system's file manager or app: an
        # analyst who exported Markdown went looking for the folder by hand.
        self.open_button = QPushButton("Open Folder", autoDefault=False)
        self.open_button.setVisible(False)
        self.exported_to: Path | None = None
        self.close_button = QPushButton("Close")
        self._layout()
        self._connect()
        self.progress_bar.setVisible(False)
        self._format_changed()
        self._show_preview()
        self.resize(980, 600)

    def _layout(self) -> None:
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.scope_buttons["tag"])
        tag_row.addWidget(self.tag_combo, 1)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow("Format:", self.format_combo)
        # One form row per choice: a column of radios in one row sat 4 px off its label.
        form.addRow("Documents:", self.scope_buttons["library"])
        form.addRow("", self.scope_buttons["document"])
        form.addRow("", tag_row)
        form.addRow("", self.wikilinks_check)
        form.addRow("Whose work:", self.author_combo)
        form.addRow("Made or changed since:", self.since_edit)
        self.form = form
        form.addRow("Save to:", out_row)
        form.addRow("", self.replace_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addStretch(1)  # a hidden progress bar left the buttons half the pane wide each
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addStretch(1)
        column.addWidget(self.status_label)
        column.addLayout(buttons)
        right = QWidget()
        preview = QVBoxLayout(right)
        preview.addWidget(QLabel("Preview: this document's note", objectName="MutedLabel"))
        preview.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([440, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.format_combo.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.browse_button.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_export)
        self.close_button.clicked.connect(self.cancel_or_close)
        self.out_edit.textChanged.connect(lambda _t: self._enable())
        self.tag_combo.activated.connect(lambda _i: self.scope_buttons["tag"].setChecked(True))

    @property
    def fmt(self) -> str:
        """The chosen format key."""
        return str(self.format_combo.currentData())

    @property
    def format_row(self) -> ExportFormat:
        """The chosen format's row of the format table."""
        return export_format(self.fmt)

    def request(self) -> ExportRequest | None:
        """The export the dialog describes, or None without a destination."""
        out = self.out_edit.text().strip()
        if not out:
            return None
        doc_ids = (self.current_document,) if self.scope_buttons["document"].isChecked() \
            and self.current_document is not None else None
        tag = self.tag_combo.currentText() if self.scope_buttons["tag"].isChecked() else None
        if self.format_row.needs is Needs.WORK:  # chosen by author and time, not by documents
            since = self.since_edit.text().strip() or None
            return ExportRequest(self.fmt, Path(out).expanduser(),
                                 author=self.author_combo.currentData(), since=since)
        return ExportRequest(self.fmt, Path(out).expanduser(), doc_ids, tag or None,
                             self.wikilinks_check.isChecked() and self.format_row.wikilinks,
                             overwrite=self.replace_check.isChecked() and self.format_row.folder)

    def start(self) -> None:
        """Run the export on the task runner."""
        request = self.request()
        if request is None or self.task is not None:
            return
        problem = since_problem(request.since) if request.since is not None else None
        if problem is not None:
            self.status_label.setText("Since: that date is still to come" if problem.future
                                      else f"Since: give {SINCE_FORMS}")
            return
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.status_label.setText("Exporting…")
        self.exported_to = request.out
        self.open_button.setVisible(False)
        self._set_running(True)
        self._start_task(
            "Export", lambda store, progress: run_export_request(store, progress, request),
            self._failed)

    def _finished(self, summary: Any) -> None:
        # Cancelling stops between documents; files written so far are whole.
        cancelled = self._end_task()
        self.summary = str(summary) if summary is not None else "Export cancelled"
        self.status_label.setText("Export cancelled" if cancelled and summary is None
                                  else self.summary)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1 if summary is not None else 0)
        written = self.exported_to
        if summary is not None and written is not None and written.exists():
            self.open_button.setText("Open Folder" if written.is_dir() else "Open File")
            self.open_button.setToolTip(str(written))
            self.open_button.setVisible(True)

    def open_export(self) -> None:
        """Open what the last export wrote: its folder in the file manager, a file in its app."""
        if self.exported_to is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported_to)))

    def _failed(self, message: str) -> None:
        self._end_task()
        self.status_label.setText(f"Export failed: {message}")

    def _format_changed(self) -> None:
        row = self.format_row
        self.wikilinks_check.setEnabled(row.wikilinks)
        bundle = row.needs is Needs.WORK
        for widget in (self.author_combo, self.since_edit):
            self.form.setRowVisible(widget, bundle)
        for key, button in self.scope_buttons.items():
            button.setEnabled(not bundle and self._scope_available(key))
        # An empty tag list is not a choice: greyed out with the radio, and both say why.
        self.tag_combo.setEnabled(not bundle and self._scope_available("tag"))
        for key, why in UNAVAILABLE_SCOPE.items():
            self.scope_buttons[key].setToolTip("" if self._scope_available(key) else why)
        out = self.out_edit.text().strip()
        if out:
            path = Path(out)
            base = path.with_suffix("") if path.suffix else path
            self.out_edit.setText(str(base) + row.suffix)
        self.out_edit.setPlaceholderText("Folder" if row.folder else "File")
        self.form.setRowVisible(self.replace_check, row.folder)
        self._enable()

    def _scope_available(self, key: str) -> bool:
        if key == "document":
            return self.current_document is not None
        return key != "tag" or self.tag_combo.count() > 0

    def _browse(self) -> None:
        row = self.format_row
        if row.folder:
            chosen = QFileDialog.getExistingDirectory(self, "Export to Folder")
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Export to File", "library" + row.suffix,
                f"{row.label} (*{row.suffix});;All files (*)")
        if chosen:
            self.out_edit.setText(chosen)

    def _show_preview(self) -> None:
        if self.current_document is None:
            self.preview.set_markdown("*Open a document to preview its note.*")
            return
        self.preview.set_wrapped_html(note_preview(self.store, self.current_document))

    def _enable(self) -> None:
        """Export waits for a place to save to, and its tooltip says so (greyed, it read as
        broken beside an empty "Folder" field)."""
        placed = bool(self.out_edit.text().strip())
        self.export_button.setEnabled(self.task is None and placed)
        self.export_button.setToolTip("" if placed else NEEDS_PLACE)

    def _set_running(self, running: bool) -> None:
        for widget in (self.format_combo, self.out_edit, self.browse_button, self.tag_combo,
                       self.wikilinks_check, self.author_combo, self.since_edit,
                       *self.scope_buttons.values()):
            widget.setEnabled(not running)
        if not running:
            self._format_changed()
        self.close_button.setText("Cancel" if running else "Close")
        self._enable()
