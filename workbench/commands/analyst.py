"""Analyst actions on the command line: tags, highlights, notes and undo.

Each command is one Store call, the same one the desktop app makes, so every
action in the window can be scripted and checked. Each says what it did in a
sentence naming the id, or prints only the id (``--quiet``) or the record
(``--json``); see ``workbench.commands.output``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workbench.commands.arguments import (
    UsageError,
    add_usage_check,
    existing_tag,
    hex_color,
    highlight_color,
    record_id,
    tag_path,
)
from workbench.commands.claims import add_claim_commands
from workbench.commands.output import outcome_options, padded, say, say_none
from workbench.commands.spans import (
    DOCUMENT_HELP,
    document_argument,
    span_of,
    span_options,
    title_of,
)
from workbench.commands.terminal import error
from workbench.core.text import plural, printable
from workbench.export.json_export import annotation_record, dumps, tag_record
from workbench.store import Store

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]
ANNOTATION_HELP = "id of the highlight, note or claim"
ANNOTATION_JSON_HELP = "print the annotation as JSON (with its id, span, note and document id)"


def annotation_result(store: Store, annotation_id: int) -> dict[str, Any]:
    """An annotation as the JSON export writes it, with its document's id."""
    annotation = store.annotations.get_annotation(annotation_id)
    return annotation_record(annotation) | {"document_id": annotation.document_id}


def run_tag(store: Store, args: argparse.Namespace) -> int:
    """Tag a document, or the span given by --quote (a highlight is created for it)."""
    whole_document = args.quote is None and args.start is None and args.end is None
    doc_id = store.documents.resolve_document(args.doc)
    if whole_document:
        changed = store.tags.tag_document(doc_id, args.tag).tags
        args.tag = store.tags.spelling(args.tag)  # "POLITICS" names the library's "politics"
        sentence = f"Tagged document {doc_id} {title_of(store, doc_id)} with {args.tag}."
        if not changed:  # no undo step either: say so, or `undo` seems to take this back
            sentence = (f"Document {doc_id} {title_of(store, doc_id)} is tagged {args.tag}"
                        " already; nothing changed.")
        record = {"id": doc_id, "kind": "document", "tag": args.tag}
        return say(args, sentence, record)
    start, end = span_of(store, doc_id, args)
    there = store.annotations.same_highlight(doc_id, start, end, None, tagging=True)
    annotation_id, changes = store.annotations.add_annotation(doc_id, start, end,
                                                              tags=(args.tag,))
    args.tag = store.tags.spelling(args.tag)
    title = title_of(store, doc_id)
    sentence = f"Created highlight {annotation_id} tagged {args.tag} in {title}."
    if annotation_id == there:  # the span's highlight: tagged now, or already
        sentence = (f"Tagged highlight {annotation_id} with {args.tag} in {title}."
                    if changes.tags else
                    f"Highlight {annotation_id} in {title} is tagged {args.tag} already;"
                    " nothing changed.")
    return say(args, sentence, annotation_result(store, annotation_id))


def _check_tag_options(args: argparse.Namespace) -> None:
    """--occurrence without --quote would tag the whole document: refused before opening."""
    whole_document = args.quote is None and args.start is None and args.end is None
    if whole_document and args.occurrence is not None:
        raise UsageError("--occurrence picks a match of --quote TEXT; give the --quote too")


def _check_untag_options(args: argparse.Namespace) -> None:
    """Exactly one of DOC and --annotation (checked before the library is opened)."""
    if args.annotation is not None and args.doc is not None:
        raise UsageError("give a DOC or --annotation ID, not both")
    if args.annotation is None and args.doc is None:
        raise UsageError("give a DOC or --annotation ID")


def run_untag(store: Store, args: argparse.Namespace) -> int:
    """Remove a tag from a document or (with --annotation) from a span."""
    args.tag = store.tags.spelling(args.tag)
    if args.annotation is not None:
        store.tags.untag_annotation(args.annotation, args.tag)
        sentence = f"Removed tag {args.tag} from annotation {args.annotation}."
        return say(args, sentence, {"id": args.annotation, "kind": "annotation", "tag": args.tag})
    doc_id = store.documents.resolve_document(args.doc)
    store.tags.untag_document(doc_id, args.tag)
    sentence = f"Removed tag {args.tag} from document {doc_id} {title_of(store, doc_id)}."
    return say(args, sentence, {"id": doc_id, "kind": "document", "tag": args.tag})


def run_tags(store: Store, args: argparse.Namespace) -> int:
    """List tags, or rename, merge, recolour or delete one."""
    action = args.tags_action
    if action == "rename":
        old = store.tags.spelling(args.old)
        store.tags.rename_tag(args.old, args.new)
        new = store.tags.spelling(args.new)
        return say(args, f"Renamed tag {old} to {new}.", {"id": new})
    if action == "merge":
        source = store.tags.spelling(args.source)
        store.tags.merge_tags(args.source, args.target)
        target = store.tags.spelling(args.target)
        return say(args, f"Merged tag {source} into {target}.", {"id": target})
    if action in ("color", "delete"):
        args.tag = store.tags.spelling(args.tag)
    if action == "color":
        store.tags.recolor_tag(args.tag, args.color)
        return say(args, f"Tag {args.tag} is now {args.color}.", {"id": args.tag})
    if action == "delete":
        store.tags.delete_tag(args.tag)
        return say(args, f"Deleted tag {args.tag} (annotations kept).", {"id": args.tag})
    return _list_tags(store, args.json)


def _list_tags(store: Store, as_json: bool) -> int:
    tags = store.tags.list_tags()
    if as_json:
        sys.stdout.write(dumps([tag_record(tag) for tag in tags]))
        return 0
    if not tags:
        say_none("tags", filtered=False)
    for tag in tags:  # an older library's tag may have no colour: "-", never "None"
        print(
            f"{padded(printable(tag.path, keep=''), 40)} {tag.color or '-':<7}  "
            f"{plural(tag.documents, 'document')}, {plural(tag.spans, 'passage')}"
        )
    return 0


def run_annotate(store: Store, args: argparse.Namespace) -> int:
    """Highlight a span, optionally with a Markdown note."""
    doc_id = store.documents.resolve_document(args.doc)
    start, end = span_of(store, doc_id, args)
    tags = tuple(args.tag or ())
    there = None if args.note else store.annotations.same_highlight(
        doc_id, start, end, args.color, tagging=bool(tags))
    annotation_id, changes = store.annotations.add_annotation(
        doc_id, start, end, note_md=args.note or "", color=args.color, tags=tags
    )
    kind = "note" if args.note else "highlight"
    title = title_of(store, doc_id)
    sentence = f"Created {kind} {annotation_id} in {title}."
    if annotation_id == there:  # the span's highlight: given the tags it lacked, or as it was
        sentence = (f"Tagged highlight {annotation_id} in {title}." if changes.annotations else
                    f"Highlight {annotation_id} in {title} marks this span already;"
                    " nothing changed.")
    return say(args, sentence, annotation_result(store, annotation_id))


def run_note(store: Store, args: argparse.Namespace) -> int:
    """Replace an annotation's note (Markdown)."""
    changed = store.annotations.edit_note(args.annotation, args.note).annotations
    sentence = f"Changed the note of annotation {args.annotation}."
    if not changed:  # no undo step: say so, as `claim-status` does
        sentence = f"Annotation {args.annotation} has this note already; nothing changed."
    return say(args, sentence, annotation_result(store, args.annotation))


def run_delete_annotation(store: Store, args: argparse.Namespace) -> int:
    """Delete a highlight, note or claim (undoable)."""
    record = annotation_result(store, args.annotation)
    using = store.ach.analyses_using(args.annotation)
    if using and not args.force:
        names = ", ".join(str(a.id) for a in using)
        raise ValueError(
            f"{record['kind']} {args.annotation} is evidence in ACH analysis {names};"
            " add --force to delete it and its rows there"
        )
    store.annotations.delete_annotation(args.annotation)
    sentence = f"Deleted {record['kind']} {args.annotation} (`workbench undo` brings it back)."
    return say(args, sentence, record)


def run_undo(store: Store, args: argparse.Namespace) -> int:
    """Undo (or redo) the latest analyst action, even one made in an earlier session."""
    changes = store.history.redo() if args.command == "redo" else store.history.undo()
    if changes is None:
        error(f"nothing to {args.command}")
        return 1
    print(changes.note)
    return 0


def add_analyst_commands(commands: Subparsers) -> None:
    """Register the analyst-action subcommands."""
    _add_tag_commands(commands)
    _add_annotation_commands(commands)
    add_claim_commands(commands)
    for name in ("undo", "redo"):
        sub = commands.add_parser(name, help=f"{name} the latest analyst action")
        sub.set_defaults(handler=run_undo)


def _add_tag_commands(commands: Subparsers) -> None:
    sub = commands.add_parser("tag", help="tag a document, or a span given by its exact text")
    document_argument(sub)
    sub.add_argument("tag", metavar="TAG", type=tag_path, help="hierarchical path, e.g. topic/x")
    span_options(sub)
    outcome_options(sub)
    sub.set_defaults(handler=run_tag)
    add_usage_check(sub, _check_tag_options)

    sub = commands.add_parser("untag", help="remove a tag from a document or annotation")
    document_argument(sub, nargs="?", help=f"{DOCUMENT_HELP}; or give --annotation instead")
    sub.add_argument("tag", metavar="TAG", type=existing_tag, help="the tag's path, e.g. topic/x")
    sub.add_argument("--annotation", type=record_id("annotation"), metavar="ID",
                     help="remove the tag from this highlight, note or claim instead")
    outcome_options(sub)
    sub.set_defaults(handler=run_untag)
    add_usage_check(sub, _check_untag_options)

    sub = commands.add_parser(
        "tags", help="list, rename, merge, recolour or delete tags",
        description="Without an ACTION: list every tag with its colour and how many documents"
                    " and passages use it; a parent tag counts its children's documents and"
                    " passages too, each once (documents tagged as a whole; a tag on a passage"
                    " only counts as a passage: a highlight, note or claim).")
    sub.add_argument("--json", action="store_true", help=(
        "print the tags as a JSON array (path, colour, documents and spans using it);"
        " with an ACTION, its result as JSON"))
    actions = sub.add_subparsers(dest="tags_action", metavar="[ACTION]")
    for name, first, second, text in (
        ("rename", ("old", "OLD", "the tag's path now"),
         ("new", "NEW", "its new path (tags below it move along)"),
         "rename a tag and those below it"),
        ("merge", ("source", "SRC", "the tag to merge away"),
         ("target", "DST", "the tag that takes over its uses"), "move every use of SRC to DST"),
        ("color", ("tag", "TAG", "the tag's path"), ("color", "#rrggbb", "the new colour"),
         "set a tag's colour (#rrggbb)"),
        ("delete", ("tag", "TAG", "the tag's path"), None, "delete a tag (annotations are kept)"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument(first[0], type=existing_tag, metavar=first[1], help=first[2])
        if second is not None:
            action.add_argument(second[0], type=hex_color if second[0] == "color" else tag_path,
                                metavar=second[1], help=second[2])
        shown = action.add_mutually_exclusive_group()
        shown.add_argument("--quiet", action="store_true", help="print only the tag")
        # SUPPRESS: left out here, the --json given before the action is kept
        shown.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                           help="print the result as JSON (the tag's path as \"id\")")
    sub.set_defaults(handler=run_tags)


def _add_annotation_commands(commands: Subparsers) -> None:
    sub = commands.add_parser("annotate", help="highlight a span, optionally with a note")
    document_argument(sub)
    span_options(sub)
    sub.add_argument("--note", metavar="MARKDOWN",
                     help="attach a note in Markdown (the highlight becomes a note)")
    sub.add_argument(
        "--color",
        metavar="NAME",
        type=highlight_color,
        help="yellow, green, blue, pink, orange, purple or #rrggbb",
    )
    sub.add_argument("--tag", action="append", metavar="TAG", type=tag_path,
                     help="tag the span with TAG (repeat for more tags)")
    outcome_options(sub, json_help=ANNOTATION_JSON_HELP)
    sub.set_defaults(handler=run_annotate)

    sub = commands.add_parser("note", help="replace an annotation's Markdown note")
    sub.add_argument("annotation", type=record_id("annotation"), metavar="ANNOTATION",
                     help=ANNOTATION_HELP)
    sub.add_argument("note", metavar="MARKDOWN", help="the new note, in Markdown (replaces it)")
    outcome_options(sub, json_help=ANNOTATION_JSON_HELP)
    sub.set_defaults(handler=run_note)

    sub = commands.add_parser("delete-annotation", help="delete a highlight, note or claim")
    sub.add_argument("annotation", type=record_id("annotation"), metavar="ANNOTATION",
                     help=ANNOTATION_HELP)
    sub.add_argument(
        "--force", action="store_true", help="delete it even when ACH analyses use it as evidence"
    )
    outcome_options(sub)
    sub.set_defaults(handler=run_delete_annotation)
