"""The reader: one document with entities and quotes highlighted, safe by construction.

Safety: the reader never loads a resource (``SafeTextBrowser.loadResource``
returns nothing and records the attempt), never follows a link by itself (``anchor_activated``
goes to ``LinkGuard``, which asks the analyst) and never interprets imported
text (it is inserted as plain text by ``reader.document``).

The selection is read in the store's terms (and dragged to ACH with its
annotation's id) by ``reader.selection``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from workbench.ui.reader.annotations import spans_at
from workbench.ui.reader.content import ReaderContent, RenderedDocument
from workbench.ui.reader.document import (
    ENTITY_PROPERTY,
    QUOTE_PROPERTY,
    build_document,
    format_at,
    placeholder_document,
    reading_font,
)
from workbench.ui.reader.entity_marks import KindLines, entity_marks, paint_entity_marks
from workbench.ui.reader.hover import HoverTips, format_index
from workbench.ui.reader.incremental import annotation_change, apply_change
from workbench.ui.reader.overlay import OverlayMark, analyst_marks, paint_marks
from workbench.ui.reader.page_geometry import (
    WRAP,
    column_margins,
    hide_subpixel_overflow,
    is_short_view,
    page_margin,
    set_heading,
    set_page,
)
from workbench.ui.reader.paging import PageNavigator
from workbench.ui.reader.passages import (
    first_mention,
    item_at,
    page_span,
    select_passage,
    turn_to_annotation,
    turn_to_entity,
)
from workbench.ui.reader.selection import (
    CaretInView,
    enclosing_annotation,
    escape_clears_selection,
    store_span,
    with_annotation_id,
)
from workbench.ui.theme.palette import HighlightPalette
from workbench.ui.widgets.safe_browser import SafeTextBrowser

MIN_ZOOM, MAX_ZOOM = -6, 12
# The reader's words with no document open; the window's empty states use them too.
CHOOSE_DOCUMENT = "Select a document in the library to read it here."


class ReaderView(SafeTextBrowser):
    """Shows a ``ReaderContent``; hover explains a highlight, click selects its entity."""

    entity_clicked = Signal(int)
    quote_clicked = Signal(int)
    annotation_clicked = Signal(int)
    zoom_changed = Signal(int)
    context_menu_requested = Signal(QPoint, int)
    painted = Signal()  # the text is on screen (a paged document then reads the rest)

    def __init__(self, palette: HighlightPalette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReaderView")
        self.setUndoRedoEnabled(False)
        # A caret the keyboard moves and selects with (Shift+arrows, Ctrl+Shift+Right by
        # word): without it a passage could only be selected with the mouse, so Highlight,
        # Add Note, Mark as Claim and Tag Selection were out of a keyboard user's reach.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.caret = CaretInView(self, self._body_start)
        self.tips = HoverTips(self)  # what a highlight means, on hover
        self.palette_data = palette
        self.theme = "light"
        self.empty_message = CHOOSE_DOCUMENT
        self.hidden_labels: frozenset[str] = frozenset()
        self.content: ReaderContent | None = None
        self.rendered: RenderedDocument | None = None
        self.document_counts: Any = None
        self.zoom_steps = 0
        self.overlay_marks: list[OverlayMark] = []
        self.entity_marks = KindLines()  # each kind's line (``reader.entity_marks``)
        self.navigator: PageNavigator | None = None  # set by the pane for a paged document
        self._press_position: QPoint | None = None
        self.heading_compact = False  # how the shown article's title is set (page_geometry)
        self.setFont(reading_font())
        self.setAccessibleName("Document text")
        self.setWordWrapMode(WRAP)
        hide_subpixel_overflow(self)
        self.page_margin = page_margin(self.width(), self.font())

    # -- measure -----------------------------------------------------------------

    def fit_measure(self) -> None:
        """Centre the text in a column no wider than the measure; the rest is margin.

        A narrow column keeps less margin around its text (``page_geometry``).
        """
        scrollbar = self.verticalScrollBar()
        width = self.width() - 2 * self.frameWidth() - (
            scrollbar.sizeHint().width() if scrollbar.isVisible() else 0)
        self.page_margin = page_margin(width, self.font())
        if self.document() is not None:
            set_page(self.document(), self.page_margin)
        left, right = column_margins(width, self.font())
        if self.viewportMargins().left() != left or self.viewportMargins().right() != right:
            self.setViewportMargins(left, 0, right, 0)
        self._fit_heading()

    def _fit_heading(self) -> None:
        """A compact title and metadata line in a short view (a dock open in a small window)."""
        compact = is_short_view(self.height() - 2 * self.frameWidth(), self.font())
        if self.rendered is not None and compact != self.heading_compact:
            self.heading_compact = compact
            set_heading(self.rendered.document, compact)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.fit_measure()
        super().resizeEvent(event)

    # -- content -----------------------------------------------------------------

    def show_content(self, content: ReaderContent | None) -> None:
        """Render a document (or nothing) from the top."""
        self.content = content
        self._render(keep_scroll=False)

    def show_changed_annotations(self, content: ReaderContent) -> bool:
        """Show a reload of the same document (or page) in place if it only adds or removes
        annotations (True).

        See ``reader.incremental``: no rebuild, no relayout; the selection the
        action was made on is cleared, as a rebuild would have cleared it.
        """
        change = annotation_change(self.content, content) if self.content else None
        if change is None or self.rendered is None:
            return False
        apply_change(self.document(), self.rendered, content, change, self.palette_data,
                     self.theme, self.hidden_labels)
        self.content = content
        self.overlay_marks = self._overlay_marks()
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)
        self.viewport().update()
        return True

    def set_theme(self, theme: str) -> None:
        """Re-render with the other theme's highlight colours, keeping the scroll position."""
        self.theme = theme
        self._render(keep_scroll=True)

    def set_empty_message(self, message: str) -> None:
        """What to say while no document is open (how to start, or why nothing is listed)."""
        if message != self.empty_message:
            self.empty_message = message
            if self.content is None:
                self._render(keep_scroll=False)

    def set_hidden_labels(self, labels: frozenset[str]) -> None:
        """Hide the highlights of some entity types (legend toggles)."""
        self.hidden_labels = labels
        self._render(keep_scroll=True)

    def _render(self, keep_scroll: bool) -> None:
        scroll = self.verticalScrollBar().value()
        if self.content is None:
            self.rendered = None
            self.overlay_marks, self.entity_marks = [], []
            self._install(placeholder_document(self.empty_message, self.palette_data,
                                               self.theme))
            return
        self.rendered = build_document(self.content, self.palette_data, self.theme,
                                       self.hidden_labels, self.font())
        self.overlay_marks = self._overlay_marks()
        self.entity_marks = entity_marks(self.rendered, self.content, self.palette_data,
                                         self.theme, self.hidden_labels)
        self.heading_compact = False  # a new document is built with the roomy heading
        self._fit_heading()
        self._install(self.rendered.document)
        self.verticalScrollBar().setValue(scroll if keep_scroll else 0)

    def _install(self, document: QTextDocument) -> None:
        """Show ``document`` (owned by this view) and free the previous one."""
        document.setParent(self)
        document.setDefaultFont(self.font())
        set_page(document, self.page_margin)
        old = self.document()
        ours = old is not None and old is not document and old.parent() is self
        self.setDocument(document)
        if ours:
            old.deleteLater()

    # -- navigation --------------------------------------------------------------

    def show_mention(self, index: int) -> None:
        """Select mention ``index`` and scroll it into view."""
        if self.rendered and index in self.rendered.mention_spans:
            self._select_span(self.rendered.mention_spans[index])

    def show_quote(self, index: int) -> None:
        """Select quote ``index`` and scroll it into view."""
        if self.rendered and index in self.rendered.quote_spans:
            self._select_span(self.rendered.quote_spans[index])

    def show_annotation(self, annotation_id: int) -> None:
        """Select a highlight, note or claim and scroll it into view (turning the page)."""
        turn_to_annotation(self.rendered, self.navigator, annotation_id)
        if self.rendered and annotation_id in self.rendered.annotation_spans:
            self._select_span(self.rendered.annotation_spans[annotation_id])

    def show_store_span(self, start: int, end: int) -> None:
        """Select body text ``[start, end)`` (store offsets), e.g. a linked claim's span."""
        if self.navigator is not None:
            self.navigator.turn_to_offset(start)
        if self.rendered is not None:
            self._select_span(page_span(self.rendered, start, end))

    def show_entity(self, entity_id: int) -> None:
        """Select the first mention of an entity (opened from its entity page)."""
        if self.content is None:
            return
        turn_to_entity(self.navigator, entity_id)
        index = first_mention(self.content, entity_id)
        if index is not None:
            self.show_mention(index)

    def _body_start(self) -> int | None:
        """The Qt position of the shown body text's first character (after title and byline)."""
        rendered = self.rendered
        return None if rendered is None else rendered.to_qt(rendered.page_start)

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as body-text store offsets, trimmed of surrounding white space."""
        cursor = self.textCursor()
        if self.rendered is None or not cursor.hasSelection():
            return None
        return store_span(self.rendered, cursor.selectionStart(), cursor.selectionEnd())

    def selected_annotation(self) -> int | None:
        """The claim, highlight or note the selection lies within (innermost), else None."""
        cursor = self.textCursor()
        if self.rendered is None or not cursor.hasSelection():
            return None
        return enclosing_annotation(self.rendered.annotation_spans, cursor.selectionStart(),
                                    cursor.selectionEnd())

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """The selected text, plus its annotation's id when it lies within one (a drag to ACH)."""
        selection = super().createMimeDataFromSelection()
        annotation_id = self.selected_annotation()
        if annotation_id is None:
            return selection
        return with_annotation_id(selection, annotation_id)

    def annotations_at(self, position: int) -> list[int]:
        """Annotation ids (highlights, notes, claims) covering a Qt position, innermost first."""
        if self.rendered is None or position < 0:
            return []
        return spans_at(self.rendered.annotation_spans, position)

    def mention_at(self, position: int) -> dict[str, Any] | None:
        """The entity mention under a Qt position, if any."""
        if self.content is None:
            return None
        return item_at(self.document(), self.content.mentions, position, ENTITY_PROPERTY)

    def quote_at(self, position: int) -> dict[str, Any] | None:
        """The quote under a Qt position, if any."""
        if self.content is None:
            return None
        return item_at(self.document(), self.content.quotes, position, QUOTE_PROPERTY)

    def _overlay_marks(self) -> list[OverlayMark]:
        if self.rendered is None or self.content is None:
            return []
        return analyst_marks(self.rendered, self.content, self.palette_data, self.theme)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        self.painted.emit()
        if not self.overlay_marks and not self.entity_marks:
            return
        painter = QPainter(self.viewport())
        offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        paint_entity_marks(painter, self.document(), self.entity_marks, offset,
                           QRectF(event.rect()))
        paint_marks(painter, self.document(), self.overlay_marks, offset, QRectF(event.rect()))
        painter.end()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """Ask the pane for the analyst menu (highlight, note, claim, tag, curate)."""
        self.context_menu_requested.emit(event.globalPos(), self.position_at(event.pos()))

    def _select_span(self, span: tuple[int, int]) -> None:
        select_passage(self, span)

    # -- zoom --------------------------------------------------------------------

    def zoom_by(self, steps: int) -> None:
        """Enlarge (positive) or shrink the text; remembered by the window."""
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom_steps + steps))
        delta, self.zoom_steps = target - self.zoom_steps, target
        if delta > 0:
            self.zoomIn(delta)
        elif delta < 0:
            self.zoomOut(-delta)
        self.fit_measure()
        self.zoom_changed.emit(self.zoom_steps)

    def reset_zoom(self) -> None:
        """Back to the default text size."""
        self.zoom_by(-self.zoom_steps)

    # -- hover and click ---------------------------------------------------------

    def position_at(self, point: QPoint) -> int:
        """Document position of the character under a viewport point, or -1."""
        offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        layout = self.document().documentLayout()
        return layout.hitTest((point + offset).toPointF(), Qt.HitTestAccuracy.ExactHit)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not escape_clears_selection(self, event):
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press_position = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        moved = self._press_position is None or (point - self._press_position).manhattanLength() > 3
        if event.button() == Qt.MouseButton.LeftButton and not moved:
            self.click_at(self.position_at(point))

    def click_at(self, position: int) -> None:
        """Select the entity (or quote) at ``position`` in the inspector."""
        if self.content is None or position < 0:
            return
        char_format = format_at(self.document(), position)
        annotations = self.annotations_at(position)
        if annotations:
            self.annotation_clicked.emit(annotations[0])
        mention = format_index(char_format, ENTITY_PROPERTY)
        if mention is not None:
            self.entity_clicked.emit(int(self.content.mentions[mention]["entity_id"]))
            return
        quote = format_index(char_format, QUOTE_PROPERTY)
        if quote is not None:
            self.quote_clicked.emit(quote)

