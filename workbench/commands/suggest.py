"""``workbench suggest``: documents reporting a claim, or each statement of a batch.

One row per document (its best statement, and how many more it holds);
``--per-document N`` shows N statements of each. Nothing above the calibrated
threshold prints "No likely matches." rather than noise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workbench.commands.arguments import UsageError, add_usage_check, count
from workbench.commands.claims import link_result, link_verb
from workbench.commands.output import say
from workbench.commands.terminal import error
from workbench.core.text import plural, shorten
from workbench.core.vocabulary import RELATIONS
from workbench.export.files import (
    refuse_non_folder,
    refuse_special_file,
    write_file_atomically,
)
from workbench.export.json_export import dumps
from workbench.store import Store, Suggestion, belongs_to_library

NO_MATCH = "No likely matches."
STATEMENT_SHOWN = 200  # characters of a batch statement printed above its matches
MAX_PER_DOCUMENT = 100


DEFAULT_RELATION = "same"  # an accepted match reports the same thing


def run_suggest(store: Store, args: argparse.Namespace) -> int:
    """Print suggestions for a claim, accept or reject one, or run a batch file."""
    if args.batch:
        return _run_batch(store, args)
    suggestions = store.suggestions.suggest_for_claim(
        args.claim, limit=args.limit, per_document=args.per_document
    )
    if args.accept is not None or args.reject is not None:
        return _decide(store, args, suggestions)
    if args.json:
        sys.stdout.write(dumps([s.as_dict() for s in suggestions]))
        return 0
    if not suggestions:
        print(NO_MATCH)
    for rank, suggestion in enumerate(suggestions, 1):
        print(
            f"{rank:>2}. evidence {suggestion.score:.3f}  [{suggestion.kind}]"
            f" doc {suggestion.document_id}"
            f" ({shorten(suggestion.title, 50)}){_more(suggestion)}\n      {_marked(suggestion)}"
        )
    return 0


def _check_options(args: argparse.Namespace) -> None:
    """Raise ``UsageError`` when the options do not go together (run before opening)."""
    problem = _usage_problem(args)
    if problem is not None:
        raise UsageError(problem)


def _usage_problem(args: argparse.Namespace) -> str | None:
    """Why the options do not go together, or None.

    Why: an option that does not apply used to be ignored in silence, so
    ``suggest 12 --batch f --accept 1`` ran the batch and linked nothing,
    exit 0, while the analyst believed a link was made.
    """
    if args.batch is None:
        if args.claim is None:
            return "give a CLAIM id or --batch FILE"
        if args.csv:
            return "--csv goes with --batch FILE"
    else:
        extra = [name for name, given in (("a CLAIM id", args.claim is not None),
                                          ("--accept", args.accept is not None),
                                          ("--reject", args.reject is not None)) if given]
        if extra:
            return f"--batch FILE runs on its own: leave out {' and '.join(extra)}"
    if args.accept is not None and args.reject is not None:
        return "--accept and --reject go one at a time"
    if args.accept is None and (args.relation is not None or args.note is not None):
        return "--relation and --note go with --accept RANK"
    if args.quiet and args.accept is None and args.reject is None:
        return "--quiet goes with --accept or --reject RANK"
    return None


def _more(suggestion: Suggestion) -> str:
    count = suggestion.more_in_document
    return f"  +{count} more in this document" if count else ""


def _marked(suggestion: Suggestion) -> str:
    """The suggestion's text with matching words wrapped in [brackets]."""
    text, offset = suggestion.text, suggestion.start
    for start, end in reversed(_joined(suggestion.matches)):
        text = (
            text[: start - offset]
            + "["
            + text[start - offset : end - offset]
            + "]"
            + text[end - offset :]
        )
    return text


def _joined(spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Spans in order with those that overlap joined: brackets inserted for overlapping
    matches nested ("[[2]0]") or landed inside one another."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def _decide(store: Store, args: argparse.Namespace, suggestions: list[Suggestion]) -> int:
    rank = args.accept if args.accept is not None else args.reject
    if not 1 <= rank <= len(suggestions):
        error(f"{_there_are(len(suggestions))}; rank {rank} asked")
        return 1  # the rank names a suggestion that is not there: failed input
    chosen = suggestions[rank - 1]
    if args.accept is not None:
        relation = args.relation or DEFAULT_RELATION
        link_id, _ = store.suggestions.accept_suggestion(
            args.claim, chosen, relation, note=args.note
        )
        record = link_result(store, link_id)
        sentence = (f"Created link {link_id}: claim {args.claim} {link_verb(relation)} claim"
                    f" {record['to_annotation_id']}, the statement at rank {rank} in document"
                    f" {chosen.document_id}.")
        return say(args, sentence, record)
    store.suggestions.reject_suggestion(args.claim, chosen.document_id, chosen.start, chosen.end)
    # Why a record: ``--reject --json`` printed nothing, exit 0, where every other command
    # that changes something prints an object whose "id" names what changed (the claim).
    rejected = {"document_id": chosen.document_id, "start": chosen.start, "end": chosen.end,
                "text": chosen.text, "rank": rank}
    sentence = f"Rejected rank {rank}: it will not be suggested for claim {args.claim} again."
    return say(args, sentence, {"id": args.claim, "kind": "claim", "rejected": rejected})


def _there_are(count: int) -> str:
    """"there is 1 suggestion", "there are 3 suggestions"."""
    return f"there {'is' if count == 1 else 'are'} {plural(count, 'suggestion')}"


def _run_batch(store: Store, args: argparse.Namespace) -> int:
    """Match each statement of the file; text rows print as each statement is matched.

    Why as they come: a 10,000-line file takes about a minute, and the terminal
    stayed blank until the last line was matched (with every result held in memory).
    """
    from workbench.export.batch_csv import batch_csv  # loaded by the command that writes it
    from workbench.ingest import IngestError, read_text_file

    try:  # the same decoding as import: a binary or non-UTF-8 file is one line on stderr
        lines = read_text_file(Path(args.batch)).splitlines()
    except IngestError as problem:
        error(f"{args.batch}: {problem}")
        return 1
    statements = [line.strip() for line in lines if line.strip()]
    if args.csv:  # a CSV that cannot be written is said before the matching, not after it
        refuse_special_file(Path(args.csv))
        refuse_non_folder(Path(args.csv).parent, "the CSV file")
        if store.path is not None and belongs_to_library(store.path, Path(args.csv)):
            error(f"{args.csv} is a file of the open library; write the CSV to another file")
            return 1
    records = []
    for statement in statements:
        found = store.suggestions.suggest_for_statement(
            statement, limit=args.limit, per_document=args.per_document)
        record = {"statement": statement, "suggestions": [s.as_dict() for s in found]}
        if args.json or args.csv:
            records.append(record)
        if not args.json:
            _print_batch_record(record)
    if args.csv:
        write_file_atomically(Path(args.csv), batch_csv(records).encode("utf-8"))
    if args.json:
        sys.stdout.write(dumps(records))
    return 0


def _print_batch_record(record: dict[str, Any]) -> None:
    """One statement (shortened: a line can be a whole pasted article) and its matches."""
    print(shorten(record["statement"], STATEMENT_SHOWN))
    if not record["suggestions"]:
        print(f"    {NO_MATCH}")
    for found in record["suggestions"]:
        text = shorten(found["text"], 100)
        print(f"    {found['score']:.3f}  doc {found['document_id']}: {text}")
    sys.stdout.flush()


def add_suggest_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``suggest``."""
    sub = commands.add_parser("suggest", help="statements in other documents matching a claim")
    sub.add_argument("claim", type=int, nargs="?", metavar="CLAIM",
                     help="id of the claim to match (not with --batch)")
    sub.add_argument("--batch", metavar="FILE",
                     help="match every line of FILE (one statement a line) instead of a claim")
    sub.add_argument("--limit", type=int, default=10, metavar="N",
                     help="most documents to list (default 10)")
    sub.add_argument(
        "--per-document",
        type=count(1, MAX_PER_DOCUMENT),
        default=1,
        metavar="N",
        help="statements shown per document (default 1; the rest are counted)",
    )
    printing = sub.add_mutually_exclusive_group()
    printing.add_argument("--json", action="store_true",
                          help="print the suggestions as JSON (with --accept: the new link, "
                          "with the JSON export's keys; with --reject: the claim's id and "
                          "the statement rejected)")
    printing.add_argument("--quiet", action="store_true",
                          help="with --accept: print only the link id (--reject: the claim's)")
    sub.add_argument("--csv", metavar="FILE", help="with --batch: also write the matches as CSV")
    # Ranks start at 1, as printed: 0 or below is a usage error.
    sub.add_argument("--accept", type=count(1), metavar="RANK",
                     help="mark the statement at RANK as a claim and link CLAIM to it")
    sub.add_argument("--reject", type=count(1), metavar="RANK",
                     help="never suggest the statement at RANK for CLAIM again")
    sub.add_argument("--relation", choices=RELATIONS, help=(
        f"with --accept: how CLAIM bears on the statement (default: {DEFAULT_RELATION})"))
    sub.add_argument("--note", metavar="TEXT", help="with --accept: a note kept with the link")
    sub.set_defaults(handler=run_suggest)
    add_usage_check(sub, _check_options)
