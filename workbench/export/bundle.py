"""A bundle: one analyst's work as W3C Web Annotation JSON that ``workbench merge`` reads.

Why W3C-based and self-contained: analysts exchange bundles through any
shared folder, and the receiver may lack some documents, so each bundle
carries the documents its work is on (with their text, named
``urn:sha256:<content hash>``) and names every piece of work by its origin
(``urn:workbench:origin:<origin>``), which all copies keep. Highlights, notes
and claims are ``Annotation``s with the usual selectors; what W3C has no word
for (claim status and history, credibility, ACH rows, source grades) is a
``wb:``-namespaced field. Pure: a ``Work`` in, text out. Keys:
docs/collaboration.md, "The bundle format".
"""

from __future__ import annotations

import json
from typing import Any

from workbench import __version__
from workbench.core.bundle_records import (
    AUTHOR_PREFIX,
    BUNDLE_TYPE,
    BUNDLE_VERSION,
    DOCUMENT_PREFIX,
    ORIGIN_PREFIX,
    Row,
    Work,
)
from workbench.export.webannotation import tag_body  # one shape of a tag body for both

CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"wb": "urn:workbench:vocab#"}]
Record = dict[str, Any]


def origin_iri(origin: str) -> str:
    """How a bundle names a piece of work: by the origin all its copies keep."""
    return ORIGIN_PREFIX + origin


def document_iri(content_hash: str) -> str:
    """How a bundle names a document: by the hash of its text."""
    return DOCUMENT_PREFIX + content_hash


def bundle_record(work: Work, selection: Row, generated: str) -> Record:
    """The whole bundle object; ``selection`` says whose work since when (for the reader)."""
    names = {author["id"]: author["name"] for author in work.authors}
    items: list[Record] = [span_item(row, names) for row in work.annotations]
    items += [document_tag_item(row, names) for row in work.document_tags]
    items += [link_item(row, names) for row in work.links]
    items += [source_item(row, names) for row in work.sources]
    items += [analysis_item(row, names) for row in work.analyses]
    return {
        "@context": CONTEXT,
        "type": BUNDLE_TYPE,
        "version": BUNDLE_VERSION,
        "generator": {
            "id": "urn:workbench:software",
            "type": "Software",
            "name": f"Analyst Workbench {__version__}",
        },
        "generated": generated,
        "selection": dict(selection),
        "authors": [{"id": a["id"], "name": a["name"]} for a in work.authors],
        "documents": [document_entry(row) for row in work.documents],
        "tags": [tag_entry(row, names) for row in work.tags],
        "entities": [entity_entry(row, names) for row in work.entities],
        "items": items,
    }


def document_entry(row: Row) -> Record:
    """A document the work is on, with its text (the receiver may not have it)."""
    return {
        "id": document_iri(row["content_hash"]),
        "content_hash": row["content_hash"],
        "title": row["title"],
        "source": row["source"],
        "published": row["published"],
        "url": row["url"],
        "lineage": list(row["lineage"]),
        "wb:reliability": row["reliability"],
        "wb:editedBy": row["edited_by"],
        "text": row["text"],
    }


def tag_entry(row: Row, names: dict[str, str]) -> Record:
    """A tag the work uses: its path and colour, signed like work."""
    return _signed(row, names) | {"wb:path": row["path"], "wb:color": row["color"]}


def entity_entry(row: Row, names: dict[str, str]) -> Record:
    """A curated entity by name and label: hidden, notes, the aliases and names merged into it."""
    entry: Record = {"wb:name": row["name"], "wb:label": row["label"], "wb:notes": row["notes"]}
    entry |= {"wb:hidden": bool(row["hidden"]), "wb:editedBy": row["edited_by"]}
    if row.get("earlier"):
        entry["wb:earlier"] = {field: list(values) for field, values in row["earlier"].items()}
    entry["wb:aliases"] = [_signed(a, names) | {"wb:alias": a["alias"]} for a in row["aliases"]]
    entry["wb:mergedNames"] = [
        _signed(rule, names) | {"wb:name": rule["name"], "wb:label": rule["label"]}
        for rule in row["rules"]
    ]
    return entry


def span_item(row: Row, names: dict[str, str]) -> Record:
    """A highlight, note or claim on its passage (claims ``assessing``, notes ``commenting``)."""
    if row["claim"] is not None:
        motivation = "assessing"
    elif (row["note"] or "").strip():
        motivation = "commenting"
    else:
        motivation = "highlighting"
    item = _signed(row, names) | {"type": "Annotation", "motivation": motivation}
    item |= {"created": row["created_at"], "modified": row["updated_at"]}
    item |= {"wb:kind": row["kind"], "wb:color": row["color"], "wb:status": row["status"]}
    item["wb:editedBy"] = row["edited_by"]
    bodies: list[Record] = []
    if row["note"]:
        bodies.append(
            {"type": "TextualBody", "value": row["note"], "format": "text/markdown",
             "purpose": "commenting"}
        )  # fmt: skip
    bodies += [tag_body(tag["path"]) | _signed(tag, names) for tag in row["tags"]]
    if row["claim"] is not None:
        bodies.append(claim_body(row["claim"], names))
    item["body"] = bodies
    item["target"] = {
        "source": document_iri(row["document"]),
        "selector": [
            {"type": "TextQuoteSelector", "exact": row["exact"], "prefix": row["prefix"],
             "suffix": row["suffix"]},
            {"type": "TextPositionSelector", "start": row["start"], "end": row["end"]},
        ],
    }  # fmt: skip
    return item


def claim_body(claim: Row, names: dict[str, str]) -> Record:
    """A claim's assessment: status, statement, credibility, claimant and status history."""
    return _signed(claim, names) | {
        "type": "wb:Claim",
        "purpose": "assessing",
        "value": claim["status"],
        "wb:status": claim["status"],
        "wb:statement": claim["statement"],
        "wb:credibility": claim["credibility"],
        "wb:claimant": claim["claimant"],
        "wb:claimantEntity": _entity(claim["claimant_entity"]),
        "wb:editedBy": claim["edited_by"],
        "wb:history": [
            _signed(step, names)
            | {"wb:status": step["status"], "wb:changedAt": step["changed_at"],
               "wb:note": step["note"]}
            for step in claim["history"]
        ],
    }  # fmt: skip


def document_tag_item(row: Row, names: dict[str, str]) -> Record:
    """A tag on a whole document: a ``tagging`` annotation of the document."""
    item = _signed(row, names) | {"type": "Annotation", "motivation": "tagging"}
    return item | {"body": tag_body(row["path"]), "target": document_iri(row["document"])}


def link_item(row: Row, names: dict[str, str]) -> Record:
    """A link between two claims: target the first, body the second and the relation."""
    body: list[Record] = [
        {"id": origin_iri(row["to"]), "type": "Annotation"},
        {"type": "TextualBody", "value": row["relation"], "purpose": "classifying"},
    ]
    item = _signed(row, names) | {"type": "Annotation", "motivation": "linking"}
    item |= {"created": row["created_at"], "wb:editedBy": row["edited_by"], "wb:note": row["note"]}
    return item | {"body": body, "target": origin_iri(row["from"])}


def source_item(row: Row, names: dict[str, str]) -> Record:
    """A source's reliability grade (A-F of the Admiralty code)."""
    item = _signed(row, names) | {"type": "wb:SourceGrade", "created": row["graded_at"]}
    item |= {"wb:source": row["name"], "wb:reliability": row["reliability"]}
    return item | {"wb:editedBy": row["edited_by"]}


def analysis_item(row: Row, names: dict[str, str]) -> Record:
    """An ACH analysis: its question, hypotheses and evidence rows with their ratings."""
    item = _signed(row, names) | {"type": "wb:Analysis", "created": row["created_at"]}
    item |= {"wb:question": row["question"], "wb:editedBy": row["edited_by"]}
    item["wb:hypotheses"] = [
        _signed(h, names)
        | {"wb:position": h["position"], "wb:text": h["text"], "wb:editedBy": h["edited_by"]}
        for h in row["hypotheses"]
    ]
    item["wb:evidence"] = [
        _signed(e, names)
        | {"wb:position": e["position"], "wb:annotation": origin_iri(e["annotation"])}
        | {"wb:ratings": [_rating(r, names) for r in e["ratings"]]}
        for e in row["evidence"]
    ]
    return item


def _rating(row: Row, names: dict[str, str]) -> Record:
    return _signed(row, names) | {
        "wb:hypothesis": origin_iri(row["hypothesis"]),
        "wb:rating": row["rating"],
        "wb:editedBy": row["edited_by"],
    }


def _signed(row: Row, names: dict[str, str]) -> Record:
    """The row's id (its origin), its W3C ``creator`` when it has an author, and ``wb:earlier``.

    ``wb:earlier`` names the values its edited fields held before (by column),
    so the receiving merge can tell a one-sided edit from a conflict.
    """
    record: Record = {"id": origin_iri(row["origin"])}
    author_id = row.get("author_id")
    if author_id:
        record["creator"] = {
            "id": AUTHOR_PREFIX + author_id,
            "type": "Person",
            "name": names.get(author_id, ""),
        }
    if row.get("earlier"):
        record["wb:earlier"] = {field: list(values) for field, values in row["earlier"].items()}
    return record


def _entity(entity: Row | None) -> Record | None:
    """A claimant known as an entity: its name and label (its id means nothing elsewhere)."""
    return None if entity is None else {"wb:name": entity["name"], "wb:label": entity["label"]}


def dumps_bundle(bundle: Record) -> str:
    """Serialise deterministically (key order as built, UTF-8, trailing newline)."""
    return json.dumps(bundle, ensure_ascii=False, indent=2) + "\n"
