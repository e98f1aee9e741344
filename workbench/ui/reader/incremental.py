"""Show an analyst's new or undone highlight, note or claim without rebuilding the document.

Why: every highlight, claim or undo reloads the document (or the page) it was
made on, and rebuilding the QTextDocument (title, metadata, text, quotes,
entities, the analyst layer) and installing it (a full relayout) ran on the
UI thread for every action, beside any import. When the reload differs from
what is shown only by annotations added or removed, changing just their
characters gives exactly what a rebuild would, provided order cannot matter:
the changed spans overlap no other annotation (later highlights paint over
earlier ones) and no quote's speaker (speakers are marked after the analyst
layer). An added annotation's formats are merged over its span; a removed
one's span gets back the formats under the analyst layer (plain text, quotes,
mentions: ``document.restore_base_layers``). Anything else (an annotation
moved or recoloured, a changed text, mention or quote, another page) is left
to the full rebuild.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QTextCursor, QTextDocument

from workbench.core.records import Annotation
from workbench.ui.reader.annotations import apply_analyst_layer
from workbench.ui.reader.content import ReaderContent, RenderedDocument
from workbench.ui.reader.document import restore_base_layers
from workbench.ui.theme.palette import HighlightPalette

Span = tuple[int, int]


@dataclass(frozen=True)
class AnnotationChange:
    """The annotations a reload adds to and removes from the shown content."""

    added: list[Annotation]
    removed: list[Annotation]


def _format_key(annotation: Annotation) -> tuple[str, int, int, str | None]:
    """What of an annotation its formats in the reader depend on."""
    return annotation.kind, annotation.start, annotation.end, annotation.color


def annotation_change(shown: ReaderContent, fresh: ReaderContent) -> AnnotationChange | None:
    """What ``fresh`` adds to and removes from ``shown`` when changing them in place is exact.

    None when anything else differs (document, page, mentions, quotes, an
    annotation kept but moved or recoloured) or a changed span overlaps
    another annotation or a speaker.
    """
    if (fresh.doc_id != shown.doc_id or fresh.page != shown.page
            or fresh.document != shown.document
            or fresh.mentions != shown.mentions or fresh.quotes != shown.quotes):
        return None
    before = {annotation.id: annotation for annotation in shown.annotations}
    after = {annotation.id: annotation for annotation in fresh.annotations}
    if any(_format_key(before[key]) != _format_key(after[key]) for key in before.keys() & after):
        return None  # moved, recoloured or changed kind
    added = [annotation for annotation in fresh.annotations if annotation.id not in before]
    removed = [annotation for annotation in shown.annotations if annotation.id not in after]
    kept = [(a.start, a.end) for a in shown.annotations if a.id in after]
    taken = kept + _speaker_spans(shown)
    changed = added + removed
    for position, annotation in enumerate(changed):
        others = taken + [(a.start, a.end) for a in changed[position + 1:]]
        if any(_overlap((annotation.start, annotation.end), span) for span in others):
            return None
    return AnnotationChange(added, removed)


def apply_change(document: QTextDocument, rendered: RenderedDocument, fresh: ReaderContent,
                 change: AnnotationChange, palette: HighlightPalette, theme: str,
                 hidden_labels: frozenset[str]) -> None:
    """Take ``change.removed`` out of the shown ``document``, merge ``change.added`` in."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for annotation in change.removed:
        span = rendered.annotation_spans.pop(annotation.id, None)
        rendered.claim_spans.pop(annotation.id, None)
        rendered.note_spans.pop(annotation.id, None)
        if span is not None:
            restore_base_layers(cursor, rendered, fresh, span, palette, theme, hidden_labels)
    if change.added:
        apply_analyst_layer(cursor, rendered, replace(fresh, annotations=change.added),
                            palette, theme, hidden_labels)
    cursor.endEditBlock()


def _speaker_spans(content: ReaderContent) -> list[Span]:
    spans = []
    for quote in content.quotes:
        start, end = quote.get("speaker_start"), quote.get("speaker_end")
        if start is not None and end is not None:
            spans.append((int(start), int(end)))
    return spans


def _overlap(first: Span, second: Span) -> bool:
    return first[0] < second[1] and second[0] < first[1]
