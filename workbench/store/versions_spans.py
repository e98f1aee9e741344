"""Moving annotations and curated spans to a document's new text (helpers of ``versions``).

Why apart: these functions write through a ``Recorder`` inside the one
recorded action of ``Versions.replace_document_text`` (and of
re-attaching an orphan); kept here, the part reads as the steps of an update
while the details of keeping claims and unique span rules intact live together.
"""

from __future__ import annotations

from typing import Any

from workbench.core.anchoring import TextSelector, select_span
from workbench.core.reanchor import reanchor
from workbench.store.history import Recorder

# Span rows the analyst decided on, re-anchored like annotations: table, rows
# of one document, and the columns a unique rule covers besides the document
# (those rows are deleted and re-inserted, never updated in place).
CURATION_TABLES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("mentions", "document_id = ? AND source = 'analyst'", ()),
    ("mention_overrides", "document_id = ?", ("field", "start", "end")),
    ("suggestion_rejections", "document_id = ?", ("claim_id", "start", "end")),
)


_OPENING = '"\u201c'
_CLOSING = '"\u201d'


def _balanced(text: str) -> bool:
    return text.count('"') % 2 == 0 and text.count("\u201c") == text.count("\u201d")


def derived_statement(span_text: str) -> str:
    """The statement a claim gets from its span, marked or moved.

    Quotation marks come off only where they wrap the span or stand unpaired at
    an edge: a mark closing a quotation the span opened ('He said "no."') is
    part of the statement, and taking it off left a half quotation in exports.
    """
    text = span_text.strip()
    if len(text) > 1 and text[0] in _OPENING and text[-1] in _CLOSING and _balanced(text[1:-1]):
        text = text[1:-1]
    elif text[:1] in _OPENING + _CLOSING and text and not _balanced(text):
        text = text[1:]
    elif text[-1:] in _OPENING + _CLOSING and text and not _balanced(text):
        text = text[:-1]
    return text.strip() or span_text


def _still_derived(statement: str, span_text: str) -> bool:
    """Whether a claim's statement is still the one its span gave it (not the analyst's words).

    Claims marked before the closing-mark rule got every edge mark stripped;
    such a statement is derived too, or those claims would stop following
    their span as if hand-edited.
    """
    old_rule = span_text.strip().strip('"\u201c\u201d') or span_text
    return statement in (derived_statement(span_text), old_rule)


def move_annotation(rec: Recorder, annotation: dict[str, Any], selector: TextSelector) -> None:
    """Write new selectors (and status) for an annotation; keep a claim's statement in step."""
    rec.update(
        "annotations",
        {"id": annotation["id"]},
        {
            "start": selector.start,
            "end": selector.end,
            "exact": selector.exact,
            "prefix": selector.prefix,
            "suffix": selector.suffix,
            "status": "anchored",
        },
    )
    if annotation["kind"] != "claim" or selector.exact == annotation["exact"]:
        return
    claim = rec.fetch("claims", {"annotation_id": annotation["id"]})
    # Only a statement still derived from the span follows it; an edited one is the analyst's.
    if claim is not None and _still_derived(claim["statement"], annotation["exact"]):
        rec.update(
            "claims",
            {"annotation_id": annotation["id"]},
            {"statement": derived_statement(selector.exact)},
        )


def place_curated_span(
    span_row: dict[str, Any], old_text: str, new_text: str
) -> tuple[int, int] | None:
    """Where a curated span (start, end into ``old_text``) goes in ``new_text``, or None."""
    start, end = span_row["start"], span_row["end"]
    if not 0 <= start < end <= len(old_text):
        return None
    result = reanchor(select_span(old_text, start, end), new_text, old_text=old_text)
    if not result.anchored or result.start is None or result.end is None:
        return None
    return result.start, result.end


def apply_span_moves(
    rec: Recorder,
    spec: tuple[str, str, tuple[str, ...]],
    doc_id: int,
    moves: list[tuple[dict[str, Any], tuple[int, int]]],
    new_fields: dict[str, str],
) -> None:
    """Give moved rows their new spans; rows under a unique rule are deleted, then re-inserted.

    Why delete first: two rows swapping places would collide on the unique
    span for a moment if updated one by one. A moved row landing on a span
    another row already holds is the same decision twice, and is dropped.
    """
    table, condition, unique = spec
    if not unique:
        for span_row, (start, end) in moves:
            text = new_fields[span_row["field"]][start:end]
            rec.update(table, {"id": span_row["id"]}, {"start": start, "end": end, "text": text})
        return
    for span_row, _ in moves:
        rec.delete(table, span_row)
    cursor = rec.db.execute(f"SELECT * FROM {table} WHERE {condition}", [doc_id])
    names = [d[0] for d in cursor.description]
    taken = {tuple(dict(zip(names, r, strict=True))[c] for c in unique) for r in cursor}
    for span_row, (start, end) in moves:
        values = {**span_row, "start": start, "end": end}
        key = tuple(values[c] for c in unique)
        if key not in taken:
            taken.add(key)
            rec.insert(table, values)
