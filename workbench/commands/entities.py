"""``workbench entities``, ``entity …`` (curation) and ``quotes`` (the who-said-what index)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workbench.commands.arguments import (
    UsageError,
    add_usage_check,
    count,
    label_text,
    non_blank,
    whole_number,
)
from workbench.commands.entity_mentions import (
    SPAN_ACTIONS,
    add_dismiss_option,
    add_span_actions,
    resolve_entity,
    run_dismiss_duplicate,
)
from workbench.commands.output import outcome_options, quoted, say, say_none, wrapped
from workbench.commands.terminal import error
from workbench.core.labels import label_key, label_length_problem, typed_name
from workbench.core.mention_snippets import MentionSnippet
from workbench.core.models import Changes
from workbench.core.text import distinct_aliases, plural, published_day
from workbench.core.vocabulary import DURATION_KIND, ENTITY_LABELS
from workbench.export.json_export import dumps
from workbench.store import Store

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]
UNKNOWN_SPEAKER = "(unknown speaker)"
ENTITY_HELP = "the entity's id, or its name or an alias (any case; people first)"
LABELS_HELP = " ".join(ENTITY_LABELS) + " (any case)"
# The type column fits the longest code ("WORK_OF_ART"), or its rows stood out of line.
LABEL_WIDTH = max(len(label) for label in ENTITY_LABELS)


def run_entities(store: Store, args: argparse.Namespace) -> int:
    """List entities with their counts and aliases."""
    rows = store.entities.list_entities(name=args.name, include_hidden=args.hidden,
                                        **_type_filter(args.type))
    if args.json:
        # ``hidden`` as a boolean, as a curation's JSON says it (it said 0 and 1 here).
        keys = ("id", "name", "label", "aliases", "documents", "mentions")
        sys.stdout.write(dumps([{**{k: row[k] for k in keys}, "hidden": bool(row["hidden"]),
                                 "duration": bool(row["duration"])} for row in rows]))
        return 0
    if not rows:
        say_none("entities", filtered=args.name is not None or args.type is not None)
    for row in rows:
        shown = distinct_aliases(row["name"], row["aliases"])
        aliases = f"  (also: {', '.join(shown[:6])})" if shown else ""
        label = DURATION_KIND if row["duration"] else row["label"]
        print(
            f"{row['id']:>6}  {label:<{LABEL_WIDTH}} {row['name']}  "
            f"{plural(row['documents'], 'document')}, {plural(row['mentions'], 'mention')}{aliases}"
        )
    return 0


def _type_filter(label: str | None) -> dict[str, Any]:
    """``list_entities``' filters for ``--type``: DURATION lists the lengths of time
    ("five years"), DATE and TIME leave them out (the analysis labels them DATE or TIME,
    the list shows them as a kind of their own, the timeline never places them)."""
    if label == DURATION_KIND:
        return {"durations": True}
    return {"label": label, "durations": False if label in ("DATE", "TIME") else None}


def run_entity(store: Store, args: argparse.Namespace) -> int:
    """Curate an entity (merge, rename, retype, alias, hide, show, page), a mention or pairs."""
    action = args.entity_action
    if action in SPAN_ACTIONS:
        return SPAN_ACTIONS[action](store, args)
    if action == "settle":
        return _settle(store, args)
    if action == "duplicates":
        if args.dismiss is not None:
            return run_dismiss_duplicate(store, args)
        return _print_duplicates(store, args)
    target = resolve_entity(store, args.entity, include_hidden=action == "show-again")
    if action == "show":
        page = _entity_page(store, target)
        if whole_number(args.entity) is None:
            _say_namesakes(store, page["entity"])
        return _print_page(page, args.json)
    done = _curate(store, target, args)
    entity = store.entities.get_entity(target)
    return say(args, f"{done} ({quoted(entity['name'])}, {entity['label']}).",
               _curated_record(store, entity))


def _curated_record(store: Store, entity: dict[str, Any]) -> dict[str, Any]:
    """The entity as a curation left it, in the keys ``entities --json`` lists.

    Why ``aliases`` and ``hidden``: a changing command's JSON says the new state, and
    ``entity hide --json`` printed only the id, name and label, nothing hidden.
    """
    aliases = store.entities.entity_aliases([entity["id"]]).get(entity["id"], [])
    return {"id": entity["id"], "kind": "entity", "name": entity["name"],
            "label": entity["label"], "aliases": aliases, "hidden": bool(entity["hidden"])}


def _curate(store: Store, target: int, args: argparse.Namespace) -> str:
    """Make one curation change to an entity; return what was done, as a sentence's start."""
    action = args.entity_action
    if action == "merge":
        named = [resolve_entity(store, ref) for ref in args.others]
        others = [entity for entity in dict.fromkeys(named) if entity != target]
        if not others:  # said once or twice, the target is not merged into itself
            raise ValueError(_merge_with_itself(store, target))
        store.entities.merge_entities(target, others)
        return f"Merged {', '.join(map(str, others))} into entity {target}"
    if action == "rename":
        if store.entities.rename_entity(target, args.new_name) == Changes():  # its own name
            return f"Entity {target} has this name already; nothing changed"
        return f"Renamed entity {target}"
    if action == "type":
        store.entities.relabel_entity(target, args.label)
        return f"Changed the type of entity {target}"
    if action == "alias":
        alias = args.alias if args.remove else typed_name(args.alias)  # named as stored
        if not _change_alias(store, target, alias, remove=args.remove).entities:
            return f"Entity {target} has alias {quoted(alias)} already; nothing changed"
        verb = "Removed alias" if args.remove else "Added alias"
        return f"{verb} {quoted(alias)} {'from' if args.remove else 'to'} entity {target}"
    store.entities.set_entity_hidden(target, action == "hide")
    return f"{'Hid' if action == 'hide' else 'Showed again'} entity {target}"


def _merge_with_itself(store: Store, target: int) -> str:
    """Why a merge named one entity twice, with the ids of its namesakes when it has some.

    Why: "Brexit" can be a PERSON and an ORG; ``entity merge Brexit Brexit`` found the
    person both times and said only "give at least one other entity to merge". Names
    compare by ``label_key``, as lookups do: ``casefold`` kept an older library's "Café"
    with a combining accent apart from the precomposed one the lookup found.
    """
    entity = store.entities.get_entity(target)
    namesakes = _namesakes(store, entity)
    if not namesakes:
        return "give at least one other entity to merge"
    return (f"{quoted(entity['name'])} is entity {target} ({entity['label']}) both times; "
            f"{_others_named(namesakes)}; give their ids, e.g. entity merge {target} "
            f"{namesakes[0]['id']}")


def _namesakes(store: Store, entity: dict[str, Any]) -> list[dict[str, Any]]:
    """The other visible entities whose name is ``entity``'s in any Unicode case or form."""
    key = label_key(entity["name"])
    return [row for row in store.entities.list_entities(name=entity["name"])
            if label_key(row["name"]) == key and row["id"] != entity["id"]]


def _others_named(namesakes: list[dict[str, Any]]) -> str:
    """The namesakes as both messages name them: "other entities of that name: 4 (ORG)"."""
    return "other entities of that name: " + ", ".join(
        f"{row['id']} ({row['label']})" for row in namesakes)


def _say_namesakes(store: Store, entity: dict[str, Any]) -> None:
    """On stderr, the other entities a name shown by ``entity show NAME`` also names.

    Why: "Brexit" can be a PERSON and an ORG, and an older library can hold "Café Noir"
    twice (0019 merges no entity); the page of the one found (people first) read as all
    there is of that name, with no sign of the other's documents. ``entity`` is the row
    the page read, so the entity is not read twice.
    """
    if namesakes := _namesakes(store, entity):
        error(f"showing entity {entity['id']}; {_others_named(namesakes)}"
              f" (`entity show ID` shows one, `entity merge` joins them)")


def _new_alias_length(args: argparse.Namespace) -> None:
    """A new alias is a label (``LABEL_MAX_CHARS``; exit 2), checked before the library opens.

    Not by argparse's type: an older library's longer alias can still be removed.
    """
    if not args.remove and (problem := label_length_problem(args.alias, "the alias")):
        raise UsageError(f"{problem}, got {quoted(args.alias)}")


def _change_alias(store: Store, entity_id: int, alias: str, *, remove: bool) -> Changes:
    """Add an alias, or remove one the entity has (a typo must not pass for done).

    Returns what changed: nothing when the alias was there already (once reported
    as "Added alias", though no undo step was made); the caller names it as stored.
    """
    if not remove:
        return store.entities.add_entity_alias(entity_id, alias)
    aliases = store.entities.entity_aliases([entity_id]).get(entity_id, [])
    if label_key(alias) not in {label_key(known) for known in aliases}:  # any Unicode case
        raise LookupError(f"entity {entity_id} has no alias {quoted(alias)}")
    return store.entities.remove_entity_alias(entity_id, alias)


def _entity_page(store: Store, entity_id: int) -> dict[str, Any]:
    """What ``entity show`` prints of one entity, read before anything is printed."""
    return {
        "entity": store.entities.get_entity(entity_id),
        "aliases": store.entities.entity_aliases([entity_id]).get(entity_id, []),
        "documents": store.entities.entity_documents(entity_id),
        "co_occurring": store.entities.co_occurring_entities(entity_id),
        "quotes_by": store.analysis.list_quotes(speaker_id=entity_id),
        "quotes_about": store.analysis.quotes_mentioning(entity_id),
    }


def _print_page(page: dict[str, Any], as_json: bool) -> int:
    """The page read by ``_entity_page``, as JSON or as text."""
    if as_json:
        sys.stdout.write(dumps(page))
        return 0
    entity = page["entity"]
    aliases = distinct_aliases(entity["name"], page["aliases"])
    print(f"{entity['name']} ({entity['label']})  aliases: {', '.join(aliases) or '-'}")
    print(f"\nDocuments ({len(page['documents'])}):")
    for doc in page["documents"]:
        print(f"  {doc['id']:>5}  {published_day(doc['published'])}  {doc['title']}")
        if doc.get("snippet_mark"):  # as the page's "Context" column, the mention marked
            print(f"         {_marked_snippet(doc['snippet'], doc['snippet_mark'])}")
    print("\nSeen with: " + (", ".join(e["name"] for e in page["co_occurring"]) or "-"))
    print(f"\nQuotes by {entity['name']} ({len(page['quotes_by'])}):")
    for quote in page["quotes_by"]:
        print(f"  {_quote_heading(quote)}")
        print(wrapped(quote["text"], indent="    "))
    return 0


def _settle(store: Store, args: argparse.Namespace) -> int:
    """The library-wide label pass an analysis run ends with, asked for by hand."""
    from workbench.operations.library_settling import settle_library_labels  # loads nlp

    report, _ = settle_library_labels(store)
    if args.json:
        sys.stdout.write(dumps({"entities": report.entities, "documents": report.documents,
                                "seconds": round(report.seconds, 3)}))
    elif not report.entities:  # "Settled 0 entities in 0 documents" read as a count of nothing
        print("Nothing to settle: every entity has the label and name the library agrees on"
              f" ({report.seconds:.2f} s).")
    else:
        print(f"Settled {plural(report.entities, 'entity', 'entities')} in "
              f"{plural(report.documents, 'document')} ({report.seconds:.2f} s).")
    return 0


def _marked_snippet(snippet: str, mark: list[int]) -> str:
    """The words around a mention with the mention in brackets (bold on the GUI's page)."""
    return MentionSnippet(snippet, mark[0], mark[1]).marked()


def _print_duplicates(store: Store, args: argparse.Namespace) -> int:
    pairs = store.entities.duplicate_entity_candidates()
    if args.json:
        sys.stdout.write(
            dumps(
                [
                    {
                        "keep": p["keep"]["id"],
                        "keep_name": p["keep"]["name"],
                        "merge": p["merge"]["id"],
                        "merge_name": p["merge"]["name"],
                        "label": p["keep"]["label"],
                        "score": p["score"],
                        "reason": p["reason"],
                    }
                    for p in pairs
                ]
            )
        )
        return 0
    if not pairs:
        say_none("duplicate entities", filtered=False)
    for pair in pairs:
        print(
            f"{pair['score']:>5}  {pair['keep']['name']} ({pair['keep']['id']})  <-  "
            f"{pair['merge']['name']} ({pair['merge']['id']})  [{pair['reason']}]"
        )
    return 0


def run_quotes(store: Store, args: argparse.Namespace) -> int:
    """The quote index: every quote with speaker, date and source."""
    rows = store.analysis.list_quotes(speaker=args.speaker, kind=args.kind, limit=args.limit)
    if args.json:
        keys = (
            "id",
            "document_id",
            "start",
            "end",
            "text",
            "speaker",
            "speaker_text",
            "kind",
            "cue",
            "published",
            "source",
            "title",
        )
        sys.stdout.write(dumps([{k: row[k] for k in keys} for row in rows]))
        return 0
    if not rows:
        say_none("quotes", filtered=args.speaker is not None or args.kind is not None)
    for row in rows:
        who = row["speaker"] or row["speaker_text"] or UNKNOWN_SPEAKER
        print(f"{who}  {_quote_heading(row)}")
        print(wrapped(row["text"]))
    return 0


def _quote_heading(quote: dict[str, Any]) -> str:
    """Where a quote comes from: kind, date and source when known, document and its title;
    then its id, the QUOTE_ID of ``claim --from-quote`` (only ``--json`` gave it before)."""
    known = [quote["kind"], published_day(quote["published"]), quote.get("source") or ""]
    where = f"doc {quote['document_id']}"
    if quote.get("title"):
        where += f" {quoted(quote['title'], 50)}"
    heading = "(" + ", ".join([part for part in known if part] + [where]) + ")"
    return f"{heading}  quote {quote['id']}" if quote.get("id") is not None else heading


def add_entity_commands(commands: Subparsers) -> None:
    """Register ``entities``, ``entity`` and ``quotes``."""
    sub = commands.add_parser("entities", help="entities across the library")
    sub.add_argument("--type", metavar="LABEL", type=str.upper,
                     choices=(*ENTITY_LABELS, DURATION_KIND),
                     help=f"only entities of this type: {LABELS_HELP}, or DURATION: lengths of"
                          " time (five years), listed as DURATION and left out of DATE and TIME")
    sub.add_argument("--name", metavar="TEXT", type=non_blank("TEXT", "give part of a name"),
                     help="name or alias contains TEXT")
    sub.add_argument("--hidden", action="store_true", help="include hidden false positives")
    sub.add_argument("--json", action="store_true", help=(
        "print a JSON array: id, name, label, aliases, documents, mentions, hidden, duration"
        " (true for a length of time, its label DATE or TIME)"))
    sub.set_defaults(handler=run_entities)

    sub = commands.add_parser("entity", help="curate an entity, or show its page")
    actions = sub.add_subparsers(dest="entity_action", metavar="ACTION", required=True)
    page = actions.add_parser("show", help="the entity page: documents, quotes, co-occurrences")
    _entity_argument(page)
    page.add_argument("--json", action="store_true", help=(
        "print the page as JSON: entity, aliases, documents, co_occurring, quotes_by,"
        " quotes_about"))
    merge = _curation(actions, "merge", "merge OTHERS into ENTITY")
    merge.add_argument("others", nargs="+", metavar="OTHER",
                       help="entities to merge into ENTITY, each an id, name or alias")
    rename = _curation(actions, "rename", "new canonical name")
    rename.add_argument("new_name", metavar="NEW", type=label_text("name", "give the new name"),
                        help="the new canonical name")
    retype = _curation(actions, "type", "change the type")
    retype.add_argument("label", type=str.upper, choices=ENTITY_LABELS, metavar="LABEL",
                        help=f"the new type: {LABELS_HELP}")
    alias = _curation(actions, "alias", "add (or --remove) an alias")
    alias.add_argument("alias", metavar="ALIAS", type=non_blank("ALIAS", "give the alias"),
                       help="another name the entity goes by")
    alias.add_argument("--remove", action="store_true", help="remove ALIAS instead of adding it")
    add_usage_check(alias, _new_alias_length)
    _curation(actions, "hide", "hide a false positive everywhere")
    _curation(actions, "show-again", "unhide")
    dupes = actions.add_parser("duplicates", help="likely duplicate entities")
    dupes.add_argument("--json", action="store_true", help=(
        "print a JSON array of pairs: keep, keep_name, merge, merge_name, label, score, reason"
        " (with --dismiss: the pair dismissed)"))
    add_dismiss_option(dupes)
    settle = actions.add_parser("settle", help=(
        "give earlier documents' entities the labels and names the whole library settled on"
        " (what every analysis run ends with; curated entities never move)"))
    settle.add_argument("--json", action="store_true",
                        help="print a JSON object: entities, documents, seconds")
    add_span_actions(actions)
    sub.set_defaults(handler=run_entity)

    sub = commands.add_parser("quotes", help="who said what, across the library")
    sub.add_argument("--speaker", metavar="NAME",
                     type=non_blank("NAME", "give a speaker's name or part of it"),
                     help="speaker's name, an alias or the speaker text contains NAME")
    sub.add_argument("--kind", choices=["direct", "indirect"],
                     help="direct quotes (in quotation marks) or reported speech")
    sub.add_argument("--limit", type=count(1), metavar="N", help="the N newest quotes only")
    sub.add_argument("--json", action="store_true", help=(
        "print a JSON array of the quotes: id, document, span, text, speaker, kind, cue, date,"
        " source, title"))
    sub.set_defaults(handler=run_quotes)


def _entity_argument(sub: argparse.ArgumentParser, **options: Any) -> None:
    sub.add_argument("entity", metavar="ENTITY", **{"help": ENTITY_HELP, **options})


def _curation(actions: Subparsers, name: str, text: str) -> argparse.ArgumentParser:
    """A curation action: ENTITY first, and --quiet/--json for what it prints."""
    action = actions.add_parser(name, help=text)
    _entity_argument(action)
    outcome_options(action, json_help="print the entity as it is now, as JSON: id, kind,"
                                         " name, label, aliases, hidden")
    return action
