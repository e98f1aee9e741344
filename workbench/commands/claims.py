"""Claims on the command line: mark, list, change status, link and unlink.

Split from ``analyst.py`` by concern; the commands are the same Store calls
the desktop app makes, and each says what it did (see ``output.py``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from workbench.commands.arguments import UsageError, add_usage_check, non_blank, record_id
from workbench.commands.output import (
    outcome_options,
    quoted,
    say,
    say_none,
    shorten,
    terminal_width,
)
from workbench.commands.spans import DOCUMENT_HELP, document_argument, span_of, span_options
from workbench.core.authorship import UNKNOWN_AUTHOR, display_name
from workbench.core.text import plural
from workbench.core.vocabulary import CLAIM_STATUSES, RELATIONS, grade_code
from workbench.export.json_export import claim_record, dumps, link_record
from workbench.operations.claimants import claimant_of
from workbench.operations.identity import author_named, name_key
from workbench.store import CLAIMANT_MAX_CHARS, ClaimOverlap, Store

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]
NO_CLAIMANT = "(no claimant)"
CLAIM_HELP = "the claim's id (see `workbench claims`)"
CLAIM_JSON_HELP = "print the claim as JSON (with its id, status history and document)"
STATUS_HELP = ", ".join(CLAIM_STATUSES)
# The ``claims`` options that filter the listing: with one, an empty list means "no match".
_FILTERS = ("status", "claimant", "tag", "doc", "by")
LINK_JSON_HELP = (
    "print the link as JSON: id, from_annotation_id, to_annotation_id (claim ids), relation, note"
)
CLAIMANT_HELP = "who makes the claim: a known entity's name or alias links to it, else kept as text"


def _claimant(store: Store, name: str | None) -> tuple[int | None, str | None]:
    """Match a claimant name to a known entity; otherwise keep it as text (as the window does)."""
    return claimant_of(name, store.entities.find_entity_id)


def claim_result(store: Store, claim_id: int) -> dict[str, Any]:
    """A claim as the JSON export writes it, with its document's id and title."""
    claim = store.claims.get_claim(claim_id)
    return claim_record(claim, store.claims.claim_history(claim_id)) | {
        "document_id": claim.document_id,
        "document_title": claim.document_title,
    }


def _check_claim_options(args: argparse.Namespace) -> None:
    """A span (DOC --quote) or a detected quote (--from-quote), checked before opening.

    A ``--claimant`` longer than a name may be is a malformed value (exit 2, as an
    over-long ``--author`` is), not a refusal of the library (it was exit 1).
    """
    _, claimant = claimant_of(args.claimant, lambda _name: None)
    if claimant is not None and len(claimant) > CLAIMANT_MAX_CHARS:
        raise UsageError(f"--claimant: a claimant's name has at most {CLAIMANT_MAX_CHARS}"
                         f" characters (this one has {len(claimant):,})")
    if args.from_quote is None:
        if args.doc is None:
            raise UsageError("give a DOC with --quote TEXT, or --from-quote QUOTE_ID")
        return
    if args.doc is not None or args.quote is not None or args.start is not None:
        raise UsageError("give DOC --quote TEXT or --from-quote QUOTE_ID, not both")
    if args.occurrence is not None:  # a quote id names one span: nothing to pick from
        raise UsageError("--occurrence picks a match of --quote TEXT; --from-quote names one")


def run_claim(store: Store, args: argparse.Namespace) -> int:
    """Mark a span (or a detected quote with --from-quote) as a claim."""
    if args.from_quote is not None:
        entity_id, text = _claimant(store, args.claimant)
        claim_id, _ = _refusing_overlap(
            lambda: store.claims.claim_from_quote(
                args.from_quote,
                claimant_entity_id=entity_id,
                claimant_text=text,
                status=args.status,
                allow_overlap=args.allow_overlap,
            )
        )
    else:
        doc_id = store.documents.resolve_document(args.doc)
        start, end = span_of(store, doc_id, args)
        entity_id, text = _claimant(store, args.claimant)
        claim_id, _ = _refusing_overlap(
            lambda: store.claims.add_claim(
                doc_id,
                start,
                end,
                claimant_entity_id=entity_id,
                claimant_text=text,
                status=args.status,
                allow_overlap=args.allow_overlap,
            )
        )
    record = claim_result(store, claim_id)
    sentence = f"Created claim {claim_id} in {quoted(record['document_title'])}."
    return say(args, sentence, record)


def _refusing_overlap(mark: Callable[[], tuple[int, Any]]) -> tuple[int, Any]:
    """Run ``mark``; a refused overlap names the option that allows it (failed input, exit 1)."""
    try:
        return mark()
    except ClaimOverlap as refused:
        raise ValueError(f"{refused}; mark it anyway with --allow-overlap") from refused


def run_claim_status(store: Store, args: argparse.Namespace) -> int:
    """Change a claim's status (its history keeps the old one)."""
    changed = store.claims.set_claim_status(args.claim, args.status, note=args.note).claims
    sentence = f"Claim {args.claim} is now {args.status}."
    if not changed:  # no history line and no undo step: say so, as `tag` does
        sentence = f"Claim {args.claim} is {args.status} already; nothing changed."
    return say(args, sentence, claim_result(store, args.claim))


def run_claims(store: Store, args: argparse.Namespace) -> int:
    """List claims across the library, filtered by status, claimant, tag or document."""
    doc_id = store.documents.resolve_document(args.doc) if args.doc is not None else None
    if args.tag is not None:  # a mistyped tag is named, not shown as "no matching claims"
        store.tags.require_tag(args.tag)
    claims = store.claims.list_claims(
        status=args.status, claimant=args.claimant, tag=args.tag, document_id=doc_id
    )
    if args.by is not None:
        author_id = _author_of(store, args.by)
        claims = [c for c in claims if c.author_id == author_id]
    if args.json:
        records = [
            claim_record(c, store.claims.claim_history(c.id)) | {"document_id": c.document_id}
            for c in claims
        ]
        sys.stdout.write(dumps(records))
        return 0
    if not claims:
        say_none("claims", filtered=any(getattr(args, name) is not None for name in _FILTERS))
    width = terminal_width()
    for claim in claims:
        head = f"{claim.id:>5}  [{claim.status}]  {claim.claimant or NO_CLAIMANT}: "
        grade = grade_code(claim.reliability, claim.credibility)
        graded = f", grade {grade}" if grade else ""
        by = display_name(claim.author)
        orphan = ", orphaned" if claim.anchor_status == "orphaned" else ""
        tail = (f"  (doc {claim.document_id}{graded}, {plural(len(claim.links), 'link')}, {by}"
                f"{orphan})")
        room = max(20, width - len(head) - len(tail))
        print(f"{head}{shorten(claim.statement, room)}{tail}")
    return 0


def _author_of(store: Store, name: str) -> str | None:
    """The author id ``claims --by`` means: None for "unknown author", else a known author's.

    LookupError for a name nobody in the library goes by, or that several
    authors share (the message lists their ids: give one).
    """
    if name_key(name) == name_key(UNKNOWN_AUTHOR):
        return None
    return author_named(name, store.authors.names())


def run_link(store: Store, args: argparse.Namespace) -> int:
    """Link claim A to claim B with a relation.

    The very link again (same claims, relation and note, or no note) changes nothing and says
    so, exit 0, as tagging does: a script that links twice is not failed (README run, stop 53).
    """
    link_id, changes = store.claims.link_claims(args.claim_a, args.claim_b, args.relation,
                                                note=args.note)
    verb = link_verb(args.relation)
    sentence = f"Created link {link_id}: claim {args.claim_a} {verb} claim {args.claim_b}."
    if not changes.claims:
        sentence = (f"Claim {args.claim_a} {verb} claim {args.claim_b} already (link {link_id});"
                    " nothing changed.")
    return say(args, sentence, link_result(store, link_id))


def link_verb(relation: str) -> str:
    """A relation as the verb of a sentence ("supports"; "same" reads "is the same claim as").

    Why: "claim 3 same claim 4" is no sentence; the other relations are verbs already.
    """
    return "is the same claim as" if relation == "same" else relation


def link_result(store: Store, link_id: int) -> dict[str, Any]:
    """A link as the JSON export writes it (README: ``--json`` uses the export's keys)."""
    return link_record(store.claims.get_link(link_id))


def run_unlink(store: Store, args: argparse.Namespace) -> int:
    """Remove a link."""
    store.claims.unlink(args.link)
    return say(args, f"Removed link {args.link}.", {"id": args.link, "kind": "link"})


def add_claim_commands(commands: Subparsers) -> None:
    """Register claim, claim-status, claims, link and unlink."""
    sub = commands.add_parser("claim", help="mark a span (or a detected quote) as a claim")
    document_argument(sub, nargs="?", help=f"{DOCUMENT_HELP}; or give --from-quote instead")
    span_options(sub)
    sub.add_argument(
        "--from-quote", type=record_id("quote"), metavar="QUOTE_ID", help="a detected quote's id"
    )
    sub.add_argument("--claimant", metavar="NAME", help=CLAIMANT_HELP,
                     type=non_blank("NAME", "give the claimant, or leave --claimant out"))
    sub.add_argument("--status", default="unverified", choices=CLAIM_STATUSES, metavar="STATUS",
                     help=f"{STATUS_HELP} (default: unverified)")
    sub.add_argument(
        "--allow-overlap",
        action="store_true",
        help="mark the claim even where it overlaps a claim already marked",
    )
    outcome_options(sub, json_help=CLAIM_JSON_HELP)
    sub.set_defaults(handler=run_claim)
    add_usage_check(sub, _check_claim_options)

    sub = commands.add_parser("claim-status", help="change a claim's status")
    sub.add_argument("claim", type=record_id("claim"), metavar="CLAIM", help=CLAIM_HELP)
    sub.add_argument("status", choices=CLAIM_STATUSES, metavar="STATUS",
                     help=f"the new status: {STATUS_HELP}")
    sub.add_argument("--note", metavar="TEXT", help="why, kept with the change in its history")
    outcome_options(sub, json_help=CLAIM_JSON_HELP)
    sub.set_defaults(handler=run_claim_status)

    sub = commands.add_parser("claims", help="list claims across the whole library")
    sub.add_argument("--status", choices=CLAIM_STATUSES, metavar="S",
                     help=f"only claims with this status: {STATUS_HELP}")
    sub.add_argument("--claimant", metavar="NAME", type=non_blank("NAME", "give the claimant"),
                     help="only claims by NAME: an entity's name or the claimant text, whole "
                     "(any case)")
    sub.add_argument("--tag", metavar="TAG", help="only claims tagged TAG (or a tag below it)")
    sub.add_argument("--doc", metavar="DOC", help=(
        f"only claims in this document (default: the whole library): {DOCUMENT_HELP}"))
    sub.add_argument(
        "--by", metavar="AUTHOR", help='claims made by AUTHOR ("unknown author": unattributed)'
    )
    sub.add_argument("--json", action="store_true", help=(
        "print a JSON array of the claims, each with its status history, links and document id"))
    sub.set_defaults(handler=run_claims)

    sub = commands.add_parser("link", help="link claim A to claim B")
    sub.add_argument("claim_a", type=record_id("claim"), metavar="CLAIM_A",
                     help="id of the claim the link starts from")
    sub.add_argument("claim_b", type=record_id("claim"), metavar="CLAIM_B",
                     help="id of the claim it points to")
    sub.add_argument("--relation", required=True, choices=RELATIONS,
                     help=f"how CLAIM_A bears on CLAIM_B: {', '.join(RELATIONS)}")
    sub.add_argument("--note", metavar="TEXT", help="a note kept with the link")
    outcome_options(sub, json_help=LINK_JSON_HELP)
    sub.set_defaults(handler=run_link)

    sub = commands.add_parser("unlink", help="remove a link")
    sub.add_argument("link", type=record_id("link"), metavar="LINK",
                     help="the link's id (printed by `workbench link`)")
    outcome_options(sub)
    sub.set_defaults(handler=run_unlink)
