"""The ``export`` command: every format of the export table (``workbench.export.formats``).

Export writers load lazily (Markdown and the HTML sanitiser are not needed
to start the command line).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.commands.arguments import UsageError, add_usage_check
from workbench.commands.terminal import TerminalProgress, error
from workbench.export.formats import FORMATS, format_names
from workbench.store import Store

if TYPE_CHECKING:
    from workbench.operations.exporting import ExportRequest


def add_export_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``workbench export``, its ``--format`` choices read from the format table."""
    folders = ", ".join(row.name for row in FORMATS if row.folder)
    files = ", ".join(row.name for row in FORMATS if not row.folder)
    sub = commands.add_parser(
        "export",
        help="export " + ", ".join(row.label for row in FORMATS),
        description=(
            f"{folders}: a folder (markdown: one note per document and per ACH analysis,"
            " index.md, claims.md and timeline.md; csv: one table per kind);"
            f" {files}: one file (standard output without --out, or with '-')."
        ),
    )
    sub.add_argument("--format", required=True, choices=format_names(),
                     help=f"what to write: a folder ({folders}) or one file ({files})")
    sub.add_argument(
        "--out", metavar="PATH", help=f"folder ({folders}) or file ('-' or none: stdout)"
    )
    sub.add_argument(
        "--doc", action="append", metavar="DOC",
        help="only this document (repeatable; default: the whole library)",
    )
    sub.add_argument("--tag", metavar="TAG", help=(
        "only documents carrying TAG (or a tag below it), on the document or on a passage"))
    sub.add_argument(
        "--wikilinks",
        action="store_true",
        help="markdown: link notes with Obsidian [[note#^claim-ID|text]] wikilinks",
    )
    sub.add_argument(
        "--overwrite",
        action="store_true",
        help=f"{folders}: replace files in the folder that no workbench export wrote",
    )
    sub.add_argument(  # its own dest: the global ``--author`` (who signs work) is another option
        "--author",
        dest="work_of",
        metavar="NAME",
        help="bundle: only this analyst's work (all authors if omitted)",
    )
    sub.add_argument(
        "--since",
        metavar="DATE",
        help="bundle: only work made or changed since DATE (2026-03-01 or 2026-03-01T14:30)",
    )
    sub.set_defaults(handler=run_export)
    add_usage_check(sub, check_export_options)


def check_export_options(args: argparse.Namespace) -> None:
    """Options that do not fit the format or each other, found before the library opens."""
    from workbench.operations import exporting

    if args.out is not None and not args.out.strip():
        raise UsageError("--out needs a path ('-' for stdout)")
    try:
        exporting.refuse_misused_options(exporting.export_format(args.format), _request(args))
    except exporting.ExportUsage as usage:
        raise UsageError(str(usage)) from None


def _request(args: argparse.Namespace) -> ExportRequest:
    """The export the command line asks for."""
    from workbench.operations.exporting import ExportRequest

    # '-' is the one spelling of standard output; every other path is judged by what it
    # names (``export.files.takes_a_stream``: /dev/stdout, /dev/null or a FIFO is written into).
    out = None if args.out in (None, "-") else Path(args.out)
    doc_ids = tuple(args.doc) if args.doc is not None else None
    return ExportRequest(args.format, out, doc_ids, args.tag, args.wikilinks,
                         author=args.work_of, since=args.since, overwrite=args.overwrite,
                         out_spelt_as_folder=_spelt_as_folder(args.out))


def run_export(store: Store, args: argparse.Namespace) -> int:
    """Export the selected documents; exit 1 if cancelled.

    Options that do not fit (``ExportUsage``) were refused before the library opened
    (``check_export_options``, exit 2); a plain ValueError (a folder where a file goes,
    or ``new.json/``) is failed input, exit 1 through the cli.
    """
    from workbench.operations import exporting  # its run_export is the operation, not this

    request = _request(args)
    out = request.out
    bar = TerminalProgress("exporting")
    try:
        output = exporting.run_export(store, request, progress=bar)
    finally:
        bar.finish()
    if output.cancelled:
        error(f"export cancelled after {output.written}")
        return 1
    if output.text is not None:
        sys.stdout.write(output.text)
        return 0
    print(f"wrote {output.written} to {out}", file=sys.stderr)
    return 0


def _spelt_as_folder(out: str | None) -> bool:
    """Whether ``out`` is spelt as a folder (``new.json/``), which its ``Path`` no longer shows.

    The operation decides what that means for the format (``refuse_a_folder_for_one_file``).
    """
    return out is not None and out.endswith(("/", os.sep))
