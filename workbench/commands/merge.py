"""Merging on the command line: ``workbench merge OTHER``, ``conflicts``, ``resolve``.

Each command is one call of ``operations.merge`` (the desktop app makes the
same ones). The text report lists what was added and what was already here,
then every conflict with both values and their authors, so an analyst can
resolve it with ``workbench resolve ID mine|theirs|both``; ``--json`` prints
the report (keys ``id``, ``source``, ``added``, ``same``, ``conflicts``,
``orphans``). A file that cannot be merged is failed input (exit 1) and
leaves the library unchanged; every merge and every resolution is undoable.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.commands.arguments import record_id
from workbench.commands.output import shorten
from workbench.commands.terminal import TerminalProgress
from workbench.core.merge_records import MERGE_CHOICES, MergeConflict, MergeReport
from workbench.core.text import plural, singular
from workbench.export.json_export import dumps
from workbench.operations.merge import merge_file, open_conflicts, resolve_conflict
from workbench.store import Store

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]


def run_merge(store: Store, args: argparse.Namespace) -> int:
    """Merge another library (or JSON export) and print its report."""
    report = merge_file(store, Path(args.other), TerminalProgress("Merging"))
    if args.json:
        sys.stdout.write(dumps(report.as_json()))
    else:
        print(describe_report(report))
    return 0


def run_conflicts(store: Store, args: argparse.Namespace) -> int:
    """List the conflicts merges found that are not resolved yet."""
    conflicts = open_conflicts(store)
    if args.json:
        sys.stdout.write(dumps([conflict.as_json() for conflict in conflicts]))
        return 0
    if not conflicts:
        print("No open conflicts.")
    for conflict in conflicts:
        print(describe_conflict(conflict))
    return 0


def run_resolve(store: Store, args: argparse.Namespace) -> int:
    """Resolve one conflict; undoable with ``workbench undo``."""
    resolve_conflict(store, args.conflict, args.choice)
    record = {"id": args.conflict, "kind": "conflict", "resolution": args.choice}
    if args.json:
        sys.stdout.write(dumps(record))
    else:
        print(f"Conflict {args.conflict} resolved: kept {args.choice} (undo: workbench undo).")
    return 0


def describe_report(report: MergeReport) -> str:
    """The merge report in lines: added, same, conflicts with both sides, orphans."""
    if not report.changed_anything:
        same = sum(report.same.values())
        return "\n".join([f"Merged {report.source}: nothing new ({plural(same, 'item')}"
                          " already here).", *_left_out_lines(report),
                          *_refused_lines(report)])
    lines = [f"Merged {report.source} (undo: workbench undo)."]
    added = {kind: n for kind, n in dict(report.added).items() if not _is_change(kind)}
    changed = {kind: n for kind, n in dict(report.added).items() if _is_change(kind)}
    lines.append("Added: " + (_counts(added) or "nothing"))
    if changed:
        lines.append("Changed to their side: " + _counts(changed))
    lines.append("Already here: " + (_counts(report.same) or "nothing"))
    if report.conflicts:
        lines.append(f"{plural(len(report.conflicts), 'conflict')}, not resolved:")
        lines.extend(describe_conflict(conflict) for conflict in report.conflicts)
    if report.orphans:
        orphans = plural(len(report.orphans), "item")
        lines.append(f"{orphans} found no place in our version of the text:")
        lines.extend(f"  {orphan}" for orphan in report.orphans)
    lines.extend(_left_out_lines(report))
    lines.extend(_refused_lines(report))
    return "\n".join(lines)


def _refused_lines(report: MergeReport) -> list[str]:
    """Their work past what the library takes (a 13th hypothesis): named, never dropped."""
    if not report.refused:
        return []
    return [report.refused_heading(), *(f"  {line}" for line in report.refused)]


def _left_out_lines(report: MergeReport) -> list[str]:
    """Their work on work we deleted, kept out with it: named, never dropped in silence."""
    if not report.left_out:
        return []
    return [f"{plural(len(report.left_out), 'item')} of theirs on work you deleted, left out"
            " (undo your deletion and merge again to take it):",
            *(f"  {line}" for line in report.left_out)]


def describe_conflict(conflict: MergeConflict) -> str:
    """One conflict: what, both values with their authors, and how to resolve it."""
    choices = "|".join(conflict.choices)
    return "\n".join(
        (
            f"  [{conflict.id}] {conflict.kind}: {conflict.subject}",
            f"      mine   ({conflict.mine_author}): {shorten(conflict.mine, 200)}",
            f"      theirs ({conflict.theirs_author}): {shorten(conflict.theirs, 200)}",
            f"      resolve: workbench resolve {conflict.id} {choices}",
        )
    )


def _is_change(kind: str) -> bool:
    """``annotations_updated`` / ``claims_deleted``: their edit or deletion taken, not a new row."""
    return kind.endswith(("_updated", "_deleted"))


def _counts(counts: dict[str, int] | object) -> str:
    items = dict(counts).items()  # type: ignore[call-overload]
    return ", ".join(counted_kind(kind, count) for kind, count in items)


#: What a report key may end with after its plural noun: "claims_deleted".
_CHANGE_SUFFIXES = ("_deleted_here", "_deleted", "_updated")


def counted_kind(kind: str, count: int) -> str:
    """A report key with its count: "1 claim", "2 status changes", "1 claim deleted".

    Why: the keys are plural table names, so a count of one read "1 claims"; the
    plural noun is the last word before a change suffix, made singular for one.
    """
    suffix = next((end for end in _CHANGE_SUFFIXES if kind.endswith(end)), "")
    head, _, noun = kind[: len(kind) - len(suffix)].rpartition("_")
    one = singular(noun)
    prefix = f"{head.replace('_', ' ')} " if head else ""
    tail = suffix.replace("_", " ")
    return plural(count, f"{prefix}{one}{tail}", f"{prefix}{noun}{tail}")


def add_merge_commands(commands: Subparsers) -> None:
    """Register ``merge``, ``conflicts`` and ``resolve``."""
    sub = commands.add_parser(
        "merge", help="bring another analyst's library, bundle or JSON export into this one"
    )
    sub.add_argument("other", metavar="OTHER", help=(
        "their library file, a bundle (`workbench export --format bundle`) or a full JSON"
        " export"))
    sub.add_argument("--json", action="store_true", help=(
        "print the report as JSON: the merge's id, source, added, same, conflicts, orphans,"
        " left_out, refused, refused_ratings"))
    sub.set_defaults(handler=run_merge, starts_library=True)

    sub = commands.add_parser("conflicts", help="list conflicts merges found, not yet resolved")
    sub.add_argument("--json", action="store_true", help=(
        "print a JSON array of the open conflicts: id, kind, subject, both sides with their"
        " authors, choices"))
    sub.set_defaults(handler=run_conflicts)

    sub = commands.add_parser("resolve", help="resolve a merge conflict: keep mine, theirs or both")
    sub.add_argument(
        "conflict", metavar="CONFLICT", type=record_id("conflict"), help="the conflict's id"
    )
    sub.add_argument("choice", choices=MERGE_CHOICES, metavar="mine|theirs|both", help=(
        "keep your side, take theirs, or keep both (where `workbench conflicts` lists it)"))
    sub.add_argument("--json", action="store_true",
                     help="print the resolution as JSON (with the conflict's id)")
    sub.set_defaults(handler=run_resolve)
