"""Widgets for background work: the status-bar progress strip and the import summary."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.text import plural, shorten
from workbench.operations.importing import ImportReport
from workbench.ui.widgets.plain_text import plain_label, plain_tooltip
from workbench.ui.widgets.wrapped_rows import WrappedRowDelegate

FILE_SHARE = 0.4  # at most this much of the list's width for the file column
BAR_CHARACTERS = 30  # the progress bar: 180 px at the default 9 pt font, more for a larger one
CURRENT_CHARACTERS = 43  # the current file's name: at most ~260 px at the default font
REASON_LINES = 4  # a reason wraps onto at most this many lines (the tooltip and Copy have all)


class WorkProgressWidget(QWidget):
    """What the background is doing: a label, done/total bar, current item and Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label(QLabel())
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.unit: str | None = None  # what the bar counts when not items: see start
        self.waiting = ""  # what the strip says before the first unit is done: see start
        self.current = plain_label(QLabel(objectName="MutedLabel"))
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop after the current file; what was stored is kept")
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.bar, self.current, self.cancel_button):
            layout.addWidget(widget)
        self._size_to_font()
        self.setVisible(False)

    def _size_to_font(self) -> None:
        """Width of the bar and the file name from the font: at fixed pixels a 2x font
        left "1,204 / 3,000" cut in the bar and a file name of a dozen letters."""
        width = self.fontMetrics().averageCharWidth()
        self.bar.setFixedWidth(max(180, width * BAR_CHARACTERS))
        self.current.setMaximumWidth(max(260, width * CURRENT_CHARACTERS))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._size_to_font()
        super().changeEvent(event)

    def start(self, title: str, unit: str | None = None, waiting: str = "") -> None:
        """Show the strip for a new piece of work (total unknown yet).

        ``unit`` names what the work counts when it is not the items the strip names
        (an analysis counts words): the bar then shows a percentage and its tooltip the
        count. Why: "Analysing 0 / 26461" for 40 articles read as 26,461 of something
        the analyst never chose.
        ``waiting`` is said, over a busy bar, until the first unit is done: an analysis
        stood at "0%" for the seconds the language model took to load.
        """
        self.unit, self.waiting = unit, waiting
        self.title.setText(title)
        self.bar.setFormat("%p%" if unit else "%v / %m")
        self.bar.setToolTip("")
        self.bar.setRange(0, 0)
        self.current.setText(waiting)
        self.current.setToolTip("")
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def update_progress(self, done: int, total: int, current: str) -> None:
        """Show done/total and the item being worked on (elided on the left)."""
        if self.waiting and done == 0:
            return  # still busy with the waiting words start put up
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        if self.unit:
            self.bar.setToolTip(f"{done:,} of {plural(total, self.unit)} done")
        metrics = self.current.fontMetrics()
        room = self.current.maximumWidth() - 10
        self.current.setText(metrics.elidedText(current, Qt.TextElideMode.ElideLeft, room))
        self.current.setToolTip(plain_tooltip(current))

    def cancelling(self) -> None:
        """Acknowledge a cancel while the task reaches its next stopping point."""
        self.cancel_button.setEnabled(False)
        self.title.setText("Cancelling…")

    def finish(self) -> None:
        """Hide the strip."""
        self.setVisible(False)


def summary_line(report: ImportReport) -> str:
    """One line for the status bar: imported, duplicates, failed."""
    analyses = f", {plural(report.analyses, 'ACH analysis', 'ACH analyses')}" \
        if report.analyses else ""
    line = (f"Imported {plural(len(report.imported), 'document')}{analyses}, "
            f"{len(report.duplicates)} already in the library, {len(report.failed)} failed")
    if report.updated and report.orphaned:  # never "re-anchored" when some found no place
        lost = plural(len(report.orphaned), "annotation")
        their = _their(len(report.orphaned))
        line += f", {len(report.updated)} updated to a new version, {lost} lost {their} place"
    elif report.updated:
        line += f", {len(report.updated)} updated to a new version (annotations re-anchored)"
    if report.skipped:
        # The rows say why (a link, a pipe, a saved page's helper folder): "(links, pipes)"
        # here was wrong for the saved pages.
        line += f", {len(report.skipped)} skipped"
    if report.undated:
        line += f", {len(report.undated)} without {_their(len(report.undated))} date (not a date)"
    if report.warnings:
        warned = {doc_id for _, doc_id, _ in report.warnings}
        line += f", {plural(len(warned), 'document')} with a warning"
    for part in report.ach_parts():  # the CLI says them too: never only in the terminal
        line += f", ACH: {part}"
    return line + (" — cancelled" if report.cancelled else "")


class ImportSummaryDialog(QDialog):
    """The end of an import: counts, then every failure with its reason and every duplicate.

    Files are named from the folder they share (said above the list; the full
    path on hover) and their column takes at most ``FILE_SHARE`` of the width:
    named by full path and sized to it, the first column pushed every reason
    out of view behind a horizontal scroll bar. A reason wraps onto up to
    ``REASON_LINES`` lines (one elided line cut "Failed: not a workbench export:
    documents[0].enti…"), and Copy Details puts every row on the clipboard for a
    bug report or a colleague.
    """

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import Finished" if not report.cancelled else "Import Cancelled")
        self.report = report
        self._details: list[tuple[str, list[str]]] = []  # (full path, lines) for Copy Details
        self.headline = QLabel(summary_line(report))
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        self.problems = QTreeWidget()
        self.problems.setHeaderLabels(["File", "What happened"])
        self.problems.setRootIsDecorated(False)
        # padded: a failure and the next one ran into one block
        self.problems.setItemDelegate(ReasonRowDelegate(self.problems, QSize(0, 6), REASON_LINES))
        self.problems.header().setStretchLastSection(True)
        paths = [path for path, *_ in (*report.failed, *report.duplicates, *report.skipped,
                                       *report.undated, *report.warnings)]
        self.folder = shared_folder(paths)
        self.folder_label = plain_label(QLabel(f"In {self.folder}", objectName="MutedLabel"))
        self.folder_label.setWordWrap(True)
        self.folder_label.setVisible(bool(self.folder))
        for path, reason in report.failed:
            # An invalid export's problems would make a tall cell: one line, the list on hover.
            self._add_row(path, f"Failed: {reason}", report.problems.get(path, []))
        for path, title, existing in report.duplicates:
            self._add_row(path, f"Already in the library as document {existing} ({title})")
        for path, reason in report.skipped:
            self._add_row(path, skipped_text(reason))
        for path, doc_id, value in report.undated:
            self._add_row(path, f"Document {doc_id} imported without its date: "
                                f"{shorten(value, 60)!r} is not a date")
        for path, doc_id, warning in report.warnings:
            self._add_row(path, f"Document {doc_id} imported, {warning}")
        has_rows = self.problems.topLevelItemCount() > 0
        self.problems.setVisible(has_rows)
        self.problems.installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.copy_button = buttons.addButton("Copy Details", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip("Copy the summary and every file's line as plain text")
        self.copy_button.clicked.connect(self.copy_details)
        self.copy_button.setVisible(has_rows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(640, 360 if has_rows else 120)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Open with the focus on Close (Enter or Esc closes; Tab reaches the list).

        Why: the list took the first focus and drew a focus frame on its first
        row, as if a file had been picked.
        """
        super().showEvent(event)
        self.close_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.problems and isinstance(event, QResizeEvent):
            # Filters run before the list lays out its viewport: the event has the new width.
            self._fit_file_column(event.size().width())
        return False

    def _fit_file_column(self, width: int) -> None:
        """The file column as wide as its names, up to its share of ``width``; the reasons
        get the rest."""
        header = self.problems.header()
        wanted = max(self.problems.sizeHintForColumn(0), header.sectionSizeHint(0))
        share = int(width * FILE_SHARE)
        header.resizeSection(0, min(wanted, share))

    def _add_row(self, path: str, text: str, details: list[str] | None = None) -> None:
        shown = os.path.relpath(path, self.folder) if self.folder else path
        item = QTreeWidgetItem([shown, text])
        item.setToolTip(0, plain_tooltip(path))
        item.setToolTip(1, plain_tooltip("\n".join([text, *(details or [])])))
        self._details.append((path, [text, *(details or [])]))
        self.problems.addTopLevelItem(item)

    def details_text(self) -> str:
        """The summary as plain text: headline, then each file's full path and whole reason."""
        lines = [self.headline.text()]
        for path, what in self._details:
            lines.append(path)
            lines.extend(f"    {line}" for line in what)
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())

    def rows(self) -> list[tuple[str, str]]:
        """The (file, what happened) rows shown (for tests and accessibility)."""
        return [(self.problems.topLevelItem(i).text(0), self.problems.topLevelItem(i).text(1))
                for i in range(self.problems.topLevelItemCount())]


class ReasonRowDelegate(WrappedRowDelegate):
    """Rows whose "What happened" cell wraps; the file column stays one line.

    Why the file column does not wrap: its width is fitted to its names
    (``_fit_file_column``), and a wrapped cell measures itself at the
    column's current width, so it could never ask for more.
    """

    def text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        return 0 if index.column() == 0 else super().text_width(index)


def _their(count: int) -> str:
    """'its' for one, 'their' for several: "1 without its date", "2 without their date"."""
    return "its" if count == 1 else "their"


def skipped_text(reason: str) -> str:
    """A skipped file's row: "Skipped: <why>", without the reason's own ", skipped".

    The reasons are written for the command line, which prints them bare
    ("fifo: not a regular file (named pipe), skipped"); prefixed here they
    read "Skipped: …, skipped".
    """
    return f"Skipped: {reason.removesuffix(', skipped')}"


def shared_folder(paths: list[str]) -> str:
    """The folder every path lies in ("" when they share none, or for a single bare name)."""
    folders = [os.path.dirname(path) for path in paths]
    if not folders or not all(folders):
        return ""
    try:
        return os.path.commonpath(folders)
    except ValueError:  # paths on different drives, or absolute mixed with relative
        return ""
