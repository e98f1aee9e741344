"""The complete JSON export (DESIGN.md contract), also used by ``show --json``.

Keys here are the stable, documented ones: scripts and the JSON re-import rely on them.
"""

from __future__ import annotations

import json
from typing import Any

from workbench.store.store import Store

FORMAT_NAME = "workbench-export"
FORMAT_VERSION = 1

_DOCUMENT_KEYS = (
    "id",
    "title",
    "source",
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


def entity_record(mention: dict[str, Any]) -> dict[str, Any]:
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
    }


def quote_record(quote: dict[str, Any]) -> dict[str, Any]:
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
    }


def document_record(store: Store, doc_id: int) -> dict[str, Any]:
    """Everything the library knows about one document, offsets indexing its ``text``."""
    row = store.get_document(doc_id)
    if row is None:
        raise LookupError(f"no document with id {doc_id}")
    record = {key: row.get(key) for key in _DOCUMENT_KEYS}
    record["text"] = row["text"]
    record["tags"] = store.document_tags(doc_id)
    record["entities"] = [entity_record(m) for m in store.document_entities(doc_id)]
    record["quotes"] = [quote_record(q) for q in store.document_quotes(doc_id)]
    record["annotations"] = [annotation_record(a) for a in store.document_annotations(doc_id)]
    record["claims"] = [
        claim_record(c, store.claim_history(c["id"])) for c in store.document_claims(doc_id)
    ]
    return record


def annotation_record(annotation: dict[str, Any]) -> dict[str, Any]:
    """One annotation (highlight, note or claim span) with its three selectors."""
    return {
        "id": annotation["id"],
        "kind": annotation["kind"],
        "start": annotation["start"],
        "end": annotation["end"],
        "exact": annotation["exact"],
        "prefix": annotation["prefix"],
        "suffix": annotation["suffix"],
        "note": annotation["note_md"],
        "color": annotation["color"],
        "tags": annotation["tags"],
        "status": annotation["status"],
        "created_at": annotation["created_at"],
        "updated_at": annotation["updated_at"],
    }


def claim_record(claim: dict[str, Any], history: list[dict[str, Any]]) -> dict[str, Any]:
    """One claim with its claimant, status history and links as read from this claim."""
    return {
        "id": claim["id"],
        "start": claim["start"],
        "end": claim["end"],
        "text": claim["text"],
        "statement": claim["statement"],
        "status": claim["status"],
        "claimant": claim["claimant"],
        "claimant_entity_id": claim["claimant_entity_id"],
        "quote_id": claim["quote_id"],
        "tags": claim["tags"],
        "note": claim["note_md"],
        "history": history,
        "links": [
            {
                "id": link["id"],
                "relation": link["relation"],
                "reads": link["reads"],
                "direction": link["direction"],
                "other_claim_id": link["other_claim_id"],
                "other_document_id": link["other_document_id"],
                "note": link["note"],
            }
            for link in claim["links"]
        ],
    }


def library_record(store: Store, doc_ids: list[int] | None = None) -> dict[str, Any]:
    """The whole export object for ``doc_ids`` (all documents when None)."""
    if doc_ids is None:
        doc_ids = [row["id"] for row in store.list_documents()]
    documents = [document_record(store, doc_id) for doc_id in doc_ids]
    used = sorted({m["entity_id"] for d in documents for m in d["entities"]})
    used_set = set(used)
    aliases = store.entity_aliases(used)
    entities = [
        {"id": e["id"], "name": e["name"], "label": e["label"], "aliases": aliases.get(e["id"], [])}
        for e in store.all_entities()
        if e["id"] in used_set
    ]
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "documents": documents,
        "entities": entities,
        "tags": store.list_tags(),
        "links": store.all_links(),
    }


def dumps(data: Any) -> str:
    """Serialise deterministically (sorted keys are not used: key order is part of the contract)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
