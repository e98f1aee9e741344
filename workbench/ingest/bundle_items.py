"""The items of a bundle checked one by one: document tags, links, grades, ACH analyses.

Passages (highlights, notes, claims) are ``bundle_spans``'s; what items need
from each other (origins, authors, documents, references) is the
``BundleContext``. Each check returns the row in the shape of
``core.bundle_records.Work``, or None when the item cannot be used.
"""

from __future__ import annotations

from typing import Any

from workbench.core.ach_records import MAX_HYPOTHESES
from workbench.core.labels import label_key, normalize_tag_path
from workbench.core.vocabulary import ACH_RATINGS, HEX_COLOR, RELATIONS, RELIABILITY_GRADES
from workbench.ingest.bundle_context import BundleContext, Row, origin_of
from workbench.ingest.bundle_spans import check_span_item
from workbench.ingest.json_checks import Fields, shown


def check_tag(tag: Fields, context: BundleContext) -> Row | None:
    """A tag of the bundle's ``tags`` list: a sound path, once, and its colour."""
    row = context.signed(tag)
    path = tag.text("wb:path", required=True)
    if path is not None:
        try:
            normalize_tag_path(path)
        except ValueError as error:
            tag.problem("wb:path", str(error))
            return None
        if label_key(path) in context.tags:
            tag.problem("wb:path", f"tag {shown(path)} is listed twice")
        context.tags[label_key(path)] = path
    color = tag.matching("wb:color", HEX_COLOR, "a colour (#rrggbb)")
    return row | {"path": path, "color": color} if path is not None else None


def check_items(top: Fields, context: BundleContext) -> dict[str, tuple[Row, ...]]:
    """Every item of ``items``, sorted into the ``Work`` fields, references checked last."""
    found: dict[str, list[Row]] = {
        "annotations": [], "document_tags": [], "links": [], "sources": [], "analyses": []
    }  # fmt: skip
    for path, record in top.objects("items"):
        item = Fields(record, path, context.problems)
        kind, row = _item(item, context)
        if kind is not None and row is not None:
            found[kind].append(row)
    _unique(found["document_tags"], ("document", "path"), "a document tagged twice", context)
    _unique(found["sources"], ("name",), "a source graded twice", context)
    context.check_references()
    return {kind: tuple(rows) for kind, rows in found.items()}


def _item(item: Fields, context: BundleContext) -> tuple[str | None, Row | None]:
    kind, motivation = item.record.get("type"), item.record.get("motivation")
    if kind == "Annotation" and motivation in ("highlighting", "commenting", "assessing"):
        return "annotations", check_span_item(item, context)
    if kind == "Annotation" and motivation == "tagging":
        return "document_tags", _document_tag(item, context)
    if kind == "Annotation" and motivation == "linking":
        return "links", _link(item, context)
    if kind == "wb:SourceGrade":
        return "sources", _source(item, context)
    if kind == "wb:Analysis":
        return "analyses", _analysis(item, context)
    item.problem("type", f"unknown item ({shown(kind)}, motivation {shown(motivation)})")
    return None, None


def _document_tag(item: Fields, context: BundleContext) -> Row | None:
    row = context.signed(item)
    body = item.record.get("body")
    path = body.get("value") if isinstance(body, dict) else None
    row["path"] = context.tag_path(item, "body", path)
    row["document"] = context.document(item, "target", item.record.get("target"))
    return row if None not in (row["path"], row["document"], row["origin"]) else None


def _link(item: Fields, context: BundleContext) -> Row | None:
    row = context.signed(item)
    row["created_at"] = context.timestamp(item, "created")
    row["edited_by"] = context.author_ref(item, "wb:editedBy")
    row["note"] = context.text(item, "wb:note")
    row["from"] = context.refer(item, "target", item.record.get("target"), claim=True)
    bodies = [body for _, body in item.objects("body", required=True)]
    ends = [b.get("id") for b in bodies if b.get("type") == "Annotation"]
    relations = [b.get("value") for b in bodies if b.get("purpose") == "classifying"]
    if len(ends) != 1 or len(relations) != 1:
        item.problem("body", "a link has one other claim and one relation (classifying)")
        return None
    row["to"] = context.refer(item, "body", ends[0], claim=True)
    if relations[0] not in RELATIONS:
        item.problem("body", f"{shown(relations[0])} is not one of {', '.join(RELATIONS)}")
        return None
    if row["from"] is not None and row["from"] == row["to"]:
        item.problem("body", "a link joins two different claims")
        return None
    row["relation"] = relations[0]
    return row if None not in (row["origin"], row["from"], row["to"], row["created_at"]) else None


def _source(item: Fields, context: BundleContext) -> Row | None:
    row = context.signed(item)
    row["name"] = context.text(item, "wb:source", required=True)
    row["reliability"] = item.choice("wb:reliability", RELIABILITY_GRADES, required=True)
    row["graded_at"] = context.timestamp(item, "created")
    row["edited_by"] = context.author_ref(item, "wb:editedBy")
    return row if None not in (row["origin"], row["name"], row["reliability"]) else None


def _analysis(item: Fields, context: BundleContext) -> Row | None:
    row = context.signed(item)
    row["question"] = context.label(item, "wb:question", "a question")
    row["created_at"] = context.timestamp(item, "created")
    row["edited_by"] = context.author_ref(item, "wb:editedBy")
    hypotheses = item.objects("wb:hypotheses")
    if len(hypotheses) > MAX_HYPOTHESES:
        item.problem("wb:hypotheses", f"an analysis takes at most {MAX_HYPOTHESES} hypotheses")
    row["hypotheses"] = [
        _hypothesis(Fields(h, p, context.problems), context) for p, h in hypotheses
    ]
    known = {h["origin"] for h in row["hypotheses"]}
    row["evidence"] = [
        _evidence(Fields(e, p, context.problems), context, known)
        for p, e in item.objects("wb:evidence")
    ]
    _unique(row["evidence"], ("annotation",), "a claim used twice as evidence", context)
    return row


def _hypothesis(item: Fields, context: BundleContext) -> Row:
    row = context.signed(item)
    row["position"] = item.whole("wb:position", required=True, minimum=1)
    row["text"] = context.label(item, "wb:text", "a hypothesis")
    return row | {"edited_by": context.author_ref(item, "wb:editedBy")}


def _evidence(item: Fields, context: BundleContext, hypotheses: set[str | None]) -> Row:
    row = context.signed(item)
    row["position"] = item.whole("wb:position", required=True, minimum=1)
    row["annotation"] = context.refer(
        item, "wb:annotation", item.record.get("wb:annotation"), claim=False
    )
    row["ratings"] = []
    for path, record in item.objects("wb:ratings"):
        rating = Fields(record, path, context.problems)
        found = context.signed(rating)
        reference = rating.record.get("wb:hypothesis")
        origin = origin_of(reference)
        if origin is None or origin not in hypotheses:
            rating.problem(
                "wb:hypothesis", f"{shown(reference)} is not a hypothesis of this analysis"
            )
        found["hypothesis"] = origin
        found["rating"] = rating.choice("wb:rating", ACH_RATINGS, required=True)
        found["edited_by"] = context.author_ref(rating, "wb:editedBy")
        row["ratings"].append(found)
    _unique(row["ratings"], ("hypothesis",), "a hypothesis rated twice", context)
    return row


def _unique(rows: list[Row], keys: tuple[str, ...], what: str, context: BundleContext) -> None:
    seen: set[tuple[Any, ...]] = set()
    for row in rows:
        key = tuple(label_key(str(row.get(k))) for k in keys)  # the library's rule for names
        if key in seen:
            context.problems.add(f"origin {row.get('origin')}", what)
        seen.add(key)
