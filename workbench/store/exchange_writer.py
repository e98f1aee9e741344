"""Writing one workbench JSON export into a library, row by row (the worker of ``store.exchange``).

Why rows and not analyst actions: reading an export back is an import, not an action to
undo, and it keeps what the export recorded (timestamps, status history,
analysis version, ids when free). A document already present (same text)
keeps its text and analysis and gains the annotations, claims and tags it
lacks (same kind, span and text counts as present), so importing an export
twice changes nothing. One ``ExportWriter`` serves one import: it keeps the
maps from the file's ids to the library's (entities, annotations) to itself,
so nothing outside the store ever threads them between calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from workbench.core.labels import normalize_tag_path
from workbench.core.text import content_hash
from workbench.core.vocabulary import (
    ANNOTATION_KINDS,
    CLAIM_STATUSES,
    DEFAULT_CLAIM_STATUS,
    DOCUMENT_STATUSES,
    HEX_COLOR,
    RELATIONS,
    SPEAKER_LABELS,
    SYMMETRIC_RELATIONS,
    TAG_COLORS,
)
from workbench.store.exchange_authorship import (
    alias_marks,
    insert_alias,
    insert_tagging,
    origin_row,
    tag_marks,
)
from workbench.store.exchange_grades import claim_credibility, write_document_grade
from workbench.store.exchange_insert import insert_exported
from workbench.store.exchange_rows import (
    Record,
    annotation_row,
    document_row,
    is_export_id,
    mapped_id,
    mention_row,
    quote_row,
    text_field,
    whole_number,
)
from workbench.store.rows import now_iso
from workbench.store.tags import find_tag


@dataclass
class ImportedDocument:
    """What importing one exported document did to the library."""

    doc_id: int
    created: bool
    added_annotations: int = 0
    added_claims: int = 0


class ExportWriter:
    """Write one export's entities, tags, documents (with their work) and links as rows.

    Call in that order, inside one transaction: documents find their entities
    and tags by the file's ids, links find their claims among the documents'.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.entity_ids: dict[int, int] = {}
        self.annotation_ids: dict[int, int] = {}

    def write_entities(self, entities: Sequence[Record]) -> None:
        """Create (or find) each exported entity by name and label, remembering its library id.

        Entities go in in their exported id order, so a fresh library gets the same ids.
        """
        ordered = sorted(entities, key=lambda e: e["id"] if isinstance(e.get("id"), int) else 0)
        for entity in ordered:
            name, label = text_field(entity.get("name")), text_field(entity.get("label"))
            if not name or not label:
                continue
            entity_id = self._entity_id(name, label, entity.get("id"))
            if isinstance(entity.get("id"), int):
                self.entity_ids[entity["id"]] = entity_id
            marks = alias_marks(entity)
            for alias in entity.get("aliases") or []:
                if isinstance(alias, str) and alias and alias != name:
                    insert_alias(self.db, entity_id, alias, marks.get(alias))

    def write_tags(self, tags: Sequence[Record]) -> None:
        """Create the exported tags with their colours and ids (existing tags keep theirs).

        Why two passes: the exported tags go in first, in id order and each
        with its own id; only then is a parent the file lacks created (a file
        written before tag renames kept parents), after the highest id, so no
        parent made on the way takes the id a later exported tag needs.
        """
        ordered = sorted(tags, key=lambda t: t["id"] if is_export_id(t.get("id")) else 2**63)
        paths = []
        for tag in ordered:
            path = text_field(tag.get("path"))
            if path:
                color = text_field(tag.get("color"))
                self._tag_id(path, color, tag.get("id"), with_parents=False, record=tag)
                paths.append(normalize_tag_path(path))
        for path in paths:
            if "/" in path:
                self._tag_id(path.rsplit("/", 1)[0])

    def write_document(self, record: Record) -> ImportedDocument:
        """Write one exported document with everything attached to it, all or nothing.

        Why a savepoint of its own: a broken record fails alone, and the
        import goes on with the next document.
        """
        text = record.get("text")
        if not isinstance(text, str) or not text:
            raise ValueError("the document has no text")
        with self.db.atomic():
            doc_id, created = self._find_or_insert_document(record, text)
            imported = ImportedDocument(doc_id=doc_id, created=created)
            write_document_grade(self.db, doc_id, record)
            annotation_ids: dict[int, int] = {}
            quote_ids = self._write_analysis(doc_id, record, created)
            self._write_taggings("document_tags", ("document_id", doc_id), record)
            for annotation in record.get("annotations") or []:
                self._write_annotation(imported, annotation_ids, text, annotation)
            for claim in record.get("claims") or []:
                self._write_claim(imported, annotation_ids, text, claim, quote_ids)
        self.annotation_ids.update(annotation_ids)
        return imported

    def write_links(self, links: Sequence[Record]) -> tuple[int, int]:
        """Link the imported claims again; return (added, skipped because an end is missing)."""
        added = skipped = 0
        for link in links:
            source = mapped_id(self.annotation_ids, link.get("from_annotation_id"))
            target = mapped_id(self.annotation_ids, link.get("to_annotation_id"))
            relation = str(link.get("relation"))
            if source is None or target is None or not self._linkable(source, target, relation):
                skipped += 1
                continue
            if self._link_exists(source, target, relation) or origin_row(
                self.db, "links", link.get("origin")
            ):
                continue
            row: Record = {"from_annotation_id": source, "to_annotation_id": target}
            row |= {"relation": relation, "note": text_field(link.get("note"))}
            row["created_at"] = text_field(link.get("created_at"), now_iso())
            self._insert("links", row, link.get("id"), link)
            added += 1
        return added, skipped

    # -- documents and analysis ------------------------------------------------

    def _find_or_insert_document(self, record: Record, text: str) -> tuple[int, bool]:
        digest = content_hash(text)
        row = self.db.execute(
            "SELECT id FROM documents WHERE content_hash = ?", [digest]
        ).fetchone()
        if row is not None:
            return int(row[0]), False
        values = document_row(record, text, digest)
        return self._insert("documents", values, record.get("id")), True

    def _write_analysis(self, doc_id: int, record: Record, created: bool) -> dict[int, int]:
        """Insert mentions and quotes unless the library already has an analysis of this text."""
        mentions, quotes = record.get("entities") or [], record.get("quotes") or []
        has_analysis = self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM mentions WHERE document_id = ?)"
            " OR EXISTS (SELECT 1 FROM quotes WHERE document_id = ?)",
            [doc_id, doc_id],
        ).fetchone()[0]
        if has_analysis or not (mentions or quotes):
            return self._existing_quote_ids(doc_id, quotes)
        for mention in self._mentions_that_fit(doc_id, record, mentions):
            entity_id = self._mention_entity(mention)
            self._insert("mentions", mention_row(doc_id, entity_id, mention))
        quote_ids = {}
        for quote in quotes:
            new_id = self._insert_quote(doc_id, quote)
            if isinstance(quote.get("id"), int):
                quote_ids[quote["id"]] = new_id
        version, status = record.get("analysis_version"), record.get("status")
        if not created and isinstance(version, int) and status in DOCUMENT_STATUSES:
            self.db.execute(
                "UPDATE documents SET analysis_version = ?, status = ? WHERE id = ?",
                [version, status, doc_id],
            )
        return quote_ids

    def _mentions_that_fit(
        self, doc_id: int, record: Record, mentions: list[Record]
    ) -> list[Record]:
        """The mentions whose offsets index this library's text and title.

        The text is the same (found by its hash), but a document already in
        the library may carry another title than the exported one.
        """
        row = self.db.execute("SELECT title FROM documents WHERE id = ?", [doc_id]).fetchone()
        same_title = row is not None and row[0] == (text_field(record.get("title")) or "Untitled")
        return [m for m in mentions if same_title or m.get("field") != "title"]

    def _mention_entity(self, mention: Record) -> int:
        mapped = mapped_id(self.entity_ids, mention.get("entity_id"))
        if mapped is not None:
            return mapped
        name, label = text_field(mention.get("entity")), text_field(mention.get("label"))
        if not name or not label:
            raise ValueError("an entity mention has no entity name or label")
        return self._entity_id(name, label)

    def _insert_quote(self, doc_id: int, quote: Record) -> int:
        """Insert a quote; its speaker by exported id, or else (older exports) by name."""
        speaker_id = mapped_id(self.entity_ids, quote.get("speaker_entity_id"))
        if speaker_id is None and text_field(quote.get("speaker")):
            marks = ", ".join("?" for _ in SPEAKER_LABELS)
            row = self.db.execute(
                f"SELECT id FROM entities WHERE name = ? AND label IN ({marks})"
                " ORDER BY label <> 'PERSON', label <> 'ORG', id LIMIT 1",
                [quote["speaker"], *SPEAKER_LABELS],
            ).fetchone()
            speaker_id = int(row[0]) if row else None
        return self._insert("quotes", quote_row(doc_id, speaker_id, quote), quote.get("id"))

    def _existing_quote_ids(self, doc_id: int, quotes: list[Record]) -> dict[int, int]:
        """Match exported quotes to the library's own quotes of the same text by span."""
        rows = self.db.execute(
            'SELECT start, "end", id FROM quotes WHERE document_id = ?', [doc_id]
        )
        by_span: dict[tuple[Any, Any], int] = {(s, e): int(q) for s, e, q in rows}
        spans = [(q.get("id"), by_span.get((q.get("start"), q.get("end")))) for q in quotes]
        return {old: new for old, new in spans if is_export_id(old) and new is not None}

    # -- annotations and claims ------------------------------------------------

    def _write_annotation(
        self,
        imported: ImportedDocument,
        annotation_ids: dict[int, int],
        text: str,
        annotation: Record,
    ) -> int:
        kind = annotation.get("kind")
        if kind not in ANNOTATION_KINDS:
            raise ValueError(f"unknown annotation kind {kind!r}")
        start, end = whole_number(annotation.get("start")), whole_number(annotation.get("end"))
        exact = text_field(annotation.get("exact")) or text[start:end]
        existing = origin_row(self.db, "annotations", annotation.get("origin"))
        if existing is None:
            existing = self._same_span(imported.doc_id, kind, (start, end), exact)
        if existing is not None:
            annotation_id = existing
        else:
            row = annotation_row(imported.doc_id, text, annotation, (start, end), exact)
            annotation_id = self._insert("annotations", row, annotation.get("id"), annotation)
            imported.added_annotations += 1
        if isinstance(annotation.get("id"), int):
            annotation_ids[annotation["id"]] = annotation_id
        self._write_taggings("span_tags", ("annotation_id", annotation_id), annotation)
        return annotation_id

    def _same_span(self, doc_id: int, kind: str, span: tuple[int, int], exact: str) -> int | None:
        """An annotation of the same kind, span and text (work present before origins existed)."""
        row = self.db.execute(
            "SELECT id FROM annotations WHERE document_id = ? AND kind = ? AND start = ?"
            ' AND "end" = ? AND exact = ?',
            [doc_id, kind, *span, exact],
        ).fetchone()
        return int(row[0]) if row else None

    def _write_taggings(self, table: str, key: tuple[str, int], record: Record) -> None:
        """Tag a document or span with the record's ``tags``, keeping who put each one."""
        marks = tag_marks(record)
        for path in record.get("tags") or []:
            insert_tagging(self.db, table, key, self._tag_id(path), marks.get(path))

    def _write_claim(
        self,
        imported: ImportedDocument,
        annotation_ids: dict[int, int],
        text: str,
        claim: Record,
        quote_ids: dict[int, int],
    ) -> None:
        annotation_id = mapped_id(annotation_ids, claim.get("id"))
        if annotation_id is None:
            span = {"kind": "claim", "start": claim.get("start"), "end": claim.get("end")}
            span |= {"exact": claim.get("text"), "note": claim.get("note"), "id": claim.get("id")}
            annotation_id = self._write_annotation(imported, annotation_ids, text, span)
        if self.db.execute(
            "SELECT 1 FROM claims WHERE annotation_id = ?", [annotation_id]
        ).fetchone() or origin_row(self.db, "claims", claim.get("origin")):
            return
        claimant_id = mapped_id(self.entity_ids, claim.get("claimant_entity_id"))
        claimant_text = text_field(claim.get("claimant_text"))
        if claimant_id is None and claimant_text is None:
            claimant_text = text_field(claim.get("claimant"))
        status = (
            str(claim["status"]) if claim.get("status") in CLAIM_STATUSES else DEFAULT_CLAIM_STATUS
        )
        row: Record = {"annotation_id": annotation_id, "claimant_entity_id": claimant_id}
        row |= {"claimant_text": claimant_text, "status": status}
        row["quote_id"] = mapped_id(quote_ids, claim.get("quote_id"))
        row["credibility"] = claim_credibility(claim)
        row["statement"] = text_field(claim.get("statement")) or text_field(claim.get("text")) or ""
        self._insert("claims", row, record=claim)
        self._write_history(annotation_id, claim.get("history") or [], status)
        imported.added_claims += 1

    def _write_history(self, annotation_id: int, history: list[Record], status: str) -> None:
        steps = [h for h in history if isinstance(h, dict) and h.get("status") in CLAIM_STATUSES]
        if not steps:
            steps = [{"status": status, "changed_at": now_iso(), "note": "created"}]
        for step in steps:
            if origin_row(self.db, "claim_status_history", step.get("origin")) is not None:
                continue
            when = text_field(step.get("changed_at")) or now_iso()
            row = {"annotation_id": annotation_id, "status": step["status"], "changed_at": when}
            row["note"] = text_field(step.get("note"))
            self._insert("claim_status_history", row, record=step)

    # -- small lookups ---------------------------------------------------------

    def _insert(
        self, table: str, row: Record, wanted_id: Any = None, record: Record | None = None
    ) -> int:
        """Insert one exported row into this library (``exchange_insert.insert_exported``)."""
        return insert_exported(self.db, table, row, wanted_id, record)

    def _entity_id(self, name: str, label: str, wanted_id: Any = None) -> int:
        row = self.db.execute(
            "SELECT id FROM entities WHERE name = ? AND label = ?", [name, label]
        ).fetchone()
        if row is not None:
            return int(row[0])
        return self._insert("entities", {"name": name, "label": label}, wanted_id)

    def _tag_id(
        self,
        path: Any,
        color: str | None = None,
        wanted_id: Any = None,
        with_parents: bool = True,
        record: Record | None = None,
    ) -> int:
        """Id of the tag at ``path``, created (parents first) with ``color`` or a palette one.

        Why not ``tags.ensure_tag``: that records an analyst action (a ``Recorder``, undoable,
        signed by whoever works now); reading an export writes plain rows that keep the
        file's ids when free and its origins and authors, and checks its untrusted colours.
        """
        if not isinstance(path, str):
            raise ValueError(f"a tag path must be text, got {path!r}")
        found, path = find_tag(self.db, normalize_tag_path(path))  # under our "politics"
        if found is not None:
            return found
        if with_parents and "/" in path:
            self._tag_id(path.rsplit("/", 1)[0])
        if not (color and HEX_COLOR.fullmatch(color)):
            count = int(self.db.execute("SELECT count(*) FROM tags").fetchone()[0])
            color = TAG_COLORS[count % len(TAG_COLORS)]
        return self._insert("tags", {"path": path, "color": color}, wanted_id, record)

    def _linkable(self, source: int, target: int, relation: str) -> bool:
        """Both ends distinct claims, and the relation known."""
        if source == target or relation not in RELATIONS:
            return False
        rows = self.db.execute(
            "SELECT count(*) FROM claims WHERE annotation_id IN (?, ?)", [source, target]
        )
        return int(rows.fetchone()[0]) == 2

    def _link_exists(self, source: int, target: int, relation: str) -> bool:
        sql = (
            "SELECT 1 FROM links WHERE from_annotation_id = ? AND to_annotation_id = ?"
            " AND relation = ?"
        )
        if self.db.execute(sql, [source, target, relation]).fetchone():
            return True
        return relation in SYMMETRIC_RELATIONS and bool(
            self.db.execute(sql, [target, source, relation]).fetchone()
        )
