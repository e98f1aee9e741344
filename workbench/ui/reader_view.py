"""The reader: one document with entities and quotes highlighted, safe by construction.

Safety: the reader never loads a resource (``SafeTextBrowser.loadResource``
returns nothing and records the attempt), never follows a link by itself (``anchor_activated``
goes to ``LinkGuard``, which asks the analyst) and never interprets imported
text (it is inserted as plain text by ``reader_document``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QToolTip, QWidget

from workbench.ui.highlight_palette import HighlightPalette
from workbench.ui.reader_document import (
    ENTITY_PROPERTY,
    QUOTE_PROPERTY,
    SPEAKER_PROPERTY,
    ReaderContent,
    RenderedDocument,
    build_document,
    format_at,
    placeholder_document,
    reading_font,
)
from workbench.ui.safe_browser import SafeTextBrowser

MIN_ZOOM, MAX_ZOOM = -6, 12


class ReaderView(SafeTextBrowser):
    """Shows a ``ReaderContent``; hover explains a highlight, click selects its entity."""

    entity_clicked = Signal(int)
    quote_clicked = Signal(int)
    zoom_changed = Signal(int)

    def __init__(self, palette: HighlightPalette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReaderView")
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.palette_data = palette
        self.theme = "light"
        self.hidden_labels: frozenset[str] = frozenset()
        self.content: ReaderContent | None = None
        self.rendered: RenderedDocument | None = None
        self.document_counts: Any = None
        self.zoom_steps = 0
        self._press_position: QPoint | None = None
        self.setFont(reading_font())

    # -- content -----------------------------------------------------------------

    def show_content(self, content: ReaderContent | None) -> None:
        """Render a document (or nothing) from the top."""
        self.content = content
        self._render(keep_scroll=False)

    def set_theme(self, theme: str) -> None:
        """Re-render with the other theme's highlight colours, keeping the scroll position."""
        self.theme = theme
        self._render(keep_scroll=True)

    def set_hidden_labels(self, labels: frozenset[str]) -> None:
        """Hide the highlights of some entity types (legend toggles)."""
        self.hidden_labels = labels
        self._render(keep_scroll=True)

    def _render(self, keep_scroll: bool) -> None:
        scroll = self.verticalScrollBar().value()
        if self.content is None:
            self.rendered = None
            message = "Select a document in the library to read it here."
            self._install(placeholder_document(message, self.palette_data, self.theme))
            return
        self.rendered = build_document(self.content, self.palette_data, self.theme,
                                       self.hidden_labels, self.font())
        self._install(self.rendered.document)
        self.verticalScrollBar().setValue(scroll if keep_scroll else 0)

    def _install(self, document: QTextDocument) -> None:
        """Show ``document`` (owned by this view) and free the previous one."""
        document.setParent(self)
        document.setDefaultFont(self.font())
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

    def _select_span(self, span: tuple[int, int]) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[1])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(span[0], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- zoom --------------------------------------------------------------------

    def zoom_by(self, steps: int) -> None:
        """Enlarge (positive) or shrink the text; remembered by the window."""
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom_steps + steps))
        delta, self.zoom_steps = target - self.zoom_steps, target
        if delta > 0:
            self.zoomIn(delta)
        elif delta < 0:
            self.zoomOut(-delta)
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

    def tooltip_at(self, position: int) -> str:
        """What a highlight at ``position`` means: entity, quote and speaker lines."""
        if self.content is None or position < 0:
            return ""
        char_format = format_at(self.document(), position)
        lines = []
        mention = _property(char_format, ENTITY_PROPERTY)
        if mention is not None:
            lines.append(self._entity_tooltip(self.content.mentions[mention]))
        for prop in (QUOTE_PROPERTY, SPEAKER_PROPERTY):
            quote = _property(char_format, prop)
            if quote is not None:
                lines.append(_quote_tooltip(self.content.quotes[quote], prop == SPEAKER_PROPERTY))
        return "\n\n".join(lines)

    def _entity_tooltip(self, mention: dict[str, Any]) -> str:
        label = mention["label"]
        name = self.palette_data.label_name(label)
        lines = [f"{mention['entity']}", f"{name} ({label})"]
        if callable(self.document_counts):
            count = self.document_counts(mention["entity_id"])
            lines.append(f"Mentioned in {count} document{'s' if count != 1 else ''}")
        if mention["text"] != mention["entity"]:
            lines.append(f"Written here as “{mention['text']}”")
        return "\n".join(lines)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(self.position_at(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

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
        mention = _property(char_format, ENTITY_PROPERTY)
        if mention is not None:
            self.entity_clicked.emit(int(self.content.mentions[mention]["entity_id"]))
            return
        quote = _property(char_format, QUOTE_PROPERTY)
        if quote is not None:
            self.quote_clicked.emit(quote)


def _property(char_format: Any, prop: int) -> int | None:
    return int(char_format.property(prop)) if char_format.hasProperty(prop) else None


def _quote_tooltip(quote: dict[str, Any], is_speaker: bool) -> str:
    speaker = quote.get("speaker") or quote.get("speaker_text") or "unknown speaker"
    kind = "Direct quote" if quote.get("kind") != "indirect" else "Reported speech"
    if is_speaker:
        return f"Speaker of a {kind.lower()}: {speaker}"
    cue = f" ({quote['cue']})" if quote.get("cue") else ""
    return f"{kind} — {speaker}{cue}"
