"""Links between claims: a claim's links as read from it, every link, one link, a new one.

Why apart from ``claims.py``: links are their own rows with their own reads
(both directions, the other claim's document) and the claim reads and the
suggestion finder use them too; ``store.claims`` stays the one door to them.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workbench.core.records import Link
from workbench.core.text import has_visible_character
from workbench.core.vocabulary import OPPOSED_RELATIONS, SYMMETRIC_RELATIONS, relation_reads
from workbench.store.history import Recorder
from workbench.store.rows import dict_rows, now_iso

LINKS_SELECT = (
    "SELECT id, from_annotation_id, to_annotation_id, relation, note, created_at,"
    " origin, author_id, edited_by FROM links"
)


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


def link_rows(db: Database, condition: str = "1", params: list[Any] | None = None) -> list[Link]:
    """Stored links matching an SQL condition over ``links``, by id, as the JSON export has them."""
    cursor = db.execute(f"{LINKS_SELECT} WHERE {condition} ORDER BY id", params or [])
    return [Link.from_row(row) for row in dict_rows(cursor)]


def existing_link(db: Database, from_id: int, to_id: int, relation: str) -> int | None:
    """The id of a link ``from_id`` -> ``to_id`` with ``relation`` (either way when it is
    symmetric: ``same`` and ``contradicts`` read both ways), or None."""
    sql = (
        "SELECT id FROM links"
        " WHERE from_annotation_id = ? AND to_annotation_id = ? AND relation = ?"
    )
    row = db.execute(sql, [from_id, to_id, relation]).fetchone()
    if row is None and relation in SYMMETRIC_RELATIONS:
        row = db.execute(sql, [to_id, from_id, relation]).fetchone()
    return int(row[0]) if row else None


def link_refusal(db: Database, from_id: int, to_id: int, relation: str) -> str | None:
    """Why a new link between the two claims is refused: held already, or its opposite is.

    Why the opposite: "same" and "contradicts" on one pair both stood, so the claim map
    showed the pair as one claim and as its denial (and a "same" link counts as
    corroboration in ACH); the line names the link to unlink first, so each change
    stays one undo step.
    """
    existing = existing_link(db, from_id, to_id, relation)
    if existing is not None:
        return f"these claims are already linked ({relation}, link {existing})"
    opposed = _opposed_link(db, from_id, to_id, relation)
    if opposed is None:
        return None
    return (f"these claims are linked {opposed[1]!r} already (link {opposed[0]}), the "
            f"opposite of {relation!r}; to change it, unlink {opposed[0]} first")


def _opposed_link(db: Database, first: int, second: int, relation: str) -> tuple[int, str] | None:
    """A link between the two claims (either way) saying the opposite of ``relation``:
    (its id, its relation), or None."""
    rows = db.execute(
        "SELECT id, relation FROM links WHERE (from_annotation_id = ? AND to_annotation_id = ?)"
        " OR (from_annotation_id = ? AND to_annotation_id = ?) ORDER BY id",
        [first, second, second, first],
    ).fetchall()
    for link_id, held in rows:
        if frozenset({held, relation}) in OPPOSED_RELATIONS:
            return int(link_id), str(held)
    return None


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
