"""``workbench timeline``: claims, quotes, highlights, notes and dated sentences in date order.

Text: one line per item (date, precision, kind, document, text), then the
undated ones with why. ``--json``: ``{"items": [...], "undated": [...]}``
with the keys listed in the README. An unknown entity, tag or claim fails the
input (exit 1); a date that is not one, ``--to`` before ``--from``, or a tag
path with no name (``--tag " / "``, as for ``tag`` and ``claims --tag``), is a
usage error (exit 2), as ``export --since`` with a bad date is.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from workbench.commands.arguments import UsageError, add_usage_check
from workbench.commands.output import orphan_hint, shorten
from workbench.core.timeline_records import TimelineItem, item_record
from workbench.core.vocabulary import CLAIM_STATUSES
from workbench.export.json_export import dumps
from workbench.store import Store

if TYPE_CHECKING:  # the timeline and the time normaliser under it load when the command runs
    from workbench.core.timeline import Timeline

TEXT_WIDTH = 70


def add_timeline_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``workbench timeline`` and its filters."""
    sub = commands.add_parser(
        "timeline",
        help="claims, quotes, highlights and dated sentences in date order",
        description="A highlight or note is dated by the date nearest to it in its sentence; "
        "a quote or claim by when it was said, not by a date its words talk about: by a date "
        "attached to its verb of saying (\"said on Tuesday\"), or, if its sentence only names "
        "dates it talks about, by its document's date. A highlight, note or quote whose "
        "sentence names no date is not on the timeline; a claim with no date in its sentence "
        "falls back to its document's date. Items that cannot be placed are listed as "
        "undated, with the reason.",
    )
    sub.add_argument("--entity", metavar="NAME", help="only items naming this entity")
    sub.add_argument("--tag", metavar="TAG", help="only items carrying TAG (or a tag below it)")
    sub.add_argument("--from", dest="since", metavar="DATE",
                     help="from DATE: YYYY, YYYY-MM or YYYY-MM-DD (or a week, quarter or season:"
                          " 2019-W05, 2019-Q1, 2019-SU)")
    sub.add_argument("--to", dest="until", metavar="DATE",
                     help="up to DATE, inclusive (the same forms as --from)")
    sub.add_argument("--story", type=int, metavar="CLAIM",
                     help="only the claims linked (directly or not) to this claim")
    sub.add_argument("--status", choices=CLAIM_STATUSES, help="only claims with this status")
    sub.add_argument("--json", action="store_true", help="print {items, undated} as JSON")
    sub.set_defaults(handler=run_timeline)
    add_usage_check(sub, check_timeline_options)


def check_timeline_options(args: argparse.Namespace) -> None:
    """A ``--from``/``--to`` that is not a date, or ``--to`` before ``--from`` (exit 2)."""
    from workbench.operations.timeline import NotADate, date_bounds

    try:
        since, until = date_bounds(args.since, args.until)
    except NotADate as problem:
        raise UsageError(str(problem)) from None
    if since and until and until.end <= since.start:
        raise UsageError(f"--to {args.until} is before --from {args.since}")


def run_timeline(store: Store, args: argparse.Namespace) -> int:
    """Print the filtered timeline; raises LookupError for an unknown name or claim (exit 1)."""
    from workbench.operations.timeline import filter_timeline, gather_timeline, timeline_filter

    wanted = timeline_filter(store, entity=args.entity, tag=args.tag, story=args.story,
                             status=args.status, since=args.since, until=args.until)
    timeline = filter_timeline(gather_timeline(store), wanted)
    if args.json:
        sys.stdout.write(dumps(timeline_record(timeline)))
    else:
        _print(timeline)
    return 0


def timeline_record(timeline: Timeline) -> dict[str, list[dict[str, object]]]:
    """The JSON object ``--json`` prints."""
    return {"items": [item_record(i) for i in timeline.items],
            "undated": [item_record(i) for i in timeline.undated]}


def _print(timeline: Timeline) -> None:
    from workbench.core.timeline import ORPHANED

    if not timeline.items:  # said, not left as a blank line above the undated list
        print("No dated items." if timeline.undated else "Nothing on the timeline.")
    for item in timeline.items:
        assert item.when is not None
        fallback = " (document date)" if item.dated_by != "sentence" else ""
        print(f"{item.when.iso:<16} {item.when.precision:<7} {_where(item)}"
              f"  {shorten(item.text, TEXT_WIDTH)}{fallback}")
    if timeline.undated:
        print(f"\nUndated ({len(timeline.undated)}):")
        for item in timeline.undated:
            hint = f" {orphan_hint(1)}" if item.reason == ORPHANED else ""
            print(f"  {_where(item)}  {shorten(item.text, TEXT_WIDTH)} — {item.reason}{hint}")


def _where(item: TimelineItem) -> str:
    return f"{item.kind:<9} doc {item.document_id}"
