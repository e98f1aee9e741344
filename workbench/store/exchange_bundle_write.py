"""A bundle's work written into an empty library, every row keeping its origin and author.

Why an empty library and plain rows: this is the staging copy a merge reads
(``operations.merge_inputs``), not the analyst's library, so nothing is
matched, deduplicated or undoable here; the merge engine does all of that
against the analyst's library, by origin. The work was checked by
``ingest.bundle_file`` (origins unique, every reference pointing inside the
bundle), so each insert can trust its fields.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from workbench.core.bundle_records import Row, Work
from workbench.core.edit_tracking import TRACKED_EDITS
from workbench.core.text import count_words
from workbench.core.vocabulary import STATUS_UNANALYZED
from workbench.store.analysis_rows import entity_named
from workbench.store.authors import register_author
from workbench.store.rows import fresh_ids, insert_row, now_iso
from workbench.store.schema_third_wave import AUTHORED_TABLES

_SIGNATURE = ("origin", "author_id")


class NotEmpty(ValueError):
    """The library already holds documents: a bundle is staged only in a new one."""


def write_work(db: Database, work: Work) -> None:
    """Write every row of ``work`` (authors, documents, tags, annotations ... analyses)."""
    if db.execute("SELECT 1 FROM documents LIMIT 1").fetchone():
        raise NotEmpty("a bundle is written only into an empty library")
    with db.atomic():
        for author in work.authors:
            register_author(db, author["id"], author["name"])
        documents = {row["content_hash"]: _document(db, row) for row in work.documents}
        tags = {row["path"]: _insert(db, "tags", _pick(row, "path", "color", *_SIGNATURE), row)
                for row in work.tags}  # fmt: skip
        annotations: dict[str, int] = {}
        for row in work.annotations:
            annotations[row["origin"]] = _annotation(db, row, documents[row["document"]], tags)
        for row in work.document_tags:
            values = {"document_id": documents[row["document"]], "tag_id": tags[row["path"]]}
            _insert(db, "document_tags", values | _pick(row, *_SIGNATURE))
        for row in work.links:
            values = {"from_annotation_id": annotations[row["from"]]}
            values["to_annotation_id"] = annotations[row["to"]]
            values |= _pick(row, "relation", "note", "created_at", "edited_by")
            _insert(db, "links", values | _pick(row, *_SIGNATURE), row)
        for row in work.sources:
            values = _pick(row, "name", "reliability", "graded_at", "edited_by")
            _insert(db, "sources", values | _pick(row, *_SIGNATURE), row)
        for analysis in work.analyses:
            _analysis(db, analysis, annotations)
        for entity in work.entities:
            _curated_entity(db, entity)


def _document(db: Database, row: Row) -> int:
    """Insert a document (unanalysed: the receiver analyses what it adds) and its lineage."""
    text = row["text"]
    values = _pick(row, "content_hash", "title", "source", "published", "url", "text")
    values |= {"format": "text", "imported_at": now_iso(), "word_count": count_words(text)}
    values |= {"analysis_version": 0, "status": STATUS_UNANALYZED}
    values |= {"version": len(row["lineage"]) + 1, "reliability_override": row["reliability"]}
    values["edited_by"] = row["edited_by"]
    doc_id = _insert(db, "documents", values)
    for version, digest in enumerate(row["lineage"], start=1):
        earlier = {"document_id": doc_id, "version": version, "title": row["title"], "text": ""}
        _insert(db, "document_versions", earlier | {"content_hash": digest, "replaced_at": ""})
    return doc_id


def _annotation(db: Database, row: Row, doc_id: int, tags: dict[str, int]) -> int:
    """Insert one annotation with its passage tags and, for a claim, the claim and its history."""
    values = _pick(row, "kind", "start", "end", "exact", "prefix", "suffix", "color", "status")
    values |= _pick(row, "created_at", "updated_at", "edited_by", *_SIGNATURE)
    values |= {"document_id": doc_id, "note_md": row["note"]}
    annotation_id = _insert(db, "annotations", values, row)
    for tag in row["tags"]:
        values = {"annotation_id": annotation_id, "tag_id": tags[tag["path"]]}
        _insert(db, "span_tags", values | _pick(tag, *_SIGNATURE))
    claim = row["claim"]
    if claim is not None:
        values = _pick(claim, "status", "statement", "credibility", "edited_by", *_SIGNATURE)
        values |= {"annotation_id": annotation_id, "claimant_text": claim["claimant"]}
        values["claimant_entity_id"] = _entity(db, claim["claimant_entity"])
        _insert(db, "claims", values, claim)
        for step in claim["history"]:
            values = _pick(step, "status", "changed_at", "note", *_SIGNATURE)
            _insert(db, "claim_status_history", values | {"annotation_id": annotation_id})
    return annotation_id


def _entity(db: Database, entity: Row | None) -> int | None:
    """The claimant entity by name and label (the merge finds or creates ours the same way)."""
    if entity is None:
        return None
    return entity_named(db, entity["name"], entity["label"])


def _curated_entity(db: Database, entity: Row) -> None:
    """An entity with its curation: hidden, notes, analyst aliases and the names merged into it."""
    entity_id = _entity(db, entity)
    assert entity_id is not None
    db.execute(
        "UPDATE entities SET notes = ?, hidden = ?, edited_by = ? WHERE id = ?",
        [entity["notes"], entity["hidden"], entity["edited_by"], entity_id],
    )
    _keep_earlier(db, "entities", f"entity:{entity['label']}:{entity['name']}", entity)
    for alias in entity["aliases"]:
        values = {"entity_id": entity_id, "alias": alias["alias"]} | _pick(alias, *_SIGNATURE)
        _insert(db, "entity_aliases", values)
    for rule in entity["rules"]:
        values = {"entity_id": entity_id} | _pick(rule, "name", "label", *_SIGNATURE)
        _insert(db, "entity_rules", values)


def _analysis(db: Database, analysis: Row, annotations: dict[str, int]) -> None:
    values = _pick(analysis, "question", "created_at", "edited_by", *_SIGNATURE)
    analysis_id = _insert(db, "ach_analyses", values, analysis)
    hypotheses: dict[str, int] = {}
    for row in analysis["hypotheses"]:
        values = _pick(row, "position", "text", "edited_by", *_SIGNATURE)
        hypotheses[row["origin"]] = _insert(
            db, "ach_hypotheses", values | {"analysis_id": analysis_id}, row
        )
    for row in analysis["evidence"]:
        values = _pick(row, "position", *_SIGNATURE)
        values |= {"analysis_id": analysis_id, "annotation_id": annotations[row["annotation"]]}
        evidence_id = _insert(db, "ach_evidence", values)
        for rating in row["ratings"]:
            values = _pick(rating, "rating", "edited_by", *_SIGNATURE)
            values |= {
                "evidence_id": evidence_id,
                "hypothesis_id": hypotheses[rating["hypothesis"]],
            }
            _insert(db, "ach_ratings", values, rating)


def sign_unsigned(db: Database) -> int:
    """Give every analyst row without an origin a fresh one; return how many were signed.

    Why: a JSON export written before authorship carries no origins, yet the
    merge matches work by origin; fresh ones make its rows new work, once.
    """
    signed = 0
    with db.atomic():
        for table in AUTHORED_TABLES:
            if table == "entity_aliases":
                continue  # an alias without an origin is the extraction's, not analyst work
            cursor = db.execute(
                f'UPDATE "{table}" SET origin = lower(hex(randomblob(16))) WHERE origin IS NULL'
            )
            signed += cursor.rowcount
    return signed


def _pick(row: Row, *keys: str) -> dict[str, Any]:
    return {key: row.get(key) for key in keys}


def _insert(db: Database, table: str, values: dict[str, Any], row: Row | None = None) -> int:
    """Insert ``values``; ``row`` (the bundle's) brings the earlier values of its fields."""
    row_id = insert_row(db, table, values)
    if row is not None:
        _keep_earlier(db, table, values["origin"], row)
    return row_id


def _keep_earlier(db: Database, table: str, origin: str, row: Row) -> None:
    """The bundle row's earlier values (of the fields this table keeps) as ``edit_history``."""
    earlier = row.get("earlier") or {}
    values = [(table, origin, field, json.dumps(value), now_iso())
              for field, found in earlier.items() if field in TRACKED_EDITS.get(table, ())
              for value in found]  # fmt: skip
    ids = fresh_ids(db, "edit_history", len(values))  # none the history may bring back
    db.conn.executemany(
        "INSERT OR IGNORE INTO edit_history"
        " (id, table_name, row_origin, field, value, replaced_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(row_id, *value) for row_id, value in zip(ids, values, strict=True)],
    )
