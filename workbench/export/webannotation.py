"""W3C Web Annotation (JSON-LD) export of highlights, notes, claims, tags and links.

The output is one ``AnnotationCollection`` whose single ``AnnotationPage``
holds every annotation, so any Web Annotation consumer (Hypothesis tooling,
Recogito, an annotation server) can read it. Each target names the document
by its web address when it has one (``urn:workbench:document:ID`` otherwise)
and carries both a ``TextQuoteSelector`` (exact, prefix, suffix) and a
``TextPositionSelector`` (start, end: code points into the library's text of
the article, which may differ from the web page's). Claims are
``assessing`` annotations (the status and, when graded, the Admiralty grade
as ``assessing`` bodies); links are ``linking`` annotations from one claim
annotation to the other, with the relation as a ``classifying`` body.

Every annotation names its ``creator``: the analyst (a ``Person`` with the
author's stable id as ``urn:uuid:…`` and their name; "unknown author" for
work from before authorship) or, for the quotes the extractor found
(``identifying`` annotations), ``MACHINE_CREATOR``, so that a reader of the
file never takes automatic output for an analyst's judgement.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from workbench import __version__
from workbench.core.anchoring import TextSelector, select_span
from workbench.core.authorship import MACHINE_CREATOR, UNKNOWN_AUTHOR, is_author_id
from workbench.core.vocabulary import (
    CREDIBILITY_WORDING,
    RELIABILITY_WORDING,
    grade_code,
    grade_wording,
)
from workbench.export.escaping import safe_web_url

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
COLLECTION_ID = "urn:workbench:export"
Record = dict[str, Any]


def annotation_iri(annotation_id: int) -> str:
    """The id of an exported annotation (claims keep their claim id)."""
    return f"urn:workbench:annotation:{annotation_id}"


def document_iri(record: Record) -> str:
    """The document as a target source: its http(s) address, or a workbench URN."""
    if safe_web_url(record.get("url")):
        return str(record["url"]).strip()
    return f"urn:workbench:document:{record['id']}"


def annotation_collection(export: Record) -> Record:
    """The Web Annotation collection for a JSON export object (``library_record``)."""
    items: list[Record] = []
    names = {a["id"]: a["name"] for a in export.get("authors", [])}
    for document in export["documents"]:
        items.extend(document_annotations(document, names))
    items.extend(link_annotation(link, names) for link in export.get("links", []))
    return {
        "@context": CONTEXT,
        "id": COLLECTION_ID,
        "type": "AnnotationCollection",
        "label": "Analyst Workbench annotations",
        "generator": {
            "id": "urn:workbench:software",
            "type": "Software",
            "name": f"Analyst Workbench {__version__}",
        },
        "total": len(items),
        "first": {
            "id": f"{COLLECTION_ID}:page:1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def creator(author_id: Any, names: dict[str, str], name: Any = None) -> Record:
    """The W3C ``creator`` of an analyst's annotation: a Person with a stable id when known."""
    shown = name if isinstance(name, str) and name else names.get(author_id) or UNKNOWN_AUTHOR
    person: Record = {"type": "Person", "name": shown}
    if is_author_id(author_id):
        person = {"id": f"urn:uuid:{uuid.UUID(hex=author_id)}", **person}
    return person


def document_annotations(document: Record, names: dict[str, str] | None = None) -> list[Record]:
    """A document's tags (one ``tagging`` annotation), its annotations in reading order, quotes."""
    names = names or {}
    source = document_iri(document)
    items = []
    if document["tags"]:
        items.append(_document_tags(document, source, names))
    reliability = document.get("reliability")
    claims = {claim["id"]: claim | {"reliability": reliability} for claim in document["claims"]}
    for annotation in document["annotations"]:
        items.append(span_annotation(annotation, claims.get(annotation["id"]), source, names))
    items.extend(
        quote_annotation(quote, document, source)
        for quote in document["quotes"]
        if _indexes(document["text"], quote)
    )
    return items


def _indexes(text: str, quote: Record) -> bool:
    """Whether the quote's span is a passage of ``text`` (a damaged library may hold others).

    Why leave such a quote out: a selector on no passage would send a consumer
    to the wrong words; ``workbench check`` reports (and repairs) the quote.
    """
    start, end = quote["start"], quote["end"]
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)


def _document_tags(document: Record, source: str, names: dict[str, str]) -> Record:
    """One ``tagging`` annotation for the document's tags, created by whoever tagged it."""
    taggers = sorted(
        {mark.get("author_id") for mark in document.get("tag_authorship", [])}, key=str
    )
    creators = [creator(author_id, names) for author_id in taggers] or [creator(None, names)]
    return {
        "id": f"urn:workbench:document:{document['id']}:tags",
        "type": "Annotation",
        "motivation": "tagging",
        "creator": creators[0] if len(creators) == 1 else creators,
        "body": [tag_body(path) for path in document["tags"]],
        "target": source,
    }


def quote_annotation(quote: Record, document: Record, source: str) -> Record:
    """A quote the extractor found, with its speaker: created by software, not an analyst."""
    speaker = quote.get("speaker") or quote.get("speaker_text")
    body: list[Record] = [
        {"type": "TextualBody", "value": f"{quote['kind']} quote", "purpose": "classifying"}
    ]
    if speaker:
        value = f"Speaker: {speaker}"
        body.append({"type": "TextualBody", "value": value, "purpose": "describing"})
    return {
        "id": f"urn:workbench:quote:{quote['id']}",
        "type": "Annotation",
        "motivation": "identifying",
        "creator": dict(MACHINE_CREATOR),
        "body": body,
        "target": _target(source, select_span(document["text"], quote["start"], quote["end"])),
    }


def span_annotation(
    annotation: Record, claim: Record | None, source: str, names: dict[str, str] | None = None
) -> Record:
    """One highlight, note or claim as a Web Annotation on its passage."""
    if claim is not None:
        motivation = "assessing"
    elif (annotation.get("note") or "").strip():
        motivation = "commenting"
    else:
        motivation = "highlighting"
    result: Record = {
        "id": annotation_iri(annotation["id"]),
        "type": "Annotation",
        "motivation": motivation,
        "created": annotation["created_at"],
        "modified": annotation["updated_at"],
        "creator": creator(annotation.get("author_id"), names or {}, annotation.get("author_name")),
    }
    body = _bodies(annotation, claim)
    if body:
        result["body"] = body
    stored = TextSelector(
        annotation["start"], annotation["end"],
        annotation["exact"], annotation["prefix"], annotation["suffix"],
    )  # the selectors the store keeps for the annotation, not recomputed here
    placed = annotation.get("status") != "orphaned"
    result["target"] = _target(source, stored, with_position=placed)
    return result


def _target(source: str, span: TextSelector, *, with_position: bool = True) -> Record:
    """A specific resource: the document and its selectors (quote with context, position).

    An orphan (its passage gone from the current text) keeps only the quote: its stored
    start and end count into an earlier version, and here they would name other words.
    """
    quote_selector = {
        "type": "TextQuoteSelector", "exact": span.exact, "prefix": span.prefix,
        "suffix": span.suffix,
    }
    if not with_position:
        return {"source": source, "selector": [quote_selector]}
    position = {"type": "TextPositionSelector", "start": span.start, "end": span.end}
    return {"source": source, "selector": [quote_selector, position]}


def _bodies(annotation: Record, claim: Record | None) -> list[Record]:
    bodies = []
    note = annotation.get("note") or ""
    if note.strip():
        bodies.append(
            {
                "type": "TextualBody",
                "value": note,
                "format": "text/markdown",
                "purpose": "commenting",
            }
        )
    if claim is not None:
        bodies.append({"type": "TextualBody", "value": claim["status"], "purpose": "assessing"})
        grade = _grade_body(claim)
        if grade is not None:
            bodies.append(grade)
        if claim.get("claimant"):
            bodies.append(
                {
                    "type": "TextualBody",
                    "value": f"Claimant: {claim['claimant']}",
                    "purpose": "describing",
                }
            )
    bodies.extend(tag_body(path) for path in annotation.get("tags", []))
    return bodies


def _grade_body(claim: Record) -> Record | None:
    """The claim's Admiralty grade as an ``assessing`` body ("Grade B2: Usually reliable …")."""
    reliability = claim.get("reliability")
    reliability = reliability if reliability in RELIABILITY_WORDING else None
    credibility = claim.get("credibility")
    credibility = credibility if credibility in CREDIBILITY_WORDING else None
    code = grade_code(reliability, credibility)
    if not code:
        return None
    value = f"Grade {code}: {grade_wording(reliability, credibility)}"
    return {"type": "TextualBody", "value": value, "purpose": "assessing"}


def tag_body(path: str) -> Record:
    """A tag as a Web Annotation body; bundles tag with the same shape so one reader reads both."""
    return {"type": "TextualBody", "value": path, "purpose": "tagging"}


def link_annotation(link: Record, names: dict[str, str] | None = None) -> Record:
    """A link between two claims: target the first claim, body the second and the relation."""
    body: list[Record] = [
        {"id": annotation_iri(link["to_annotation_id"]), "type": "Annotation"},
        {"type": "TextualBody", "value": link["relation"], "purpose": "classifying"},
    ]
    if link.get("note"):
        body.append({"type": "TextualBody", "value": link["note"], "purpose": "commenting"})
    return {
        "id": f"urn:workbench:link:{link['id']}",
        "type": "Annotation",
        "motivation": "linking",
        "created": link["created_at"],
        "creator": creator(link.get("author_id"), names or {}),
        "body": body,
        "target": annotation_iri(link["from_annotation_id"]),
    }


def dumps_collection(collection: Record) -> str:
    """Serialise deterministically (JSON-LD key order as built, UTF-8, trailing newline)."""
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"
