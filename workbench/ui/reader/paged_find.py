"""Find (Ctrl+F) across every page of a paged document, scanned off the UI thread.

Why a scan of the stored text and not of the QTextDocument: a paged reader
holds one page, so ``QTextDocument.find`` would miss the other 400. The text
is scanned in a Python thread (a 50 MB scan takes a fraction of a second;
the UI stays responsive), each keystroke waits a moment so typing a word
starts one scan, not five, and a result for an older query is dropped.
Matches are document offsets; stepping to one on another page turns to it.
Documents shown whole keep ``FindBar``'s in-document search unchanged.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QWidget

from workbench.ui.reader.find_bar import MAX_MARKED, FindBar, tinted
from workbench.ui.reader.page_geometry import show_selection
from workbench.ui.reader.paged_content import PagedDocument
from workbench.ui.reader.paging import MAX_FIND_MATCHES, find_all
from workbench.ui.reader.view import ReaderView

TYPING_PAUSE_MS = 250
Match = tuple[int, int]


class _ScanResults(QObject):
    """Carries a finished scan from its thread to the UI thread (queued signal)."""

    finished = Signal(int, object)


class PagedFindBar(FindBar):
    """``FindBar`` that searches the whole text when the reader shows a paged document."""

    def __init__(self, editor: ReaderView, paged: Callable[[], PagedDocument | None],
                 turn_to_offset: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.view = editor
        self.paged = paged
        self.turn_to_offset = turn_to_offset
        self.found: list[Match] = []
        self.searched: tuple[int, str] | None = None  # (document, query) ``found`` answers
        self.scan_thread: threading.Thread | None = None
        self._generation = 0
        self._results = _ScanResults(self)
        self._results.finished.connect(self._on_scanned)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._scan)

    def search(self, text: str) -> None:
        """Whole-document scan for a paged document (after a typing pause); else as ever."""
        if self.paged() is None:
            self.searched, self.found = None, []
            super().search(text)
            return
        self._generation += 1
        self.found, self.current, self.searched = [], -1, None
        self.matches = []
        if not text:
            self._typing.stop()
            self._mark_page(select=False)
            return
        self.count_label.setText("Searching…")
        self._typing.start()

    def step(self, direction: int) -> None:
        """Next/previous match, turning the page when it lies on another one."""
        if self.paged() is None:
            super().step(direction)
            return
        if not self.found:
            return
        self.current = (self.current + direction) % len(self.found)
        self._go_to_current()

    def refresh(self) -> None:
        """After a re-render: re-mark the page (same document and query), else search again."""
        if not self.isVisible():
            return
        paged = self.paged()
        if paged is not None and self.searched == (paged.doc_id, self.edit.text()):
            self._mark_page(select=False)
            return
        self.search(self.edit.text())

    def close_bar(self) -> None:
        """Hide the bar, forget the matches and drop any scan still running."""
        self._typing.stop()
        self._generation += 1
        super().close_bar()

    def _scan(self, read_here: bool = False) -> None:
        """Scan the whole text on a thread; the text itself is waited for there too.

        Why not ``paged.text`` here: while the loader still reads a long text,
        asking for it on the UI thread froze the window until it arrived. Only
        a document with no loader (an in-memory library), or whose loader
        failed (``read_here``), is read on the UI thread.
        """
        paged, query = self.paged(), self.edit.text()
        if paged is None or not query:
            return
        generation, key = self._generation, (paged.doc_id, query)
        in_worker = (paged.loading or paged.loaded) and not read_here
        text = None if in_worker else paged.text
        fetch = paged.text_from_worker

        def work() -> None:
            whole = fetch() if text is None else text
            found = None if whole is None else find_all(whole, query)
            self._results.finished.emit(generation, (key, found))

        self.scan_thread = threading.Thread(target=work, name="reader-find", daemon=True)
        self.scan_thread.start()

    def _on_scanned(self, generation: int,
                    result: tuple[tuple[int, str], list[Match] | None]) -> None:
        if generation != self._generation:
            return  # an older query, or the bar was closed
        if result[1] is None:
            self._scan(read_here=True)  # the loader failed: read the text here
            return
        self.searched, self.found = result[0], result[1]
        self.current = -1
        if self.found:
            caret = self._caret_offset()
            later = bisect_left(self.found, (caret, -1))
            self.current = later if later < len(self.found) else 0
        self._go_to_current()

    def _go_to_current(self) -> None:
        if self.current >= 0:
            self.turn_to_offset(self.found[self.current][0])
        self._mark_page(select=True)

    def _caret_offset(self) -> int:
        rendered = self.view.rendered
        if rendered is None:
            return 0
        found = rendered.to_store(self.view.textCursor().selectionStart())
        return found[1] if found is not None and found[0] == "text" else rendered.page_start

    def _mark_page(self, select: bool) -> None:
        """Tint the matches on the page shown; select the current one if it is here."""
        if mark_page_matches(self.view, self.found, self.match_format,
                             self.current if select else -1):
            show_selection(self.view)
        self.count_label.setText(self._count_text())

    def _count_text(self) -> str:
        if not self.found:
            return "No matches" if self.edit.text() and self.searched else ""
        more = "+" if len(self.found) >= MAX_FIND_MATCHES else ""
        return f"{self.current + 1:,} of {len(self.found):,}{more}"


def mark_page_matches(view: ReaderView, found: list[Match], match_format: QTextCharFormat,
                      selected: int = -1) -> bool:
    """Tint ``found``'s matches on the page shown; select match number ``selected`` if it
    is on this page (True then). Why shared: the find bar and the library search's marks
    paint a page's matches the same way, in the find bar's colours.
    """
    cursors = page_match_cursors(view, found)
    view.setExtraSelections(tinted(cursors.values(), match_format))
    if selected in cursors:
        view.setTextCursor(cursors[selected])
        return True
    return False


def page_match_cursors(view: ReaderView, found: list[Match]) -> dict[int, QTextCursor]:
    """The matches of ``found`` (sorted store spans) on the page shown, selected, by number.

    At most ``MAX_MARKED`` of them, as the whole-document find bar marks.
    """
    rendered = view.rendered
    cursors: dict[int, QTextCursor] = {}
    if rendered is None:
        return cursors
    last = rendered.page_start + rendered.body_index.text_length
    number = bisect_left(found, (rendered.page_start, -1))
    while number < len(found) and found[number][1] <= last and len(cursors) < MAX_MARKED:
        cursors[number] = span_cursor(view, *found[number])
        number += 1
    return cursors


def span_cursor(view: ReaderView, start: int, end: int) -> QTextCursor:
    """The shown text of store span ``[start, end)``, selected."""
    rendered = view.rendered
    assert rendered is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(rendered.to_qt(start))
    cursor.setPosition(rendered.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    return cursor
