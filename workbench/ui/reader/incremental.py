"""Show an analyst's new highlight, note or claim in the open document without rebuilding it.

Why: every highlight or claim reloads the document it was made on, and
rebuilding the QTextDocument (title, metadata, text, quotes, entities, the
analyst layer) and installing it (a full relayout) ran on the UI thread for
every action, beside any import. When the reload differs from what is shown
only by annotations added, merging those annotations' formats into the shown
document gives exactly what a rebuild would, provided order cannot matter:
the new spans overlap no other annotation (later highlights paint over
earlier ones) and no quote's speaker (speakers are marked after the analyst
layer). Anything else (an annotation removed, moved or recoloured, a changed
text, mention or quote) is left to the full rebuild.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QTextCursor, QTextDocument

from workbench.core.records import Annotation
from workbench.ui.reader.annotations import apply_analyst_layer
from workbench.ui.reader.content import ReaderContent, RenderedDocument
from workbench.ui.theme.palette import HighlightPalette

Span = tuple[int, int]


def _format_key(annotation: Annotation) -> tuple[str, int, int, str | None]:
    """What of an annotation its formats in the reader depend on."""
    return annotation.kind, annotation.start, annotation.end, annotation.color


def added_annotations(shown: ReaderContent, fresh: ReaderContent) -> list[Annotation] | None:
    """Annotations ``fresh`` adds to ``shown`` when merging them in place is exact, else None."""
    if (fresh.doc_id != shown.doc_id or fresh.document != shown.document
            or fresh.mentions != shown.mentions or fresh.quotes != shown.quotes):
        return None
    before = {annotation.id: _format_key(annotation) for annotation in shown.annotations}
    after = {annotation.id: _format_key(annotation) for annotation in fresh.annotations}
    if any(after.get(key) != value for key, value in before.items()):
        return None  # removed, moved, recoloured or changed kind
    added = [annotation for annotation in fresh.annotations if annotation.id not in before]
    taken = [(a.start, a.end) for a in shown.annotations] + _speaker_spans(shown)
    for position, annotation in enumerate(added):
        others = taken + [(a.start, a.end) for a in added[position + 1:]]
        if any(_overlap((annotation.start, annotation.end), span) for span in others):
            return None
    return added


def merge_added(document: QTextDocument, rendered: RenderedDocument, fresh: ReaderContent,
                added: list[Annotation], palette: HighlightPalette, theme: str,
                hidden_labels: frozenset[str]) -> None:
    """Merge the formats of ``added`` into the shown ``document`` and record their spans."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    apply_analyst_layer(cursor, rendered, replace(fresh, annotations=added), palette, theme,
                        hidden_labels)
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
