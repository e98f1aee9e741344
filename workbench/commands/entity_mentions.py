"""The reader's entity actions on the command line: "This is…", "Not an entity",
"Create entity from selection", and dismissing a duplicate pair.

Why its own module: these act on a span of a document (DOC --quote TEXT, as
``claim`` and ``tag`` do) or on a pair, not on one ENTITY as the curation
actions in ``entities.py`` do. Each is a thin handler over the Store call the
desktop app makes, so both front ends do the same thing.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from workbench.commands.arguments import (
    SQLITE_MAX_INT,
    UsageError,
    label_text,
    non_blank,
    whole_number,
)
from workbench.commands.output import outcome_options, quoted, say
from workbench.commands.spans import document_argument, span_of, span_options, title_of
from workbench.core.vocabulary import ENTITY_LABELS
from workbench.export.json_export import entity_record
from workbench.store import Store

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]
Handler = Callable[[Store, argparse.Namespace], int]
SPAN_HELP = "the document the mention is in: an id or the start of its title"
MENTION_JSON_HELP = (
    'print the mention as JSON: "id", document_id and the JSON export\'s mention keys (start,'
    " end, text, label, entity, entity_id, field, source, confidence, value, creator;"
    " mention-hide: the entity it had, and hidden)"
)


def resolve_entity(store: Store, ref: str, *, include_hidden: bool = False) -> int:
    """An entity id, or a canonical name / alias (people first).

    ``include_hidden`` for ``entity show-again NAME``: a hidden entity is found
    by its name only then (before, the name of an entity hidden by mistake was
    "no entity named ..." and only its id could bring it back).
    """
    entity_id = whole_number(ref)
    if entity_id is not None:
        if not 1 <= entity_id <= SQLITE_MAX_INT:
            raise LookupError(f"no entity with id {ref.strip()}")
        return int(store.entities.get_entity(entity_id)["id"])
    found = store.entities.find_entity_id(ref, include_hidden=include_hidden)
    if found is None:
        raise LookupError(f"no entity named {quoted(ref)}")
    return found


def mention_at(store: Store, doc_id: int, start: int, end: int, what: str = "") -> dict[str, Any]:
    """The body mention covering ``[start, end)``, the narrowest if several do.

    Why "covering": quoting "Kim" picks the mention "Kim Jong Un" as a click
    on that word does in the reader. LookupError names the mentions that
    only overlap, so the analyst sees what to quote instead.
    """
    mentions = [m for m in store.analysis.document_entities(doc_id) if m["field"] == "text"]
    covering = [m for m in mentions if m["start"] <= start and end <= m["end"]]
    if covering:
        return min(covering, key=lambda m: m["end"] - m["start"])
    near = [quoted(m["text"], 40) for m in mentions if m["start"] < end and start < m["end"]]
    hint = f"; quote one of: {', '.join(near)}" if near else ""
    where = quoted(what, 40) if what else f"characters {start}-{end}"
    raise LookupError(f"no entity mention at {where} in document {doc_id}{hint}")


def _mention_record(mention: dict[str, Any], entity: dict[str, Any]) -> dict[str, Any]:
    """A mention as commands print it: the JSON export's mention keys, with the entity it was
    given, and ``id`` (the mention's) and ``document_id`` (the export nests mentions in their
    document) first.

    Why the export's keys: one mention printed two ways had ``field``, ``source`` and
    ``value`` in the export only, so a script reading both could not treat them alike.
    """
    given = {**mention, "entity_id": entity["id"], "entity": entity["name"],
             "label": entity["label"]}
    return {"id": mention["id"], "kind": "mention", "document_id": mention["document_id"],
            **entity_record(given)}


def _quoted_mention(store: Store, args: argparse.Namespace) -> tuple[int, dict[str, Any]]:
    """The document and the mention that DOC --quote TEXT names."""
    doc_id = store.documents.resolve_document(args.doc)
    start, end = span_of(store, doc_id, args)
    found = mention_at(store, doc_id, start, end, args.quote or "")
    return doc_id, store.entities.get_mention(int(found["id"]))


def run_mention_move(store: Store, args: argparse.Namespace) -> int:
    """"This is…": attach the mention at DOC --quote TEXT to entity --to."""
    doc_id, mention = _quoted_mention(store, args)
    target = store.entities.get_entity(resolve_entity(store, args.to))
    store.entities.move_mention(int(mention["id"]), int(target["id"]))
    sentence = (f"Moved mention {quoted(mention['text'])} in {title_of(store, doc_id)} to entity "
                f"{target['id']} ({quoted(target['name'])}, {target['label']}).")
    return say(args, sentence, _mention_record(mention, target))


def run_mention_hide(store: Store, args: argparse.Namespace) -> int:
    """"Not an entity": drop the mention at DOC --quote TEXT (it stays dropped)."""
    doc_id, mention = _quoted_mention(store, args)
    entity = store.entities.get_entity(int(mention["entity_id"]))
    store.entities.hide_mention(int(mention["id"]))
    sentence = (f"Hid mention {quoted(mention['text'])} of {quoted(entity['name'])} in "
                f"{title_of(store, doc_id)}: not an entity (`workbench undo` brings it back).")
    return say(args, sentence, _mention_record(mention, entity) | {"hidden": True})


def run_entity_create(store: Store, args: argparse.Namespace) -> int:
    """"Create entity from selection": DOC --quote TEXT becomes a mention of NAME (TYPE)."""
    doc_id = store.documents.resolve_document(args.doc)
    text = store.documents.document_text(doc_id)  # read once: the span and the default name
    start, end = span_of(store, doc_id, args, text)
    name = " ".join((args.name or text[start:end]).split())
    if not name:
        raise UsageError("the entity needs a name: give --name NAME")
    mention_id, _ = store.entities.create_entity_mention(doc_id, start, end, name, args.type)
    mention = store.entities.get_mention(mention_id)
    entity = store.entities.get_entity(int(mention["entity_id"]))
    record = {"id": entity["id"], "kind": "entity", "name": entity["name"],
              "label": entity["label"], "mention": _mention_record(mention, entity)}
    sentence = (f"Marked {quoted(mention['text'])} in {title_of(store, doc_id)} as entity "
                f"{entity['id']} ({quoted(entity['name'])}, {entity['label']}).")
    return say(args, sentence, record)


def run_dismiss_duplicate(store: Store, args: argparse.Namespace) -> int:
    """Never suggest entities A and B as duplicates again."""
    first, second = (store.entities.get_entity(resolve_entity(store, ref)) for ref in args.dismiss)
    store.entities.dismiss_duplicate(int(first["id"]), int(second["id"]))
    low, high = sorted((first, second), key=lambda entity: int(entity["id"]))
    record = {"id": [low["id"], high["id"]], "kind": "duplicate_dismissal",
              "names": [low["name"], high["name"]]}
    sentence = (f"Entities {low['id']} ({quoted(low['name'])}) and {high['id']} "
                f"({quoted(high['name'])}) will not be suggested as duplicates again.")
    return say(args, sentence, record)


#: ``entity ACTION`` handlers of this module, for ``entities.run_entity`` to dispatch.
SPAN_ACTIONS: dict[str, Handler] = {
    "mention-move": run_mention_move,
    "mention-hide": run_mention_hide,
    "create": run_entity_create,
}


def add_span_actions(actions: Subparsers) -> None:
    """Register ``entity mention-move``, ``mention-hide`` and ``create``."""
    move = _span_action(actions, "mention-move", '"This is…": the mention at TEXT is ENTITY')
    move.add_argument("--to", required=True, metavar="ENTITY",
                      type=non_blank("ENTITY", "give the entity the mention belongs to"),
                      help="the entity it belongs to: an id, a name or an alias")
    outcome_options(move, json_help=MENTION_JSON_HELP)
    hide = _span_action(actions, "mention-hide", '"Not an entity": drop the mention at TEXT')
    outcome_options(hide, json_help=MENTION_JSON_HELP)
    create = _span_action(actions, "create", "make TEXT a mention of a new (or known) entity")
    create.add_argument("--type", required=True, type=str.upper, choices=ENTITY_LABELS,
                        metavar="LABEL", help=f"its type: {' '.join(ENTITY_LABELS)} (any case)")
    create.add_argument("--name", metavar="NAME", type=label_text("NAME", "give the entity's name"),
                        help="the entity's name (default: TEXT); a known NAME of that type is "
                        "reused")
    outcome_options(create, json_help=(
        'print the entity as JSON: "id", name, label and the new mention'))


def add_dismiss_option(duplicates: argparse.ArgumentParser) -> None:
    """``entity duplicates --dismiss A B``: the Entities panel's "not duplicates"."""
    duplicates.add_argument(
        "--dismiss", nargs=2, metavar=("A", "B"),
        type=non_blank("ENTITY", "give two entities, each an id, name or alias"),
        help="never suggest entities A and B as duplicates again (ids, names or aliases)",
    )


def _span_action(actions: Subparsers, name: str, text: str) -> argparse.ArgumentParser:
    """An action on a document's span: DOC --quote TEXT [--occurrence N]."""
    action = actions.add_parser(name, help=text)
    document_argument(action, help=SPAN_HELP)
    span_options(action)
    return action
