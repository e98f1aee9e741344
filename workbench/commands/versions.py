"""Document versions on the command line: update, versions, diff, orphans, reattach.

Each command is one Store call (the desktop app makes the same ones), so an
analyst can update an article from a file, see what it did to their work,
compare versions and re-attach what could not be placed.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workbench.commands.arguments import WORKERS_HELP, UsageError, title_text
from workbench.commands.library import analyze_in_terminal
from workbench.commands.output import orphaned_line, outcome_options, quoted, say, say_none
from workbench.commands.spans import document_argument, occurrence_of, span_options
from workbench.commands.terminal import error
from workbench.core.anchoring import find_exact
from workbench.core.records import Annotation
from workbench.core.text import plural, printable, shorten
from workbench.export.json_export import annotation_record, dumps
from workbench.store import ReanchorReport, Store

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]


def run_update(store: Store, args: argparse.Namespace) -> int:
    """Replace a document's text with FILE's article; report what happened to annotations."""
    from workbench.ingest import IngestError, read_articles  # every file reader: load on use

    doc_id = store.documents.resolve_document(args.doc)
    try:
        articles = read_articles(Path(args.file))
    except (IngestError, OSError) as exc:
        error(f"{args.file}: {exc}")
        return 1
    if len(articles) != 1:
        error(f"{args.file} holds {len(articles)} articles; give a file with exactly one")
        return 1
    old_title = _title(store, doc_id)
    report = store.versions.replace_document_text(doc_id, articles[0], title=args.title)
    new_title = _title(store, doc_id)
    record = {
        "id": doc_id,
        "kind": "document",
        "version": report.version,
        "unchanged": report.unchanged,
        "orphaned": list(report.orphan_ids),
        "moved_fuzzy": list(report.fuzzy_ids),
        # what the text says of a new title, said to scripts too (typed or read from FILE)
        "title": new_title,
        "previous_title": old_title if new_title != old_title else None,
    }
    sentence = describe_report(report)
    if new_title != old_title and args.title is None:
        sentence += (f"\nits title is now {quoted(new_title)} (was {quoted(old_title)}), read"
                     f" from {printable(args.file, keep='')}; `--title` sets another")
    say(args, sentence, record)
    if report.unchanged or args.no_analyze:
        return 0
    return 1 if analyze_in_terminal(store, args.workers) else 0


def _title(store: Store, doc_id: int) -> str:
    """The document's current title ("" if it is gone); its text, maybe a book's, is not read."""
    return str((store.documents.document_head(doc_id, 0) or {}).get("title") or "")


def describe_report(report: ReanchorReport) -> str:
    """A few lines saying what an update did to the document's annotations."""
    if report.unchanged:
        return f"document {report.document_id} already has this text and title; nothing changed"
    lines = [
        f"document {report.document_id} is now version {report.version}: "
        f"{plural(report.annotations, 'annotation')} - {report.kept} kept in place, "
        f"{report.moved_exact} moved with their text, {report.moved_fuzzy} moved to a "
        f"slightly changed text, {report.orphaned} orphaned"
    ]
    if report.recovered:
        lines.append(f"{plural(report.recovered, 'earlier orphan')} found "
                     f"{'its' if report.recovered == 1 else 'their'} place again")
    if report.fuzzy_ids:
        lines.append("check the changed text of: " + ", ".join(map(str, report.fuzzy_ids)))
    if report.orphan_ids:
        lines.append(orphaned_line(report.orphan_ids))
    if report.curation_moved or report.curation_dropped:
        lines.append(
            f"analyst entity decisions: {report.curation_moved} moved, "
            f"{report.curation_dropped} dropped with their text"
        )
    return "\n".join(lines)


def run_versions(store: Store, args: argparse.Namespace) -> int:
    """List a document's versions, oldest first."""
    doc_id = store.documents.resolve_document(args.doc)
    versions = store.versions.document_versions(doc_id)
    if args.json:
        sys.stdout.write(dumps(versions))
        return 0
    for version in versions:
        until = "current" if version["current"] else f"replaced {utc_stamp(version['replaced_at'])}"
        print(
            f"v{version['version']:<3} {utc_stamp(version['since']):<23} {until:<32} "
            f"{version['word_count'] or 0:>7,} words  {version['title']}"
        )
    return 0


def utc_stamp(value: str | None) -> str:
    """An ISO time as ``backup --list`` writes one, "2026-12-06 22:20:06 UTC"; other text as is.

    Why: ``versions`` printed "2026-12-06T22:20:06+00:00" beside the backups' form, one kind
    of thing written two ways in one terminal (README run, stop 54).
    """
    try:
        moment = datetime.fromisoformat(value or "")
    except ValueError:
        return value or ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def run_diff(store: Store, args: argparse.Namespace) -> int:
    """Print a unified diff between two versions (default: the previous and the current)."""
    doc_id = store.documents.resolve_document(args.doc)
    versions = [v["version"] for v in store.versions.document_versions(doc_id)]
    to_version = args.to_version if args.to_version is not None else versions[-1]
    from_version = args.from_version
    if from_version is None:
        earlier = [v for v in versions if v < to_version]
        if not earlier:
            error(f"document {doc_id} has no version before {to_version}")
            return 1
        from_version = earlier[-1]
    old_title, old_text = store.versions.version_content(doc_id, from_version)
    new_title, new_text = store.versions.version_content(doc_id, to_version)
    lines = difflib.unified_diff(
        f"{old_title}\n\n{old_text}\n".splitlines(keepends=True),
        f"{new_title}\n\n{new_text}\n".splitlines(keepends=True),
        fromfile=f"document {doc_id} version {from_version}",
        tofile=f"document {doc_id} version {to_version}",
    )
    written = list(lines)
    if not written:  # an empty screen reads as a command that did nothing
        print(f"versions {from_version} and {to_version} of document {doc_id} have the same"
              " title and text", file=sys.stderr)
    sys.stdout.writelines(written)
    return 0


def run_orphans(store: Store, args: argparse.Namespace) -> int:
    """List annotations and claims that lost their place in an updated document."""
    orphans = store.versions.orphaned_annotations()
    if args.json:
        sys.stdout.write(dumps([_orphan_record(o) for o in orphans]))
        return 0
    for orphan in orphans:
        note = f"  note: {shorten(orphan['note_md'], 60)}" if orphan["note_md"] else ""
        print(
            f"{orphan['id']:>6}  doc {orphan['document_id']}"
            f" ({shorten(orphan['document_title'], 40)})"
            f"  [{orphan['kind']}]  {shorten(orphan['exact'], 70)!r}{note}"
        )
    if not orphans:  # on stdout, worded as every empty listing (README run, stop 54)
        say_none("orphaned annotations", filtered=False)
    return 0


def _orphan_record(orphan: dict[str, Any]) -> dict[str, Any]:
    return {
        **annotation_record(Annotation.from_row(orphan)),
        "document_id": orphan["document_id"],
        "document_title": orphan["document_title"],
    }


def run_reattach(store: Store, args: argparse.Namespace) -> int:
    """Place an (orphaned) annotation on the text given by --quote in its document."""
    annotation = store.annotations.get_annotation(args.annotation)
    text = store.documents.document_text(annotation.document_id)
    if args.start is not None and args.end is not None:
        start, end = args.start, args.end
    elif args.start is not None or args.end is not None:
        raise UsageError("give both --start and --end (or --quote TEXT)")
    elif args.quote is not None:
        start, end = find_exact(text, args.quote, occurrence_of(args))
    else:
        raise UsageError("give --quote TEXT (and --occurrence N when it occurs more than once)")
    store.versions.reattach_annotation(args.annotation, start, end)
    sentence = (
        f"Re-attached annotation {args.annotation} at {start}-{end}: {quoted(text[start:end], 70)}."
    )
    record = annotation_record(store.annotations.get_annotation(args.annotation))
    return say(args, sentence, record | {"document_id": annotation.document_id})


def add_version_commands(commands: Subparsers) -> None:
    """Register update, versions, diff, orphans and reattach."""
    sub = commands.add_parser("update", help="new version of a document's text (re-anchors)")
    document_argument(sub)
    sub.add_argument("file", metavar="FILE", help="a file holding the article's new version")
    sub.add_argument("--title", metavar="TEXT",
                     type=title_text,
                     help="new title (default: the file's, else the old one)")
    sub.add_argument("--no-analyze", action="store_true", help="re-extract entities later")
    sub.add_argument("--workers", type=int, default=None, metavar="N", help=WORKERS_HELP)
    outcome_options(sub)
    sub.set_defaults(handler=run_update)

    sub = commands.add_parser("versions", help="list a document's versions")
    document_argument(sub)
    sub.add_argument("--json", action="store_true", help=(
        "print a JSON array of the versions, oldest first: number, title, word count, since"
        " when and when replaced (no text)"))
    sub.set_defaults(handler=run_versions)

    sub = commands.add_parser("diff", help="unified diff between two versions of a document")
    document_argument(sub)
    sub.add_argument("--from", dest="from_version", type=int, metavar="V",
                     help="the older version's number (default: the one before --to)")
    sub.add_argument("--to", dest="to_version", type=int, metavar="V",
                     help="the newer version's number (default: the current one)")
    sub.set_defaults(handler=run_diff)

    sub = commands.add_parser("orphans", help="annotations that lost their place")
    sub.add_argument("--json", action="store_true", help=(
        "print a JSON array of the orphans, each with its document's id and title"))
    sub.set_defaults(handler=run_orphans)

    sub = commands.add_parser("reattach", help="place an orphaned annotation on new text")
    sub.add_argument("annotation", metavar="ANNOTATION", type=int,
                     help="id of the highlight, note or claim to place (see `workbench orphans`)")
    span_options(sub)
    outcome_options(sub)
    sub.set_defaults(handler=run_reattach)
