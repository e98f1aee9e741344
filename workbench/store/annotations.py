"""Highlights and notes anchored to document text (Store mixin).

An annotation keeps position, exact text, prefix and suffix, so it can be
re-anchored if the document's text changes. Claims are annotations too
(see claims.py); deleting an annotation removes its tags, links and claim
row first, through the recorder, so undo restores all of it.
"""

from __future__ import annotations

from typing import Any

from workbench.core.anchoring import select_span
from workbench.core.models import Changes
from workbench.store.documents import dict_rows, now_iso
from workbench.store.tags import TagActions, ensure_tag
from workbench.store.undo import Recorder

ANNOTATION_KINDS = ("highlight", "note", "claim")
HIGHLIGHT_COLORS = {
    "yellow": "#fde68a",
    "green": "#bbf7d0",
    "blue": "#bfdbfe",
    "pink": "#fbcfe8",
    "orange": "#fed7aa",
    "purple": "#ddd6fe",
}


def color_value(name: str | None) -> str | None:
    """Accept a colour name from HIGHLIGHT_COLORS or #rrggbb; None stays None."""
    if name is None:
        return None
    if name in HIGHLIGHT_COLORS:
        return HIGHLIGHT_COLORS[name]
    if len(name) == 7 and name.startswith("#"):
        int(name[1:], 16)
        return name.lower()
    raise ValueError(f"unknown colour {name!r}; use {', '.join(HIGHLIGHT_COLORS)} or #rrggbb")


class AnnotationActions(TagActions):
    """Create, edit, recolour and delete highlights and notes."""

    def document_text(self, doc_id: int) -> str:
        """The stored text of a document (LookupError if there is none)."""
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            raise LookupError(f"no document with id {doc_id}")
        return str(row[0])

    def insert_annotation(
        self,
        rec: Recorder,
        doc_id: int,
        start: int,
        end: int,
        kind: str,
        note_md: str = "",
        color: str | None = None,
    ) -> int:
        """Insert one annotation row with its selectors (inside an action)."""
        if kind not in ANNOTATION_KINDS:
            raise ValueError(f"unknown annotation kind {kind!r}")
        selector = select_span(self.document_text(doc_id), start, end)
        stamp = now_iso()
        return rec.insert(
            "annotations",
            {
                "document_id": doc_id,
                "kind": kind,
                "start": selector.start,
                "end": selector.end,
                "exact": selector.exact,
                "prefix": selector.prefix,
                "suffix": selector.suffix,
                "note_md": note_md,
                "color": color_value(color),
                "status": "anchored",
                "created_at": stamp,
                "updated_at": stamp,
            },
        )

    def add_annotation(
        self,
        doc_id: int,
        start: int,
        end: int,
        *,
        note_md: str = "",
        color: str | None = None,
        tags: tuple[str, ...] = (),
    ) -> tuple[int, Changes]:
        """Highlight a span (a note when ``note_md`` is given); return its id."""
        kind = "note" if note_md.strip() else "highlight"

        def action(rec: Recorder) -> int:
            annotation_id = self.insert_annotation(
                rec, doc_id, start, end, kind, note_md, color or "yellow"
            )
            for path in tags:
                rec.insert(
                    "span_tags", {"annotation_id": annotation_id, "tag_id": ensure_tag(rec, path)}
                )
            return annotation_id

        label = "Add note" if kind == "note" else "Highlight"
        return self.record_action(label, action)

    def edit_note(self, annotation_id: int, note_md: str) -> Changes:
        """Replace an annotation's Markdown note (a highlight with a note becomes a note)."""
        row = self.get_annotation(annotation_id)
        kind = row["kind"]
        if kind != "claim":
            kind = "note" if note_md.strip() else "highlight"
        changes = {"note_md": note_md, "kind": kind, "updated_at": now_iso()}
        return self.record_action(
            "Edit note", lambda rec: rec.update("annotations", {"id": annotation_id}, changes)
        )[1]

    def recolor_annotation(self, annotation_id: int, color: str) -> Changes:
        """Change a highlight's colour."""
        self.get_annotation(annotation_id)
        value = color_value(color)
        return self.record_action(
            "Change highlight colour",
            lambda rec: rec.update(
                "annotations", {"id": annotation_id}, {"color": value, "updated_at": now_iso()}
            ),
        )[1]

    def delete_annotation(self, annotation_id: int) -> Changes:
        """Delete an annotation with its tags, links, rejections and claim data."""
        row = self.get_annotation(annotation_id)

        def action(rec: Recorder) -> None:
            rec.delete_where("span_tags", "annotation_id = ?", [annotation_id])
            rec.delete_where(
                "links",
                "from_annotation_id = ? OR to_annotation_id = ?",
                [annotation_id, annotation_id],
            )
            rec.delete_where("suggestion_rejections", "claim_id = ?", [annotation_id])
            rec.delete_where("claim_status_history", "annotation_id = ?", [annotation_id])
            rec.delete_where("claims", "annotation_id = ?", [annotation_id])
            rec.delete("annotations", {"id": annotation_id})

        label = "Delete claim" if row["kind"] == "claim" else "Delete annotation"
        return self.record_action(label, action)[1]

    def get_annotation(self, annotation_id: int) -> dict[str, Any]:
        """One annotation row with its tag paths (LookupError if missing)."""
        cursor = self.db.execute("SELECT * FROM annotations WHERE id = ?", [annotation_id])
        row = cursor.fetchone()
        if row is None:
            raise LookupError(f"no annotation with id {annotation_id}")
        record = dict(zip([d[0] for d in cursor.description], row, strict=True))
        record["tags"] = self.annotation_tags(annotation_id)
        return record

    def annotation_tags(self, annotation_id: int) -> list[str]:
        """Tag paths on one annotation."""
        rows = self.db.execute(
            "SELECT t.path FROM span_tags s JOIN tags t ON t.id = s.tag_id"
            " WHERE s.annotation_id = ? ORDER BY t.path COLLATE NOCASE",
            [annotation_id],
        )
        return [r[0] for r in rows]

    def document_annotations(self, doc_id: int) -> list[dict[str, Any]]:
        """Every annotation of a document in reading order, with tags."""
        cursor = self.db.execute(
            "SELECT * FROM annotations WHERE document_id = ? ORDER BY start, id", [doc_id]
        )
        records = dict_rows(cursor)
        tags = self._span_tags_of_document(doc_id)
        for record in records:
            record["tags"] = tags.get(record["id"], [])
        return records

    def _span_tags_of_document(self, doc_id: int) -> dict[int, list[str]]:
        rows = self.db.execute(
            "SELECT s.annotation_id, t.path FROM span_tags s JOIN tags t ON t.id = s.tag_id"
            " JOIN annotations a ON a.id = s.annotation_id WHERE a.document_id = ?"
            " ORDER BY t.path COLLATE NOCASE",
            [doc_id],
        )
        result: dict[int, list[str]] = {}
        for annotation_id, path in rows:
            result.setdefault(int(annotation_id), []).append(path)
        return result
