"""Highlights and notes anchored to document text (``store.annotations``).

An annotation keeps position, exact text, prefix and suffix, so it can be
re-anchored if the document's text changes. Claims are annotations too
(see claims.py); deleting an annotation removes its tags, links and claim
row first, through the recorder, so undo restores all of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from workbench.core.anchoring import TextWindow, select_window_span
from workbench.core.models import Changes
from workbench.core.records import Annotation
from workbench.core.text import has_visible_character
from workbench.core.vocabulary import ANNOTATION_KINDS, DEFAULT_HIGHLIGHT_COLOR, color_value
from workbench.store.ach import delete_evidence_of
from workbench.store.history import History, Recorder
from workbench.store.labels import annotation_named, short_name, window_named
from workbench.store.rows import dict_row, dict_rows, ids_param, in_ids, now_iso
from workbench.store.tags import ensure_tag
from workbench.store.text_windows import document_window


def insert_annotation(  # noqa: PLR0913 - the span, its kind, then the optional fields
    rec: Recorder,
    doc_id: int,
    start: int,
    end: int,
    kind: str,
    note_md: str = "",
    color: str | None = None,
    window: TextWindow | None = None,
) -> int:
    """Insert one annotation row with its selectors (inside an action).

    ``window`` is the span's window of the text when the caller has read it
    already (for the undo label), so the text is not read a second time.
    """
    if kind not in ANNOTATION_KINDS:
        raise ValueError(f"unknown annotation kind {kind!r}")
    if window is None:
        window = document_window(rec.db, doc_id, start, end)
    selector = select_window_span(window, start, end)
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


#: An annotation row with its author's and editor's names (one join each, no per-row query).
ANNOTATION_SELECT = (
    "SELECT a.*, au.name AS author, ed.name AS editor FROM annotations a"
    " LEFT JOIN authors au ON au.id = a.author_id LEFT JOIN authors ed ON ed.id = a.edited_by"
)


def get_annotation(db: Database, annotation_id: int) -> dict[str, Any]:
    """One annotation row with its tag paths and authorship (LookupError if missing)."""
    record = dict_row(db.execute(f"{ANNOTATION_SELECT} WHERE a.id = ?", [annotation_id]))
    if record is None:
        raise LookupError(f"no annotation with id {annotation_id}")
    marks = span_tag_marks(db, "s.annotation_id = ?", [annotation_id]).get(annotation_id, [])
    record["tags"] = [path for path, _origin, _author in marks]
    record["tag_marks"] = tuple(marks)
    return record


def span_tag_marks(
    db: Database, condition: str, params: list[Any]
) -> dict[int, list[tuple[str, str | None, str | None]]]:
    """(path, origin, author id) of the tags on the spans matching ``condition``, by annotation."""
    rows = db.execute(
        "SELECT s.annotation_id, t.path, s.origin, s.author_id FROM span_tags s"
        " JOIN tags t ON t.id = s.tag_id JOIN annotations a ON a.id = s.annotation_id"
        f" WHERE {condition} ORDER BY name_order(t.path)",
        params,
    )
    result: dict[int, list[tuple[str, str | None, str | None]]] = {}
    for annotation_id, path, origin, author_id in rows:
        result.setdefault(int(annotation_id), []).append((path, origin, author_id))
    return result


def annotation_tags(db: Database, annotation_id: int) -> list[str]:
    """Tag paths on one annotation."""
    return annotations_tags(db, [annotation_id]).get(annotation_id, [])


def annotations_tags(db: Database, annotation_ids: Iterable[int]) -> dict[int, list[str]]:
    """Annotation id -> its tag paths (as ``annotation_tags`` orders them), many in one query.

    Why: the claim reads took each claim's tags with a query of its own (attack run 17:
    3,000 claims, 2.6 s to fill the Claims dock); untagged annotations are left out.
    """
    rows = db.execute(
        "SELECT s.annotation_id, t.path FROM span_tags s JOIN tags t ON t.id = s.tag_id"
        f" WHERE {in_ids('s.annotation_id')} ORDER BY s.annotation_id, name_order(t.path)",
        [ids_param(annotation_ids)],
    )
    tags: dict[int, list[str]] = {}
    for annotation_id, path in rows:
        tags.setdefault(int(annotation_id), []).append(path)
    return tags


class Annotations:
    """Create, edit, recolour and delete highlights and notes."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

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
        """Highlight a span (a note when ``note_md`` is given); return its id.

        A highlight of a span already highlighted (``same_highlight``) is that highlight:
        a tag it lacks is added, and otherwise nothing is written, no undo step either
        (the returned ``Changes`` touch nothing). Why: highlighting or tagging a span
        twice stacked identical highlights, in the CLI and the reader alike.
        """
        note_md = shown_note(note_md)
        kind = "note" if note_md else "highlight"
        window = document_window(self.db, doc_id, start, end)  # read once: selectors and label

        def action(rec: Recorder) -> int:
            same = None if kind == "note" else self.same_highlight(doc_id, start, end, color,
                                                                   tagging=bool(tags))
            annotation_id = same if same is not None else insert_annotation(
                rec, doc_id, start, end, kind, note_md, color or DEFAULT_HIGHLIGHT_COLOR, window
            )
            for path in tags:
                tag_id = ensure_tag(rec, path)
                if same is None or not self._carries(annotation_id, tag_id):
                    rec.insert("span_tags", {"annotation_id": annotation_id, "tag_id": tag_id})
            return annotation_id

        name = window_named(window, start, end)
        label = f"Add note{name}" if kind == "note" else f"Highlight{name}"
        if kind == "highlight" and tags:  # Tag Selection…: said as the tagging it is
            label = f"Tag span{name} with {short_name(', '.join(tags))}"
        return self.history.record_action(label, action)

    def same_highlight(self, doc_id: int, start: int, end: int, color: str | None,
                       *, tagging: bool = False) -> int | None:
        """The anchored highlight (no note) of exactly this span that a new one would repeat.

        Of the same colour; when ``tagging``, of any colour (the same colour first): a tag
        is put on the highlight there, while a highlight in another colour is a mark of
        its own. A note or a claim on the span is never one (it says something)."""
        wanted = color_value(color or DEFAULT_HIGHLIGHT_COLOR)
        rows = self.db.execute(
            "SELECT id, color FROM annotations WHERE document_id = ? AND start = ?"
            " AND \"end\" = ? AND kind = 'highlight' AND status = 'anchored' ORDER BY id",
            [doc_id, start, end]).fetchall()
        for annotation_id, held in rows:
            if held == wanted:
                return int(annotation_id)
        return int(rows[0][0]) if rows and tagging else None

    def _carries(self, annotation_id: int, tag_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM span_tags WHERE annotation_id = ? AND tag_id = ?",
                               [annotation_id, tag_id]).fetchone() is not None

    def edit_note(self, annotation_id: int, note_md: str) -> Changes:
        """Replace an annotation's Markdown note (a highlight with a note becomes a note).

        The text it holds already writes nothing and records no undo step: the same note
        given twice made two steps, the first undo seeming to do nothing (README run, stop 54).
        """
        annotation = self.get_annotation(annotation_id)
        note_md = shown_note(note_md)
        kind = annotation.kind
        if kind != "claim":
            kind = "note" if note_md else "highlight"
        unchanged = (annotation.note_md or "") == note_md
        changes = {"note_md": note_md, "kind": kind, "updated_at": now_iso()}

        def action(rec: Recorder) -> None:
            if not unchanged:
                rec.update("annotations", {"id": annotation_id}, changes)

        return self.history.record_action(
            f"Edit note{annotation_named(self.db, annotation_id)}", action)[1]

    def recolor_annotation(self, annotation_id: int, color: str) -> Changes:
        """Change a highlight's colour."""
        self.get_annotation(annotation_id)
        value = color_value(color)
        return self.history.record_action(
            f"Change highlight colour{annotation_named(self.db, annotation_id)}",
            lambda rec: rec.update(
                "annotations", {"id": annotation_id}, {"color": value, "updated_at": now_iso()}
            ),
        )[1]

    def delete_annotation(self, annotation_id: int) -> Changes:
        """Delete an annotation with its tags, links, rejections and claim data."""
        kind = self.get_annotation(annotation_id).kind

        def action(rec: Recorder) -> None:
            rec.delete_where("span_tags", "annotation_id = ?", [annotation_id])
            rec.delete_where(
                "links",
                "from_annotation_id = ? OR to_annotation_id = ?",
                [annotation_id, annotation_id],
            )
            rec.delete_where("suggestion_rejections", "claim_id = ?", [annotation_id])
            rec.delete_where("claim_status_history", "annotation_id = ?", [annotation_id])
            delete_evidence_of(rec, annotation_id)  # its ACH rows go too, in the same undo step
            rec.delete_where("claims", "annotation_id = ?", [annotation_id])
            rec.delete("annotations", {"id": annotation_id})

        name = annotation_named(self.db, annotation_id)
        label = f"Delete claim{name}" if kind == "claim" else f"Delete annotation{name}"
        return self.history.record_action(label, action)[1]

    def get_annotation(self, annotation_id: int) -> Annotation:
        """One annotation with its tag paths (LookupError if missing)."""
        return Annotation.from_row(get_annotation(self.db, annotation_id))

    def annotation_tags(self, annotation_id: int) -> list[str]:
        """Tag paths on one annotation."""
        return annotation_tags(self.db, annotation_id)

    def annotation_authors(self, annotation_ids: Iterable[int]) -> dict[int, str]:
        """Annotation id -> its author's name, many in one query (unsigned ones left out)."""
        cursor = self.db.execute(
            "SELECT a.id, au.name FROM annotations a JOIN authors au ON au.id = a.author_id"
            f" WHERE {in_ids('a.id')}", [ids_param(annotation_ids)],
        )
        return {int(annotation_id): name for annotation_id, name in cursor if name}

    def document_annotations(self, doc_id: int,
                             starting_in: tuple[int, int] | None = None) -> list[Annotation]:
        """Every annotation of a document in reading order, with tags.

        ``starting_in`` keeps those that start in ``[start, end)`` (one reader page).
        """
        window, params = "", [doc_id]
        if starting_in is not None:
            window, params = " AND a.start >= ? AND a.start < ?", [doc_id, *starting_in]
        cursor = self.db.execute(
            f"{ANNOTATION_SELECT} WHERE a.document_id = ?{window} ORDER BY a.start, a.id", params
        )
        records = dict_rows(cursor)
        marks = span_tag_marks(self.db, "a.document_id = ?", [doc_id])
        for record in records:
            mine = marks.get(record["id"], [])
            record["tags"] = [path for path, _origin, _author in mine]
            record["tag_marks"] = tuple(mine)
        return [Annotation.from_row(record) for record in records]


def shown_note(note_md: str) -> str:
    """``note_md``, or "" when nothing in it shows (spaces, zero-width characters alone).

    Why: a note of a zero-width space made the highlight a note, with a note marker,
    an empty "Note:" in every export and no text to read (attack run 18); spaces alone
    already counted as no note.
    """
    return note_md if has_visible_character(note_md) else ""
