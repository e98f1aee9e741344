"""Turning one record of a workbench JSON export into a library row (helpers of ``exchange``).

Why apart: an export is untrusted input (hand-edited, or from an older or
newer version of the app), so every field is checked or given its default
here, in pure functions without a database; ``store.exchange`` then only
decides what to insert, find or skip.
"""

from __future__ import annotations

from typing import Any, TypeGuard

from workbench.core.anchoring import CONTEXT_CHARS
from workbench.core.text import count_words
from workbench.core.vocabulary import DOCUMENT_STATUSES, HEX_COLOR, STATUS_UNANALYZED
from workbench.store.rows import now_iso

Record = dict[str, Any]
DOCUMENT_COLUMNS = "source author published url dateline origin_path external_id".split()


def text_field(value: Any, default: str | None = None) -> str | None:
    """A string field of the export, or ``default`` when it is missing or not a string."""
    return value if isinstance(value, str) else default


def whole_number(value: Any) -> int:
    """An exported offset or count; anything else (a bool too) makes the record invalid."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected a whole number, got {value!r}")
    return value


def is_export_id(value: Any) -> TypeGuard[int]:
    """Whether ``value`` can be a row id (a positive whole number, not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def mapped_id(ids: dict[int, int], value: Any) -> int | None:
    """The library id for an exported id (None when unknown or not an id at all)."""
    return ids.get(value) if is_export_id(value) else None


def number_field(value: Any, kind: type) -> Any:
    """``value`` if it is of ``kind`` (bools are not numbers here), else None."""
    return value if isinstance(value, kind) and not isinstance(value, bool) else None


def confidence_field(value: Any) -> float | None:
    """A confidence as a float (JSON writes 1.0 as 1 in some tools), else None."""
    number = number_field(value, int | float)
    return None if number is None else float(number)


def mention_row(doc_id: int, entity_id: int, mention: Record) -> Record:
    """The mentions row for an exported entity mention."""
    return {
        "document_id": doc_id,
        "entity_id": entity_id,
        "start": whole_number(mention.get("start")),
        "end": whole_number(mention.get("end")),
        "text": str(mention.get("text", "")),
        "label": str(mention.get("label")),
        "field": text_field(mention.get("field")) or "text",
        "source": text_field(mention.get("source")) or "model",
        "confidence": confidence_field(mention.get("confidence")),
        "value": text_field(mention.get("value")),
    }


def quote_row(doc_id: int, speaker_id: int | None, quote: Record) -> Record:
    """The quotes row for an exported quote; its speaker already resolved to a library id."""
    return {
        "document_id": doc_id,
        "start": whole_number(quote.get("start")),
        "end": whole_number(quote.get("end")),
        "text": str(quote.get("text", "")),
        "kind": text_field(quote.get("kind")) or "direct",
        "speaker_entity_id": speaker_id,
        "speaker_text": text_field(quote.get("speaker_text")),
        "speaker_start": number_field(quote.get("speaker_start"), int),
        "speaker_end": number_field(quote.get("speaker_end"), int),
        "cue": text_field(quote.get("cue")),
        "confidence": confidence_field(quote.get("confidence")),
        "group_id": number_field(quote.get("group"), int),
    }


def document_row(record: Record, text: str, digest: str) -> Record:
    """The documents row for an exported document (its text's hash already computed)."""
    status = (
        record.get("status") if record.get("status") in DOCUMENT_STATUSES else STATUS_UNANALYZED
    )
    version = record.get("analysis_version")
    return {
        "content_hash": digest,
        "title": text_field(record.get("title")) or "Untitled",
        **{column: text_field(record.get(column)) for column in DOCUMENT_COLUMNS},
        "text": text,
        "format": text_field(record.get("format")) or "text",
        "imported_at": text_field(record.get("imported_at")) or now_iso(),
        "word_count": count_words(text),
        "analysis_version": version if isinstance(version, int) else 0,
        "status": status,
    }


def annotation_row(
    doc_id: int, text: str, annotation: Record, span: tuple[int, int], exact: str
) -> Record:
    """The annotations row for an exported annotation at ``span`` of the document's text.

    An annotation whose quote is no longer at its span comes back orphaned,
    keeping its quote and context, like one a new version could not place.
    """
    start, end = span
    anchored = 0 <= start < end <= len(text) and text[start:end] == exact
    status = "anchored" if anchored and annotation.get("status") != "orphaned" else "orphaned"
    stamp = text_field(annotation.get("created_at")) or now_iso()
    color = text_field(annotation.get("color"))
    return {
        "document_id": doc_id,
        "kind": annotation["kind"],
        "start": start,
        "end": end,
        "exact": exact,
        "prefix": text_field(annotation.get("prefix"), text[max(0, start - CONTEXT_CHARS) : start]),
        "suffix": text_field(annotation.get("suffix"), text[end : end + CONTEXT_CHARS]),
        "note_md": text_field(annotation.get("note"), text_field(annotation.get("note_md"), "")),
        "color": color.lower() if color and HEX_COLOR.fullmatch(color) else None,
        "status": status,
        "created_at": stamp,
        "updated_at": text_field(annotation.get("updated_at")) or stamp,
    }
