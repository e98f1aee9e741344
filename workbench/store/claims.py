"""Claims (annotations with a claimant and a verification status) and typed links.

``store.claims``; the vocabulary (statuses, relations and how links read both
ways) lives in ``workbench.core.vocabulary``.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workbench.core.anchoring import TextWindow
from workbench.core.models import Changes
from workbench.core.records import Claim, ClaimLink, Link, StatusChange
from workbench.core.text import has_visible_character
from workbench.core.vocabulary import (
    CLAIM_STATUSES,
    DEFAULT_CLAIM_STATUS,
    RELATIONS,
    SYMMETRIC_RELATIONS,
    relation_reads,
)
from workbench.store.annotations import annotation_tags, insert_annotation
from workbench.store.claim_spans import enclosing_quote, overlapping_claims, refuse_overlap
from workbench.store.history import History, Recorder
from workbench.store.labels import annotation_named, window_named
from workbench.store.rows import dict_rows, like_literal, now_iso
from workbench.store.text_windows import document_window
from workbench.store.versions_spans import derived_statement


class Claims:
    """Mark claims, change their status and claimant, and link them across documents."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    def add_claim(  # noqa: PLR0913 - the span, then one keyword per field of a claim
        self,
        doc_id: int,
        start: int,
        end: int,
        *,
        claimant_entity_id: int | None = None,
        claimant_text: str | None = None,
        status: str = DEFAULT_CLAIM_STATUS,
        quote_id: int | None = None,
        note_md: str = "",
        allow_overlap: bool = False,
    ) -> tuple[int, Changes]:
        """Mark ``text[start:end]`` as a claim; return the claim id (its annotation id).

        Without a claimant, a span inside a detected quote is that quote's
        speaker's claim (and remembers the quote). A span that overlaps a claim
        already marked raises ClaimOverlap unless ``allow_overlap``: two claims
        on one passage are usually a double click, and only the analyst knows.
        """
        _check_status(status)
        if not allow_overlap:
            refuse_overlap(self.db, doc_id, start, end)
        if claimant_entity_id is None and not claimant_text:
            quote = enclosing_quote(self.db, doc_id, start, end)
            if quote is not None and quote.has_speaker:
                claimant_entity_id, claimant_text = quote.speaker_entity_id, quote.speaker_text
                quote_id = quote.quote_id if quote_id is None else quote_id
        window = document_window(self.db, doc_id, start, end)  # read once: selectors and label

        def action(rec: Recorder) -> int:
            return insert_claim(
                rec,
                doc_id,
                start,
                end,
                claimant_entity_id=claimant_entity_id,
                claimant_text=claimant_text,
                status=status,
                quote_id=quote_id,
                note_md=note_md,
                window=window,
            )

        label = f"Mark claim{window_named(window, start, end)}"
        return self.history.record_action(label, action)

    def overlapping_claims(self, doc_id: int, start: int, end: int) -> list[int]:
        """Ids of the document's claims that share a character with ``[start, end)``."""
        return [claim_id for claim_id, _ in overlapping_claims(self.db, doc_id, start, end)]

    def claim_from_quote(
        self,
        quote_id: int,
        *,
        claimant_entity_id: int | None = None,
        claimant_text: str | None = None,
        status: str = DEFAULT_CLAIM_STATUS,
        allow_overlap: bool = False,
    ) -> tuple[int, Changes]:
        """Turn a detected quote or indirect statement into a claim, as one undo step.

        Its speaker is the claimant unless one is given. Claimant and status are
        arguments, not follow-up calls, so one undo removes the whole claim and a
        refused status leaves no half-made claim behind.
        """
        row = self.db.execute(
            'SELECT document_id, start, "end", speaker_entity_id, speaker_text FROM quotes'
            " WHERE id = ?",
            [quote_id],
        ).fetchone()
        if row is None:
            raise LookupError(f"no quote with id {quote_id}")
        doc_id, start, end, speaker_id, speaker_text = row
        if claimant_entity_id is None and not claimant_text:
            claimant_entity_id, claimant_text = speaker_id, speaker_text
        return self.add_claim(
            doc_id,
            start,
            end,
            claimant_entity_id=claimant_entity_id,
            claimant_text=claimant_text,
            status=status,
            quote_id=quote_id,
            allow_overlap=allow_overlap,
        )

    def set_claim_status(self, claim_id: int, status: str, note: str | None = None) -> Changes:
        """Change a claim's status and record the change in its history."""
        _check_status(status)
        self.get_claim(claim_id)

        def action(rec: Recorder) -> None:
            rec.update("claims", {"annotation_id": claim_id}, {"status": status})
            rec.insert(
                "claim_status_history",
                {
                    "annotation_id": claim_id,
                    "status": status,
                    "changed_at": now_iso(),
                    "note": note,
                },
            )

        label = f"Mark claim{annotation_named(self.db, claim_id)} as {status}"
        return self.history.record_action(label, action)[1]

    def set_claimant(
        self, claim_id: int, entity_id: int | None, text: str | None = None
    ) -> Changes:
        """Attribute a claim to another entity (or to free text when ``entity_id`` is None)."""
        self.get_claim(claim_id)
        values = {"claimant_entity_id": entity_id, "claimant_text": text}
        return self.history.record_action(
            f"Change claimant{annotation_named(self.db, claim_id)}",
            lambda rec: rec.update("claims", {"annotation_id": claim_id}, values)
        )[1]

    def link_claims(
        self, from_id: int, to_id: int, relation: str, note: str | None = None
    ) -> tuple[int, Changes]:
        """Link two claims; ``same`` and ``contradicts`` read both ways, so no reverse duplicate."""
        if relation not in RELATIONS:
            raise ValueError(f"unknown relation {relation!r}; use {', '.join(RELATIONS)}")
        if from_id == to_id:
            raise ValueError("a claim cannot be linked to itself")
        self.get_claim(from_id)
        self.get_claim(to_id)
        existing = self._existing_link(from_id, to_id, relation)
        if existing is not None:
            raise ValueError(f"these claims are already linked ({relation}, link {existing})")
        return self.history.record_action(
            f"Link claims{annotation_named(self.db, from_id)} ({relation})",
            lambda rec: insert_link(rec, from_id, to_id, relation, note),
        )

    def unlink(self, link_id: int) -> Changes:
        """Remove one link."""
        row = self.db.execute(
            "SELECT from_annotation_id FROM links WHERE id = ?", [link_id]
        ).fetchone()
        if row is None:
            raise LookupError(f"no link with id {link_id}")
        return self.history.record_action(
            f"Remove link{annotation_named(self.db, row[0])}",
            lambda rec: rec.delete("links", {"id": link_id}),
        )[1]

    def _existing_link(self, from_id: int, to_id: int, relation: str) -> int | None:
        sql = (
            "SELECT id FROM links"
            " WHERE from_annotation_id = ? AND to_annotation_id = ? AND relation = ?"
        )
        row = self.db.execute(sql, [from_id, to_id, relation]).fetchone()
        if row is None and relation in SYMMETRIC_RELATIONS:
            row = self.db.execute(sql, [to_id, from_id, relation]).fetchone()
        return int(row[0]) if row else None

    def get_claim(self, claim_id: int) -> Claim:
        """One claim with its annotation fields, claimant name, tags and links."""
        return Claim.from_row(get_claim(self.db, claim_id))

    def list_claims(
        self,
        *,
        status: str | None = None,
        claimant: str | None = None,
        tag: str | None = None,
        document_id: int | None = None,
    ) -> list[Claim]:
        """Claims across the library, filtered; newest documents first, then reading order."""
        conditions, params = ["1"], []
        if status:
            conditions.append("c.status = ?")
            params.append(status)
        if claimant:
            conditions.append("(e.name = ? COLLATE NOCASE OR c.claimant_text = ? COLLATE NOCASE)")
            params += [claimant, claimant]
        if tag:
            conditions.append(
                "a.id IN (SELECT s.annotation_id FROM span_tags s JOIN tags t"
                " ON t.id = s.tag_id WHERE t.path = ? OR t.path LIKE ? ESCAPE '\\')"
            )
            params += [tag, like_literal(tag) + "/%"]
        if document_id is not None:
            conditions.append("a.document_id = ?")
            params.append(document_id)
        return _claims(claim_rows(self.db, " AND ".join(conditions), params))

    def document_claims(self, doc_id: int,
                        starting_in: tuple[int, int] | None = None) -> list[Claim]:
        """Claims of one document in reading order (``starting_in``: those starting there)."""
        if starting_in is None:
            return _claims(claim_rows(self.db, "a.document_id = ?", [doc_id]))
        return _claims(claim_rows(self.db, "a.document_id = ? AND a.start >= ? AND a.start < ?",
                                  [doc_id, *starting_in]))

    def claim_history(self, claim_id: int) -> list[StatusChange]:
        """Status changes of a claim, oldest first."""
        cursor = self.db.execute(
            "SELECT h.status, h.changed_at, h.note, h.origin, h.author_id, au.name AS author"
            " FROM claim_status_history h LEFT JOIN authors au ON au.id = h.author_id"
            " WHERE h.annotation_id = ? ORDER BY h.id",
            [claim_id],
        )
        return [StatusChange(**row) for row in dict_rows(cursor)]

    def claim_links(self, claim_id: int) -> list[ClaimLink]:
        """Links of a claim as read from it: relation, direction, the other claim and document."""
        return [ClaimLink(**link) for link in claim_links(self.db, claim_id)]

    def all_links(self) -> list[Link]:
        """Every link in the library, by id."""
        return [Link.from_row(row) for row in dict_rows(self.db.execute(f"{_LINKS} ORDER BY id"))]

    def get_link(self, link_id: int) -> Link:
        """One stored link, as the JSON export writes it (LookupError if there is none)."""
        rows = dict_rows(self.db.execute(f"{_LINKS} WHERE id = ?", [link_id]))
        if not rows:
            raise LookupError(f"no link with id {link_id}")
        return Link.from_row(rows[0])


_LINKS = (
    "SELECT id, from_annotation_id, to_annotation_id, relation, note, created_at,"
    " origin, author_id, edited_by FROM links"
)


def insert_claim(  # noqa: PLR0913 - the span, then one keyword per field of a claim
    rec: Recorder,
    doc_id: int,
    start: int,
    end: int,
    *,
    claimant_entity_id: int | None = None,
    claimant_text: str | None = None,
    status: str = DEFAULT_CLAIM_STATUS,
    quote_id: int | None = None,
    note_md: str = "",
    window: TextWindow | None = None,
) -> int:
    """Insert the annotation, claim and first history rows of a claim (inside an action).

    ``window``: the span's window of the text when the caller has read it already.
    """
    claim_id = insert_annotation(rec, doc_id, start, end, "claim", note_md, window=window)
    # The annotation has just read the span: take it from its row, not the document again.
    exact = rec.db.execute("SELECT exact FROM annotations WHERE id = ?", [claim_id]).fetchone()
    span_text = str(exact[0])
    rec.insert(
        "claims",
        {
            "annotation_id": claim_id,
            "claimant_entity_id": claimant_entity_id,
            "claimant_text": claimant_text,
            "quote_id": quote_id,
            "status": status,
            "statement": derived_statement(span_text),
        },
    )
    rec.insert(
        "claim_status_history",
        {
            "annotation_id": claim_id,
            "status": status,
            "changed_at": now_iso(),
            "note": "created",
        },
    )
    return claim_id


def get_claim(db: Database, claim_id: int) -> dict[str, Any]:
    """One claim with its annotation fields, claimant name, tags and links."""
    rows = claim_rows(db, "c.annotation_id = ?", [claim_id])
    if not rows:
        raise LookupError(f"no claim with id {claim_id}")
    return rows[0]


def claim_rows(db: Database, condition: str, params: list[Any]) -> list[dict[str, Any]]:
    """Claims matching an SQL condition over (c)laims, (a)nnotations, (d)ocuments, (e)ntity."""
    cursor = db.execute(
        'SELECT a.id, a.document_id, a.start, a."end", a.exact AS text, a.prefix, a.suffix,'
        " a.note_md, a.status AS anchor_status, c.status, c.statement, c.quote_id,"
        " c.claimant_entity_id, coalesce(e.name, c.claimant_text) AS claimant,"
        " d.title AS document_title, d.published, d.source, c.credibility,"
        " coalesce(d.reliability_override, s.reliability) AS reliability,"
        " c.origin, c.author_id, au.name AS author,"
        " coalesce(c.edited_by, a.edited_by) AS edited_by, ed.name AS editor"
        " FROM claims c JOIN annotations a ON a.id = c.annotation_id"
        " JOIN documents d ON d.id = a.document_id"
        " LEFT JOIN sources s ON s.name = d.source"
        " LEFT JOIN entities e ON e.id = c.claimant_entity_id"
        " LEFT JOIN authors au ON au.id = c.author_id"
        " LEFT JOIN authors ed ON ed.id = coalesce(c.edited_by, a.edited_by)"
        f" WHERE {condition} ORDER BY d.published DESC, a.document_id, a.start",
        params,
    )
    rows = dict_rows(cursor)
    for row in rows:
        row["tags"] = annotation_tags(db, row["id"])
        row["links"] = claim_links(db, row["id"])
    return rows


def claim_links(db: Database, claim_id: int) -> list[dict[str, Any]]:
    """Links of a claim as read from it: relation, direction, the other claim and document."""
    cursor = db.execute(
        "SELECT l.id, l.relation, l.note, l.from_annotation_id, l.to_annotation_id,"
        " o.document_id, o.exact, d.title, au.name FROM links l"
        " LEFT JOIN authors au ON au.id = l.author_id"
        " JOIN annotations o ON o.id = CASE WHEN l.from_annotation_id = ?"
        "   THEN l.to_annotation_id ELSE l.from_annotation_id END"
        " JOIN documents d ON d.id = o.document_id"
        " WHERE l.from_annotation_id = ? OR l.to_annotation_id = ? ORDER BY l.id",
        [claim_id, claim_id, claim_id],
    )
    links = []
    for link_id, relation, note, source, target, other_doc, exact, title, author in cursor:
        outgoing = source == claim_id
        links.append(
            {
                "id": link_id,
                "relation": relation,
                "reads": relation_reads(relation, outgoing),
                "direction": "outgoing" if outgoing else "incoming",
                "other_claim_id": target if outgoing else source,
                "other_document_id": other_doc,
                "other_text": exact,
                "other_title": title,
                "note": note,
                "author": author,
            }
        )
    return links


def insert_link(rec: Recorder, from_id: int, to_id: int, relation: str, note: str | None) -> int:
    """Insert one link row (inside an action); a note that shows nothing is no note.

    Why here: the window stored a blank note as None, ``link --note ''`` as "", so
    links without a note exported two ways.
    """
    note = note.strip() if note is not None and has_visible_character(note) else None
    return rec.insert(
        "links",
        {
            "from_annotation_id": from_id,
            "to_annotation_id": to_id,
            "relation": relation,
            "note": note,
            "created_at": now_iso(),
        },
    )


def _claims(rows: list[dict[str, Any]]) -> list[Claim]:
    return [Claim.from_row(row) for row in rows]


def _check_status(status: str) -> None:
    if status not in CLAIM_STATUSES:
        raise ValueError(f"unknown status {status!r}; use {', '.join(CLAIM_STATUSES)}")
