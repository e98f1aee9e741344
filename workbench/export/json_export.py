"""The complete JSON export (contract: docs/json-export.md), also used by ``show --json``.

Keys here are the stable, documented ones: scripts and the JSON re-import rely on them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from typing import Any

from workbench.core.records import (
    Annotation,
    Claim,
    ClaimLink,
    DocumentBundle,
    Link,
    SourceGrade,
    StatusChange,
    Tag,
)

#: How machine records (mentions, quotes) are marked, so they are never taken for analyst work.
MACHINE = "machine"
FORMAT_NAME = "workbench-export"
FORMAT_VERSION = 1

_DOCUMENT_KEYS = (
    "id",
    "title",
    "source",
    "reliability",
    "author",
    "published",
    "url",
    "dateline",
    "format",
    "origin_path",
    "external_id",
    "content_hash",
    "imported_at",
    "word_count",
    "analysis_version",
    "status",
)


def entity_record(mention: Mapping[str, Any]) -> dict[str, Any]:
    """One entity mention as exported."""
    return {
        "start": mention["start"],
        "end": mention["end"],
        "text": mention["text"],
        "label": mention["label"],
        "entity": mention["entity"],
        "entity_id": mention["entity_id"],
        "field": mention["field"],
        "source": mention["source"],
        "confidence": mention.get("confidence"),
        "value": mention.get("value"),
        "creator": "analyst" if mention["source"] == "analyst" else MACHINE,
    }


def quote_record(quote: Mapping[str, Any]) -> dict[str, Any]:
    """One quote as exported."""
    return {
        "id": quote["id"],
        "start": quote["start"],
        "end": quote["end"],
        "text": quote["text"],
        "speaker": quote["speaker"],
        "speaker_text": quote["speaker_text"],
        "speaker_start": quote["speaker_start"],
        "speaker_end": quote["speaker_end"],
        "cue": quote["cue"],
        "kind": quote["kind"],
        "group": quote["group_id"],
        "speaker_entity_id": quote.get("speaker_entity_id"),
        "confidence": quote.get("confidence"),
        "creator": MACHINE,
    }


def document_record(bundle: DocumentBundle) -> dict[str, Any]:
    """Everything the library knows about one document, offsets indexing its ``text``."""
    row = bundle.document
    record = {key: row.get(key) for key in _DOCUMENT_KEYS}
    record["text"] = row["text"]
    record["tags"] = list(bundle.tags)
    record["tag_authorship"] = [marks_record(mark) for mark in bundle.tag_marks]
    record["entities"] = [entity_record(m) for m in bundle.mentions]
    record["quotes"] = [quote_record(q) for q in bundle.quotes]
    record["annotations"] = [annotation_record(a) for a in bundle.annotations]
    record["claims"] = [claim_record(c, bundle.history.get(c.id, ())) for c in bundle.claims]
    return record


def orphaned_ids(record: Mapping[str, Any]) -> frozenset[int]:
    """Ids of a document record's marks, claims among them, whose words are gone from its text.

    Why from the annotations: a claim's record carries no anchor status of its own,
    the annotation of the same id does; every reader of a record asks this one place.
    """
    return frozenset(annotation["id"] for annotation in record["annotations"]
                     if annotation.get("status") == "orphaned")


def annotation_record(annotation: Annotation) -> dict[str, Any]:
    """One annotation (highlight, note or claim span) with its three selectors."""
    return {
        "id": annotation.id,
        "kind": annotation.kind,
        "start": annotation.start,
        "end": annotation.end,
        "exact": annotation.exact,
        "prefix": annotation.prefix,
        "suffix": annotation.suffix,
        "note": annotation.note_md,
        "color": annotation.color,
        "tags": list(annotation.tags),
        "status": annotation.status,
        "created_at": annotation.created_at,
        "updated_at": annotation.updated_at,
        **_made_by(annotation),
        **_edited_by(annotation),
        "tag_authorship": [marks_record(mark) for mark in annotation.tag_marks],
    }


def _made_by(work: Annotation | Claim | StatusChange) -> dict[str, Any]:
    """The keys every signed record carries: its origin, its author's id and name."""
    return {"origin": work.origin, "author_id": work.author_id, "author_name": work.author}


def _edited_by(work: Annotation | Claim) -> dict[str, Any]:
    """Who changed an editable record last (id and name)."""
    return {"edited_by": work.edited_by, "editor_name": work.editor}


def marks_record(mark: tuple[str, str | None, str | None]) -> dict[str, Any]:
    """Who put one tag on a document or span: the tag path, the tagging's origin, its author."""
    path, origin, author_id = mark
    return {"path": path, "origin": origin, "author_id": author_id}


def status_change_record(change: StatusChange) -> dict[str, Any]:
    """One step of a claim's status history, with who took it."""
    return {
        "status": change.status,
        "changed_at": change.changed_at,
        "note": change.note,
        **_made_by(change),
    }


def claim_record(claim: Claim, history: Iterable[StatusChange]) -> dict[str, Any]:
    """One claim with its claimant, status history and links as read from this claim."""
    return {
        "id": claim.id,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "statement": claim.statement,
        "status": claim.status,
        "credibility": claim.credibility,
        "claimant": claim.claimant,
        "claimant_entity_id": claim.claimant_entity_id,
        "quote_id": claim.quote_id,
        "tags": list(claim.tags),
        "note": claim.note_md,
        "history": [status_change_record(change) for change in history],
        "links": [claim_link_record(link) for link in claim.links],
        "claimant_text": claim.claimant_text,
        **_made_by(claim),
        **_edited_by(claim),
    }


def claim_link_record(link: ClaimLink) -> dict[str, Any]:
    """One link as read from a claim."""
    return {
        "id": link.id,
        "relation": link.relation,
        "reads": link.reads,
        "direction": link.direction,
        "other_claim_id": link.other_claim_id,
        "other_document_id": link.other_document_id,
        "note": link.note,
        "other_text": link.other_text,
        "other_title": link.other_title,
    }


def tag_record(tag: Tag) -> dict[str, Any]:
    """One tag with its colour and use counts."""
    return asdict(tag)


def link_record(link: Link) -> dict[str, Any]:
    """One stored link between two claims."""
    return asdict(link)


def source_record(source: SourceGrade) -> dict[str, Any]:
    """One graded source: its name as documents give it, its reliability A-F, when graded."""
    return {
        "name": source.name,
        "reliability": source.reliability,
        "graded_at": source.graded_at,
        "origin": source.origin,
        "author_id": source.author_id,
        "edited_by": source.edited_by,
    }


def authors_record(authors: Mapping[str, str]) -> list[dict[str, str]]:
    """The authors an export names (id -> name), ordered by id so exports compare stably."""
    return [{"id": author_id, "name": authors[author_id]} for author_id in sorted(authors)]

def library_record(
    documents: list[dict[str, Any]],
    entities: Iterable[Mapping[str, Any]],
    tags: Iterable[Tag],
    links: Iterable[Link],
    sources: Iterable[SourceGrade] = (),
    analyses: Iterable[dict[str, Any]] = (),
    authors: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The whole export object: documents with the entities, tags, links and sources they use.

    ``analyses`` are the scored ACH records (``operations.ach.scored_record``), under ``ach``;
    ``authors`` (id -> name) the analysts whose work it holds.
    """
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "documents": documents,
        "entities": [dict(entity) for entity in entities],
        "tags": [tag_record(tag) for tag in tags],
        "links": [link_record(link) for link in links],
        "sources": [source_record(source) for source in sources],
        "ach": list(analyses),
        "authors": authors_record(authors or {}),
    }


def dumps(data: Any) -> str:
    """Serialise deterministically (sorted keys are not used: key order is part of the contract)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
