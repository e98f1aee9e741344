"""Which names an entity may take: the rename and alias refusals (``store.entities``).

Why a module of its own: both refusals ask one question — does another entity of
this one's type already carry the name, in any case — and both answer with the
merge the analyst most likely meant; the curation actions in ``entities.py`` and
the window's dialogs ask it before anything is written.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.core.labels import label_key


def rename_refusal(db: Database, entity_id: int, new_name: str) -> str | None:
    """Why renaming the entity to ``new_name`` is refused (None when it is not).

    Why case-blind (``label_key``, accented capitals too): "chuck schumer" beside
    "Chuck Schumer" of the same type made two entities the analyst cannot tell apart,
    where a merge was meant; the line names the entity that exists and the merge.
    """
    row = other_of_that_name(db, entity_id, new_name)
    if row is None:
        return _answered_by_another(db, entity_id, new_name)
    return (f"{row[1]!r} ({row[2]}) is entity {row[0]} already; to make entity "
            f"{entity_id} that one, merge it: workbench entity merge {row[0]} {entity_id}")


def alias_refusal(db: Database, entity_id: int, alias: str) -> str | None:
    """Why ``alias`` cannot be another name of the entity (None when it can).

    Why: Syria given the alias "iraq" while Iraq (GPE) existed made ``entity show
    Iraq`` open Syria, though renaming Syria so was refused; an alias naming another
    entity of the same type is refused the same way, naming it and the merge.
    """
    row = other_of_that_name(db, entity_id, alias)
    if row is None:
        return _answered_by_another(db, entity_id, alias)
    return (f"{alias!r} is the name of entity {row[0]} ({row[1]!r}, {row[2]}), not another "
            f"name for entity {entity_id}; if they are one, merge them: "
            f"workbench entity merge {row[0]} {entity_id}")


def other_of_that_name(db: Database, entity_id: int, name: str) -> tuple[int, str, str] | None:
    """Another entity of this one's type named ``name`` in any case: (id, name, label)."""
    found = db.execute("SELECT label FROM entities WHERE id = ?", [entity_id]).fetchone()
    if found is None:
        raise LookupError(f"no entity with id {entity_id}")
    row = db.execute(
        "SELECT id, name FROM entities WHERE name_key = ? AND label = ?"
        " AND id != ? ORDER BY id LIMIT 1",
        [label_key(" ".join(name.split())), found[0], entity_id],
    ).fetchone()
    return None if row is None else (row[0], row[1], found[0])


def _answered_by_another(db: Database, entity_id: int, name: str) -> str | None:
    """Why ``name`` is refused as a name or alias: another entity of this one's type has it
    as an alias, in any case (None when none has).

    Why: the name checks alone let "levant" go to Iraq while Syria (GPE too) answered to
    "Levant": ``entity show levant`` opened Syria, and spelt as Syria's, the alias moved
    Syria's rule, so the model's "Levant" went to Iraq without a word (attack run 10).
    """
    row = db.execute(
        "SELECT e.id, e.name, e.label, a.alias FROM entity_aliases a"
        " JOIN entities e ON e.id = a.entity_id"
        " WHERE a.alias_key = ? AND e.id != ?"
        " AND e.label = (SELECT label FROM entities WHERE id = ?) ORDER BY e.id LIMIT 1",
        [label_key(" ".join(name.split())), entity_id, entity_id],
    ).fetchone()
    if row is None:
        return None
    other, other_name, label, alias = row
    return (f"{name!r} is another name of entity {other} ({other_name!r}, {label}) already;"
            f" if they are one, merge them: workbench entity merge {other} {entity_id};"
            f" else take it from that one first: workbench entity alias --remove {other}"
            f" {alias!r}")
