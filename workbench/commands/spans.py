"""Naming a document and a span on the command line, shared by every command that marks text.

Why its own module: tag, annotate, claim and reattach all take DOC and
--quote TEXT [--occurrence N]; one definition keeps their checks (blank
text, half a --start/--end pair) and messages the same.
"""

from __future__ import annotations

import argparse
from typing import Any

from workbench.commands.arguments import UsageError, add_usage_check, count, quote_text
from workbench.commands.output import quoted
from workbench.core.anchoring import find_exact
from workbench.store import Store


def span_of(store: Store, doc_id: int, args: argparse.Namespace,
            text: str | None = None) -> tuple[int, int]:
    """The span named by --quote (with --occurrence) or by the hidden --start/--end.

    ``text`` is the document's text when the caller has read it already (it is
    read here for --quote otherwise), so a command reads a document once.
    """
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if start is not None and end is not None:
        return int(start), int(end)
    if start is not None or end is not None:
        raise UsageError("give both --start and --end (or --quote TEXT)")
    if args.quote is None:
        raise UsageError("give --quote TEXT, the exact text of the span")
    if text is None:
        text = store.documents.document_text(doc_id)
    return find_exact(text, args.quote, occurrence_of(args))


def occurrence_of(args: argparse.Namespace) -> int:
    """The --occurrence asked for, 1 when none was (None by default, so a command where it
    cannot apply, ``claim --from-quote``, can tell it was given and refuse it)."""
    return args.occurrence if args.occurrence is not None else 1


def title_of(store: Store, doc_id: int) -> str:
    """A document's title, shortened and quoted for a sentence (its text is not read)."""
    document = store.documents.document_head(doc_id, 0)
    return quoted(document["title"] if document else f"document {doc_id}")


def span_options(sub: argparse.ArgumentParser) -> None:
    """Options naming a span: --quote TEXT [--occurrence N] (or hidden --start/--end)."""
    sub.add_argument("--quote", type=quote_text, metavar="TEXT", help="exact text of the span")
    sub.add_argument("--occurrence", type=count(1), default=None, metavar="N",
                     help="which occurrence of TEXT in the document (default: 1, the first)")
    sub.add_argument("--start", type=int, help=argparse.SUPPRESS)
    sub.add_argument("--end", type=int, help=argparse.SUPPRESS)
    add_usage_check(sub, check_span_options)


def check_span_options(args: argparse.Namespace) -> None:
    """The hidden --start/--end go together and alone (run before the library is opened).

    Why: --start/--end won over --quote and --occurrence in silence, so
    ``--start 0 --end 5 --occurrence 2`` marked the first five characters, not
    the second match the analyst asked for.
    """
    start, end = args.start, args.end
    if (start is None) != (end is None):
        raise UsageError("give both --start and --end (or --quote TEXT)")
    if start is None:
        return
    if args.quote is not None:
        raise UsageError("--start/--end name the span: leave out --quote")
    if args.occurrence is not None:
        raise UsageError("--occurrence picks a match of --quote TEXT; --start/--end name"
                         " the span already")


DOCUMENT_HELP = "document id, or the start of its title (enough to match only one document)"


def document_argument(sub: argparse.ArgumentParser, **options: Any) -> None:
    """The DOC positional: an id or an unambiguous title prefix."""
    sub.add_argument("doc", metavar="DOC", **{"help": DOCUMENT_HELP, **options})
