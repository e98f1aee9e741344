"""Entity curation of a merge: an entity's hidden flag and notes, compared like other work.

Why apart from the tables: entities have no origin (the extraction makes
them, by name and label, in every library), yet hiding a false positive and
writing notes on an entity are analyst work. Their entities that carry
curation (hidden, a note, or earlier values of those) are found or created
here by name and label, and both values compared with the same rules as any
edited field: a one-sided change is taken or kept, a change on both sides is
a conflict. An entity our curation merged into another (an entity rule) is
not compared: its name now means our other entity.
"""

from __future__ import annotations

from workbench.store.merge_documents import entity_for
from workbench.store.merge_run import MergeRun
from workbench.store.merge_tables import BOTH_SIDES, Mutable, TableSpec, compare
from workbench.store.rows import dict_rows

ENTITIES = TableSpec(
    "entities",
    "entity_curation",
    natural=("name", "label"),
    mutable=(Mutable("hidden", "entity hidden"), Mutable("notes", "entity note", BOTH_SIDES)),
)
_CURATED = (
    "SELECT * FROM entities WHERE hidden != 0 OR coalesce(notes, '') != ''"
    " OR 'entity:' || label || ':' || name IN"
    " (SELECT row_origin FROM edit_history WHERE table_name = 'entities') ORDER BY id"
)


def merge_entity_curation(run: MergeRun) -> None:
    """Bring their hidden flags and entity notes in (added with new entities, else compared)."""
    for theirs in dict_rows(run.theirs.execute(_CURATED)):
        known = run.our_id("entities", theirs["id"]) is not None
        before = run.added["entities"]
        our_id = entity_for(run, theirs["id"])
        if our_id is None or (not known and run.added["entities"] > before):
            continue  # a new entity came with its curation (counted as added)
        ours = run.our_row("entities", "id = ?", [our_id])
        if ours is None or (ours["name"], ours["label"]) != (theirs["name"], theirs["label"]):
            continue
        values = {column: value for column, value in theirs.items() if column != "id"}
        if not compare(run, ENTITIES, ours, values, theirs):
            run.same[ENTITIES.report] += 1
