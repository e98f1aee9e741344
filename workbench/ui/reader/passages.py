"""Going to a passage in the reader: which Qt span a request means, and where it lands.

Why apart from the view: ``ReaderView`` measures, renders and paints; these
rules say what "show this mention, quote, annotation, entity or store span"
means on the shown page (a paged document first turns to the page that holds
it, a store span is kept within the shown page) and what sits under a
position (the mention or quote whose format carries its index). The
selection itself lands a third of the way down when it was out of sight
(``page_geometry.passage_scroll``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from workbench.ui.reader.content import ReaderContent, RenderedDocument
from workbench.ui.reader.document import format_at
from workbench.ui.reader.hover import format_index
from workbench.ui.reader.page_geometry import show_selection
from workbench.ui.reader.paging import PageNavigator

Span = tuple[int, int]


def select_passage(view: QTextEdit, span: Span) -> None:
    """Select ``span``; out of sight, it lands a third of the way down (``passage_scroll``)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(span[1])
    cursor.setPosition(span[0], QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    show_selection(view)


def page_span(rendered: RenderedDocument, start: int, end: int) -> Span:
    """Store offsets ``[start, end)`` as a Qt span, kept within the shown page's body text."""
    first = rendered.page_start
    last = first + rendered.body_index.text_length
    start, end = max(first, min(start, last)), max(first, min(end, last))
    return rendered.to_qt(start), rendered.to_qt(end)


def turn_to_annotation(rendered: RenderedDocument | None, navigator: PageNavigator | None,
                       annotation_id: int) -> None:
    """Turn a paged document to the page holding an annotation the shown page lacks."""
    if rendered is None or navigator is None or annotation_id in rendered.annotation_spans:
        return
    offset = navigator.annotation_offset(annotation_id)
    if offset is not None:
        navigator.turn_to_offset(offset)


def turn_to_entity(navigator: PageNavigator | None, entity_id: int) -> None:
    """Turn a paged document to the page of an entity's first mention."""
    offset = navigator.entity_offset(entity_id) if navigator is not None else None
    if navigator is not None and offset is not None:
        navigator.turn_to_offset(offset)


def first_mention(content: ReaderContent, entity_id: int) -> int | None:
    """The index of the shown page's first mention of ``entity_id``, if it has one."""
    return next((index for index, mention in enumerate(content.mentions)
                 if mention["entity_id"] == entity_id), None)


def item_at(document: QTextDocument, items: list[dict[str, Any]], position: int,
            index_property: int) -> dict[str, Any] | None:
    """The mention or quote (by its format's ``index_property``) under a Qt position."""
    if position < 0:
        return None
    index = format_index(format_at(document, position), index_property)
    return items[index] if index is not None else None
