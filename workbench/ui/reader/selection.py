"""The reader's selection in the store's terms: the body text, the annotation, the drag.

Why its own module: the view only knows Qt positions (UTF-16, headline and
page included); every analyst action (highlight, note, claim, tag) and every
drag to the ACH matrix needs the selection as the store sees it. The rules for
that translation (trim white space, stay within the body text, the innermost
annotation that holds the whole selection) live here, apart from the widget.

A selection dragged (or copied) from within a claim, highlight or note also
carries that annotation's id (``widgets.annotation_drag``), so dropping it on
the ACH matrix adds it as evidence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit

from workbench.ui.reader.annotations import Span, spans_at
from workbench.ui.reader.content import RenderedDocument
from workbench.ui.widgets.annotation_drag import write_annotation_ids


def store_span(rendered: RenderedDocument, start: int, end: int) -> Span | None:
    """Qt positions ``[start, end)`` as body-text store offsets, trimmed of surrounding white
    space; None when the selection leaves the body text or holds only white space."""
    first = rendered.to_store(start)
    last = rendered.to_store(end)
    if first is None or last is None or first[0] != "text" or last[0] != "text":
        return None
    text, base = rendered.body_text, rendered.page_start
    start, end = first[1] - base, last[1] - base
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (base + start, base + end) if start < end else None


def enclosing_annotation(spans: dict[int, Span], start: int, end: int) -> int | None:
    """The innermost annotation whose Qt span holds all of ``[start, end)``, else None."""
    for annotation_id in spans_at(spans, start):
        if end <= spans[annotation_id][1]:
            return annotation_id
    return None


def with_annotation_id(selection: QMimeData, annotation_id: int) -> QMimeData:
    """The selection's text and HTML plus ``annotation_id`` (a drag to ACH).

    Why a new ``QMimeData``: Qt's own answers only for its fixed list of
    formats, so an id added to it would never be seen by the drop.
    """
    mime = QMimeData()
    mime.setText(selection.text())
    mime.setHtml(selection.html())
    write_annotation_ids(mime, [annotation_id])
    return mime


CARET_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right,
                        Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp,
                        Qt.Key.Key_PageDown})


class CaretInView(QObject):
    """Brings ``view``'s caret to the text in sight before the keyboard starts from it.

    On focus (not a click, which places its own caret) and on a key that moves the
    caret when nothing is selected. Why the keys too: Space, the wheel and the
    scroll bar scroll without moving the caret, and Shift+Down then threw the
    analyst back to where the caret was left, pages up.
    """

    def __init__(self, view: QTextEdit, body_start: Callable[[], int | None]) -> None:
        super().__init__(view)
        self.view = view
        self.body_start = body_start  # the Qt position of the body's first character, if shown
        view.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if isinstance(event, QFocusEvent) and event.type() == QEvent.Type.FocusIn:
            if event.reason() != Qt.FocusReason.MouseFocusReason:
                caret_into_view(self.view)
                self._past_the_front_matter()
        elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if self._to_an_end(event):
                return True
            if event.key() in CARET_KEYS and not self.view.textCursor().hasSelection():
                caret_into_view(self.view)
        return False

    def _past_the_front_matter(self) -> None:
        """A caret on the title or the line under it goes to the body's first word.

        Why: a document opens with the caret at its title, so Ctrl+2 then
        Ctrl+Shift+Right selected the headline, which no highlight, note or
        claim may hold: the keyboard-only analyst found Highlight greyed out
        with "Select some text" while text was selected. Home still goes back
        to the title (only focusing moves the caret here).
        """
        body, cursor = self.body_start(), self.view.textCursor()
        if body is not None and not cursor.hasSelection() and cursor.position() < body:
            cursor.setPosition(body)
            self.view.setTextCursor(cursor)

    def _to_an_end(self, event: QKeyEvent) -> bool:
        """Home / End (Ctrl or not, no Shift): the top or the bottom of the text, caret too.

        Why: with a caret, Qt took Home and End to the ends of the line, and a reader's
        Home no longer went back to the title; Ctrl+Home stopped short of the page's
        top margin. Shift+Home / Shift+End still select to the line's ends.
        """
        to_top = {Qt.Key.Key_Home: True, Qt.Key.Key_End: False}.get(Qt.Key(event.key()))
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if to_top is None or modifiers not in (Qt.KeyboardModifier.NoModifier,
                                               Qt.KeyboardModifier.ControlModifier):
            return False
        cursor = self.view.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start if to_top
                            else QTextCursor.MoveOperation.End)
        self.view.setTextCursor(cursor)
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.minimum() if to_top else bar.maximum())
        return True


def caret_into_view(view: QTextEdit) -> None:
    """Put a caret that is out of sight at the start of the first line shown.

    Why: the keyboard selects from the caret (Shift+arrows), and a document opens
    with it at the title; an analyst who scrolled to the tenth paragraph and
    pressed Ctrl+2 then Shift+Down was thrown back to the top of the article.
    """
    if view.viewport().rect().contains(view.cursorRect().center()):
        return
    view.setTextCursor(view.cursorForPosition(QPoint(0, 1)))


def escape_clears_selection(view: QTextEdit, event: QKeyEvent) -> bool:
    """Esc clears a selection (the caret stays where it ended), as in every editor; True
    when it did, so the view keeps the key.

    Why: Esc did nothing in the reader, so a selection made by Shift+arrows
    could only be dropped by an arrow key that also moved the caret. Without
    a selection Esc goes on to the window as before (which never closes on it).
    """
    cursor = view.textCursor()
    if event.key() != Qt.Key.Key_Escape or event.modifiers() or not cursor.hasSelection():
        return False
    cursor.clearSelection()
    view.setTextCursor(cursor)
    event.accept()
    return True
