"""Reading claims: one claim, the library's claims filtered, a claim's status history.

Why apart from ``claims.py``: the ``Claims`` part (``store.claims``) records
the analyst's actions on claims; these are the queries behind its reads, and
the suggestion finder reads claims with them too.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from workbench.core.labels import label_key
from workbench.core.records import Claim, StatusChange
from workbench.store.annotations import annotations_tags
from workbench.store.claim_links import claims_links
from workbench.store.library import TAG_SUBTREE_SQL
from workbench.store.rows import dict_rows, distinct_texts
from workbench.store.source_names import with_source_grades


def get_claim(db: Database, claim_id: int) -> dict[str, Any]:
    """One claim with its annotation fields, claimant name, tags and links."""
    rows = claim_rows(db, "c.annotation_id = ?", [claim_id])
    if not rows:
        raise LookupError(f"no claim with id {claim_id}")
    return rows[0]


#: The quote a claim made from (or marked inside) a detected quote stands for now: the
#: quote it was given if that still holds the claim's words, else the narrowest quote of
#: the document that does (as ``claim_spans.enclosing_quote`` chose it). Why not
#: ``c.quote_id`` as stored: each analysis writes the document's quotes anew and SQLite
#: gives freed ids to the new rows, so after an update or a re-analysis the stored id can
#: name another quote; a claim whose quote is no longer found (or which lost its place)
#: names none.
_QUOTE_HOLDING_CLAIM = (
    "SELECT q.id FROM quotes q WHERE a.status = 'anchored' AND q.document_id = a.document_id"
    ' AND q.start <= a.start AND q."end" >= a."end"'
)
_QUOTE_NOW = (
    "CASE WHEN c.quote_id IS NULL THEN NULL ELSE coalesce("
    f"({_QUOTE_HOLDING_CLAIM} AND q.id = c.quote_id),"
    f' ({_QUOTE_HOLDING_CLAIM} ORDER BY q."end" - q.start, q.id LIMIT 1)) END'
)


def claim_rows(db: Database, condition: str, params: list[Any]) -> list[dict[str, Any]]:
    """Claims matching an SQL condition over (c)laims, (a)nnotations, (d)ocuments, (e)ntity."""
    cursor = db.execute(
        'SELECT a.id, a.document_id, a.start, a."end", a.exact, a.prefix, a.suffix,'
        " a.note_md, a.status AS anchor_status, c.status, c.statement,"
        f" {_QUOTE_NOW} AS quote_id,"
        " c.claimant_entity_id, e.name AS claimant_name, c.claimant_text,"
        " d.title, d.published, d.source, c.credibility,"
        " d.reliability_override,"
        " c.origin, c.author_id, au.name AS author,"
        " coalesce(c.edited_by, a.edited_by) AS edited_by, ed.name AS editor"
        " FROM claims c JOIN annotations a ON a.id = c.annotation_id"
        " JOIN documents d ON d.id = a.document_id"
        " LEFT JOIN entities e ON e.id = c.claimant_entity_id"
        " LEFT JOIN authors au ON au.id = c.author_id"
        " LEFT JOIN authors ed ON ed.id = coalesce(c.edited_by, a.edited_by)"
        f" WHERE {condition} ORDER BY d.published DESC, a.document_id, a.start",
        params,
    )
    rows = [_renamed(row) for row in dict_rows(cursor)]
    with_source_grades(db, rows)
    # Every claim's tags and links in two queries, not two per claim (attack run 17: the
    # Claims dock took 2.6 s to first show 3,000 claims, the reader's Claims tab read so too).
    ids = [row["id"] for row in rows]
    tags, links = annotations_tags(db, ids), claims_links(db, ids)
    for row in rows:
        row["tags"] = tags.get(row["id"], [])
        row["links"] = links.get(row["id"], [])
    return rows


def _renamed(row: dict[str, Any]) -> dict[str, Any]:
    """A claim row under the names its readers take (``text``, ``claimant``,
    ``document_title``), keeping their order.

    Why: the columns are read under their table's own names so a library file holding a
    wrong-typed ``exact``, ``title`` or ``claimant_text`` has it read as missing
    (``files.value_checks`` knows a column by its name): read ``AS text`` a BLOB passed
    and `claims --json` stopped on "bytes is not JSON serializable" (attack run 12).
    """
    renamed: dict[str, Any] = {}
    for key, value in row.items():
        if key == "exact":
            renamed["text"] = value
        elif key == "claimant_name":
            renamed["claimant"] = value if value is not None else row["claimant_text"]
        elif key == "claimant_text":
            continue
        elif key == "title":
            renamed["document_title"] = value
        else:
            renamed[key] = value
    return renamed


def claim_filter(
    db: Database,
    *,
    status: str | None = None,
    claimant: str | None = None,
    tag: str | None = None,
    document_id: int | None = None,
) -> tuple[str, list[Any]]:
    """The SQL condition (for ``claim_rows``) of claims with this status, claimant, tag, document.

    ``tag`` takes the tags below it too; ``claimant`` is an entity's name or typed text, in
    any Unicode case (``label_key``: the entity's ``name_key``, the typed texts folded here).
    """
    conditions: list[str] = ["1"]
    params: list[Any] = []
    if status:
        conditions.append("c.status = ?")
        params.append(status)
    if claimant:
        conditions.append(
            "(e.name_key = ? OR c.claimant_text IN (SELECT value FROM json_each(?)))"
        )
        params += [label_key(claimant), json.dumps(_claimant_spellings(db, claimant))]
    if tag:
        conditions.append(
            f"a.id IN (SELECT annotation_id FROM span_tags WHERE tag_id IN ({TAG_SUBTREE_SQL}))"
        )
        params += [label_key(tag)] * 3
    if document_id is not None:
        conditions.append("a.document_id = ?")
        params.append(document_id)
    return " AND ".join(conditions), params


def _claimant_spellings(db: Database, claimant: str) -> list[str]:
    """The typed claimants written as ``claimant`` in any Unicode case (claims are the
    analyst's: their few distinct texts are folded here rather than keyed)."""
    wanted = label_key(claimant)
    return distinct_texts(db, "claims", "claimant_text", lambda text: label_key(text) == wanted)


def status_history(db: Database, claim_id: int) -> list[StatusChange]:
    """Status changes of a claim, oldest first, each with its author's name."""
    cursor = db.execute(
        "SELECT h.status, h.changed_at, h.note, h.origin, h.author_id, au.name AS author"
        " FROM claim_status_history h LEFT JOIN authors au ON au.id = h.author_id"
        " WHERE h.annotation_id = ? ORDER BY h.id",
        [claim_id],
    )
    return [StatusChange(**row) for row in dict_rows(cursor)]


def claims_of(rows: list[dict[str, Any]]) -> list[Claim]:
    """Claim records of ``claim_rows`` rows."""
    return [Claim.from_row(row) for row in rows]
