"""New versions of a document's text, with every annotation re-anchored (``store.versions``).

Why one recorded action: replacing a text touches the document row (the FTS
index follows by trigger), the version history, every annotation, the
analyst's span decisions and the model's extraction. Doing all of it through
one ``Recorder`` makes the update atomic and undoable as a whole, also after
the new text was analysed: the history drops that analysis (the model's, not
the analyst's) and writes back the old text's (``history_replay._replay``). The old
text is kept in ``document_versions``, and an annotation that cannot be placed
is marked orphaned with its old quote and context intact, so nothing an analyst
wrote is ever lost or silently moved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from workbench.core.anchoring import TextSelector, select_span
from workbench.core.models import Article, Changes
from workbench.core.reanchor import AnchorResult, reanchor
from workbench.core.text import content_hash, count_words, normalize_line, normalize_text
from workbench.core.vocabulary import STATUS_PENDING, STATUS_UNANALYZED
from workbench.store.annotations import (
    ANNOTATION_SELECT,
    get_annotation,
    span_tag_marks,
)
from workbench.store.documents import document_text
from workbench.store.history import History, Recorder
from workbench.store.labels import document_named, named
from workbench.store.rows import dict_row, dict_rows, now_iso
from workbench.store.versions_matching import find_previous_version
from workbench.store.versions_spans import (
    CURATION_TABLES,
    apply_span_moves,
    move_annotation,
    place_curated_span,
)

#: an orphan as ``get_annotation`` reads an annotation (its author's and editor's names), with
#: its document's title and version
ORPHAN_SELECT = ANNOTATION_SELECT.replace(
    " FROM ", ", d.title AS document_title, d.version AS document_version FROM ", 1)


@dataclass(frozen=True)
class ReanchorReport:
    """What replacing a document's text did to the analyst's work."""

    document_id: int
    version: int
    unchanged: bool = False
    kept: int = 0
    moved_exact: int = 0
    moved_fuzzy: int = 0
    orphaned: int = 0
    recovered: int = 0
    orphan_ids: tuple[int, ...] = ()
    fuzzy_ids: tuple[int, ...] = ()
    curation_moved: int = 0
    curation_dropped: int = 0
    changes: Changes = field(default_factory=Changes)

    @property
    def annotations(self) -> int:
        """How many annotations the document has."""
        return self.kept + self.moved_exact + self.moved_fuzzy + self.orphaned


@dataclass
class _Tally:
    """Counts gathered while re-anchoring, turned into the report at the end."""

    kept: int = 0
    moved_exact: int = 0
    moved_fuzzy: int = 0
    orphaned: int = 0
    recovered: int = 0
    orphan_ids: list[int] = field(default_factory=list)
    fuzzy_ids: list[int] = field(default_factory=list)
    curation_moved: int = 0
    curation_dropped: int = 0

    def count(self, annotation_id: int, was_orphan: bool, result: AnchorResult) -> None:
        if not result.anchored:
            self.orphaned += 1
            self.orphan_ids.append(annotation_id)
            return
        self.recovered += was_orphan
        if result.method == "fuzzy":
            self.moved_fuzzy += 1
            self.fuzzy_ids.append(annotation_id)
        elif result.method == "position" and not was_orphan:
            self.kept += 1
        else:
            self.moved_exact += 1


class Versions:
    """Replace a document's text keeping versions; list, diff and re-attach orphans."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    def find_previous_version(
        self, article: Article, exclude: Collection[int] = ()
    ) -> int | None:
        """The document an imported article is a new version of (see ``versions_matching``),
        never one of ``exclude`` (those an earlier item of the article's file made)."""
        return find_previous_version(self.db, article, exclude)

    def replace_document_text(
        self, doc_id: int, article_or_text: Article | str, title: str | None = None
    ) -> ReanchorReport:
        """Make ``article_or_text`` the document's current version; re-anchor everything on it.

        The old title and text go to ``document_versions``; the document is
        marked pending (unless it was imported unanalysed on purpose) so its
        mentions and quotes are extracted again. Raises LookupError for an
        unknown document and ValueError for an empty text or one another
        document already has.
        """
        row = self._document_row(doc_id)
        new_title, new_text = _incoming(article_or_text, title, row)
        if new_text == row["text"] and new_title == row["title"]:
            return ReanchorReport(doc_id, row["version"], unchanged=True)
        self._check_new_text(doc_id, new_text)
        tally = _Tally()

        def action(rec: Recorder) -> None:
            self._store_version(rec, row, new_title, new_text)
            self._reanchor_annotations(rec, doc_id, row["text"], new_text, tally)
            self._reanchor_curation(rec, row, new_title, new_text, tally)
            rec.delete_where("mentions", "document_id = ? AND source = 'model'", [doc_id])
            rec.delete_where("quotes", "document_id = ?", [doc_id])

        version = row["version"] + 1
        _, changes = self.history.record_action(
            f"Update document{document_named(self.db, doc_id)} to version {version}", action
        )
        note = f"document {doc_id} is now version {version}"
        changes = dataclasses.replace(
            changes, documents_changed=(doc_id,), annotations=True, entities=True, note=note
        )
        counts = dataclasses.asdict(tally)
        counts["orphan_ids"], counts["fuzzy_ids"] = tuple(tally.orphan_ids), tuple(tally.fuzzy_ids)
        return ReanchorReport(doc_id, version, changes=changes, **counts)

    def document_versions(self, doc_id: int) -> list[dict[str, Any]]:
        """Every version of a document, oldest first; the last one is the current text."""
        row = self._document_row(doc_id)
        cursor = self.db.execute(
            "SELECT version, title, text, content_hash, replaced_at FROM document_versions"
            " WHERE document_id = ? ORDER BY version",
            [doc_id],
        )
        versions: list[dict[str, Any]] = []
        since = row["imported_at"]
        for version, old_title, text, digest, replaced_at in cursor.fetchall():
            versions.append(_version_record(version, old_title, text, digest, since, replaced_at))
            since = replaced_at
        current = _version_record(
            row["version"], row["title"], row["text"], row["content_hash"], since, None
        )
        return [*versions, current]

    def version_content(self, doc_id: int, version: int) -> tuple[str, str]:
        """(title, text) of one version of a document (LookupError if there is no such version)."""
        row = self._document_row(doc_id)
        if version == row["version"]:
            return row["title"], row["text"]
        found = self.db.execute(
            "SELECT title, text FROM document_versions WHERE document_id = ? AND version = ?",
            [doc_id, version],
        ).fetchone()
        if found is None:
            raise LookupError(f"document {doc_id} has no version {version}")
        return str(found[0]), str(found[1])

    def orphaned_annotations(self) -> list[dict[str, Any]]:
        """Annotations (and claims) that lost their place, across the library, by document."""
        # the annotations' own select: who made and edited each orphan is named, as everywhere
        cursor = self.db.execute(
            f"{ORPHAN_SELECT} JOIN documents d ON d.id = a.document_id"
            " WHERE a.status = 'orphaned' ORDER BY a.document_id, a.start, a.id"
        )
        records = dict_rows(cursor)
        marks = span_tag_marks(self.db, "a.status = 'orphaned'", [])
        for record in records:  # each tag with who put it there, as ``get_annotation`` reads it
            record["tag_marks"] = tuple(marks.get(record["id"], []))
            record["tags"] = [path for path, _origin, _author in record["tag_marks"]]
        return records

    def reattach_annotation(self, annotation_id: int, start: int, end: int) -> Changes:
        """Give an annotation (usually an orphan) a new span in its document's current text."""
        annotation = get_annotation(self.db, annotation_id)
        text = document_text(self.db, annotation["document_id"])
        selector = select_span(text, start, end)

        def action(rec: Recorder) -> None:
            move_annotation(rec, annotation, selector)

        label = f"Re-attach annotation{named(annotation['exact'])}"
        return self.history.record_action(label, action)[1]

    # -- inside the update action -------------------------------------------

    def _document_row(self, doc_id: int) -> dict[str, Any]:
        found = dict_row(
            self.db.execute(
                "SELECT id, title, text, version, status, content_hash, imported_at"
                " FROM documents WHERE id = ?",
                [doc_id],
            )
        )
        if found is None:
            raise LookupError(f"no document with id {doc_id}")
        return found

    def _check_new_text(self, doc_id: int, text: str) -> None:
        if not text.strip():
            raise ValueError("the new text is empty")
        other = self.db.execute(
            "SELECT id FROM documents WHERE content_hash = ? AND id <> ?",
            [content_hash(text), doc_id],
        ).fetchone()
        if other is not None:
            raise ValueError(f"document {other[0]} already has exactly this text")

    def _store_version(self, rec: Recorder, row: dict[str, Any], title: str, text: str) -> None:
        """Keep the old title and text as a version; make the new ones current."""
        rec.insert(
            "document_versions",
            {
                "document_id": row["id"],
                "version": row["version"],
                "title": row["title"],
                "text": row["text"],
                "content_hash": row["content_hash"],
                "replaced_at": now_iso(),
            },
        )
        status = row["status"] if row["status"] == STATUS_UNANALYZED else STATUS_PENDING
        values = {
            "title": title,
            "text": text,
            "content_hash": content_hash(text),
            "word_count": count_words(text),
            "version": row["version"] + 1,
            "status": status,
        }
        rec.update("documents", {"id": row["id"]}, values)

    def _reanchor_annotations(
        self, rec: Recorder, doc_id: int, old_text: str, new_text: str, tally: _Tally
    ) -> None:
        """Place every annotation of the document in the new text, or orphan it."""
        cursor = self.db.execute("SELECT * FROM annotations WHERE document_id = ?", [doc_id])
        names = [d[0] for d in cursor.description]
        for values in cursor.fetchall():
            annotation = dict(zip(names, values, strict=True))
            was_orphan = annotation["status"] == "orphaned"
            selector = TextSelector(
                annotation["start"],
                annotation["end"],
                annotation["exact"],
                annotation["prefix"],
                annotation["suffix"],
            )
            # An orphan's selectors come from an older text: no old text for it.
            result = reanchor(selector, new_text, old_text=None if was_orphan else old_text)
            tally.count(annotation["id"], was_orphan, result)
            if result.anchored:
                assert result.start is not None and result.end is not None
                move_annotation(rec, annotation, select_span(new_text, result.start, result.end))
            else:
                rec.update("annotations", {"id": annotation["id"]}, {"status": "orphaned"})

    def _reanchor_curation(
        self, rec: Recorder, row: dict[str, Any], title: str, text: str, tally: _Tally
    ) -> None:
        """Move analyst mentions, mention overrides and rejected suggestions with their text.

        A span whose text is gone is dropped: these rows only mean something
        at their text, and the old version keeps the context.
        """
        old_fields = {"title": row["title"], "text": row["text"]}
        new_fields = {"title": title, "text": text}
        for table, condition, unique in CURATION_TABLES:
            cursor = self.db.execute(f"SELECT * FROM {table} WHERE {condition}", [row["id"]])
            rows = dict_rows(cursor)
            moves = []
            for span_row in rows:
                span_field = span_row.get("field", "text")
                place = place_curated_span(span_row, old_fields[span_field], new_fields[span_field])
                if place is None:
                    tally.curation_dropped += 1
                    rec.delete(table, span_row)
                elif place != (span_row["start"], span_row["end"]):
                    tally.curation_moved += 1
                    moves.append((span_row, place))
            apply_span_moves(rec, (table, condition, unique), row["id"], moves, new_fields)


# -- helpers -------------------------------------------------------------------


def _incoming(
    article_or_text: Article | str, title: str | None, row: dict[str, Any]
) -> tuple[str, str]:
    """The new (title, text): normalised once, like an import; the title defaults to the old."""
    if isinstance(article_or_text, Article):
        text, new_title = article_or_text.text, title or article_or_text.title
    else:
        text, new_title = article_or_text, title
    return normalize_line(new_title or row["title"]) or row["title"], normalize_text(text)


def _version_record(
    version: int, title: str, text: str, digest: str, since: str, replaced_at: str | None
) -> dict[str, Any]:
    return {
        "version": version,
        "title": title,
        "content_hash": digest,
        "word_count": count_words(text),
        "characters": len(text),
        "since": since,
        "replaced_at": replaced_at,
        "current": replaced_at is None,
    }
