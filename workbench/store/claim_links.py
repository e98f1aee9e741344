"""Links between claims: a claim's links as read from it, every link, one link, a new one.

Why apart from ``claims.py``: links are their own rows with their own reads
(both directions, the other claim's document) and the claim reads and the
suggestion finder use them too; ``store.claims`` stays the one door to them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from workbench.core.records import Link
from workbench.core.text import has_visible_character
from workbench.core.vocabulary import OPPOSED_RELATIONS, SYMMETRIC_RELATIONS, relation_reads
from workbench.store.history import Recorder
from workbench.store.rows import dict_rows, ids_param, in_ids, now_iso

LINKS_SELECT = (
    "SELECT id, from_annotation_id, to_annotation_id, relation, note, created_at,"
    " origin, author_id, edited_by FROM links"
)


def claim_links(db: Database, claim_id: int) -> list[dict[str, Any]]:
    """Links of a claim as read from it: relation, direction, the other claim and document."""
    return claims_links(db, [claim_id]).get(claim_id, [])


#: Each link once per listed claim at either end, as (link id, that claim, the other claim);
#: a link from a claim to itself is read once, outgoing (as ``claim_links`` always read it).
_LINK_ENDS = (
    "SELECT id, from_annotation_id AS claim, to_annotation_id AS other FROM links"
    f" WHERE {in_ids('from_annotation_id')}"
    " UNION ALL SELECT id, to_annotation_id, from_annotation_id FROM links"
    f" WHERE {in_ids('to_annotation_id')} AND from_annotation_id != to_annotation_id"
)


def claims_links(db: Database, claim_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """Claim id -> its links as read from it (``claim_links``), for many claims in one query.

    Why: the Claims dock and the reader's Claims tab read every claim's links; one
    query per claim made showing 3,000 claims take 2.6 s (attack run 17). The ids go
    as one JSON parameter (``in_ids``), so SQLite's limit on parameters never applies.
    Claims without links are left out.
    """
    ids = ids_param(claim_ids)
    cursor = db.execute(
        "SELECT x.claim, l.id, l.relation, l.note, l.from_annotation_id, l.to_annotation_id,"
        f" o.document_id, o.exact, d.title, au.name FROM ({_LINK_ENDS}) x"
        " JOIN links l ON l.id = x.id"
        " LEFT JOIN authors au ON au.id = l.author_id"
        " JOIN annotations o ON o.id = x.other"
        " JOIN documents d ON d.id = o.document_id ORDER BY l.id",
        [ids, ids],
    )
    links: dict[int, list[dict[str, Any]]] = {}
    for claim, link_id, relation, note, source, target, other_doc, exact, title, author in cursor:
        outgoing = source == claim
        links.setdefault(int(claim), []).append(
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
