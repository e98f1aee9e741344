"""Entity curation read out of the library for a bundle: hidden flags, notes, aliases, merges.

Why by name and label: entities have no origin (every library's extraction
makes its own, by name and label), so a bundle names an entity that way, and
the curation on it travels with it: whether the analyst hid it, its notes,
the aliases they gave it and the names they merged into it (entity rules),
each alias and rule signed by its origin and author like other work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from workbench.store.edit_history import row_origin
from workbench.store.rows import dict_rows, grouped

Row = dict[str, Any]
Chosen = Callable[[Row], bool]
_CURATED = (
    "SELECT id, name, label, notes, hidden, edited_by FROM entities WHERE hidden != 0"
    " OR coalesce(notes, '') != ''"
    " OR id IN (SELECT entity_id FROM entity_aliases WHERE origin IS NOT NULL)"
    " OR id IN (SELECT entity_id FROM entity_rules)"
    " OR 'entity:' || label || ':' || name IN"
    " (SELECT row_origin FROM edit_history WHERE table_name = 'entities') ORDER BY label, name"
)


def curated_entities(db: Database, chosen: Chosen, earlier: dict[str, Row]) -> list[Row]:
    """Every curated entity ``chosen`` accepts (itself, or one of its aliases or merges).

    ``earlier`` is the library's ``earlier_of``, read once per bundle.
    """
    aliases = _by_entity(db, "SELECT entity_id, alias, origin, author_id FROM entity_aliases"
                             " WHERE origin IS NOT NULL ORDER BY alias")  # fmt: skip
    rules = _by_entity(db, "SELECT entity_id, name, label, origin, author_id FROM entity_rules"
                           " ORDER BY label, name")  # fmt: skip
    found = []
    for entity in dict_rows(db.execute(_CURATED)):
        own = {"edited_by": entity["edited_by"], "origin": row_origin("entities", entity)}
        entity_id = entity.pop("id")
        entity["aliases"] = aliases.get(entity_id, [])
        entity["rules"] = rules.get(entity_id, [])
        if chosen(own) or any(chosen(r) for r in (*entity["aliases"], *entity["rules"])):
            entity["earlier"] = earlier.get(str(own["origin"]), {})
            found.append(entity)
    return found


def _by_entity(db: Database, sql: str) -> dict[int, list[Row]]:
    """The rows ``sql`` reads by their ``entity_id`` (left out of the rows: it is ours only)."""
    return grouped(dict_rows(db.execute(sql)), "entity_id", drop_key=True)
