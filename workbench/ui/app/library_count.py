"""The status bar's document count and what the empty library and reader say meanwhile.

Why one object: the count, "Searching…", a failed search's message and the empty
texts during an import answer the same question — what is the analyst looking at
right now — and each had grown into the main window as a method of its own. It
listens to the library pane (counts, searches) and to the import controller
(an import running), and writes only the count label, the status bar and the
reader's empty text.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from workbench.store import Store
from workbench.ui.app.empty_states import reader_message
from workbench.ui.library.pane import LibraryPane
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.tasks.import_controller import ImportController


class LibraryCount:
    """Keeps the count label, the search feedback and the empty texts true."""

    def __init__(self, window: QMainWindow, label: QLabel) -> None:
        self.window = window
        self.label = label
        self.search_failure = ""  # the status bar's last word on a failed library search
        self._panes: tuple[Store, LibraryPane, ReaderPane] | None = None

    def attach(self, store: Store, library: LibraryPane, reader: ReaderPane) -> None:
        """Follow a newly built library and reader (each library opened builds new panes)."""
        self._panes = (store, library, reader)
        library.count_changed.connect(self.show)
        library.search_failed.connect(self._search_failed)
        library.model.busy_changed.connect(self._searching)
        self.show(library.model.rowCount())

    def follow_imports(self, imports: ImportController) -> None:
        """While an import runs, the empty library and reader say so."""
        imports.import_started.connect(self._importing)
        imports.import_finished.connect(lambda _report: self._importing(""))
        imports.import_failed.connect(lambda _message: self._importing(""))

    def show(self, shown: int) -> None:
        """The count of documents listed (of all), and the reader's empty text to match."""
        if self._panes is None:
            return
        store, library, reader = self._panes
        total = store.documents.count_documents()
        # "0 documents" beside "Importing sample articles 24 / 36" read as a failed import.
        quiet = total == 0 and library.importing
        self.label.setText("" if quiet else library.count_text(shown, total))
        reader.view.set_empty_message(reader_message(total, shown, library.importing))

    def _search_failed(self, message: str) -> None:
        self.search_failure = message
        self.window.statusBar().showMessage(message)

    def _searching(self, busy: bool) -> None:
        """A search started: "Searching…" where the count goes, and an earlier search's
        failure taken away (it stayed over the corrected search's answers)."""
        if not busy:
            return
        self.label.setText("Searching…")
        bar = self.window.statusBar()
        if self.search_failure and bar.currentMessage() == self.search_failure:
            bar.clearMessage()

    def _importing(self, label: str) -> None:
        """An import runs (or ended: ""): the empty library and reader say so, not "import some".

        Why: on the first start the reader told the analyst to import the sample
        articles while that import was already running.
        """
        if self._panes is None:
            return
        library = self._panes[1]
        library.set_importing(label)
        self.show(library.model.rowCount())
