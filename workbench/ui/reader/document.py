"""Build the reader's QTextDocument: plain text inserted once, highlights applied by range.

Why not HTML: imported text must never be interpreted (no markup, no links, no
resources), and one ``mergeCharFormat`` per span is an order of magnitude
faster than generating and parsing HTML for thousands of spans. Every store
offset passes through ``Utf16Index`` (the one conversion layer); each ``"\\n"``
becomes one block separator, so positions line up 1:1 after conversion.

Layout: block 0 is the title, block 1 the metadata line, then the body text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from workbench.core.text import blank_invisible, plural, site_of, source_beside_link
from workbench.core.vocabulary import RELIABILITY_WORDING
from workbench.ui.reader.annotations import (  # noqa: F401 - re-exported for views and tests
    ANNOTATION_PROPERTY,
    CLAIM_PROPERTY,
    apply_analyst_layer,
    body_span,
    merge_span,
)
from workbench.ui.reader.content import ReaderContent, RenderedDocument
from workbench.ui.reader.offsets import Utf16Index
from workbench.ui.reader.page_geometry import (
    BODY_LINE_HEIGHT_PERCENT,
    METADATA_GAP,
    TITLE_SIZE_STEPS,
)
from workbench.ui.theme.palette import HighlightPalette
from workbench.ui.widgets.dates import date_or_unknown
from workbench.ui.widgets.plain_text import plain_tooltip

NO_BREAK_SPACE = "\u00a0"

ENTITY_PROPERTY = QTextFormat.Property.UserProperty + 1
QUOTE_PROPERTY = QTextFormat.Property.UserProperty + 2
SPEAKER_PROPERTY = QTextFormat.Property.UserProperty + 3
LABEL_PROPERTY = QTextFormat.Property.UserProperty + 4
#: First-strong isolate and its end: an imported field laid out apart from its neighbours.
ISOLATE, END_ISOLATE = "\u2068", "\u2069"
READING_FONTS = ["Charter", "Georgia", "Source Serif 4", "Noto Serif", "DejaVu Serif", "serif"]


def reading_font() -> QFont:
    """The body font: a serif designed for long reading, whichever is installed."""
    font = QFont()
    font.setFamilies(READING_FONTS)
    font.setPointSizeF(12.5)
    return font


def build_document(content: ReaderContent, palette: HighlightPalette, theme: str,
                   hidden_labels: frozenset[str] = frozenset(),
                   font: QFont | None = None) -> RenderedDocument:
    """Insert title, metadata and text as plain text, then apply every highlight.

    A paged ``content`` (``content.page`` set) shows only that range of the
    body, with the highlights its page-range queries found.
    """
    row = content.document
    title, text = row.get("title") or "", row.get("text") or ""
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDocumentMargin(28)
    document.setDefaultFont(font or reading_font())
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    _insert_title(cursor, title)
    meta_block = _block_format(bottom=METADATA_GAP[False])
    meta_block.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the app's words, not the text's
    cursor.insertBlock(meta_block, _meta_format(palette, theme))
    _insert_metadata(cursor, row, palette, theme)
    body_base = cursor.position() + 1
    cursor.insertBlock(_block_format(line_height=BODY_LINE_HEIGHT_PERCENT), QTextCharFormat())
    page_start, page_end = content.page or (0, len(text))
    shown = text[page_start:page_end] if content.page else text
    cursor.insertText(shown)
    rendered = RenderedDocument(document, 0, body_base, Utf16Index(title), Utf16Index(shown),
                                body_text=shown, page_start=page_start,
                                paged=content.page is not None)
    _apply_quotes(cursor, rendered, content.quotes, palette.quote(theme))
    _apply_mentions(cursor, rendered, content.mentions, palette, theme, hidden_labels)
    apply_analyst_layer(cursor, rendered, content, palette, theme, hidden_labels)
    _apply_speakers(cursor, rendered, content.quotes, palette.quote(theme))
    cursor.endEditBlock()
    return rendered


def _insert_title(cursor: QTextCursor, title: str) -> None:
    cursor.setBlockFormat(_block_format(bottom=6, line_height=120))
    title_format = QTextCharFormat()
    title_format.setFontWeight(QFont.Weight.Bold)
    title_format.setProperty(QTextFormat.Property.FontSizeAdjustment, TITLE_SIZE_STEPS[False])
    cursor.setCharFormat(title_format)
    cursor.insertText(title)


def _insert_metadata(cursor: QTextCursor, row: dict[str, Any], palette: HighlightPalette,
                     theme: str) -> None:
    """Source · date · dateline · words · link (the only anchor the reader ever shows).

    Only an http(s) address with a host becomes the link: a ``javascript:`` or
    ``file:`` URL from a file's front matter looked clickable, though the guard
    refused it. A missing date says so: a blank left the reader guessing whether it was lost.
    The line runs left to right, and the imported source and dateline are isolated:
    an Arabic source turned the line around, showing "words 19" and the date
    2024-03-01 as "01-03-2024".
    """
    words = row.get("word_count")
    grade = row.get("reliability")
    reliability = f"Reliability {grade}: {RELIABILITY_WORDING[grade]}" if grade else None
    url = row.get("url")
    site = site_of(url)
    source = source_beside_link(row.get("source"), url)  # the link below may name it
    parts = [_isolated(source), reliability, _unbroken(date_or_unknown(row.get("published"))),
             _isolated(row.get("dateline")), _unbroken(plural(words, "word")) if words else None]
    plain = _meta_format(palette, theme)
    cursor.insertText("  ·  ".join(str(part) for part in parts if part), plain)
    if site:
        link = QTextCharFormat(plain)
        link.setAnchor(True)
        link.setAnchorHref(url)
        link.setForeground(QColor(palette.ui(theme)["link"]))
        link.setFontUnderline(True)
        link.setToolTip(plain_tooltip(url))
        cursor.insertText("  ·  " if any(parts) else "", plain)
        cursor.insertText(site, link)


def _unbroken(words: str) -> str:
    """The app's short phrases held on one line: "397 / words" wrapped in a narrow column.

    Only the line's own wording, never an imported field; ``toPlainText`` gives
    the spaces back as plain ones.
    """
    return words.replace(" ", NO_BREAK_SPACE)


def _isolated(field: object) -> str | None:
    """An imported field wrapped in a bidi isolate, so its direction stays inside it.

    Its own bidi controls go first (``blank_invisible``): a pop-isolate in the field
    would close the wrapper early and an override after it turn the rest of the line.
    """
    return f"{ISOLATE}{blank_invisible(str(field))}{END_ISOLATE}" if field else None


def _apply_quotes(cursor: QTextCursor, rendered: RenderedDocument, quotes: list[dict[str, Any]],
                  colors: dict[str, str]) -> None:
    for index, quote in enumerate(quotes):
        span = _span(rendered, quote["start"], quote["end"], "text")
        if span is None:
            continue
        rendered.quote_spans[index] = span
        merge_span(cursor, span, _quote_format(quote, index, colors))


def _quote_format(quote: dict[str, Any], index: int, colors: dict[str, str]) -> QTextCharFormat:
    quote_format = QTextCharFormat()
    quote_format.setProperty(QUOTE_PROPERTY, index)
    if quote.get("kind") == "indirect":
        quote_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        quote_format.setUnderlineColor(QColor(colors["indirect_underline"]))
    else:
        quote_format.setBackground(QColor(colors["direct_background"]))
    return quote_format


def _apply_mentions(cursor: QTextCursor, rendered: RenderedDocument,
                    mentions: list[dict[str, Any]], palette: HighlightPalette, theme: str,
                    hidden_labels: frozenset[str]) -> None:
    formats: dict[str, QTextCharFormat] = {}
    for index, mention in enumerate(mentions):
        span = _span(rendered, mention["start"], mention["end"], mention.get("field", "text"))
        if span is None:
            continue
        rendered.mention_spans[index] = span
        label = mention["label"]
        if label not in hidden_labels:
            merge_span(cursor, span, _mention_format(formats, palette, label, theme, index))


def _mention_format(formats: dict[str, QTextCharFormat], palette: HighlightPalette, label: str,
                    theme: str, index: int) -> QTextCharFormat:
    """Mention ``index``'s format: its label's colours (made once per label in ``formats``).

    Why one function: a full build and an in-place restore must give a mention
    the very same format, or an undone highlight would leave a seam.
    """
    if label not in formats:
        formats[label] = _entity_format(palette, label, theme)
    mention_format = QTextCharFormat(formats[label])
    mention_format.setProperty(ENTITY_PROPERTY, index)
    return mention_format


def restore_base_layers(cursor: QTextCursor, rendered: RenderedDocument, content: ReaderContent,
                        span: tuple[int, int], palette: HighlightPalette, theme: str,
                        hidden_labels: frozenset[str]) -> None:
    """Give the body's Qt range ``span`` the formats it had before the analyst layer.

    Why: an undone highlight or claim is taken out of the shown document in
    place (``reader.incremental``) instead of rebuilding it; when it overlapped
    no other annotation and no speaker, its characters carry exactly the
    plain body format, then the quotes, then the mentions over them, as
    ``build_document`` applies them, clipped to the range.
    """
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(QTextCharFormat())  # the body's own: inserted with an empty format
    colors = palette.quote(theme)
    first, last = span
    for index, (start, end) in rendered.quote_spans.items():
        if start < last and end > first:
            merge_span(cursor, (max(start, first), min(end, last)),
                       _quote_format(content.quotes[index], index, colors))
    formats: dict[str, QTextCharFormat] = {}
    for index, (start, end) in rendered.mention_spans.items():
        if start >= last or end <= first:
            continue  # a long page holds thousands of mentions: most are elsewhere
        label = content.mentions[index]["label"]
        if label not in hidden_labels:
            merge_span(cursor, (max(start, first), min(end, last)),
                       _mention_format(formats, palette, label, theme, index))


def _apply_speakers(cursor: QTextCursor, rendered: RenderedDocument,
                    quotes: list[dict[str, Any]], colors: dict[str, str]) -> None:
    """Mark each quote's speaker span so who said what is visible without hovering."""
    for index, quote in enumerate(quotes):
        start, end = quote.get("speaker_start"), quote.get("speaker_end")
        if start is None or end is None or index not in rendered.quote_spans:
            continue
        span = _span(rendered, start, end, "text")
        if span is None:
            continue
        speaker_format = QTextCharFormat()
        speaker_format.setProperty(SPEAKER_PROPERTY, index)
        speaker_format.setFontWeight(QFont.Weight.DemiBold)
        speaker_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        speaker_format.setUnderlineColor(QColor(colors["speaker_foreground"]))
        merge_span(cursor, span, speaker_format)


def _entity_format(palette: HighlightPalette, label: str, theme: str) -> QTextCharFormat:
    colors = palette.entity(label, theme)
    entity_format = QTextCharFormat()
    entity_format.setBackground(QColor(colors.background))
    entity_format.setForeground(QColor(colors.foreground))
    entity_format.setProperty(LABEL_PROPERTY, label)
    return entity_format


def _span(rendered: RenderedDocument, start: int, end: int,
          field_name: str) -> tuple[int, int] | None:
    """Qt range of a store span, or None when the span does not fit the text (stale data)."""
    if field_name != "title":
        return body_span(rendered, start, end)
    if not 0 <= start < end <= rendered.title_index.text_length:
        return None
    return rendered.to_qt(start, field_name), rendered.to_qt(end, field_name)


def _block_format(bottom: float = 0, line_height: float = 0) -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setBottomMargin(bottom)
    if line_height:
        block.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return block


def _meta_format(palette: HighlightPalette, theme: str) -> QTextCharFormat:
    meta = QTextCharFormat()
    meta.setForeground(QColor(palette.ui(theme)["muted"]))
    meta.setFontWeight(QFont.Weight.Normal)
    meta.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
    meta.setFontFamilies(["Inter", "Segoe UI", "Helvetica Neue", "DejaVu Sans", "sans-serif"])
    return meta


def format_at(document: QTextDocument, position: int) -> QTextCharFormat:
    """The character format of the character starting at ``position``."""
    cursor = QTextCursor(document)
    cursor.setPosition(min(position + 1, document.characterCount() - 1))
    return cursor.charFormat()


def placeholder_document(message: str, palette: HighlightPalette, theme: str) -> QTextDocument:
    """A quiet one-line document for when nothing is selected."""
    document = QTextDocument()
    document.setDocumentMargin(28)
    cursor = QTextCursor(document)
    cursor.insertText(message, _meta_format(palette, theme))
    return document
