"""Analyst actions on the command line: tags, highlights, notes, claims, links, undo.

Each command is one Store call, the same one the desktop app makes, so every
action in the window can be scripted and checked.
"""

from __future__ import annotations

import argparse
import sys

from workbench.commands.arguments import count, record_id
from workbench.commands.terminal import error
from workbench.core.anchoring import find_exact
from workbench.core.vocabulary import CLAIM_STATUSES, RELATIONS, normalize_tag_path
from workbench.export.json_export import claim_record, dumps, tag_record
from workbench.store import Store


def _span(store: Store, doc_id: int, args: argparse.Namespace) -> tuple[int, int]:
    """The span named by --quote (with --occurrence) or by --start/--end."""
    if getattr(args, "start", None) is not None and getattr(args, "end", None) is not None:
        return int(args.start), int(args.end)
    if not args.quote:
        raise ValueError("give --quote TEXT (or --start and --end)")
    return find_exact(store.documents.document_text(doc_id), args.quote, args.occurrence)


def run_tag(store: Store, args: argparse.Namespace) -> int:
    """Tag a document, or the span given by --quote (a highlight is created for it)."""
    doc_id = store.documents.resolve_document(args.doc)
    if args.quote is None:
        store.tags.tag_document(doc_id, args.tag)
        print(f"tagged document {doc_id} with {normalize_tag_path(args.tag)}")
        return 0
    start, end = _span(store, doc_id, args)
    annotation_id, _ = store.annotations.add_annotation(doc_id, start, end, tags=(args.tag,))
    print(annotation_id)
    return 0


def run_untag(store: Store, args: argparse.Namespace) -> int:
    """Remove a tag from a document or (with --annotation) from a span."""
    if args.annotation is not None:
        store.tags.untag_annotation(args.annotation, args.tag)
    elif args.doc is None:
        raise ValueError("give a DOC or --annotation ID")
    else:
        store.tags.untag_document(store.documents.resolve_document(args.doc), args.tag)
    return 0


def run_tags(store: Store, args: argparse.Namespace) -> int:
    """List tags, or rename, merge, recolour or delete one."""
    action = args.tags_action
    if action == "rename":
        store.tags.rename_tag(args.old, args.new)
    elif action == "merge":
        store.tags.merge_tags(args.source, args.target)
    elif action == "color":
        store.tags.recolor_tag(args.tag, args.color)
    elif action == "delete":
        store.tags.delete_tag(args.tag)
    else:
        tags = store.tags.list_tags()
        if args.json:
            sys.stdout.write(dumps([tag_record(tag) for tag in tags]))
        for tag in [] if args.json else tags:
            print(
                f"{tag.path:<40} {tag.color}  "
                f"{tag.documents} doc(s), {tag.spans} span(s)"
            )
    return 0


def run_annotate(store: Store, args: argparse.Namespace) -> int:
    """Highlight a span, optionally with a Markdown note; prints the annotation id."""
    doc_id = store.documents.resolve_document(args.doc)
    start, end = _span(store, doc_id, args)
    annotation_id, _ = store.annotations.add_annotation(
        doc_id, start, end, note_md=args.note or "", color=args.color, tags=tuple(args.tag or ())
    )
    print(annotation_id)
    return 0


def run_note(store: Store, args: argparse.Namespace) -> int:
    """Replace an annotation's note (Markdown)."""
    store.annotations.edit_note(args.annotation, args.note)
    return 0


def run_delete_annotation(store: Store, args: argparse.Namespace) -> int:
    """Delete a highlight, note or claim (undoable)."""
    store.annotations.delete_annotation(args.annotation)
    return 0


def _claimant(store: Store, name: str | None) -> tuple[int | None, str | None]:
    """Match a claimant name to a known entity; otherwise keep it as text."""
    if not name:
        return None, None
    entity_id = store.entities.find_entity_id(name)
    return (entity_id, None) if entity_id is not None else (None, name)


def run_claim(store: Store, args: argparse.Namespace) -> int:
    """Mark a span (or a detected quote with --from-quote) as a claim; prints the claim id."""
    if args.from_quote is not None:
        claim_id, _ = store.claims.claim_from_quote(args.from_quote)
    elif args.doc is None:
        raise ValueError("give a DOC with --quote TEXT, or --from-quote QUOTE_ID")
    else:
        doc_id = store.documents.resolve_document(args.doc)
        start, end = _span(store, doc_id, args)
        entity_id, text = _claimant(store, args.claimant)
        claim_id, _ = store.claims.add_claim(
            doc_id, start, end, claimant_entity_id=entity_id, claimant_text=text, status=args.status
        )
    if args.claimant and args.from_quote is not None:
        store.claims.set_claimant(claim_id, *_claimant(store, args.claimant))
    print(claim_id)
    return 0


def run_claim_status(store: Store, args: argparse.Namespace) -> int:
    """Change a claim's status (its history keeps the old one)."""
    store.claims.set_claim_status(args.claim, args.status, note=args.note)
    return 0


def run_claims(store: Store, args: argparse.Namespace) -> int:
    """List claims across the library, filtered by status, claimant, tag or document."""
    doc_id = store.documents.resolve_document(args.doc) if args.doc is not None else None
    claims = store.claims.list_claims(
        status=args.status, claimant=args.claimant, tag=args.tag, document_id=doc_id
    )
    if args.json:
        records = [
            claim_record(c, store.claims.claim_history(c.id)) | {"document_id": c.document_id}
            for c in claims
        ]
        sys.stdout.write(dumps(records))
        return 0
    for claim in claims:
        who = claim.claimant or "?"
        print(
            f"{claim.id:>5}  [{claim.status}]  {who}: {claim.statement[:90]}"
            f"  (doc {claim.document_id}, {len(claim.links)} link(s))"
        )
    return 0


def run_link(store: Store, args: argparse.Namespace) -> int:
    """Link claim A to claim B with a relation; prints the link id."""
    link_id, _ = store.claims.link_claims(args.claim_a, args.claim_b, args.relation, note=args.note)
    print(link_id)
    return 0


def run_unlink(store: Store, args: argparse.Namespace) -> int:
    """Remove a link."""
    store.claims.unlink(args.link)
    return 0


def run_undo(store: Store, args: argparse.Namespace) -> int:
    """Undo (or redo) the latest analyst action, even one made in an earlier session."""
    changes = store.history.redo() if args.command == "redo" else store.history.undo()
    if changes is None:
        error(f"nothing to {args.command}")
        return 1
    print(changes.note)
    return 0


Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]


def add_analyst_commands(commands: Subparsers) -> None:
    """Register the analyst-action subcommands."""
    _add_tag_commands(commands)
    _add_annotation_commands(commands)
    _add_claim_commands(commands)
    _add_link_and_undo_commands(commands)


def span_options(sub: argparse.ArgumentParser) -> None:
    """Options naming a span: --quote TEXT [--occurrence N] (or hidden --start/--end)."""
    sub.add_argument("--quote", metavar="TEXT", help="exact text of the span")
    sub.add_argument("--occurrence", type=count(1), default=1, help="which occurrence (1 = first)")
    sub.add_argument("--start", type=int, help=argparse.SUPPRESS)
    sub.add_argument("--end", type=int, help=argparse.SUPPRESS)


def _add_tag_commands(commands: Subparsers) -> None:
    sub = commands.add_parser("tag", help="tag a document, or a span given by its exact text")
    sub.add_argument("doc", metavar="DOC")
    sub.add_argument("tag", metavar="TAG", help="hierarchical path, e.g. topic/sanctions")
    span_options(sub)
    sub.set_defaults(handler=run_tag)

    sub = commands.add_parser("untag", help="remove a tag from a document or annotation")
    sub.add_argument("doc", metavar="DOC", nargs="?")
    sub.add_argument("tag", metavar="TAG")
    sub.add_argument("--annotation", type=record_id("annotation"), metavar="ID")
    sub.set_defaults(handler=run_untag)

    sub = commands.add_parser("tags", help="list, rename, merge, recolour or delete tags")
    sub.add_argument("--json", action="store_true")
    actions = sub.add_subparsers(dest="tags_action", metavar="ACTION")
    rename = actions.add_parser("rename", help="rename a tag and those below it")
    rename.add_argument("old")
    rename.add_argument("new")
    merge = actions.add_parser("merge", help="move every use of SOURCE to TARGET")
    merge.add_argument("source")
    merge.add_argument("target")
    color = actions.add_parser("color", help="set a tag's colour (#rrggbb)")
    color.add_argument("tag")
    color.add_argument("color")
    delete = actions.add_parser("delete", help="delete a tag (annotations are kept)")
    delete.add_argument("tag")
    sub.set_defaults(handler=run_tags)


def _add_annotation_commands(commands: Subparsers) -> None:
    sub = commands.add_parser("annotate", help="highlight a span, optionally with a note")
    sub.add_argument("doc", metavar="DOC")
    span_options(sub)
    sub.add_argument("--note", metavar="MARKDOWN")
    sub.add_argument(
        "--color", metavar="NAME", help="yellow, green, blue, pink, orange, purple or #rrggbb"
    )
    sub.add_argument("--tag", action="append", metavar="TAG")
    sub.set_defaults(handler=run_annotate)

    sub = commands.add_parser("note", help="replace an annotation's Markdown note")
    sub.add_argument("annotation", type=record_id("annotation"), metavar="ANNOTATION")
    sub.add_argument("note", metavar="MARKDOWN")
    sub.set_defaults(handler=run_note)

    sub = commands.add_parser("delete-annotation", help="delete a highlight, note or claim")
    sub.add_argument("annotation", type=record_id("annotation"), metavar="ANNOTATION")
    sub.set_defaults(handler=run_delete_annotation)


def _add_claim_commands(commands: Subparsers) -> None:
    sub = commands.add_parser("claim", help="mark a span as a claim; prints the claim id")
    sub.add_argument("doc", metavar="DOC", nargs="?")
    span_options(sub)
    sub.add_argument(
        "--from-quote", type=record_id("quote"), metavar="QUOTE_ID", help="a detected quote's id"
    )
    sub.add_argument("--claimant", metavar="NAME")
    sub.add_argument("--status", default="unverified", choices=CLAIM_STATUSES)
    sub.set_defaults(handler=run_claim)

    sub = commands.add_parser("claim-status", help="change a claim's status")
    sub.add_argument("claim", type=record_id("claim"), metavar="CLAIM")
    sub.add_argument("status", choices=CLAIM_STATUSES)
    sub.add_argument("--note", metavar="TEXT")
    sub.set_defaults(handler=run_claim_status)

    sub = commands.add_parser("claims", help="list claims across the library")
    sub.add_argument("--status", choices=CLAIM_STATUSES)
    sub.add_argument("--claimant", metavar="NAME")
    sub.add_argument("--tag", metavar="TAG")
    sub.add_argument("--doc", metavar="DOC")
    sub.add_argument("--json", action="store_true")
    sub.set_defaults(handler=run_claims)


def _add_link_and_undo_commands(commands: Subparsers) -> None:
    sub = commands.add_parser("link", help="link claim A to claim B")
    sub.add_argument("claim_a", type=record_id("claim"), metavar="CLAIM_A")
    sub.add_argument("claim_b", type=record_id("claim"), metavar="CLAIM_B")
    sub.add_argument("--relation", required=True, choices=RELATIONS)
    sub.add_argument("--note", metavar="TEXT")
    sub.set_defaults(handler=run_link)

    sub = commands.add_parser("unlink", help="remove a link")
    sub.add_argument("link", type=record_id("link"), metavar="LINK")
    sub.set_defaults(handler=run_unlink)

    for name in ("undo", "redo"):
        sub = commands.add_parser(name, help=f"{name} the latest analyst action")
        sub.set_defaults(handler=run_undo)
