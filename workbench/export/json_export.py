"""The complete JSON export (contract: docs/json-export.md), also used by ``show --json``.

Keys here are the stable, documented ones: scripts and the JSON re-import rely on them.
"""

from __future__ import annotations

import json
from typing import Any

from workbench.core.progress import Progress
from workbench.store import Store

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
        "confidence": mention.get("confidence"),
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
        "speaker_entity_id": quote.get("speaker_entity_id"),
        "confidence": quote.get("confidence"),
    }


def document_record(store: Store, doc_id: int) -> dict[str, Any]:
    """Everything the library knows about one document, offsets indexing its ``text``."""
    row = store.documents.get_document(doc_id)
    if row is None:
        raise LookupError(f"no document with id {doc_id}")
    record = {key: row.get(key) for key in _DOCUMENT_KEYS}
    record["text"] = row["text"]
    record["tags"] = store.tags.document_tags(doc_id)
    record["entities"] = [entity_record(m) for m in store.analysis.document_entities(doc_id)]
    record["quotes"] = [quote_record(q) for q in store.analysis.document_quotes(doc_id)]
    record["annotations"] = [
        annotation_record(a) for a in store.annotations.document_annotations(doc_id)
    ]
    record["claims"] = [
        claim_record(c, store.claims.claim_history(c["id"]))
        for c in store.claims.document_claims(doc_id)
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
                "other_text": link.get("other_text"),
                "other_title": link.get("other_title"),
            }
            for link in claim["links"]
        ],
        "claimant_text": claim.get(
            "claimant_text", claim["claimant"] if claim["claimant_entity_id"] is None else None
        ),
    }


def library_record(
    store: Store, doc_ids: list[int] | None = None, progress: Progress | None = None
) -> dict[str, Any]:
    """The whole export object for ``doc_ids`` (all documents when None).

    Entities are those the documents mention, quote or cite as claimants; links
    and tags are all of them for a whole-library export and, for a selection,
    the links touching its annotations and the tags it uses (with their parents).
    """
    selected = doc_ids is not None
    if doc_ids is None:
        doc_ids = [row["id"] for row in store.documents.list_documents()]
    progress = progress or Progress()
    progress.start(len(doc_ids))
    documents = []
    for doc_id in doc_ids:
        documents.append(document_record(store, doc_id))
        progress.step(documents[-1]["title"])
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "documents": documents,
        "entities": _entities_used(store, documents),
        "tags": _tags_used(store, documents) if selected else store.tags.list_tags(),
        "links": _links_touching(store, documents) if selected else store.claims.all_links(),
    }


def _entities_used(store: Store, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities mentioned, quoted or cited as claimants by the documents, with aliases."""
    used = {m["entity_id"] for d in documents for m in d["entities"]}
    used |= {q["speaker_entity_id"] for d in documents for q in d["quotes"]}
    used |= {c["claimant_entity_id"] for d in documents for c in d["claims"]}
    used.discard(None)
    aliases = store.entities.entity_aliases(sorted(used))
    return [
        {"id": e["id"], "name": e["name"], "label": e["label"], "aliases": aliases.get(e["id"], [])}
        for e in store.entities.all_entities()
        if e["id"] in used
    ]


def _tags_used(store: Store, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tags on the documents or their annotations, with every parent tag."""
    paths = {t for d in documents for t in d["tags"]}
    paths |= {t for d in documents for a in d["annotations"] for t in a["tags"]}
    wanted = {p.casefold() for path in paths for p in _with_parents(path)}
    return [tag for tag in store.tags.list_tags() if tag["path"].casefold() in wanted]


def _with_parents(path: str) -> list[str]:
    parts = path.split("/")
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def _links_touching(store: Store, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    annotation_ids = {a["id"] for d in documents for a in d["annotations"]}
    return [
        link
        for link in store.claims.all_links()
        if annotation_ids & {link["from_annotation_id"], link["to_annotation_id"]}
    ]


def dumps(data: Any) -> str:
    """Serialise deterministically (sorted keys are not used: key order is part of the contract)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
