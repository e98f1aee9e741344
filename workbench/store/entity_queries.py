"""Read-only entity queries behind entity pages, completers and the duplicates list."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workbench.core.labels import label_key
from workbench.core.mention_snippets import MentionSnippet, mention_snippet
from workbench.core.vocabulary import NAME_LABELS
from workbench.store.duplicates import find_duplicate_pairs
from workbench.store.entity_browse import DURATION_OF
from workbench.store.rows import dict_rows, ids_param, in_ids, name_or_alias_containing
from workbench.store.text_windows import document_window

SNIPPET_WINDOW = 160  # characters read either side of a mention: room for its words


def list_entities(
    db: Database,
    *,
    label: str | None = None,
    name: str | None = None,
    include_hidden: bool = False,
    limit: int | None = None,
    durations: bool | None = None,
) -> list[dict[str, Any]]:
    """Entities with document and mention counts and aliases, most mentioned first;
    ``duration`` is 1 for a length of time (``DURATION_OF``), and ``durations`` True or
    False keeps only those, or all but them."""
    conditions, params = ["1"], []
    if label:
        conditions.append("e.label = ?")
        params.append(label.upper())
    if name:
        condition, named = name_or_alias_containing(name)
        conditions.append(condition)
        params += named
    if not include_hidden:
        conditions.append("e.hidden = 0")
    rows = dict_rows(
        db.execute(
            "SELECT e.id, e.name, e.label, e.hidden, e.created_by, e.edited_by,"
            " count(m.id) AS mentions, count(DISTINCT m.document_id) AS documents,"
            f" {DURATION_OF} AS duration"
            " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id"
            f" WHERE {' AND '.join(conditions)} GROUP BY e.id"
            f"{_having_duration(durations)}"
            " ORDER BY documents DESC, mentions DESC, e.name LIMIT ?",
            [*params, -1 if limit is None else limit],
        )
    )
    aliases = entity_aliases(db, [r["id"] for r in rows])
    for row in rows:
        row["aliases"] = aliases.get(row["id"], [])
    return rows


def _having_duration(durations: bool | None) -> str:
    """The HAVING clause of ``list_entities``' ``durations`` filter ('' for none)."""
    if durations is None:
        return ""
    return " HAVING duration" if durations else " HAVING NOT duration"


def entity_documents(db: Database, entity_id: int, limit: int = 200) -> list[dict[str, Any]]:
    """Documents mentioning an entity, newest first, each with a snippet of its first mention.

    ``snippet`` is a few words either side of the mention; ``snippet_mark`` is
    the mention's [start, end) in it (code points), for the page to emphasise.
    """
    rows = dict_rows(
        db.execute(
            "SELECT d.id, d.title, d.source, d.published, count(m.id) AS mentions"
            " FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = ?"
            " GROUP BY d.id ORDER BY d.published DESC, d.id DESC LIMIT ?",
            [entity_id, limit],
        )
    )
    firsts = first_text_mentions(db, entity_id, [row["id"] for row in rows])
    for row in rows:
        snippet = _mention_snippet(db, row["id"], firsts.get(row["id"]))
        row["snippet"] = snippet.text if snippet else ""
        row["snippet_mark"] = [snippet.mark_start, snippet.mark_end] if snippet else None
    return rows


def first_text_mentions(db: Database, entity_id: int,
                        doc_ids: list[int]) -> dict[int, tuple[int, int]]:
    """The [start, end) of ``entity_id``'s first mention in the body of each of ``doc_ids``.

    Why one query: a page of 200 documents asked for each document's first
    mention in turn, 200 statements on the writer's lane at each click on an
    entity. SQLite takes the bare ``end`` from the row ``min(start)`` picked;
    a document that names the entity only in its title has no entry.
    """
    found = db.execute(
        "SELECT document_id, min(start), end FROM mentions"
        f" WHERE entity_id = ? AND field = 'text' AND {in_ids('document_id')}"
        " GROUP BY document_id",
        [entity_id, ids_param(doc_ids)],
    ).fetchall()
    return {int(doc): (int(start), int(end)) for doc, start, end in found}


def _mention_snippet(db: Database, doc_id: int,
                     span: tuple[int, int] | None) -> MentionSnippet | None:
    """The words around the mention at ``span`` (None: the entity is only in the title).

    Why a window and not the text: a document can be a book; ``document_window`` reads
    the stored text only up to the window's end, in code points.
    """
    if span is None:
        return None
    start, end = span
    window = document_window(db, doc_id, start, end, SNIPPET_WINDOW)
    return mention_snippet(window.text, start - window.offset, end - window.offset,
                           cut_before=window.offset > 0,
                           cut_after=window.offset + len(window.text) < window.text_length)


def co_occurring_entities(db: Database, entity_id: int, limit: int = 15) -> list[dict[str, Any]]:
    """Entities that appear in the most documents together with this one."""
    marks = ",".join("?" * len(NAME_LABELS))
    return dict_rows(
        db.execute(
            "SELECT e.id, e.name, e.label, count(DISTINCT o.document_id) AS documents"
            " FROM mentions o JOIN entities e ON e.id = o.entity_id"
            " WHERE o.document_id IN (SELECT document_id FROM mentions WHERE entity_id = ?)"
            f" AND o.entity_id != ? AND e.hidden = 0 AND e.label IN ({marks})"
            " GROUP BY e.id ORDER BY documents DESC, e.name LIMIT ?",
            [entity_id, entity_id, *NAME_LABELS, limit],
        )
    )


def duplicate_entity_candidates(db: Database, limit: int = 100) -> list[dict[str, Any]]:
    """Pairs of entities that are probably one, with a reason and a score."""
    entities = [e for e in list_entities(db) if e["label"] in NAME_LABELS]
    dismissed = {
        (a, b)
        for a, b in db.execute(
            "SELECT first_entity_id, second_entity_id FROM entity_duplicate_dismissals"
        )
    }
    pairs = find_duplicate_pairs(entities, dismissed)
    return pairs[:limit]


def dismissed_pair(db: Database, low: int, high: int) -> bool:
    """Whether the pair (lower id first) was dismissed as duplicates already."""
    return db.execute(
        "SELECT 1 FROM entity_duplicate_dismissals WHERE first_entity_id = ? AND"
        " second_entity_id = ?",
        [low, high],
    ).fetchone() is not None


def find_entity_id(db: Database, name: str, *, include_hidden: bool = False) -> int | None:
    """The entity whose canonical name (or else alias) is ``name`` in any Unicode case
    (``label_key``, through the indexed ``name_key`` and ``alias_key``), people first."""
    order = "CASE e.label WHEN 'PERSON' THEN 0 WHEN 'ORG' THEN 1 ELSE 2 END, e.id"
    visible = "" if include_hidden else " AND e.hidden = 0"
    key = label_key(name.strip())
    row = db.execute(
        f"SELECT e.id FROM entities e WHERE e.name_key = ?{visible} ORDER BY {order} LIMIT 1",
        [key],
    ).fetchone()
    if row is None:
        row = db.execute(
            "SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
            f" WHERE a.alias_key = ?{visible} ORDER BY {order} LIMIT 1",
            [key],
        ).fetchone()
    return int(row[0]) if row else None


def all_entities(db: Database) -> list[dict[str, Any]]:
    """Every visible entity (id, name, label), by name."""
    cursor = db.execute(
        "SELECT id, name, label FROM entities WHERE hidden = 0 ORDER BY name_order(name), label"
    )
    return [dict(zip(("id", "name", "label"), row, strict=True)) for row in cursor]


def entity_aliases(db: Database, entity_ids: list[int]) -> dict[int, list[str]]:
    """Aliases for each of ``entity_ids``, sorted."""
    if not entity_ids:
        return {}
    rows = db.execute(  # one JSON parameter: every entity of a big library fits
        f"SELECT entity_id, alias FROM entity_aliases WHERE {in_ids('entity_id')}"
        " ORDER BY entity_id, alias",
        [ids_param(entity_ids)],
    ).fetchall()
    result: dict[int, list[str]] = {}
    for entity_id, alias in rows:
        result.setdefault(int(entity_id), []).append(alias)
    return result


def entity_alias_marks(
    db: Database, entity_ids: list[int]
) -> dict[int, list[tuple[str, str | None, str | None]]]:
    """(alias, origin, author id) of each alias of ``entity_ids``: who curated it (exports)."""
    rows = db.execute(
        "SELECT entity_id, alias, origin, author_id FROM entity_aliases"
        f" WHERE {in_ids('entity_id')} ORDER BY entity_id, alias",
        [ids_param(entity_ids)],
    ).fetchall()
    result: dict[int, list[tuple[str, str | None, str | None]]] = {}
    for entity_id, alias, origin, author_id in rows:
        result.setdefault(int(entity_id), []).append((alias, origin, author_id))
    return result


def alias_spelling(db: Database, entity_id: int, alias: str) -> str:
    """The entity's alias as stored: ``alias`` itself if written so, else the one with its
    ``label_key`` ("ÅNGSTRÖM" removes "Ångström"); ``alias`` when it has none."""
    row = db.execute(
        "SELECT alias FROM entity_aliases WHERE entity_id = ? AND alias_key = ?"
        " ORDER BY alias != ?, id LIMIT 1",
        [entity_id, label_key(alias), alias],
    ).fetchone()
    return str(row[0]) if row else alias
