"""Entities: curation, queries, the Entities table and duplicates (``store.entities``).

The analyst's decisions about entities override the model.

Rename, relabel, alias, merge, hide and move decisions are written as
``entity_rules`` (the model's name and label → the analyst's entity) and
``mention_overrides`` (a span → another entity, or hidden), which
``analysis.replace_analysis`` applies whenever a document is (re)analysed, so
curation outlives ``reanalyze`` and re-import. Every decision is one undoable
action.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from workbench.core.labels import checked_label, label_key
from workbench.core.models import Changes
from workbench.core.vocabulary import ENTITY_LABELS
from workbench.store import entity_browse, entity_names, entity_queries, entity_settling
from workbench.store.history import History, Recorder
from workbench.store.labels import named, row_named
from workbench.store.mention_curation import (
    AnalystSpan,
    insert_analyst_mention,
    override_span,
    refuse_hidden,
    refuse_marked_span,
    selected_text,
)
from workbench.store.rows import dict_row


def set_rule(rec: Recorder, name: str, label: str, entity_id: int) -> None:
    """Map the model's (name, label) to ``entity_id`` from now on."""
    row = rec.db.execute(
        "SELECT id FROM entity_rules WHERE name = ? AND label = ?", [name, label]
    ).fetchone()
    if row is None:
        rec.insert("entity_rules", {"name": name, "label": label, "entity_id": entity_id})
    else:
        rec.update("entity_rules", {"id": row[0]}, {"entity_id": entity_id})


def add_alias_row(rec: Recorder, entity_id: int, alias: str) -> None:
    """Record ``alias`` for an entity unless it is already there or is the entity's own name.

    Why the name check: merging two entities of one name ("Brexit" PERSON into "Brexit"
    ORG) listed "Brexit (also: Brexit)".
    """
    exists = rec.db.execute(
        "SELECT 1 FROM entity_aliases WHERE entity_id = ? AND alias = ?"
        " UNION ALL SELECT 1 FROM entities WHERE id = ? AND name = ?",
        [entity_id, alias, entity_id, alias],
    ).fetchone()
    if exists is None:
        rec.insert("entity_aliases", {"entity_id": entity_id, "alias": alias})


class Entities:
    """Analyst actions on entities, and every way of looking entities up."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    def get_entity(self, entity_id: int) -> dict[str, Any]:
        """One entity row (LookupError if missing)."""
        row = self.db.execute(
            "SELECT id, name, label, notes, created_by, hidden FROM entities WHERE id = ?",
            [entity_id],
        ).fetchone()
        if row is None:
            raise LookupError(f"no entity with id {entity_id}")
        keys = ("id", "name", "label", "notes", "created_by", "hidden")
        return dict(zip(keys, row, strict=True))

    def _entity_named(self, name: str, label: str, *, any_case: bool = False) -> int | None:
        """The entity of this name and label as written (the analysis's identity), or with
        ``any_case`` the one whose name has its ``label_key`` (what an analyst types)."""
        row = self.db.execute(
            "SELECT id FROM entities WHERE name = ? AND label = ?", [name, label]
        ).fetchone()
        if row is None and any_case:
            row = self.db.execute(
                "SELECT id FROM entities WHERE name_key = ? AND label = ? ORDER BY id LIMIT 1",
                [label_key(name), label],
            ).fetchone()
        return int(row[0]) if row else None

    def rename_refusal(self, entity_id: int, new_name: str) -> str | None:
        """Why renaming the entity to ``new_name`` is refused (None when it is not)."""
        return entity_names.rename_refusal(self.db, entity_id, new_name)

    def alias_refusal(self, entity_id: int, alias: str) -> str | None:
        """Why ``alias`` cannot be another name of the entity (None when it can)."""
        return entity_names.alias_refusal(self.db, entity_id, alias)

    def rename_entity(self, entity_id: int, new_name: str) -> Changes:
        """Give an entity a new canonical name; the old name stays as an alias.

        Renamed to the name it has (spaces aside), nothing changes and nothing is recorded:
        such a rename put an "undo" step on the stack that undid nothing.
        """
        entity = self.get_entity(entity_id)
        new_name = checked_label(new_name, "an entity's name")  # not blank, not over a label
        if new_name == entity["name"]:  # its own name: no change, so no undo step for nothing
            return Changes()
        refusal = self.rename_refusal(entity_id, new_name)
        if refusal is not None:
            raise ValueError(refusal)

        def action(rec: Recorder) -> None:
            rec.update("entities", {"id": entity_id}, {"name": new_name})
            set_rule(rec, entity["name"], entity["label"], entity_id)
            add_alias_row(rec, entity_id, entity["name"])
            # Renamed back to an earlier name: that alias is the name again, not another one.
            rec.delete_where("entity_aliases", "entity_id = ? AND alias = ?",
                             [entity_id, new_name])

        undo_label = f"Rename{named(entity['name'])} to{named(new_name)}"
        return self.history.record_action(undo_label, action)[1]

    def relabel_entity(self, entity_id: int, label: str) -> Changes:
        """Change an entity's type (the model's label for it maps here from now on)."""
        entity = self.get_entity(entity_id)
        label = label.upper()
        if label not in ENTITY_LABELS:
            raise ValueError(f"unknown type {label!r}; use one of {', '.join(ENTITY_LABELS)}")
        clash = self._entity_named(entity["name"], label)
        if clash is not None and clash != entity_id:
            raise ValueError(f"{entity['name']!r} ({label}) exists already; merge instead")

        def action(rec: Recorder) -> None:
            rec.update("entities", {"id": entity_id}, {"label": label})
            set_rule(rec, entity["name"], entity["label"], entity_id)
            rows = rec.db.execute("SELECT id FROM mentions WHERE entity_id = ?", [entity_id])
            for (mention_id,) in rows.fetchall():
                rec.update("mentions", {"id": mention_id}, {"label": label})

        undo_label = f"Change type of{named(entity['name'])} to {label}"
        return self.history.record_action(undo_label, action)[1]

    def add_entity_alias(self, entity_id: int, alias: str) -> Changes:
        """Declare another name for an entity; the model's mentions of it map here."""
        entity = self.get_entity(entity_id)
        alias = checked_label(alias, "an alias")  # not blank, not over a label
        if alias == entity["name"]:
            raise ValueError(f"{alias!r} is the entity's name already, not another one")
        refusal = self.alias_refusal(entity_id, alias)
        if refusal is not None:
            raise ValueError(refusal)

        def action(rec: Recorder) -> None:
            add_alias_row(rec, entity_id, alias)
            if self._entity_named(alias, entity["label"]) is None:
                set_rule(rec, alias, entity["label"], entity_id)

        undo_label = f"Add alias{named(alias)} to{named(entity['name'])}"
        return self.history.record_action(undo_label, action)[1]

    def remove_entity_alias(self, entity_id: int, alias: str) -> Changes:
        """Forget an alias (and the rule it made), typed in any Unicode case: the one written
        so, else the one of its ``label_key``."""
        entity = self.get_entity(entity_id)
        alias = entity_queries.alias_spelling(self.db, entity_id, alias)

        def action(rec: Recorder) -> None:
            rec.delete_where("entity_aliases", "entity_id = ? AND alias = ?", [entity_id, alias])
            rec.delete_where(
                "entity_rules",
                "entity_id = ? AND name = ? AND label = ?",
                [entity_id, alias, entity["label"]],
            )

        return self.history.record_action(f"Remove alias{named(alias)}", action)[1]

    def set_entity_hidden(self, entity_id: int, hidden: bool = True) -> Changes:
        """Mark an entity a false positive (hidden everywhere, remembered), or show it again."""
        entity = self.get_entity(entity_id)
        verb = "Hide" if hidden else "Show"
        return self.history.record_action(
            f"{verb}{named(entity['name'])}",
            lambda rec: rec.update("entities", {"id": entity_id}, {"hidden": int(hidden)}),
        )[1]

    def merge_entities(self, target_id: int, source_ids: list[int]) -> Changes:
        """Fold the sources into the target: mentions, quotes, claims, aliases and rules move."""
        target = self.get_entity(target_id)
        sources = [self.get_entity(i) for i in dict.fromkeys(source_ids) if i != target_id]
        if not sources:
            raise ValueError("give at least one other entity to merge")

        def action(rec: Recorder) -> None:
            for source in sources:
                self._merge_one(rec, target_id, source)

        names = ", ".join(s["name"] for s in sources)
        undo_label = f"Merge{named(names)} into{named(target['name'])}"
        return self.history.record_action(undo_label, action)[1]

    def _merge_one(self, rec: Recorder, target_id: int, source: dict[str, Any]) -> None:
        source_id = source["id"]
        moves = (
            ("mentions", "entity_id"),
            ("quotes", "speaker_entity_id"),
            ("claims", "claimant_entity_id"),
            ("entity_rules", "entity_id"),
            ("mention_overrides", "entity_id"),
        )
        for table, column in moves:
            key = "annotation_id" if table == "claims" else "id"
            rows = rec.db.execute(f"SELECT {key} FROM {table} WHERE {column} = ?", [source_id])
            for (row_id,) in rows.fetchall():
                rec.update(table, {key: row_id}, {column: target_id})
        aliases = rec.db.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ?", [source_id]
        ).fetchall()
        rec.delete_where("entity_aliases", "entity_id = ?", [source_id])
        for (alias,) in aliases:
            add_alias_row(rec, target_id, alias)
        add_alias_row(rec, target_id, source["name"])
        rec.delete_where(
            "entity_duplicate_dismissals",
            "first_entity_id = ? OR second_entity_id = ?",
            [source_id, source_id],
        )
        rec.delete("entities", {"id": source_id})
        set_rule(rec, source["name"], source["label"], target_id)

    def move_mention(self, mention_id: int, entity_id: int) -> Changes:
        """Attach one mention to another entity; remembered by span across re-analysis."""
        mention = self.get_mention(mention_id)
        target = self.get_entity(entity_id)
        refuse_hidden(target)
        if mention["entity_id"] == entity_id:  # was "Moved", and an undo step that did nothing
            raise ValueError(f"{mention['text']!r} is already a mention of {target['name']!r}")

        def action(rec: Recorder) -> None:
            rec.update(
                "mentions", {"id": mention_id}, {"entity_id": entity_id, "label": target["label"]}
            )
            override_span(rec, mention, entity_id=entity_id, hidden=0)

        return self.history.record_action(
            f"Move mention{named(mention['text'])} to{named(target['name'])}", action
        )[1]

    def hide_mention(self, mention_id: int) -> Changes:
        """Drop one wrong mention; it stays dropped after re-analysis."""
        mention = self.get_mention(mention_id)

        def action(rec: Recorder) -> None:
            override_span(rec, mention, entity_id=None, hidden=1)
            rec.delete("mentions", {"id": mention_id})

        return self.history.record_action(f"Hide mention{named(mention['text'])}", action)[1]

    def create_entity_mention(
        self, doc_id: int, start: int, end: int, name: str, label: str, field: str = "text"
    ) -> tuple[int, Changes]:
        """Make a selection an entity mention (the analyst's, kept through re-analysis)."""
        label = label.upper()
        if label not in ENTITY_LABELS:
            raise ValueError(f"unknown type {label!r}")
        span_text, published = selected_text(self.db, doc_id, field, start, end)
        refuse_marked_span(self.db, doc_id, field, start, end)
        name = checked_label(name, "an entity's name")  # a label like any other the analyst types
        known = self._entity_named(name, label, any_case=True)
        if known is not None:
            refuse_hidden(self.get_entity(known))

        def action(rec: Recorder) -> int:
            entity_id = known or rec.insert(
                "entities", {"name": name, "label": label, "created_by": "analyst"}
            )
            span = AnalystSpan(doc_id, field, start, end, label)
            return insert_analyst_mention(rec, span, entity_id, span_text, published)

        return self.history.record_action(f"Mark{named(name)} as {label}", action)

    def dismiss_duplicate(self, first_id: int, second_id: int) -> Changes:
        """Never suggest this pair of entities as duplicates again (ValueError: nothing to do)."""
        low, high = sorted((first_id, second_id))
        if low == high:
            raise ValueError(f"entity {low} is not a duplicate of itself; give two entities")
        if entity_queries.dismissed_pair(self.db, low, high):
            raise ValueError(f"entities {low} and {high} are dismissed as duplicates already")
        first, second = (row_named(self.db, "entities", "name", i) for i in (low, high))
        return self.history.record_action(
            f"Dismiss duplicate suggestion{first} and{second}",
            lambda rec: rec.insert(
                "entity_duplicate_dismissals", {"first_entity_id": low, "second_entity_id": high}
            ),
        )[1]

    def settling_rows(self, pairs: list[tuple[str, str]] | None = None) -> list[dict[str, Any]]:
        """Visible entities (of ``pairs`` only, if given) with counts and ``curated``."""
        return entity_settling.settling_rows(self.db, pairs)

    def settle(self, moves: list[entity_settling.Move]) -> Changes:
        """Move model entities to the (name, label) the library settled on (not undoable:
        an analysis step; curated entities and placed mentions never move)."""
        return entity_settling.settle_entities(self.db, moves)

    def get_mention(self, mention_id: int) -> dict[str, Any]:
        """One mention row (LookupError if missing): what a curation command reports."""
        row = dict_row(self.db.execute("SELECT * FROM mentions WHERE id = ?", [mention_id]))
        if row is None:
            raise LookupError(f"no mention with id {mention_id}")
        return row

    # -- queries ------------------------------------------------------------------

    def list_entities(
        self,
        *,
        label: str | None = None,
        name: str | None = None,
        include_hidden: bool = False,
        limit: int | None = None,
        durations: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Entities with document and mention counts and aliases, most mentioned first;
        ``duration`` 1 marks a length of time ("five years"), and ``durations`` True or
        False keeps only those, or all but them."""
        return entity_queries.list_entities(
            self.db, label=label, name=name, include_hidden=include_hidden, limit=limit,
            durations=durations,
        )

    def entity_documents(self, entity_id: int, limit: int = 200) -> list[dict[str, Any]]:
        """Documents mentioning an entity, newest first, with a snippet around the first mention."""
        return entity_queries.entity_documents(self.db, entity_id, limit)

    def co_occurring_entities(self, entity_id: int, limit: int = 15) -> list[dict[str, Any]]:
        """Entities that appear in the most documents together with this one."""
        return entity_queries.co_occurring_entities(self.db, entity_id, limit)

    def duplicate_entity_candidates(self, limit: int = 100) -> list[dict[str, Any]]:
        """Pairs of entities that are probably one, with a reason and a score."""
        return entity_queries.duplicate_entity_candidates(self.db, limit)

    def find_entity_id(self, name: str, *, include_hidden: bool = False) -> int | None:
        """The entity whose canonical name (or else alias) is ``name``, people first."""
        return entity_queries.find_entity_id(self.db, name, include_hidden=include_hidden)

    def all_entities(self) -> list[dict[str, Any]]:
        """Every visible entity (id, name, label), by name."""
        return entity_queries.all_entities(self.db)

    def entity_aliases(self, entity_ids: list[int]) -> dict[int, list[str]]:
        """Aliases of the given entities."""
        return entity_queries.entity_aliases(self.db, entity_ids)

    def entity_alias_marks(
        self, entity_ids: list[int]
    ) -> dict[int, list[tuple[str, str | None, str | None]]]:
        """(alias, origin, author id) of each alias: who curated it (the JSON export)."""
        return entity_queries.entity_alias_marks(self.db, entity_ids)

    # -- the Entities table, completers and tooltips ----------------------------------

    def entity_ids(
        self,
        *,
        label: str | None = None,
        name: str | None = None,
        order_by: str = "documents",
        descending: bool = True,
        dates_and_numbers: bool | None = None,
        durations: bool | None = None,
    ) -> list[int]:
        """Ids of visible entities passing the filters, in display order (Entities view);
        ``dates_and_numbers`` True or False keeps only those, or only names; ``durations``
        True or False only lengths of time ("five years"), or all but them."""
        return entity_browse.entity_ids(
            self.db, label=label, name=name, order_by=order_by, descending=descending,
            dates_and_numbers=dates_and_numbers, durations=durations,
        )

    def entity_rows(self, entity_ids: list[int]) -> list[dict[str, Any]]:
        """Rows for ``entity_ids`` in that order: name, type, documents, mentions, aliases,
        ``duration`` (1 for a length of time)."""
        return entity_browse.entity_rows(self.db, entity_ids)

    def find_entities(self, text: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Visible entities whose name starts with (then contains) ``text``, for completers."""
        return entity_browse.find_entities(self.db, text, limit=limit)

    def entity_document_counts(self, entity_ids: list[int]) -> dict[int, int]:
        """How many documents mention each entity (for reader tooltips)."""
        return entity_browse.entity_document_counts(self.db, entity_ids)
