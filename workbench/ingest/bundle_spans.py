"""A bundle's highlights, notes and claims checked: their passage, bodies and claim.

Why as strict as the JSON export: the passage must lie inside the document's
text and quote what it covers (unless the annotation is orphaned, when its
quote is what is kept), so a merged library never starts with problems; the
kind says whether a claim body must be there, and every passage tag must be
one of the bundle's tags.
"""

from __future__ import annotations

from typing import Any

from workbench.core.labels import label_key
from workbench.core.vocabulary import (
    ANNOTATION_KINDS,
    ANNOTATION_STATUSES,
    CLAIM_STATUSES,
    CREDIBILITY_GRADES,
    HEX_COLOR,
)
from workbench.ingest.bundle_context import BundleContext, Row
from workbench.ingest.json_checks import Fields, shown


def check_span_item(item: Fields, context: BundleContext) -> Row | None:
    """A highlight, note or claim as a bundle holds it, or None when it cannot be used."""
    row = context.signed(item)
    row["kind"] = item.choice("wb:kind", ANNOTATION_KINDS, required=True)
    row["status"] = item.choice("wb:status", ANNOTATION_STATUSES, required=True)
    row["color"] = item.matching("wb:color", HEX_COLOR, "a colour (#rrggbb)")
    row["created_at"] = context.timestamp(item, "created")
    row["updated_at"] = context.timestamp(item, "modified")
    row["edited_by"] = context.author_ref(item, "wb:editedBy")
    target = _target(item, context, row["status"] == "orphaned")
    bodies = _bodies(item, context)
    required = ("origin", "kind", "status", "created_at", "updated_at")
    if target is None or bodies is None or any(row[key] is None for key in required):
        return None
    row |= target | bodies
    if (row["kind"] == "claim") != (row["claim"] is not None):
        has = "has no" if row["kind"] == "claim" else "has a"
        item.problem("body", f"a {row['kind']} {has} claim body")
        return None
    context.annotations.add(row["origin"])
    if row["claim"] is not None:
        context.claims.add(row["origin"])
    return row


def _target(item: Fields, context: BundleContext, orphaned: bool) -> Row | None:
    """The passage: its document, both selectors, inside the text and quoting it."""
    target = item.record.get("target")
    if not isinstance(target, dict):
        item.problem("target", "expected an object with a source and selectors")
        return None
    where = Fields(target, item.path("target"), item.problems)
    document = context.document(where, "source", target.get("source"))
    selectors = {
        s["type"]: s
        for _, s in where.objects("selector", required=True)
        if isinstance(s.get("type"), str)
    }
    quote, position = selectors.get("TextQuoteSelector"), selectors.get("TextPositionSelector")
    if quote is None or position is None:
        where.problem("selector", "needs a TextQuoteSelector and a TextPositionSelector")
        return None
    quote_fields = Fields(quote, where.path("selector"), item.problems)
    exact = context.text(quote_fields, "exact", required=True)
    prefix, suffix = context.text(quote_fields, "prefix"), context.text(quote_fields, "suffix")
    span = Fields(position, where.path("selector"), item.problems)
    start, end = span.whole("start", required=True), span.whole("end", required=True)
    if None in (document, exact, start, end):
        return None
    assert document is not None and start is not None and end is not None
    if not _placed(span, context.documents[document], (start, end), exact, orphaned):
        return None
    return {"document": document, "start": start, "end": end, "exact": exact,
            "prefix": prefix or "", "suffix": suffix or ""}  # fmt: skip


def _placed(span: Fields, text: str, bounds: tuple[int, int], exact: Any, orphaned: bool) -> bool:
    """Inside the text and quoting it; an orphaned passage only keeps its order."""
    start, end = bounds
    if orphaned:
        if start > end:
            span.problem("end", f"{end} is before start ({start})")
        return start <= end
    if not 0 <= start < end <= len(text):
        span.problem("end", f"{start}-{end} is not a passage of the text ({len(text)} characters)")
        return False
    if text[start:end] != exact:
        span.problem("start", f"the text at {start}-{end} is not {shown(exact)}")
        return False
    return True


def _bodies(item: Fields, context: BundleContext) -> Row | None:
    """The note (commenting), passage tags (tagging) and claim (``wb:Claim``) bodies."""
    row: Row = {"note": "", "tags": [], "claim": None}
    for path, body in item.objects("body"):
        fields = Fields(body, path, item.problems)
        if body.get("type") == "wb:Claim":
            row["claim"] = _claim(fields, context)
        elif body.get("purpose") == "tagging":
            tag = context.signed(fields)
            tag["path"] = context.tag_path(fields, "value", body.get("value"))
            row["tags"].append(tag)
        elif body.get("purpose") == "commenting":
            row["note"] = context.text(fields, "value") or ""
        else:
            fields.problem("purpose", f"unknown body ({shown(body.get('purpose'))})")
    paths = [label_key(str(tag["path"])) for tag in row["tags"]]
    if len(paths) != len(set(paths)):
        item.problem("body", "a passage tagged twice with the same tag")
    return row


def _claimant_entity(claim: Fields, context: BundleContext) -> Row | None:
    """The claimant as an entity (name and label), or None."""
    entity = claim.record.get("wb:claimantEntity")
    if entity is None:
        return None
    if not isinstance(entity, dict):
        claim.problem("wb:claimantEntity", "expected an object with wb:name and wb:label")
        return None
    fields = Fields(entity, claim.path("wb:claimantEntity"), claim.problems)
    name = context.text(fields, "wb:name", required=True)
    label = context.text(fields, "wb:label", required=True)
    return {"name": name, "label": label} if name and label else None


def _claim(claim: Fields, context: BundleContext) -> Row:
    row = context.signed(claim)
    row["status"] = claim.choice("wb:status", CLAIM_STATUSES, required=True)
    statement = context.text(claim, "wb:statement")
    if statement is None:
        claim.problem("wb:statement", "required (the claim in words)")
    row["statement"] = statement
    credibility = claim.whole("wb:credibility", minimum=1)
    if credibility is not None and credibility not in CREDIBILITY_GRADES:
        claim.problem("wb:credibility", f"{credibility} is not a credibility grade (1-6)")
    row["credibility"] = credibility
    row["claimant"] = context.text(claim, "wb:claimant")
    row["claimant_entity"] = _claimant_entity(claim, context)
    row["edited_by"] = context.author_ref(claim, "wb:editedBy")
    row["history"] = []
    for path, record in claim.objects("wb:history"):
        step = Fields(record, path, claim.problems)
        found = context.signed(step)
        found["status"] = step.choice("wb:status", CLAIM_STATUSES, required=True)
        found["changed_at"] = context.timestamp(step, "wb:changedAt")
        found["note"] = context.text(step, "wb:note")
        row["history"].append(found)
    return row
