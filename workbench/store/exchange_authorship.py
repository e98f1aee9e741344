"""Authorship of an imported export's work: origins and authors kept, nothing duplicated.

Why here: the JSON import writes rows directly (it is not an analyst action,
so the history's recorder does not sign them). An export carries each
record's ``origin`` and ``author_id`` (docs/json-export.md); keeping them is
what lets a later merge, or a second import of the same file, recognise the
same work instead of adding it twice. A record without a (valid) origin gets
a fresh one, as the recorder would give it; a record whose origin the library
already holds is the same work and is not written again (its writer asks
``origin_row`` first).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from workbench.core.authorship import is_author_id, new_origin
from workbench.store.authors import register_author
from workbench.store.rows import insert_row
from workbench.store.schema_third_wave import AUTHORED_TABLES, EDITED_TABLES

Record = dict[str, Any]
TagMark = tuple[str | None, str | None]  # (origin, author id) of one tagging


def register_authors(db: Database, authors: Sequence[Record]) -> int:
    """Record the export's authors the library does not know yet; return how many were added.

    A library that knows an author keeps its own name for them (a name is
    not work; the latest one the analyst chose is the one their own library saw).
    """
    return sum(
        register_author(db, author.get("id"), author.get("name")) for author in authors
    )


def origin_row(db: Database, table: str, origin: Any) -> int | None:
    """The rowid of the ``table`` row holding ``origin`` (the same work), or None."""
    if table not in AUTHORED_TABLES or not is_author_id(origin):
        return None
    row = db.execute(f'SELECT rowid FROM "{table}" WHERE origin = ?', [origin]).fetchone()
    return int(row[0]) if row else None


def signed(db: Database, table: str, row: Record, record: Record | None) -> Record:
    """``row`` with the exported record's origin, author and editor (for an authored table).

    An origin that is missing, malformed or already taken in ``table`` (a
    hostile file) is replaced by a fresh one, so the unique index never
    aborts an import.
    """
    record = record or {}
    result = dict(row)
    if table in AUTHORED_TABLES:
        origin = record.get("origin")
        if not is_author_id(origin) or origin_row(db, table, origin) is not None:
            origin = new_origin()
        result["origin"] = origin
        result["author_id"] = _author(record.get("author_id"))
    if table in EDITED_TABLES:
        result["edited_by"] = _author(record.get("edited_by"))
    return result


def tag_marks(record: Record) -> dict[str, TagMark]:
    """A document's or span's ``tag_authorship`` by tag path: (origin, author id)."""
    return _marks(record.get("tag_authorship"), "path")


def alias_marks(entity: Record) -> dict[str, TagMark]:
    """An entity's ``alias_authorship`` by alias: (origin, author id)."""
    return _marks(entity.get("alias_authorship"), "alias")


def _marks(marks: Any, name: str) -> dict[str, TagMark]:
    """Sound authorship marks by their ``name`` field: (origin, author id); others left out."""
    result: dict[str, TagMark] = {}
    for mark in marks if isinstance(marks, list) else ():
        if isinstance(mark, dict) and isinstance(mark.get(name), str):
            origin = mark.get("origin") if is_author_id(mark.get("origin")) else None
            result[mark[name]] = (origin, _author(mark.get("author_id")))
    return result


def insert_alias(db: Database, entity_id: int, alias: str, mark: TagMark | None) -> None:
    """Give an entity an alias once, keeping who curated it (an alias already there stays).

    An alias without an origin is the extractor's (it groups surface forms
    itself) and stays without one: only analyst curation is merged by origin.
    """
    origin, author_id = mark or (None, None)
    if origin_row(db, "entity_aliases", origin) is not None:
        return
    insert_row(db, "entity_aliases", {"entity_id": entity_id, "alias": alias, "origin": origin,
                                       "author_id": author_id}, or_ignore=True)


def insert_tagging(
    db: Database, table: str, key: tuple[str, int], tag_id: int, mark: TagMark | None
) -> None:
    """Tag a document or span (``document_tags``/``span_tags``) once, keeping who tagged it.

    ``key`` is (column, id) of the tagged thing. A tagging already present
    (same thing and tag, or the same origin) is left alone.
    """
    column, owner_id = key
    origin, author_id = mark or (None, None)
    if origin_row(db, table, origin) is not None:
        return  # this very tagging is here already
    origin = origin or new_origin()
    db.execute(
        f'INSERT OR IGNORE INTO "{table}" ("{column}", tag_id, origin, author_id)'
        " VALUES (?, ?, ?, ?)",
        [owner_id, tag_id, origin, author_id],
    )


def _author(value: Any) -> str | None:
    return value if is_author_id(value) else None
