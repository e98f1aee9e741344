"""The Compare window: two documents side by side, read-only, and what they share.

Why a window of its own and not a dock: the two texts need the width a dock
beside the reader never has (at 1024 px each side keeps ~40 characters). The
comparison is read off the UI thread (``StoreActions.read``: a 240k-word
document takes seconds), then both texts are shown with the entities they
share marked in the entity colours and each kind's line along their top
(``marked_text``), and a side list of sentence pairs, shared entities, each
side's own, linked claims and speakers. Clicking a pair or an
entity scrolls both texts to it. It listens to ``changes_applied`` (documents,
entities, claims or annotations touched: read again) and ``theme_changed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, SignalInstance
from PySide6.QtGui import QCloseEvent, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.comparison import Comparison
from workbench.operations.comparing import compare_documents
from workbench.ui.compare.marked_text import MarkedText
from workbench.ui.compare.side_list import PairTarget, fill_side_list
from workbench.ui.reader.offsets import Utf16Index
from workbench.ui.widgets.entity_lines import KindLine, mark_style
from workbench.ui.widgets.escape_key import EscapeToText
from workbench.ui.widgets.wrapped_rows import wrap_rows

if TYPE_CHECKING:
    from workbench.core.models import Changes
    from workbench.core.progress import Progress
    from workbench.store import Store
    from workbench.ui.tasks.runner import Task
    from workbench.ui.tasks.store_actions import StoreActions
    from workbench.ui.theme.manager import ThemeManager

# The side list's share of the width (a quarter) and the least it keeps, in characters.
SIDE_LIST_SHARE = 1000
SIDE_LIST_MIN_CHARS = 30
TEXT_MARGIN = 4  # px between the window's edges and the titles, texts and side list
SIDE_ROW_PADDING = QSize(0, 4)  # a little air between wrapped rows; the list stays dense
# How the app analyses a document imported without analysis (the Tools menu's action).
ANALYSE_HINT = "analyse {} with Tools → Analyse Outdated Documents…"
# A mention to mark: (start, end, entity id, label), body offsets in code points.
MarkedMention = tuple[int, int, int, str]


@dataclass(frozen=True)
class CompareContent:
    """What the window shows: the comparison, both texts and the shared entities' mentions."""

    comparison: Comparison
    text_a: str
    text_b: str
    marks_a: tuple[MarkedMention, ...]
    marks_b: tuple[MarkedMention, ...]
    # Each entity's first body mention on each side, for the side list's jumps.
    first_a: dict[int, tuple[int, int]]
    first_b: dict[int, tuple[int, int]]


def read_compare_content(store: Store, a: int, b: int, progress: Progress | None = None
                         ) -> CompareContent:
    """The comparison and what marking it needs (a task function: it touches no widget)."""
    comparison = compare_documents(store, a, b, progress)
    shared = {entity.entity_id for entity in comparison.shared}
    mentions_a, mentions_b = _body_mentions(store, a), _body_mentions(store, b)
    return CompareContent(comparison, store.documents.document_text(a),
                          store.documents.document_text(b),
                          tuple(m for m in mentions_a if m[2] in shared),
                          tuple(m for m in mentions_b if m[2] in shared),
                          _first_mentions(mentions_a), _first_mentions(mentions_b))


def _body_mentions(store: Store, doc_id: int) -> list[MarkedMention]:
    return [(int(m["start"]), int(m["end"]), int(m["entity_id"]), m["label"])
            for m in store.analysis.document_entities(doc_id) if m["field"] == "text"]


def _first_mentions(mentions: list[MarkedMention]) -> dict[int, tuple[int, int]]:
    first: dict[int, tuple[int, int]] = {}
    for start, end, entity_id, _ in mentions:
        first.setdefault(entity_id, (start, end))
    return first


class CompareWindow(QWidget):
    """Documents A and B side by side with the side list of what they share."""

    def __init__(self, store: Store, actions: StoreActions, theme: ThemeManager,  # noqa: PLR0913
                 documents: tuple[int, int], changes_applied: SignalInstance | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("CompareWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("Compare Documents")
        self.store, self.actions, self.theme = store, actions, theme
        self.documents = documents
        self.content: CompareContent | None = None
        self.reading: Task | None = None
        self.titles = (QLabel("A: reading…"), QLabel("B: reading…"))
        self.texts = (MarkedText("CompareTextA", "Document A text"),
                      MarkedText("CompareTextB", "Document B text"))
        self.note = QLabel()  # a side not analysed: why no entities or speakers are compared
        self.note.setObjectName("CompareNote")
        self.note.setAccessibleName("Comparison note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        self.side_list = QTreeWidget()
        self.side_list.setObjectName("CompareSideList")
        self.side_list.setAccessibleName(
            "What the two documents share: sentence pairs, linked claims, entities, speakers")
        self.side_list.setHeaderHidden(True)
        # A pair's sentence wraps onto the rows below rather than ending in "…" after 30
        # characters (the list keeps a quarter of a 1024 px window); headings wrap too.
        wrap_rows(self.side_list, SIDE_ROW_PADDING)
        self.side_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_list.currentItemChanged.connect(lambda item, _old: self._go_to(item))
        self.side_list.itemClicked.connect(lambda item, _column: self._go_to(item))
        self._lay_out()
        self.escape = EscapeToText(self.texts[0].setFocus, self)  # no lambda: it would hold self
        self.escape.watch(self.side_list)
        theme.theme_changed.connect(self._on_theme)
        if changes_applied is not None:
            changes_applied.connect(self.on_changes)
        self.reload()

    def _lay_out(self) -> None:
        """Titles over their texts in one grid, so a title on two lines keeps both texts'
        tops level; the side list beside them, its width the analyst's to drag."""
        pair = QWidget()
        grid = QGridLayout(pair)
        grid.setContentsMargins(TEXT_MARGIN, TEXT_MARGIN, TEXT_MARGIN, TEXT_MARGIN)
        for column, (title, text) in enumerate(zip(self.titles, self.texts, strict=True)):
            title.setWordWrap(True)
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(title, 0, column)
            grid.addWidget(text, 1, column)
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(1, 1)
        side = QWidget()  # the side list kept off the window's edges as the texts are
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, TEXT_MARGIN, TEXT_MARGIN, TEXT_MARGIN)
        side_layout.addWidget(self.side_list)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(pair)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([3 * SIDE_LIST_SHARE, SIDE_LIST_SHARE])  # a quarter: read as shares
        self.side_list.setMinimumWidth(
            self.side_list.fontMetrics().averageCharWidth() * SIDE_LIST_MIN_CHARS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(splitter)

    def reload(self) -> None:
        """Read the comparison again, off the UI thread; the result replaces what is shown."""
        a, b = self.documents

        def read(store: Store, progress: Progress) -> CompareContent:
            return read_compare_content(store, a, b, progress)

        if self.reading is not None:  # its result would be replaced by this one's
            self.reading.cancel()
        self.reading = self.actions.read("Compare documents", read, self._read_done, context=self)

    def _read_done(self, content: CompareContent | None) -> None:
        """A finished read (None: it was cancelled, a newer one follows)."""
        self.reading = None
        if content is not None:
            self.show_content(content)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Closed while two books are being compared: the read stops (it holds the writer's
        bulk lane, which an import waits for)."""
        if self.reading is not None:
            self.reading.cancel()
        super().closeEvent(event)

    def on_changes(self, changes: Changes) -> None:
        """Either document changed, an entity curated, a claim or link made: compare again;
        either document deleted: close. Why not every entity change: each document an
        import analyses says entities changed, and comparing two books again after each
        would hold the writer's bulk lane for nothing."""
        if set(changes.documents_removed) & set(self.documents):
            self.close()
            return
        curated = changes.entities and changes.is_analyst_action
        if (set(changes.documents_changed) & set(self.documents) or curated
                or changes.claims or changes.annotations):
            self.reload()

    def show_content(self, content: CompareContent) -> None:
        """Show both texts, marked, and fill the side list."""
        self.content = content
        comparison = content.comparison
        for label, side, name in ((self.titles[0], comparison.a, "A"),
                                  (self.titles[1], comparison.b, "B")):
            label.setText(f"{name}: {side.title}")
        self.setWindowTitle(f"Compare: {comparison.a.title} — {comparison.b.title}")
        note = comparison.not_analysed_text()
        them = "them" if len(comparison.to_analyse()) > 1 else "it"
        hint = f"; {ANALYSE_HINT.format(them)}" if comparison.to_analyse() else ""
        self.note.setText(f"{note}{hint}")
        self.note.setVisible(bool(note))
        for view, text, marks in ((self.texts[0], content.text_a, content.marks_a),
                                  (self.texts[1], content.text_b, content.marks_b)):
            view.setPlainText(text)
            self._mark(view, text, marks)
        fill_side_list(self.side_list, comparison, (content.first_a, content.first_b))

    def _mark(self, view: MarkedText, text: str, marks: tuple[MarkedMention, ...]) -> None:
        """The shared entities' mentions in their entity type's colours, and (for an analyst
        who cannot tell the colours apart) the kind's line along their top, as the reader."""
        index = Utf16Index(text)
        cursor = QTextCursor(view.document())
        cursor.beginEditBlock()
        formats: dict[str, QTextCharFormat] = {}
        accents: dict[str, str] = {}
        lines = []
        for start, end, _entity, label in marks:
            if label not in formats:
                colors = self.theme.palette.entity(label, self.theme.theme)
                formats[label] = QTextCharFormat()
                formats[label].setBackground(QColor(colors.background))
                formats[label].setForeground(QColor(colors.foreground))
                accents[label] = self.theme.palette.entity_accent(label, self.theme.theme)
            span = index.to_utf16(start), index.to_utf16(end)
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(formats[label])
            style = mark_style(label)
            if style is not None:
                lines.append(KindLine(span, style, accents[label]))
        cursor.endEditBlock()
        view.set_lines(lines)

    def _go_to(self, item: QTreeWidgetItem | None) -> None:
        """Scroll both texts to what the side list's item names (a pair, an entity, a claim)."""
        target = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(target, PairTarget):
            return
        self._show_span(0, target.span_a)
        self._show_span(1, target.span_b)

    def _show_span(self, side: int, span: tuple[int, int] | None) -> None:
        """Mark ``span`` in the find colours and scroll it to the middle; no span (an entity
        only the other side names): that side's mark is cleared and it stays where it is."""
        view = self.texts[side]
        if span is None or self.content is None:
            view.setExtraSelections([])
            return
        index = Utf16Index(self.content.text_a if side == 0 else self.content.text_b)
        cursor = QTextCursor(view.document())
        cursor.setPosition(index.to_utf16(span[0]))
        cursor.setPosition(index.to_utf16(span[1]), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format.setBackground(self.theme.color("find_match"))  # type: ignore[attr-defined]
        selection.format.setForeground(self.theme.color("find_match_text"))  # type: ignore[attr-defined]
        view.setExtraSelections([selection])
        place = QTextCursor(view.document())
        place.setPosition(index.to_utf16(span[0]))
        view.setTextCursor(place)
        view.centerCursor()

    def _on_theme(self, _theme: str) -> None:
        """Entity colours are the theme's: mark the texts again."""
        if self.content is not None:
            self.show_content(self.content)
